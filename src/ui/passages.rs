//! The list of shared passages: kind (tinted as in the panes), similarity, moved or not, and
//! the first words of each side, one row per passage, the selection highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::theme::Theme;
use crate::app::documents::AnalysisStatus;
use crate::app::state::{Focus, State};
use crate::core::side::Side;
use crate::core::text::count::count;
use crate::view::fit::fit;

/// Cells of the kind column ("near-verbatim", the longest label).
const KIND: usize = 13;

pub fn render_panel(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let focused = matches!(state.focus, Focus::Passages { .. });
    let panel = &state.passage_panel;
    let header_style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    buf.set_style(Rect::new(area.x, area.y, area.width, 1), header_style);
    let header = match state.analysis_status() {
        AnalysisStatus::Running(p) => format!(" Shared passages · comparing… {:.0} %", p * 100.0),
        AnalysisStatus::Ready(_) => format!(
            " {}{} · in the left article's order · j k go there · Enter reads on",
            if focused { "▶ " } else { "" },
            count(panel.listed.len(), "shared passage", "shared passages"),
        ),
    };
    buf.set_stringn(area.x, area.y, header, area.width as usize, header_style);
    let Some(analysis) = state.analysis() else {
        return;
    };
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    if panel.listed.is_empty() {
        buf.set_stringn(
            body.x + 1,
            body.y,
            "no shared passage",
            body.width as usize,
            theme.dim,
        );
        return;
    }
    let texts = state.panes.docs();
    // kind, similarity ("100 %"), moved, then the two sides' first words, " │ " between.
    let fixed = KIND + 1 + 5 + 1 + 5 + 2;
    let sides = (body.width as usize).saturating_sub(fixed + 3);
    let left_width = sides / 2;
    let right_width = sides - left_width;
    let rows = panel.listed[panel.scroll.min(panel.listed.len())..].iter();
    for (row, (&index, y)) in (panel.scroll..).zip(rows.zip(body.y..body.bottom())) {
        let passage = analysis.passage(index);
        let selected = row == panel.selected;
        let style = if selected {
            theme.panel_selected
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(body.x, y, body.width, 1), style);
        let kind = fit(passage.kind.label(), KIND);
        let (x, _) = buf.set_stringn(
            body.x,
            y,
            &kind,
            body.width as usize,
            style.patch(theme.passage(passage.kind)),
        );
        let first_words = |side: Side, width: usize| {
            let span = analysis.span(index, side);
            fit(texts[side].text.get(span).unwrap_or(""), width)
        };
        let line = format!(
            " {:>3} % {}  {} │ {}",
            (passage.similarity * 100.0).round(),
            if passage.crossing { "moved" } else { "     " },
            first_words(Side::Left, left_width),
            first_words(Side::Right, right_width),
        );
        let room = body.right().saturating_sub(x) as usize;
        buf.set_stringn(x, y, line, room, style);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use ratatui::style::{Color, Modifier};

    use crate::app::action::Action;
    use crate::app::analysis::analyse;
    use crate::app::state::Focus;
    use crate::core::side::{DocId, Pair};
    use crate::ui::tests::{draw, find, row_text, state};
    use crate::ui::theme::Theme;

    #[test]
    fn each_passage_has_a_row_with_its_kind_similarity_and_first_words() {
        let mut s = state(
            "Le ministre a parlé hier soir devant la presse réunie.\n\nUne phrase sans rapport avec l'autre texte.\n\nLa paix et le dialogue restent la priorité absolue du gouvernement.\n",
            "La paix et le dialogue restent la priorité absolue du gouvernement.\n\nLe ministre a parlé hier soir devant la presse réunie.\n",
            120,
            40,
        );
        let done = analyse(
            Pair::new(DocId::SOURCE, DocId(1)),
            s.panes.docs(),
            &mut |_| true,
        )
        .expect("not cancelled");
        s.update(Action::AnalysisDone(Arc::new(done)));
        s.update(Action::TogglePassages);
        assert!(matches!(s.focus, Focus::Passages { .. }));
        let panel = s.areas.passages.expect("room at 120×40");
        let buf = draw(&s);
        let header = row_text(&buf, panel.y);
        assert!(header.contains("▶ 2 shared passages"), "{header}");
        let theme = Theme::colour();
        let head = &buf[(panel.x + 2, panel.y)];
        assert_eq!(
            (Some(head.fg), Some(head.bg)),
            (theme.title_focused.fg, theme.title_focused.bg),
            "focused header"
        );
        assert!(head.modifier.contains(Modifier::BOLD));
        let first = row_text(&buf, panel.y + 1);
        let second = row_text(&buf, panel.y + 2);
        // In the left article's order: the minister first, peace second.
        assert!(first.starts_with("verbatim"), "{first}");
        assert!(first.contains("100 %"), "{first}");
        assert!(
            first.contains("Le ministre a parlé") && first.contains("│ Le ministre"),
            "{first}"
        );
        assert!(
            second.contains("La paix et le dialogue") && second.contains("│ La paix"),
            "{second}"
        );
        // The two cross: the one the scroll map leaves out says it moved, the other does not.
        let analysis = s.analysis().unwrap();
        for (row, text) in [(0, &first), (1, &second)] {
            let crossing = analysis.passage(s.passage_panel.listed[row]).crossing;
            assert_eq!(text.contains("moved"), crossing, "{text}");
        }
        assert_eq!(
            (0..2)
                .filter(|&r| analysis.passage(s.passage_panel.listed[r]).crossing)
                .count(),
            1,
            "one of the two crossed"
        );
        // The kind is tinted as in the panes; the selected row (the first) is highlighted,
        // the other is not.
        for y in [panel.y + 1, panel.y + 2] {
            assert_eq!(
                buf[(panel.x, y)].bg,
                theme.verbatim.bg.unwrap(),
                "kind tinted"
            );
        }
        let words = panel.x + 30;
        assert_eq!(
            buf[(words, panel.y + 1)].bg,
            theme.panel_selected.bg.unwrap()
        );
        assert!(buf[(words, panel.y + 1)].modifier.contains(Modifier::BOLD));
        assert_eq!(buf[(words, panel.y + 2)].bg, Color::Reset);
        // The selection moves and both panes follow.
        s.update(Action::ScrollRows(1));
        assert_eq!(s.passage_panel.selected, 1);
        assert_eq!(s.panes.jumped_passage, s.passage_panel.selected_passage());
        let buf = draw(&s);
        assert_eq!(
            buf[(words, panel.y + 2)].bg,
            theme.panel_selected.bg.unwrap()
        );
        assert_eq!(buf[(words, panel.y + 1)].bg, Color::Reset);
        assert!(find(&buf, "passage 2/2").is_some() || find(&buf, "passage 1/2").is_some());
    }
}
