//! The quotations panel (speaker, quotation, article, cross-article status) and the detail view
//! of one quotation.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use super::fit::fit;
use super::theme::Theme;
use crate::app::analysis::Analysis;
use crate::app::documents::{AnalysisStatus, Fate};
use crate::app::quotes_panel::{Detail, status_label};
use crate::app::state::State;
use crate::core::diff::Mark;
use crate::core::quotes::{Quote, SpeakerType, Via};
use crate::core::side::Side;
use crate::view::wrap::wrap_block;

pub fn render_panel(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let focused = state.focus.is_quotes();
    let panel = &state.quote_panel;
    let header_style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    buf.set_style(Rect::new(area.x, area.y, area.width, 1), header_style);
    let filter = panel.speaker_filter.as_deref().unwrap_or("everyone");
    let header = match state.analysis_status() {
        // The prefilter found nothing to compare: no quotations will be matched.
        AnalysisStatus::Running(_)
            if state.documents.fate(state.panes.shown().right) == Fate::NotCandidate =>
        {
            " Quotations · this rewrite took nothing from the source".to_string()
        }
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
    let columns = panel.columns;
    let mut y = body.y;
    for row in panel.scroll..panel.listed.len() {
        if y >= body.bottom() {
            break;
        }
        let Some(quote) = analysis.quote(panel.listed[row]) else {
            continue;
        };
        let selected = row == panel.selected;
        let style = if selected {
            theme.panel_selected
        } else {
            Style::new()
        };
        let side = analysis.side_of(quote.doc).map_or("?", Side::letter);
        let kind = if quote.fragment { "·" } else { " " };
        let lead = format!("{side}{kind}");
        let head = format!("{lead}{}", fit(&speaker_cell(quote), columns.speaker));
        // An unnamed source ("une source proche du dossier", "a senior official") in italics.
        let italic = |buf: &mut Buffer, y: u16| {
            if quote.speaker_type == Some(SpeakerType::Unnamed) {
                let x = body.x + lead.width() as u16;
                let width = (columns.speaker as u16).min(body.right().saturating_sub(x));
                buf.set_style(
                    Rect::new(x, y, width, 1),
                    style.add_modifier(Modifier::ITALIC),
                );
            }
        };
        let status = fit(&status_label(quote), columns.status);
        if !selected {
            buf.set_style(Rect::new(body.x, y, body.width, 1), style);
            let line = format!("{head} {} {status}", fit(&quote.text, columns.text));
            // PERF: the panes' cell writer (equal to `set_stringn`, see its proptest): a row
            // through ratatui's grapheme writer cost a third of a frame with the panel full.
            super::panes::put_text(buf, body.x, y, &line, body.right(), style);
            italic(buf, y);
            y += 1;
            continue;
        }
        // The selection: its whole quotation, wrapped in the quotation column, as far as the
        // panel has room (the last line in view says when it goes on).
        let lines = &panel.expanded[..panel.selected_lines().min(panel.expanded.len())];
        let cut = lines.len() < panel.expanded.len();
        for (i, range) in lines.iter().enumerate() {
            if y >= body.bottom() {
                break;
            }
            buf.set_style(Rect::new(body.x, y, body.width, 1), style);
            let mut text = quote.text[range.clone()].replace('\n', " ");
            if cut && i + 1 == lines.len() {
                text.push('…');
            }
            let piece = fit(text.trim_end(), columns.text);
            let line = if i == 0 {
                format!("{head} {piece} {status}")
            } else {
                format!("{} {piece}", " ".repeat(columns.text_x() - 1))
            };
            // PERF: the panes' cell writer (equal to `set_stringn`, see its proptest): a row
            // through ratatui's grapheme writer cost a third of a frame with the panel full.
            super::panes::put_text(buf, body.x, y, &line, body.right(), style);
            if i == 0 {
                italic(buf, y);
            }
            y += 1;
        }
    }
}

/// The speaker as the panel lists it: an organisation marked with `⌂` ("⌂ PCF"), a person,
/// group or unnamed source as named, `—` for nobody.
fn speaker_cell(quote: &Quote) -> String {
    match (&quote.speaker, quote.speaker_type) {
        (None, _) => "—".into(),
        (Some(name), Some(SpeakerType::Organisation)) => format!("⌂ {name}"),
        (Some(name), _) => name.clone(),
    }
}

/// How the speaker was found, for the detail view.
fn via_label(via: Via) -> &'static str {
    match via {
        Via::AfterVerb => "named after the verb of saying",
        Via::BeforeVerb => "named before the verb of saying",
        Via::Incise => "named in an incise inside the marks",
        Via::Selon => "selon / according to",
        Via::Headline => "a headline or subheading",
        Via::Apposition => "a description the articles give with the name",
        Via::Pronoun => "a pronoun's antecedent",
        Via::Description => "a description, a text's author or an organisation noun",
        Via::Continuation => "continues the quotations before it",
        Via::OtherArticle => "the counterpart in the other article",
    }
}

