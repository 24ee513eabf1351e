//! The quotations panel, its one owner: whether it is wanted on screen and where it is, which
//! quotations it lists (full statements first, then fragments; filtered by speaker), its
//! columns, the selection (its whole text wrapped in the quotation column) and the list's
//! scroll, the spans the panes highlight for the selection, and the detail view's word
//! differences, and the lines in view laid out ahead of the frames (`lines`). Owns the panel
//! keys' `update`; moving the selection hands the panes an action.

use std::ops::Range;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::action::{Action, Effect};
use super::analysis::Analysis;
use crate::core::diff::{Mark, word_diff};
use crate::core::quotes::{Quote, SpeakerType};
use crate::core::side::{Pair, Side};
use crate::view::fit::fit;
use crate::view::wrap::wrap_block;

/// Cross-article status in a few words: "both: verbatim", "both: cut", "only here".
pub fn status_label(quote: &Quote) -> String {
    let Some(best) = quote.matches.first() else {
        return "only here".into();
    };
    let kind = best.kind.label();
    let conflict = if quote.matches.iter().any(|m| m.speaker_conflict) {
        ", ≠ speaker"
    } else {
        ""
    };
    format!("both: {kind}{conflict}")
}

/// The speaker as the panel lists it in `width` cells: an organisation marked with `⌂`
/// ("⌂ PCF"), a group or unnamed source as named, a person with given names as initials when
/// the whole name does not fit ("V. Poutine", "J.-M. Le Pen"), `—` for nobody.
fn speaker_cell(quote: &Quote, width: usize) -> String {
    match (&quote.speaker, quote.speaker_type) {
        (None, _) => "—".into(),
        (Some(name), Some(SpeakerType::Organisation)) => format!("⌂ {name}"),
        (Some(name), Some(SpeakerType::Person) | None) if name.width() > width => {
            initials(name, width)
        }
        (Some(name), _) => name.clone(),
    }
}

/// `name` with its given names, from the first, as initials until it fits in `width` cells (or
/// none is left): the family name, its last word, is what tells speakers apart; lowercase
/// particles ("de", "von") stay, and abbreviating stops as soon as the name fits, so "Le" of
/// "Le Pen" goes last.
fn initials(name: &str, width: usize) -> String {
    let mut words: Vec<String> = name.split(' ').map(str::to_string).collect();
    let family = words.len().saturating_sub(1);
    for i in 0..family {
        let given = &words[i];
        // Only a capitalised given name, not yet an initial: not "de", not "J.".
        let capitalised = given.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || given.ends_with('.') {
            continue;
        }
        let short: Vec<String> = given
            .split('-')
            .map(|part| {
                part.chars()
                    .next()
                    .map_or(String::new(), |c| format!("{c}."))
            })
            .collect();
        words[i] = short.join("-");
        let joined = words.join(" ");
        if joined.width() <= width {
            return joined;
        }
    }
    words.join(" ")
}

/// One line of the list in view, its text already cut to the columns: a frame only copies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelLine {
    /// The whole line, article and kind letters, speaker, quotation, status.
    pub text: String,
    /// A line of the selection (styled as such).
    pub selected: bool,
    /// The speaker's cells, from the line's start and how many, to put in italics: an unnamed
    /// source ("une source proche du dossier").
    pub italic: Option<(u16, u16)>,
}

/// The columns of a panel row, in cells: article and kind letters (two), the speaker, the
/// quotation, the cross-article status, a space between each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Columns {
    pub speaker: usize,
    pub text: usize,
    pub status: usize,
}

impl Columns {
    /// The columns for a panel `width` cells wide, whose widest status is `status` cells.
    fn new(width: usize, status: usize) -> Columns {
        // Narrow enough to leave the quotation most of the row: a person's given names go to
        // initials before the column grows (`speaker_cell`).
        let speaker = (width / 6).clamp(8, 18);
        let status = status.clamp(9, 30);
        Columns {
            speaker,
            text: width.saturating_sub(2 + speaker + status + 3),
            status,
        }
    }

