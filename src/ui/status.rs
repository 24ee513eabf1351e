//! The status line: focused area, position, sync mode, search, analysis progress, messages, and
//! the search prompt when it is open.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::documents::{AnalysisStatus, Fate, Reading};
use crate::app::state::{Focus, State};
use crate::core::side::Side;

pub fn render_status(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    buf.set_style(area, theme.status);
    if state.search.editing {
        let prompt = format!("/{}", state.search.input);
        buf.set_stringn(area.x, area.y, &prompt, area.width as usize, theme.status);
        if let Some(message) = &state.message {
            let x = area.x + prompt.width() as u16 + 3;
            if x < area.right() {
                buf.set_stringn(x, area.y, message, (area.right() - x) as usize, theme.dim);
            }
        }
        return;
    }
    let side = state.focused_side();
    let focus = match state.focus {
        Focus::Pane(Side::Left) => " LEFT ",
        Focus::Pane(Side::Right) => " RIGHT ",
        Focus::Quotes { .. } => " QUOTES ",
        Focus::Passages { .. } => " PASSAGES ",
    };
    let (x, _) = buf.set_stringn(
        area.x,
        area.y,
        focus,
        area.width as usize,
        theme.status_focus,
    );
    let pane = state.pane(side);
    let total = pane.wrapped.len();
    let height = state.text_height(side);
    let last = (pane.top + height).min(total);
    let percent = (last * 100).checked_div(total).unwrap_or(100);
    let mut parts = vec![
        format!(
            "row {}–{}/{} {}%",
            (pane.top + 1).min(total),
            last,
            total,
            percent
        ),
        format!("sync {}", if state.panes.sync { "on" } else { "off" }),
    ];
    if !state.search.input.is_empty() {
        // Over both panes, as `n` cycles: "2/5 R" is the second of five, in the right pane.
        let search = &state.search;
        let total = search.total_label();
        let count = match (search.position(), search.current) {
            (Some(at), Some((hit_side, _))) => format!("{at}/{total} {}", hit_side.letter()),
            _ => total,
        };
        parts.push(format!("/{} {count}", search.input));
    }
    let set = state.rewrites.several() || state.rewrites.listing;
    if let Some(reading) = least_read(state) {
        parts.extend(reading_label(reading));
    } else if let Some(progress) = state.rewrites.progress().filter(|_| set) {
        // A set: how far its files are read, then its pairs compared ("reading 12/50").
        parts.push(progress);
    } else if let AnalysisStatus::Running(p) = state.analysis_status()
        && state.documents.fate(state.panes.shown().right) == Fate::Rewrite
    {
        parts.push(format!("comparing {:.0} %", p * 100.0));
    }
    if !state.notes.is_empty() {
        parts.push(format!("{} skipped", state.notes.len()));
    }
    if !state.mouse_capture {
        parts.push("mouse off".into());
    }
    let help = " ? help ";
    let right_edge = area.right().saturating_sub(help.width() as u16);
    // A message says what just happened (and often which key undoes it): it keeps its room,
    // the position parts give theirs up from the last.
    let room = right_edge.saturating_sub(x) as usize;
    let wanted = state.message.as_ref().map_or(0, |m| m.width() + 2);
    let mut info = format!(" {}", parts.join(" · "));
    while info.width() + wanted > room && !parts.is_empty() {
        parts.pop();
        info = if parts.is_empty() {
            String::new()
        } else {
            format!(" {}", parts.join(" · "))
        };
    }
    let (mut x, _) = if info.is_empty() && state.message.is_some() {
        // Nothing of the position fits: the message takes its place, one space after the focus.
        (x.saturating_sub(1), area.y)
    } else {
        buf.set_stringn(
            x,
            area.y,
            &info,
            right_edge.saturating_sub(x) as usize,
            theme.status,
        )
    };
    if let Some(message) = &state.message {
        x += 2;
        if x < right_edge {
            buf.set_stringn(x, area.y, message, (right_edge - x) as usize, theme.message);
        }
    }
    if right_edge > area.x && right_edge >= x {
        buf.set_stringn(right_edge, area.y, help, help.width(), theme.status);
    }
}

