//! Pure rendering: `render_buffer(&State, Rect, &mut Buffer)` draws the state and changes
//! nothing (the reader's screen calls it; `render` does the same on a ratatui `Frame`).

pub mod help;
pub mod panes;
pub mod quotes;
pub mod status;
pub mod theme;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::app::state::{Overlay, State};
use crate::core::side::Side;
use theme::Theme;

/// Draws the whole screen for `state` on a ratatui frame, cursor included (the snapshot tests
/// and the bench's comparison with ratatui's `Terminal` use it).
pub fn render(state: &State, frame: &mut Frame) {
    let area = frame.area();
    render_buffer(state, area, frame.buffer_mut());
    if let Some(cursor) = status::cursor(state) {
        frame.set_cursor_position(cursor);
    }
}

/// Draws into a buffer: what the reader's screen sends (the cursor is `status::cursor`).
pub fn render_buffer(state: &State, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(state.no_color);
    if state.areas.too_small || state.areas.size != area {
        render_too_small(area, buf);
        return;
    }
    for side in Side::BOTH {
        panes::render_pane(state, side, &theme, buf);
    }
    if let Some(sep) = state.areas.separator {
        for y in sep.top()..sep.bottom() {
            buf.set_stringn(sep.x, y, "│", 1, theme.separator);
        }
    }
    if let Some(q) = state.areas.quotes {
        quotes::render_panel(state, &theme, q, buf);
    }
    status::render_status(state, &theme, state.areas.status, buf);
    match &state.overlay {
        Overlay::None => {}
        Overlay::Help => help::render_help(&theme, area, buf),
        Overlay::Detail(detail) => quotes::render_detail(state, &theme, detail, area, buf),
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer) {
    let lines = ["terminal too small", "enlarge it or press q"];
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        buf.set_stringn(
            area.x,
            y,
            line,
            area.width as usize,
            ratatui::style::Style::new(),
        );
    }
}

/// A centred box of at most `width` × `height` inside `area`, cleared and framed.
pub fn overlay_box(title: &str, width: u16, height: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(r, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "));
    let inner = block.inner(r);
    block.render(r, buf);
    inner
}

#[cfg(test)]
mod tests;