    /// Where the quotation column starts.
    pub fn text_x(&self) -> usize {
        2 + self.speaker + 1
    }
}

#[derive(Debug, Clone)]
pub struct QuotePanel {
    /// The panel is on screen.
    pub visible: bool,
    /// Index of the selection in `listed`.
    pub selected: usize,
    /// First listed row shown.
    pub scroll: usize,
    pub show_fragments: bool,
    pub speaker_filter: Option<String>,
    /// Quotation ids in display order.
    pub listed: Vec<usize>,
    /// Known speakers, sorted, for the filter.
    pub speakers: Vec<String>,
    /// Where the panel is on screen (header row, then the list), when shown.
    area: Option<Rect>,
    /// The row's columns for that area and list.
    pub columns: Columns,
    /// The widest status label of the list.
    status_width: usize,
    /// The selected quotation's text wrapped in the quotation column: its rows (byte ranges
    /// of `Quote::text`), at least one. The selection shows them all, as far as the panel
    /// has room.
    pub expanded: Vec<Range<usize>>,
    /// Spans (opening to closing mark) of the selected quotation and of its counterparts, per
    /// side: what the panes highlight, computed when the selection or the list changes.
    highlight: Pair<Vec<Range<usize>>>,
    /// The lines of the list in view (the selection's wrapped lines among them), laid out when
    /// the list, the filter, the selection, the scroll or the panel's size changes. PERF: with
    /// the panel full, cutting every row's texts on every frame was most of a frame.
    pub lines: Vec<PanelLine>,
}

impl Default for QuotePanel {
    fn default() -> Self {
        QuotePanel {
            // On the first screen wherever the layout leaves it room: the design's promise.
            visible: true,
            selected: 0,
            scroll: 0,
            show_fragments: true,
            speaker_filter: None,
            listed: Vec::new(),
            speakers: Vec::new(),
            area: None,
            columns: Columns::default(),
            status_width: 0,
            expanded: Vec::new(),
            highlight: Pair::default(),
            lines: Vec::new(),
        }
    }
}

/// The detail view of one quotation, computed when it opens: a frame only reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    /// The quotation shown.
    pub id: usize,
    /// Word differences against its first counterpart, in its text and in the counterpart's
    /// (byte ranges of each quotation's `text`); empty without a counterpart.
    pub marks: Vec<Mark>,
    pub counterpart_marks: Vec<Mark>,
}

impl QuotePanel {
    /// Applies a panel action. `analysis` is the current pair's, once it is done.
    pub fn update(&mut self, action: &Action, analysis: Option<&Analysis>) -> Effect {
        match *action {
            Action::ToggleQuotes => {
                self.visible = !self.visible;
                Effect::none()
            }
            Action::ScrollRows(delta) | Action::MouseScroll { delta, .. } => {
                let target = self.selected as i64 + delta as i64;
                self.select(analysis, target.max(0) as usize)
            }
            Action::GoTop => self.select(analysis, 0),
            Action::GoBottom => self.select(analysis, usize::MAX),
            Action::MouseClick { row, .. } => {
                let Some(area) = self.area else {
                    return Effect::none();
                };
                // The first row of the panel is its header.
                let line = row.saturating_sub(area.y) as usize;
                if line == 0 {
                    return Effect::none();
                }
                let index = self.item_at_line(line - 1);
                self.select(analysis, index)
            }
            Action::ToggleFragments => {
                self.show_fragments = !self.show_fragments;
                self.rebuild(analysis);
                self.select(analysis, self.selected)
            }
            Action::CycleSpeakerFilter => {
                let message = self.cycle_speaker();
                self.rebuild(analysis);
                self.select(analysis, 0).and_say(message)
            }
            Action::AnalysisDone(_) => {
                self.rebuild(analysis);
                Effect::none()
            }
            Action::ShowRewrite(_) => {
                // Another pair: its list starts from the top.
                self.selected = 0;
                self.scroll = 0;
                self.rebuild(analysis);
                Effect::none()
            }
            _ => Effect::none(),
        }
    }

