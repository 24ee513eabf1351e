//! The quotations panel (speaker, quotation, article, cross-article status) and the detail view
//! of one quotation.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::state::{AnalysisStatus, Focus, State};
use crate::core::quotes::{MatchKind, Quote};
use crate::view::wrap::wrap_block;

/// Cross-article status in a few words: "both: verbatim", "both: cut", "only here".
pub fn status_label(quote: &Quote) -> String {
    let Some(best) = quote.matches.first() else {
        return "only here".into();
    };
    let kind = match best.kind {
        MatchKind::Verbatim => "verbatim",
        MatchKind::Truncated => "cut",
        MatchKind::Extended => "extended",
        MatchKind::Altered => "altered",
    };
    let conflict = if quote.matches.iter().any(|m| m.speaker_conflict) {
        ", ≠ speaker"
    } else {
        ""
    };
    format!("both: {kind}{conflict}")
}

pub fn render_panel(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let focused = state.focus == Focus::Quotes;
    let panel = &state.quote_panel;
    let header_style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    buf.set_style(Rect::new(area.x, area.y, area.width, 1), header_style);
    let filter = panel.speaker_filter.as_deref().unwrap_or("everyone");
    let header = match &state.analysis {
        AnalysisStatus::Running(p) => format!(" Quotations · finding… {:.0} %", p * 100.0),
        AnalysisStatus::Ready(_) => format!(
            " {}Quotations {} · by {filter} · fragments {} (f) · speaker filter (p) · Enter details",
            if focused { "▶ " } else { "" },
            panel.listed.len(),
            if panel.show_fragments {
                "shown"
            } else {
                "hidden"
            },
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
            "no quotation",
            body.width as usize,
            theme.dim,
        );
        return;
    }
    let speaker_width = (body.width as usize / 5).clamp(8, 22);
    let status_width = 18usize;
    for (row, y) in (panel.scroll..panel.listed.len()).zip(body.y..body.bottom()) {
        let Some(quote) = analysis.quote(panel.listed[row]) else {
            continue;
        };
        let selected = row == panel.selected;
        let style = if selected {
            theme.panel_selected
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(body.x, y, body.width, 1), style);
        let side = if quote.doc == 0 { "L" } else { "R" };
        let speaker = quote.speaker.as_deref().unwrap_or("—");
        let kind = if quote.fragment { "·" } else { " " };
        let head = format!("{side}{kind}{}", fit(speaker, speaker_width));
        let status = status_label(quote);
        let text_width = (body.width as usize).saturating_sub(head.width() + status_width + 3);
        let line = format!(
            "{head} {} {}",
            fit(&quote.text, text_width),
            fit(&status, status_width)
        );
        buf.set_stringn(body.x, y, line, body.width as usize, style);
    }
}

/// `text` cut to `width` cells with an ellipsis, or padded to it.
pub fn fit(text: &str, width: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    if flat.width() <= width {
        return format!("{flat}{}", " ".repeat(width - flat.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for g in flat.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    used += 1;
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// The detail view: full text, speaker and how it was found, counterparts and their status.
pub fn render_detail(state: &State, theme: &Theme, id: usize, area: Rect, buf: &mut Buffer) {
    let Some(analysis) = state.analysis() else {
        return;
    };
    let Some(quote) = analysis.quote(id) else {
        return;
    };
    let width = area.width.saturating_sub(4).min(100);
    let inner_width = width.saturating_sub(3) as usize;
    let mut lines: Vec<(String, Style)> = Vec::new();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let article = if quote.doc == 0 { "left" } else { "right" };
    let mut kinds = Vec::new();
    if quote.fragment {
        kinds.push("fragment");
    }
    if quote.heading {
        kinds.push("subheading");
    }
    if quote.unclosed {
        kinds.push("never closed");
    }
    lines.push((
        format!(
            "{article} article · {}",
            if kinds.is_empty() {
                "statement".into()
            } else {
                kinds.join(", ")
            }
        ),
        theme.dim,
    ));
    lines.push((
        format!("Speaker: {}", quote.speaker.as_deref().unwrap_or("unknown")),
        bold,
    ));
    if !quote.how.is_empty() {
        push_wrapped(
            &mut lines,
            &format!("Found: {}", quote.how),
            inner_width,
            theme.dim,
        );
    }
    lines.push((String::new(), Style::new()));
    push_wrapped(
        &mut lines,
        &format!("« {} »", quote.text),
        inner_width,
        theme.quote,
    );
    for m in &quote.matches {
        let Some(other) = analysis.quote(m.id) else {
            continue;
        };
        lines.push((String::new(), Style::new()));
        let conflict = if m.speaker_conflict {
            " — attributed to a different speaker!"
        } else {
            ""
        };
        lines.push((
            format!(
                "In the other article: {:?}, {:.0} % similar{conflict}",
                m.kind,
                m.similarity * 100.0
            )
            .to_lowercase()
            .replacen("in the other", "In the other", 1),
            bold,
        ));
        lines.push((
            format!(
                "Speaker there: {}",
                other.speaker.as_deref().unwrap_or("unknown")
            ),
            theme.dim,
        ));
        push_wrapped(
            &mut lines,
            &format!("« {} »", other.text),
            inner_width,
            theme.quote,
        );
    }
    if quote.matches.is_empty() {
        lines.push((String::new(), Style::new()));
        lines.push(("Not in the other article.".into(), theme.dim));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let inner = super::overlay_box("quotation — Esc closes", width, height, area, buf);
    for ((line, style), y) in lines.iter().zip(inner.y..inner.bottom()) {
        buf.set_stringn(
            inner.x + 1,
            y,
            line,
            inner.width.saturating_sub(1) as usize,
            *style,
        );
    }
}

fn push_wrapped(lines: &mut Vec<(String, Style)>, text: &str, width: usize, style: Style) {
    wrap_block(text, 0..text.len(), width.max(1), &mut |r| {
        lines.push((text[r].replace('\n', " "), style));
    });
}
