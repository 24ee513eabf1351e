//! The source pane's gutter, with several rewrites: on each line of the source carried by some
//! of them, how many (the most on that line), shaded by the share of the rewrites open.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use crate::app::state::State;
use crate::core::side::Side;
use crate::view::wrap::RowKind;

pub fn render_gutter(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let pane = state.pane(Side::Left);
    let carriers = state.rewrites.carriers();
    let open = state.rewrites.open().len().max(1);
    let width = usize::from(area.width.saturating_sub(1));
    // PERF: only the rows on screen, each a binary search among the stretches.
    let visible = pane
        .wrapped
        .rows
        .iter()
        .skip(pane.top)
        .take(usize::from(area.height));
    for (y, row) in (area.y..).zip(visible) {
        if row.kind == RowKind::Gap {
            continue;
        }
        let count = carriers
            .within(row.range())
            .iter()
            .map(|s| s.carriers.len())
            .max();
        let Some(count) = count else { continue };
        let text = format!("{count:>width$}");
        buf.set_stringn(area.x, y, text, width, theme.gutter(count, open));
    }
}