    /// Where the panel goes on screen now (`None`: not on screen); the columns and the
    /// selection's wrapping follow its width.
    pub fn set_area(&mut self, area: Option<Rect>, analysis: Option<&Analysis>) {
        let size = |a: Option<Rect>| a.map(|a| (a.width, a.height));
        let width_changed = area.map(|a| a.width) != self.area.map(|a| a.width);
        let resized = size(area) != size(self.area);
        self.area = area;
        if width_changed {
            self.columns = Columns::new(self.width(), self.status_width);
            self.wrap_selected(analysis);
        }
        let scroll = self.scroll;
        self.keep_in_view();
        if resized || scroll != self.scroll {
            self.lay_out(analysis);
        }
    }

    /// The panel is on screen.
    pub fn shown(&self) -> bool {
        self.visible && self.area.is_some()
    }

    fn width(&self) -> usize {
        self.area.map_or(0, |a| a.width as usize)
    }

    /// Rows of the list in view: the panel's height less its header.
    pub fn rows(&self) -> usize {
        self.area
            .map_or(1, |a| a.height.saturating_sub(1).max(1) as usize)
    }

    /// Lines the selected quotation takes: its wrapped text, as far as the list has room.
    pub fn selected_lines(&self) -> usize {
        self.expanded.len().clamp(1, self.rows())
    }

    /// The listed quotation drawn on `line` of the list (0: the first line below the header).
    fn item_at_line(&self, line: usize) -> usize {
        let before = self.selected.saturating_sub(self.scroll);
        let expanded = self.selected_lines();
        if line < before {
            self.scroll + line
        } else if line < before + expanded {
            self.selected
        } else {
            self.scroll + line - (expanded - 1)
        }
    }

    /// Keeps the selection, all its lines, in view.
    fn keep_in_view(&mut self) {
        let rows = self.rows();
        let lines = self.selected_lines();
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected + lines > self.scroll + rows {
            self.scroll = self.selected + lines - rows;
        }
    }

    /// Lays out the lines in view: each row's speaker, quotation and status cut to their
    /// columns, the selection's quotation on all its wrapped lines (the last one in view saying,
    /// with `…`, when it goes on). Nothing while the panel is off screen.
    fn lay_out(&mut self, analysis: Option<&Analysis>) {
        self.lines.clear();
        let (Some(analysis), Some(_)) = (analysis, self.area) else {
            return;
        };
        let rows = self.rows();
        let columns = self.columns;
        for row in self.scroll..self.listed.len() {
            if self.lines.len() >= rows {
                break;
            }
            let Some(quote) = analysis.quote(self.listed[row]) else {
                continue;
            };
            let side = analysis.side_of(quote.doc).map_or("?", Side::letter);
            let kind = if quote.fragment { "·" } else { " " };
            let lead = format!("{side}{kind}");
            let head = format!(
                "{lead}{}",
                fit(&speaker_cell(quote, columns.speaker), columns.speaker)
            );
            let italic = (quote.speaker_type == Some(SpeakerType::Unnamed))
                .then(|| (lead.width() as u16, columns.speaker as u16));
            let status = fit(&status_label(quote), columns.status);
            if row != self.selected {
                self.lines.push(PanelLine {
                    text: format!("{head} {} {status}", fit(&quote.text, columns.text)),
                    selected: false,
                    italic,
                });
                continue;
            }
            let room = rows - self.lines.len();
            let shown = &self.expanded[..self.selected_lines().min(room).min(self.expanded.len())];
            let cut = shown.len() < self.expanded.len();
            for (i, range) in shown.iter().enumerate() {
                let mut text = quote.text[range.clone()].replace('\n', " ");
                if cut && i + 1 == shown.len() {
                    text.push('…');
                }
                let piece = fit(text.trim_end(), columns.text);
                let (text, italic) = if i == 0 {
                    (format!("{head} {piece} {status}"), italic)
                } else {
                    (
                        format!("{} {piece}", " ".repeat(columns.text_x() - 1)),
                        None,
                    )
                };
                self.lines.push(PanelLine {
                    text,
                    selected: true,
                    italic,
                });
            }
        }
    }