/// One line of the detail view: styled pieces.
type DetailLine = Vec<(String, Style)>;

fn plain_line(text: impl Into<String>, style: Style) -> DetailLine {
    vec![(text.into(), style)]
}

/// The detail view: full text, speaker and how it was found, and each counterpart with the word
/// differences between the two texts marked (worked out when the view opened: `detail`).
pub fn render_detail(state: &State, theme: &Theme, detail: &Detail, area: Rect, buf: &mut Buffer) {
    let Some(analysis) = state.analysis() else {
        return;
    };
    let Some(quote) = analysis.quote(detail.id) else {
        return;
    };
    let width = area.width.saturating_sub(4).min(100);
    // Inside the frame, less a column of margin.
    let text_width = width.saturating_sub(3) as usize;
    let mut lines = about(quote, analysis, text_width, theme);
    lines.push(Vec::new());
    push_marked(
        &mut lines,
        &quote.text,
        &detail.marks,
        text_width,
        theme.quote,
        theme,
    );
    push_counterparts(&mut lines, quote, analysis, detail, text_width, theme);
    push_closing_note(&mut lines, quote, detail, theme);
    let height = (lines.len() as u16 + 2).min(area.height);
    let inner = super::overlay_box("quotation — Esc closes", width, height, area, buf);
    draw_lines(&lines, inner, buf);
}

/// Which article, what kind of quotation, who said it and how that was found.
fn about(quote: &Quote, analysis: &Analysis, width: usize, theme: &Theme) -> Vec<DetailLine> {
    let article = analysis.side_of(quote.doc).map_or("other", Side::label);
    let mut lines = vec![
        plain_line(
            format!("{article} article · {}", kind_label(quote)),
            theme.dim,
        ),
        plain_line(
            match (&quote.speaker, quote.speaker_type) {
                (Some(name), Some(kind)) => format!("Speaker: {name} · {}", kind.label()),
                (Some(name), None) => format!("Speaker: {name}"),
                (None, _) => "Speaker: unknown".into(),
            },
            bold(),
        ),
    ];
    if let Some(via) = quote.via {
        lines.push(plain_line(format!("How: {}", via_label(via)), theme.dim));
    }
    if !quote.how.is_empty() {
        let found = format!("Found: {}", quote.how);
        push_marked(&mut lines, &found, &[], width, theme.dim, theme);
    }
    lines
}

/// "statement", or what sets the quotation apart: "fragment, never closed".
fn kind_label(quote: &Quote) -> String {
    let kinds: Vec<&str> = [
        (quote.fragment, "fragment"),
        (quote.heading, "subheading"),
        (quote.unclosed, "never closed"),
    ]
    .into_iter()
    .filter_map(|(is, kind)| is.then_some(kind))
    .collect();
    if kinds.is_empty() {
        "statement".to_string()
    } else {
        kinds.join(", ")
    }
}

/// Each counterpart in the other article: how it matches, its speaker there, its text (the
/// first one with its word differences marked).
fn push_counterparts(
    lines: &mut Vec<DetailLine>,
    quote: &Quote,
    analysis: &Analysis,
    detail: &Detail,
    width: usize,
    theme: &Theme,
) {
    for (index, m) in quote.matches.iter().enumerate() {
        let Some(other) = analysis.quote(m.id) else {
            continue;
        };
        lines.push(Vec::new());
        let conflict = if m.speaker_conflict {
            " — attributed to a different speaker!"
        } else {
            ""
        };
        lines.push(plain_line(
            format!(
                "In the other article: {}, {:.0} % similar{conflict}",
                m.kind.label(),
                m.similarity * 100.0
            ),
            bold(),
        ));
        let there = other.speaker.as_deref().unwrap_or("unknown");
        lines.push(plain_line(format!("Speaker there: {there}"), theme.dim));
        let marks: &[Mark] = if index == 0 {
            &detail.counterpart_marks
        } else {
            &[]
        };
        push_marked(lines, &other.text, marks, width, theme.quote, theme);
    }
}