/// The document shown that is least read, while one is not whole.
fn least_read(state: &State) -> Option<Reading> {
    let shown = state.panes.shown();
    [shown.left, shown.right]
        .map(|id| state.documents.reading(id))
        .into_iter()
        .filter(|r| *r != Reading::Whole)
        .min_by(|a, b| {
            a.fraction()
                .unwrap_or(0.0)
                .total_cmp(&b.fraction().unwrap_or(0.0))
        })
}

/// What the status line and a pane title say of a document still being read.
pub(crate) fn reading_label(reading: Reading) -> Option<String> {
    match reading {
        Reading::Whole => None,
        Reading::Waiting => Some("waiting for the file".to_string()),
        Reading::Partly {
            bytes,
            total: Some(total),
        } => Some(format!(
            "reading {:.0} %",
            bytes as f64 * 100.0 / total.max(1) as f64
        )),
        Reading::Partly { bytes, total: None } => {
            Some(format!("reading… {:.1} MB", bytes as f64 / 1e6))
        }
    }
}

/// Where the terminal cursor goes: at the end of the search prompt while typing, else hidden.
pub fn cursor(state: &State) -> Option<Position> {
    if !state.search.editing || state.areas.too_small {
        return None;
    }
    let area = state.areas.status;
    let x =
        area.x + (1 + state.search.input.width()).min(area.width.saturating_sub(1) as usize) as u16;
    Some(Position::new(x, area.y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::ui::tests::{draw, row_text, state};

    #[test]
    fn prompt_shows_while_typing_with_the_cursor_after_it() {
        let mut s = state("abc", "def", 120, 20);
        s.update(Action::SearchOpen);
        s.update(Action::SearchInput('a'));
        let buf = draw(&s);
        assert!(row_text(&buf, 19).starts_with("/a"));
        let cursor = cursor(&s).unwrap();
        assert_eq!((cursor.x, cursor.y), (2, 19));
    }

    #[test]
    fn a_message_too_long_beside_the_position_takes_its_place() {
        let mut s = state("abc", "def", 80, 20);
        s.update(Action::WriteReport(Some(Err("not written".to_string()))));
        let short = row_text(&draw(&s), 19);
        assert!(
            short.contains("row 1–1/1") && short.contains("not written"),
            "{short}"
        );
        let long = "report written to visavis-report-T10_C2_01-50-rewrites.html";
        s.update(Action::WriteReport(Some(Ok(long[18..].to_string()))));
        let buf = draw(&s);
        let row = row_text(&buf, 19);
        assert!(row.starts_with(" LEFT  report written to"), "{row}");
        assert!(row.contains(long) && !row.contains("row 1"), "{row}");
        assert!(row.trim_end().ends_with("? help"), "{row}");
        let at = row.find("report").unwrap();
        let x = row[..at].chars().count() as u16;
        let message = crate::ui::theme::Theme::new(false).message;
        assert_eq!(
            (Some(buf[(x, 19)].fg), Some(buf[(x, 19)].bg)),
            (message.fg, message.bg)
        );
    }

    #[test]
    fn a_message_keeps_its_room_and_the_line_fits_the_width() {
        let mut s = state("abc def", "def ghi", 80, 24);
        s.update(Action::SearchOpen);
        s.update(Action::SearchPaste("def".into()));
        s.update(Action::SearchSubmit);
        s.update(Action::FocusNext);
        s.update(Action::FocusNext);
        s.update(Action::Back);
        let message = s.message.clone().expect("a message");
        assert!(message.ends_with("c shows it"), "{message}");
        for width in [80u16, 60] {
            s.update(Action::Resize(width, 24));
            s.message = Some("panels hidden · c and P show them · q quits".into());
            let buf = draw(&s);
            let line = row_text(&buf, 23);
            assert!(line.contains("· q quits"), "{width}: {line}");
            assert!(line.trim_end().ends_with("? help"), "{width}: {line}");
            assert!(
                line.starts_with(" RIGHT ") || line.starts_with(" LEFT "),
                "{line}"
            );
        }
    }
}