    /// Wraps the selected quotation's text in the quotation column.
    fn wrap_selected(&mut self, analysis: Option<&Analysis>) {
        self.expanded.clear();
        let quote = self
            .selected_id()
            .and_then(|id| analysis.and_then(|a| a.quote(id)));
        if let Some(quote) = quote {
            let text = &quote.text;
            let expanded = &mut self.expanded;
            wrap_block(text, 0..text.len(), self.columns.text.max(1), &mut |row| {
                expanded.push(row)
            });
        }
        if self.expanded.is_empty() {
            self.expanded.push(0..0);
        }
    }

    pub fn selected_id(&self) -> Option<usize> {
        self.listed.get(self.selected).copied()
    }

    /// Spans of the selected quotation and its counterparts on `side`, highlighted while the
    /// panel is shown.
    pub fn highlight(&self, side: Side) -> &[Range<usize>] {
        if self.shown() {
            &self.highlight[side]
        } else {
            &[]
        }
    }

    /// The detail view of the selected quotation, with its word differences worked out.
    pub fn detail(&self, analysis: Option<&Analysis>) -> Option<Detail> {
        let id = self.selected_id()?;
        let quote = analysis?.quote(id)?;
        let counterpart = quote.matches.first().and_then(|m| analysis?.quote(m.id));
        let (marks, counterpart_marks) = match counterpart {
            Some(other) => word_diff(
                &quote.text,
                0..quote.text.len(),
                &other.text,
                0..other.text.len(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        Some(Detail {
            id,
            marks,
            counterpart_marks,
        })
    }

    /// Recomputes the list from the analysis and the current filters (when either changes, not
    /// on every selection move).
    fn rebuild(&mut self, analysis: Option<&Analysis>) {
        self.listed.clear();
        self.status_width = 0;
        if let Some(analysis) = analysis {
            let mut speakers: Vec<String> = analysis
                .quotes
                .iter()
                .filter_map(|q| q.speaker.clone())
                .collect();
            speakers.sort();
            speakers.dedup();
            self.speakers = speakers;
            let wanted = |q: &Quote| {
                self.speaker_filter
                    .as_ref()
                    .is_none_or(|s| q.speaker.as_ref() == Some(s))
            };
            let statements = analysis.quotes.iter().filter(|q| !q.fragment && wanted(q));
            let fragments = analysis.quotes.iter().filter(|q| q.fragment && wanted(q));
            self.listed.extend(statements.map(|q| q.id));
            if self.show_fragments {
                self.listed.extend(fragments.map(|q| q.id));
            }
            self.selected = self.selected.min(self.listed.len().saturating_sub(1));
            self.status_width = self
                .listed
                .iter()
                .filter_map(|&id| analysis.quote(id))
                .map(|q| status_label(q).width())
                .max()
                .unwrap_or(0);
        }
        self.columns = Columns::new(self.width(), self.status_width);
        self.refresh_highlight(analysis);
        self.wrap_selected(analysis);
        self.keep_in_view();
        self.lay_out(analysis);
    }

    /// Selects listed row `index` (clamped) and keeps it in view; the panes are to bring the
    /// quotation and its first counterpart into view.
    fn select(&mut self, analysis: Option<&Analysis>, index: usize) -> Effect {
        let Some(analysis) = analysis else {
            return Effect::none();
        };
        if self.listed.is_empty() {
            return Effect::none();
        }
        self.selected = index.min(self.listed.len() - 1);
        self.wrap_selected(Some(analysis));
        self.keep_in_view();
        self.lay_out(Some(analysis));
        self.refresh_highlight(Some(analysis));
        let Some(quote) = analysis.quote(self.listed[self.selected]) else {
            return Effect::none();
        };
        let Some(side) = analysis.side_of(quote.doc) else {
            return Effect::none();
        };
        let counterpart = quote
            .matches
            .first()
            .and_then(|m| analysis.quote(m.id))
            .map(|q| q.outer.start);
        Effect::then(Action::ShowQuote {
            side,
            offset: quote.outer.start,
            counterpart,
        })
    }

    fn refresh_highlight(&mut self, analysis: Option<&Analysis>) {
        self.highlight = Pair::default();
        let (Some(analysis), Some(id)) = (analysis, self.selected_id()) else {
            return;
        };
        let Some(quote) = analysis.quote(id) else {
            return;
        };
        let related =
            std::iter::once(quote).chain(quote.matches.iter().filter_map(|m| analysis.quote(m.id)));
        for q in related {
            if let Some(side) = analysis.side_of(q.doc) {
                self.highlight[side].push(q.outer.clone());
            }
        }
    }

    /// Moves the speaker filter to the next speaker (then back to everyone); says what it is.
    fn cycle_speaker(&mut self) -> String {
        let next = match &self.speaker_filter {
            None => self.speakers.first().cloned(),
            Some(current) => {
                let at = self.speakers.iter().position(|s| s == current);
                at.and_then(|i| self.speakers.get(i + 1)).cloned()
            }
        };
        self.speaker_filter = next;
        self.selected = 0;
        self.scroll = 0;
        match &self.speaker_filter {
            Some(s) => format!("quotations by {s}"),
            None => "quotations by everyone".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::app::analysis::analyse;
    use crate::app::documents::tests::doc;
    use crate::core::side::DocId;

    /// Three quotations on the left (Dupont's, altered on the right; Curie's, only here; a
    /// fragment, verbatim on the right) and two on the right.
    fn analysed() -> Arc<Analysis> {
        let left = doc(
            "Le ministre a parlé.\n\n« Nous voulons la paix et le dialogue avec tous nos voisins », a déclaré Jean Dupont.\n\n« Rien ne changera », a dit Marie Curie.\n\nIl évoque les « liens historiques » du pays.\n",
        );
        let right = doc(
            "Jean Dupont a été clair : « nous voulons la paix et la concertation avec tous nos voisins », a-t-il déclaré.\n\nIl évoque les « liens historiques » du pays.\n",
        );
        let pair = Pair::new(DocId::SOURCE, DocId(1));
        Arc::new(analyse(pair, Pair::new(&*left, &*right), &mut |_| true).expect("not cancelled"))
    }

    /// A shown panel of five rows (a header and four listed) on `analysis`.
    fn shown(analysis: &Arc<Analysis>) -> QuotePanel {
        let mut panel = QuotePanel::default();
        assert!(panel.visible, "wanted on screen from the start");
        panel.set_area(Some(Rect::new(0, 30, 120, 5)), None);
        let effect = panel.update(&Action::AnalysisDone(Arc::clone(analysis)), Some(analysis));
        assert!(
            effect.then.is_none(),
            "a new list does not scroll the panes"
        );
        panel
    }

    /// The id the panel wants the panes to show, and its counterpart's offset.
    fn shown_quote(effect: &Effect, analysis: &Analysis) -> (usize, Option<usize>) {
        match effect.then {
            Some(Action::ShowQuote {
                side,
                offset,
                counterpart,
            }) => {
                let quote = analysis
                    .quotes
                    .iter()
                    .find(|q| q.outer.start == offset && analysis.side_of(q.doc) == Some(side))
                    .expect("the offset of a quotation on its side");
                (quote.id, counterpart)
            }
            ref other => panic!("expected ShowQuote, got {other:?}"),
        }
    }

    #[test]
    fn a_filter_change_is_one_call_that_rebuilds_the_list_and_reselects() {
        let a = analysed();
        let mut panel = shown(&a);
        assert_eq!(panel.listed, [0, 1, 3, 2, 4], "statements, then fragments");
        let outer = |id: usize| a.quote(id).map(|q| q.outer.start);

        let effect = panel.update(&Action::ToggleFragments, Some(&a));
        assert_eq!(panel.listed, [0, 1, 3]);
        assert_eq!(shown_quote(&effect, &a), (0, outer(3)));

        let effect = panel.update(&Action::ScrollRows(2), Some(&a));
        assert_eq!(
            shown_quote(&effect, &a),
            (3, outer(0)),
            "right, facing the left"
        );

        let effect = panel.update(&Action::CycleSpeakerFilter, Some(&a));
        assert_eq!(effect.message.as_deref(), Some("quotations by Jean Dupont"));
        assert_eq!((panel.listed.as_slice(), panel.selected), (&[0, 3][..], 0));
        assert_eq!(shown_quote(&effect, &a), (0, outer(3)));

        let effect = panel.update(&Action::CycleSpeakerFilter, Some(&a));
        assert_eq!(effect.message.as_deref(), Some("quotations by Marie Curie"));
        assert_eq!(shown_quote(&effect, &a), (1, None), "no counterpart");

        let effect = panel.update(&Action::CycleSpeakerFilter, Some(&a));
        assert_eq!(effect.message.as_deref(), Some("quotations by everyone"));
        assert_eq!(panel.listed, [0, 1, 3], "fragments still hidden");
    }

    #[test]
    fn the_highlight_and_the_detail_are_worked_out_for_the_selection() {
        let a = analysed();
        let mut panel = shown(&a);
        let outer = |id: usize| a.quote(id).expect("listed").outer.clone();
        assert_eq!(panel.highlight(Side::Left), [outer(0)]);
        assert_eq!(panel.highlight(Side::Right), [outer(3)]);
        let _ = panel.update(&Action::ToggleQuotes, Some(&a));
        assert!(
            panel.highlight(Side::Left).is_empty(),
            "hidden: nothing highlighted"
        );
        let _ = panel.update(&Action::ToggleQuotes, Some(&a));

        let detail = panel.detail(Some(&a)).expect("a quotation is selected");
        assert_eq!(detail.id, 0);
        let marked = |id: usize, marks: &[Mark]| -> Vec<String> {
            let text = &a.quote(id).expect("listed").text;
            marks
                .iter()
                .map(|m| text[m.range.clone()].to_string())
                .collect()
        };
        assert!(
            marked(0, &detail.marks).concat().contains("dialogue"),
            "{detail:?}"
        );
        let there = marked(3, &detail.counterpart_marks).concat();
        assert!(
            there.contains("concertation") && !there.contains("voisins"),
            "{there}"
        );

        let _ = panel.update(&Action::ScrollRows(1), Some(&a));
        assert_eq!(panel.highlight(Side::Left), [outer(1)]);
        assert!(panel.highlight(Side::Right).is_empty());
        let detail = panel.detail(Some(&a)).expect("a quotation is selected");
        assert!(detail.marks.is_empty() && detail.counterpart_marks.is_empty());
    }

    #[test]
    fn the_selection_shows_its_whole_quotation_wrapped_and_stays_in_view() {
        let a = analysed();
        let mut panel = shown(&a);
        let _ = panel.update(&Action::ToggleFragments, Some(&a));
        // A narrow panel: Dupont's quotation takes several lines of its column.
        panel.set_area(Some(Rect::new(0, 30, 60, 5)), Some(&a));
        let columns = panel.columns;
        assert!(
            columns.text >= 10 && columns.text_x() + columns.text < 60,
            "{columns:?}"
        );
        let text = &a.quote(0).expect("listed").text;
        let lines: Vec<&str> = panel
            .expanded
            .iter()
            .map(|r| text[r.clone()].trim())
            .collect();
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(
            lines.join(" "),
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        assert!(
            panel
                .expanded
                .iter()
                .all(|r| text[r.clone()].trim_end().width() <= columns.text)
        );
        assert_eq!(panel.selected_lines(), lines.len().min(4));
        // The next row is drawn below the whole quotation: a click there selects it.
        let below = 30 + 1 + panel.selected_lines() as u16;
        let _ = panel.update(
            &Action::MouseClick {
                column: 3,
                row: below,
            },
            Some(&a),
        );
        assert_eq!(panel.selected, 1);
        assert_eq!(panel.expanded.len(), 1, "a short one, one line");
        // Back up: the long one's lines all fit, from the top of the list.
        let _ = panel.update(&Action::ScrollRows(-1), Some(&a));
        assert_eq!(panel.scroll, 0);
        let _ = panel.update(&Action::GoBottom, Some(&a));
        assert!(panel.selected + panel.selected_lines() <= panel.scroll + panel.rows());
    }

    /// The laid-out lines' texts, trimmed.
    fn texts(panel: &QuotePanel) -> Vec<String> {
        panel
            .lines
            .iter()
            .map(|l| l.text.trim_end().to_string())
            .collect()
    }

    #[test]
    fn the_lines_in_view_are_laid_out_cut_to_the_columns() {
        let a = analysed();
        let mut panel = shown(&a);
        // Four rows below the header: the selection on one line, then three more rows.
        assert_eq!(panel.lines.len(), 4, "{:?}", texts(&panel));
        assert!(panel.lines[0].selected && !panel.lines[1].selected);
        assert!(panel.lines.iter().all(|l| l.text.width() == 119));
        assert!(panel.lines[0].text.starts_with("L Jean Dupont"));
        assert!(panel.lines[0].text.contains("both: altered"));
        // Narrower: the quotation column shrinks, the selection wraps on the lines it needs;
        // a row's first line is as wide as the panel less its last column, none is wider.
        panel.set_area(Some(Rect::new(0, 30, 50, 9)), Some(&a));
        let columns = panel.columns;
        assert!(panel.expanded.len() > 1, "{:?}", panel.expanded);
        assert!(
            panel.lines.iter().all(|l| l.text.width() <= 49),
            "{:?}",
            texts(&panel)
        );
        let firsts = panel.lines.iter().filter(|l| !l.text.starts_with(' '));
        assert!(firsts.clone().count() >= 4 && firsts.clone().all(|l| l.text.width() == 49));
        let selected = panel.lines.iter().filter(|l| l.selected).count();
        assert_eq!(selected, panel.expanded.len());
        let second = &panel.lines[1].text;
        assert!(second[..columns.text_x()].trim().is_empty(), "{second}");
        assert!(
            !panel.lines[selected - 1].text.trim_end().ends_with('…'),
            "all of it in view: nothing to say"
        );
        // Too low for the whole selection: its last line in view says that it goes on.
        panel.set_area(Some(Rect::new(0, 30, 50, 3)), Some(&a));
        assert_eq!(panel.lines.len(), 2);
        assert!(panel.lines.iter().all(|l| l.selected));
        assert!(
            panel.lines[1].text.trim_end().ends_with('…'),
            "{:?}",
            texts(&panel)
        );
        // Off screen: nothing laid out.
        panel.set_area(None, Some(&a));
        assert!(panel.lines.is_empty());
    }

    #[test]
    fn given_names_become_initials_only_when_the_name_does_not_fit() {
        assert_eq!(initials("Vladimir Poutine", 12), "V. Poutine");
        assert_eq!(initials("Jean-Marie Le Pen", 13), "J.-M. Le Pen");
        assert_eq!(initials("Jean-Marie Le Pen", 10), "J.-M. L. Pen");
        assert_eq!(
            initials("Charles de Gaulle", 10),
            "C. de Gaulle",
            "as short as it goes"
        );
        assert_eq!(
            initials("Emmanuel Jean Michel Macron", 14),
            "E. J. M. Macron"
        );
        assert_eq!(
            initials("Macron", 3),
            "Macron",
            "a family name alone stays whole"
        );
        let a = analysed();
        let dupont = a.quote(0).expect("listed");
        assert_eq!(speaker_cell(dupont, 20), "Jean Dupont");
        assert_eq!(speaker_cell(dupont, 10), "J. Dupont");
    }

    #[test]
    fn wide_characters_are_cut_whole_at_a_column_edge() {
        let left = doc("« 北京北京北京北京北京北京北京北京北京北京 », a déclaré Jean Dupont.\n");
        let right = doc("Rien.\n");
        let pair = Pair::new(DocId::SOURCE, DocId(1));
        let a = Arc::new(
            analyse(pair, Pair::new(&*left, &*right), &mut |_| true).expect("not cancelled"),
        );
        for width in 40..48 {
            let mut panel = QuotePanel::default();
            panel.set_area(Some(Rect::new(0, 0, width, 2)), None);
            let _ = panel.update(&Action::AnalysisDone(Arc::clone(&a)), Some(&a));
            let line = &panel.lines[0].text;
            assert_eq!(line.width(), width as usize - 1, "{line}");
            assert!(line.contains("北京"), "{line}");
            // The quotation column ends where the status column starts, at every width.
            let columns = panel.columns;
            let status_x = columns.text_x() + columns.text + 1;
            let mut x = 0;
            let at = line
                .char_indices()
                .find(|&(_, c)| {
                    let here = x;
                    x += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    here == status_x
                })
                .map(|(i, _)| i)
                .expect("a character starts the status column");
            assert!(line[at..].starts_with("only here"), "{width}: {line}");
        }
    }

    #[test]
    fn moving_the_selection_lays_the_lines_out_again() {
        let a = analysed();
        let mut panel = shown(&a);
        let before = panel.lines.clone();
        let _ = panel.update(&Action::ScrollRows(1), Some(&a));
        assert!(!panel.lines[0].selected && panel.lines[1].selected);
        assert!(panel.lines[1].text.contains("Marie Curie"));
        assert_eq!(panel.lines[0].text, before[0].text, "one line each");
        // Scrolling the list moves its lines up.
        let _ = panel.update(&Action::GoBottom, Some(&a));
        assert_eq!(panel.scroll, 1);
        assert_eq!(panel.lines[0].text, before[1].text);
        assert!(panel.lines[3].selected);
        // A filter change lists other quotations.
        let _ = panel.update(&Action::CycleSpeakerFilter, Some(&a));
        assert!(panel.lines.iter().all(|l| l.text.contains("Jean Dupont")));
        assert!(!texts(&panel).concat().contains("Rien ne changera"));
    }

    #[test]
    fn the_list_scrolls_with_the_selection_and_clicks_select_a_row() {
        let a = analysed();
        let mut panel = shown(&a);
        let _ = panel.update(&Action::GoBottom, Some(&a));
        assert_eq!((panel.selected, panel.scroll), (4, 1), "four rows in view");
        let click = |row| Action::MouseClick { column: 3, row };
        let _ = panel.update(&click(31), Some(&a));
        assert_eq!(panel.selected, 1, "the first row in view, below the header");
        let _ = panel.update(&click(34), Some(&a));
        assert_eq!(panel.selected, 4);
        let _ = panel.update(
            &Action::MouseScroll {
                column: 3,
                row: 32,
                delta: -2,
            },
            Some(&a),
        );
        assert_eq!(panel.selected, 2);

        let mut waiting = QuotePanel::default();
        let effect = waiting.update(&Action::ScrollRows(1), None);
        assert!(
            effect.then.is_none() && waiting.selected == 0,
            "nothing before the analysis"
        );
    }
}