/// What the reader should know after the texts: no counterpart, or how differences are shown.
fn push_closing_note(lines: &mut Vec<DetailLine>, quote: &Quote, detail: &Detail, theme: &Theme) {
    let note = if quote.matches.is_empty() {
        "Not in the other article."
    } else if !(detail.marks.is_empty() && detail.counterpart_marks.is_empty()) {
        "Words that differ between the two are marked."
    } else {
        return;
    };
    lines.push(Vec::new());
    lines.push(plain_line(note, theme.dim));
}

/// Draws styled lines from the top of `inner`, a column in from its left, cut at its right.
fn draw_lines(lines: &[DetailLine], inner: Rect, buf: &mut Buffer) {
    for (line, y) in lines.iter().zip(inner.y..inner.bottom()) {
        let mut x = inner.x + 1;
        for (text, style) in line {
            if x >= inner.right() {
                break;
            }
            x = buf
                .set_stringn(x, y, text, (inner.right() - x) as usize, *style)
                .0;
        }
    }
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// Wraps `text` to `width` and styles it, with `marks` (byte ranges of `text`) on top.
fn push_marked(
    lines: &mut Vec<DetailLine>,
    text: &str,
    marks: &[Mark],
    width: usize,
    style: Style,
    theme: &Theme,
) {
    wrap_block(text, 0..text.len(), width.max(1), &mut |row| {
        let mut cuts = vec![row.start, row.end];
        for m in marks {
            cuts.extend([m.range.start, m.range.end].map(|c| c.clamp(row.start, row.end)));
        }
        cuts.retain(|&c| text.is_char_boundary(c));
        cuts.sort_unstable();
        cuts.dedup();
        let line = cuts
            .windows(2)
            .map(|pair| {
                let mark = marks
                    .iter()
                    .find(|m| m.range.start <= pair[0] && pair[0] < m.range.end);
                let piece_style = mark.map_or(style, |m| style.patch(theme.mark(m.kind)));
                (text[pair[0]..pair[1]].replace('\n', " "), piece_style)
            })
            .collect();
        lines.push(line);
    });
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::app::action::Action;
    use crate::app::analysis::analyse;
    use crate::app::layout::Panel;
    use crate::app::state::tests::focus_panel;
    use crate::core::side::{DocId, Pair};
    use crate::ui::tests::{draw, find, row_text, state};

    /// Dupont's quotation, altered in the rewrite; Curie's, only in the source.
    fn with_detail_open(down: i32) -> State {
        let mut s = state(
            "« Nous voulons la paix et le dialogue avec tous nos voisins », a déclaré Jean Dupont.\n\n« Rien ne changera », a dit Marie Curie.\n",
            "Jean Dupont a été clair : « nous voulons la paix et la concertation avec tous nos voisins », a-t-il déclaré.\n",
            120,
            40,
        );
        let pair = Pair::new(DocId::SOURCE, DocId(1));
        let done = analyse(pair, s.panes.docs(), &mut |_| true).expect("not cancelled");
        s.update(Action::AnalysisDone(Arc::new(done)));
        focus_panel(&mut s, Panel::Quotes);
        s.update(Action::ScrollRows(down));
        s.update(Action::OpenDetail);
        s
    }

    #[test]
    fn the_detail_view_marks_the_words_that_differ_in_both_texts() {
        let s = with_detail_open(0);
        let buf = draw(&s);
        let theme = Theme::colour();
        let screen: String = (0..40)
            .map(|y| row_text(&buf, y))
            .collect::<Vec<_>>()
            .join("\n");
        for line in [
            "left article · statement",
            "Speaker: Jean Dupont",
            "In the other article: altered, 82 % similar",
            "Words that differ between the two are marked.",
        ] {
            assert!(screen.contains(line), "{line} missing:\n{screen}");
        }
        // Inside the box only: the panes around it show the same words.
        let (left, top) = find(&buf, "Speaker: Jean Dupont").expect("the box");
        let in_box = |needle: &str| {
            (top..40).find_map(|y| {
                let row: String = (left..120).map(|x| buf[(x, y)].symbol()).collect();
                row.find(needle)
                    .map(|at| (left + row[..at].chars().count() as u16, y))
            })
        };
        let mark = theme.mark_word.fg.expect("a colour");
        let (x, y) = in_box("dialogue").expect("the quotation's text");
        assert_eq!(buf[(x, y)].fg, mark, "a word only here");
        let (x, y) = in_box("concertation").expect("the counterpart's text");
        assert_eq!(buf[(x, y)].fg, mark, "a word only there");
        let (x, y) = in_box("voisins").expect("shared words");
        let quote = theme.quote.fg.expect("a colour");
        assert_eq!(buf[(x, y)].fg, quote, "shared: no mark");
    }

    #[test]
    fn the_detail_view_of_a_quotation_only_here_says_so() {
        let s = with_detail_open(1);
        let buf = draw(&s);
        assert!(find(&buf, "Speaker: Marie Curie").is_some());
        assert!(find(&buf, "Not in the other article.").is_some());
        assert!(find(&buf, "Words that differ").is_none());
    }

    /// An organisation, an unnamed source and a person, named twice, in the source only.
    fn with_speakers_of_each_type(detail: Option<i32>) -> State {
        let mut s = state(
            "« Nous refusons ce budget », écrit le PCF dans un communiqué.\n\n« C'est fini », a confié une source proche du dossier.\n\nJean Dupont est arrivé. « Nous verrons », a dit M. Dupont.\n",
            "Un autre texte sans citation.\n",
            120,
            40,
        );
        let pair = Pair::new(DocId::SOURCE, DocId(1));
        let done = analyse(pair, s.panes.docs(), &mut |_| true).expect("not cancelled");
        s.update(Action::AnalysisDone(Arc::new(done)));
        focus_panel(&mut s, Panel::Quotes);
        if let Some(down) = detail {
            s.update(Action::ScrollRows(down));
            s.update(Action::OpenDetail);
        }
        s
    }

    #[test]
    fn the_panel_marks_organisations_and_puts_unnamed_sources_in_italics() {
        let s = with_speakers_of_each_type(None);
        let buf = draw(&s);
        let (x, top) = find(&buf, "⌂ PCF").expect("the organisation, marked");
        assert!(!buf[(x + 2, top)].modifier.contains(Modifier::ITALIC));
        // The panel's rows (the panes above show the same words).
        let in_panel = |needle: &str| {
            (top..buf.area.height).find_map(|y| {
                let row = row_text(&buf, y);
                row.find(needle)
                    .map(|at| (row[..at].chars().count() as u16, y))
            })
        };
        let (x, y) = in_panel("une source proche").expect("the unnamed source");
        assert!(
            buf[(x, y)].modifier.contains(Modifier::ITALIC),
            "unnamed: italic"
        );
        let (x, y) = in_panel("Jean Dupont").expect("the person, by the entity's name");
        assert!(
            !buf[(x, y)].modifier.contains(Modifier::ITALIC),
            "a person: upright"
        );
        assert!(find(&buf, "⌂ Jean").is_none());
        // The filter lists entities: "M. Dupont" is Jean Dupont, one entry.
        let speakers = &s.quote_panel.speakers;
        assert_eq!(
            speakers.iter().filter(|n| n.contains("Dupont")).count(),
            1,
            "{speakers:?}"
        );
    }

    #[test]
    fn the_detail_view_says_the_speaker_type_and_how_it_was_found() {
        let buf = draw(&with_speakers_of_each_type(Some(0)));
        let (x, y) = find(&buf, "Speaker: PCF · organisation").expect("type said");
        assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
        assert!(find(&buf, "How: named after the verb of saying").is_some());
        let buf = draw(&with_speakers_of_each_type(Some(1)));
        assert!(find(&buf, "Speaker: une source proche du dossier · unnamed").is_some());
    }
}
