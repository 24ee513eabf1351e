//! The quotation matrix, as the quotations panel shows it with several rewrites: the source's
//! quotations (rows) × the open rewrites (columns), the selected cell and the scroll both
//! ways, what the panes highlight for it; and the variants view, the texts the rewrites give
//! one quotation, each side by side with the source's, laid out once per width. Owns the
//! matrix keys' `update`. The selected column is the rewrite shown on the right: moving to
//! another column switches the pane, and switching rewrites elsewhere moves the column.

use std::ops::Range;

use ratatui::layout::{Position, Rect};

use super::action::{Action, Effect};
use super::documents::Documents;
use super::rewrites::Rewrites;
use crate::core::compare::rank::quote_matrix::{Carried, Cell};
use crate::core::diff::{Mark, word_diff};
use crate::core::side::{DocId, Pair, Side};
use crate::view::wrap::wrap_block;

/// Columns of one cell (its letter and a space).
pub const CELL_WIDTH: u16 = 2;
/// Rows above the quotations: the panel's header, then the rewrites' numbers.
pub const HEADER_ROWS: u16 = 2;
/// Room kept right of the cells for the count and the quotation's text.
const MIN_LABEL: u16 = 24;

/// Where the cells are in the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Column of the first cell shown.
    pub cells_x: u16,
    /// How many columns (rewrites) are on screen.
    pub visible: usize,
    /// Row of the first quotation.
    pub rows_y: u16,
    /// How many quotations are on screen.
    pub rows: usize,
}

impl Geometry {
    /// For `columns` rewrites in the panel `area`.
    pub fn new(area: Rect, columns: usize) -> Geometry {
        let room = area.width.saturating_sub(1 + MIN_LABEL.min(area.width / 2));
        Geometry {
            cells_x: area.x + 1,
            visible: columns.min(usize::from(room / CELL_WIDTH)).max(1),
            rows_y: area.y + HEADER_ROWS.min(area.height),
            rows: usize::from(area.height.saturating_sub(HEADER_ROWS)),
        }
    }
}

/// The panel's matrix: selection and scroll.
#[derive(Debug, Default)]
pub struct MatrixView {
    /// The panel shows the matrix rather than the pair's list (with several rewrites).
    pub on: bool,
    /// The quotations listed: indices into the matrix's `quotes` (statements, then fragments;
    /// subheadings and nested quotations aside).
    pub rows: Vec<usize>,
    /// Index of the selection in `rows`.
    pub row: usize,
    /// First row on screen.
    pub scroll: usize,
    /// The selected column: an index into the matrix's `rewrites`.
    pub column: usize,
    /// First column on screen.
    pub column_scroll: usize,
    /// The variants view of the selected quotation, when open.
    pub variants: Option<Variants>,
    /// The panel on screen, when shown.
    area: Option<Rect>,
    /// The whole screen, where the variants view goes.
    screen: Rect,
    /// The selected quotation (left) and its counterpart in the rewrite shown (right).
    highlight: Pair<Vec<Range<usize>>>,
}

impl MatrixView {
    /// A matrix view, shown in the panel (`on`) or not.
    pub fn new(on: bool) -> MatrixView {
        MatrixView {
            on,
            ..MatrixView::default()
        }
    }

    /// Where the panel is now (`None`: not on screen); `screen` is the whole screen, where the
    /// variants view goes.
    pub fn set_area(&mut self, area: Option<Rect>, screen: Rect) {
        self.area = area;
        self.screen = screen;
        if let Some(variants) = &mut self.variants {
            variants.relayout(screen);
        }
        self.keep_in_view(0);
    }

    /// The geometry of the panel, when shown.
    pub fn geometry(&self, columns: usize) -> Option<Geometry> {
        self.area.map(|a| Geometry::new(a, columns))
    }

    /// What the panes highlight on `side` for the selection.
    pub fn highlight(&self, side: Side) -> &[Range<usize>] {
        &self.highlight[side]
    }

    /// The quotation selected: an index into the matrix's `quotes`.
    pub fn selected_quote(&self) -> Option<usize> {
        self.rows.get(self.row).copied()
    }

    /// The analyses changed, or the rewrite shown: the rows again, the column on `shown`.
    pub fn sync(&mut self, rewrites: &Rewrites, documents: &Documents, shown: DocId) {
        let matrix = rewrites.matrix();
        let selected = self.selected_quote();
        let usable = |&i: &usize| {
            let q = &matrix.quotes[i];
            !q.heading && q.parent.is_none()
        };
        let statements = (0..matrix.quotes.len()).filter(|&i| !matrix.quotes[i].fragment);
        let fragments = (0..matrix.quotes.len()).filter(|&i| matrix.quotes[i].fragment);
        self.rows = statements.chain(fragments).filter(usable).collect();
        self.row = selected
            .and_then(|q| self.rows.iter().position(|&r| r == q))
            .unwrap_or(self.row)
            .min(self.rows.len().saturating_sub(1));
        if let Some(column) = matrix.rewrites.iter().position(|&r| r == shown) {
            self.column = column;
        }
        self.column = self.column.min(matrix.rewrites.len().saturating_sub(1));
        self.keep_in_view(matrix.rewrites.len());
        self.refresh_highlight(rewrites, documents, shown);
    }

    /// Applies a matrix key or mouse event; `shown` is the rewrite on the right.
    pub fn update(
        &mut self,
        action: &Action,
        rewrites: &Rewrites,
        documents: &Documents,
        shown: DocId,
    ) -> Effect {
        let columns = rewrites.matrix().rewrites.len();
        if let Some(variants) = &mut self.variants {
            match *action {
                Action::ScrollRows(delta) | Action::MouseScroll { delta, .. } => {
                    variants.scroll_by(i64::from(delta));
                }
                Action::ScrollPage(direction) => {
                    variants.scroll_by(i64::from(direction) * variants.page() as i64);
                }
                Action::GoTop => variants.scroll = 0,
                Action::GoBottom => variants.scroll_by(i64::MAX / 2),
                Action::CloseVariants | Action::MouseClick { .. } => self.variants = None,
                _ => {}
            }
            return Effect::none();
        }
        match *action {
            Action::ToggleMatrix => {
                self.on = !self.on;
                Effect::say(if self.on {
                    "quotations × rewrites"
                } else {
                    "the quotations of the pair shown"
                })
            }
            Action::ScrollRows(delta) | Action::MouseScroll { delta, .. } => self.select(
                self.row as i64 + i64::from(delta),
                self.column,
                rewrites,
                documents,
                shown,
            ),
            Action::GoTop => self.select(0, self.column, rewrites, documents, shown),
            Action::GoBottom => self.select(i64::MAX, self.column, rewrites, documents, shown),
            Action::MatrixColumn(delta) => {
                let column = (self.column as i64 + i64::from(delta))
                    .clamp(0, columns.saturating_sub(1) as i64)
                    as usize;
                self.select(self.row as i64, column, rewrites, documents, shown)
            }
            Action::MouseClick { column, row } => {
                let (Some(area), Some(geometry)) = (self.area, self.geometry(columns)) else {
                    return Effect::none();
                };
                if !area.contains(Position::new(column, row)) || row < geometry.rows_y {
                    return Effect::none();
                }
                let index = self.scroll + usize::from(row - geometry.rows_y);
                let cell = column
                    .checked_sub(geometry.cells_x)
                    .map(|x| usize::from(x / CELL_WIDTH))
                    .filter(|&c| c < geometry.visible)
                    .map(|c| self.column_scroll + c)
                    .filter(|&c| c < columns)
                    .unwrap_or(self.column);
                if index >= self.rows.len() {
                    return Effect::none();
                }
                self.select(index as i64, cell, rewrites, documents, shown)
            }
            Action::OpenVariants => {
                let Some(quote) = self.selected_quote() else {
                    return Effect::say("no quotation in the source");
                };
                let mut variants = Variants::new(quote, self.column, rewrites, documents);
                variants.relayout(self.screen);
                self.variants = Some(variants);
                Effect::none()
            }
            _ => Effect::none(),
        }
    }

    /// Selects row `index` (clamped) of `column`: the panes show the quotation and its
    /// counterpart in that column's rewrite, switching to it if it is not the one shown.
    fn select(
        &mut self,
        index: i64,
        column: usize,
        rewrites: &Rewrites,
        documents: &Documents,
        shown: DocId,
    ) -> Effect {
        let matrix = rewrites.matrix();
        if self.rows.is_empty() || matrix.rewrites.is_empty() {
            return Effect::none();
        }
        self.row = index.clamp(0, self.rows.len() as i64 - 1) as usize;
        self.column = column.min(matrix.rewrites.len() - 1);
        self.keep_in_view(matrix.rewrites.len());
        let rewrite = matrix.rewrites[self.column];
        let quote_index = self.rows[self.row];
        let quote = &matrix.quotes[quote_index];
        let counterpart = matrix
            .cell(quote_index, self.column)
            .counterpart
            .and_then(|id| documents.analysis(rewrite).ready()?.quote(id))
            .map(|q| q.outer.start);
        let show = Action::ShowQuote {
            side: Side::Left,
            offset: quote.outer.start,
            counterpart,
        };
        if rewrite == shown {
            self.refresh_highlight(rewrites, documents, shown);
            Effect::then(show)
        } else {
            // The highlight follows once the rewrite is shown (`sync`).
            Effect::then(Action::ShowRewriteThen {
                rewrite,
                then: Box::new(show),
            })
        }
    }

    fn keep_in_view(&mut self, columns: usize) {
        let rows = self.area.map_or(1, |a| {
            usize::from(a.height.saturating_sub(HEADER_ROWS)).max(1)
        });
        if self.row < self.scroll {
            self.scroll = self.row;
        } else if self.row >= self.scroll + rows {
            self.scroll = self.row + 1 - rows;
        }
        if let Some(geometry) = self.geometry(columns) {
            if self.column < self.column_scroll {
                self.column_scroll = self.column;
            } else if self.column >= self.column_scroll + geometry.visible {
                self.column_scroll = self.column + 1 - geometry.visible;
            }
        }
    }

    fn refresh_highlight(&mut self, rewrites: &Rewrites, documents: &Documents, shown: DocId) {
        self.highlight = Pair::default();
        let matrix = rewrites.matrix();
        let Some(quote_index) = self.selected_quote() else {
            return;
        };
        self.highlight
            .left
            .push(matrix.quotes[quote_index].outer.clone());
        let Some(column) = matrix.rewrites.iter().position(|&r| r == shown) else {
            return;
        };
        let counterpart = matrix
            .cell(quote_index, column)
            .counterpart
            .and_then(|id| documents.analysis(shown).ready()?.quote(id));
        if let Some(q) = counterpart {
            self.highlight.right.push(q.outer.clone());
        }
    }
}

/// One text the rewrites give a quotation of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantGroup {
    /// The rewrites giving this text, and how each carries the quotation.
    pub carriers: Vec<(DocId, Cell)>,
    pub text: String,
    /// The speaker the first of them gives.
    pub speaker: Option<String>,
    /// Word differences in the source's quotation (against this text), and in this text.
    pub source_marks: Vec<Mark>,
    pub marks: Vec<Mark>,
}

/// One line of the variants view, laid out for its width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VariantLine {
    /// The quotation of the source: speaker and how many carry it.
    Title,
    /// A group's heading (an index into `groups`): which rewrites, how, their speaker.
    Heading(usize),
    /// One row of the two texts side by side: a row of the source's quotation, one of the
    /// group's text (byte ranges of each).
    Texts {
        group: usize,
        source: Option<Range<usize>>,
        variant: Option<Range<usize>>,
    },
    /// The rewrites that do not carry it.
    Missing,
    Blank,
}

/// The variants of one quotation of the source, worked out when the view opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variants {
    /// The source's quotation: an index into the matrix's `quotes`.
    pub quote: usize,
    pub source_text: String,
    pub source_speaker: Option<String>,
    /// The texts given, the selected rewrite's first, then by how many give each.
    pub groups: Vec<VariantGroup>,
    /// The open rewrites compared that do not carry it.
    pub missing: Vec<DocId>,
    /// The view's box on screen, and its lines for the box's width.
    pub area: Rect,
    pub lines: Vec<VariantLine>,
    /// Width of each text column.
    pub column_width: u16,
    /// First line shown.
    pub scroll: usize,
}

impl Variants {
    fn new(quote: usize, column: usize, rewrites: &Rewrites, documents: &Documents) -> Variants {
        let matrix = rewrites.matrix();
        let source = &matrix.quotes[quote];
        let mut groups: Vec<VariantGroup> = Vec::new();
        let mut missing = Vec::new();
        let mut first = None;
        for (c, &rewrite) in matrix.rewrites.iter().enumerate() {
            let cell = matrix.cell(quote, c);
            let counterpart = cell
                .counterpart
                .and_then(|id| documents.analysis(rewrite).ready()?.quote(id));
            let Some(counterpart) = counterpart.filter(|_| cell.carried != Carried::Missing) else {
                missing.push(rewrite);
                continue;
            };
            let at = match groups.iter().position(|g| g.text == counterpart.text) {
                Some(at) => at,
                None => {
                    let (source_marks, marks) = word_diff(
                        &source.text,
                        0..source.text.len(),
                        &counterpart.text,
                        0..counterpart.text.len(),
                    );
                    groups.push(VariantGroup {
                        carriers: Vec::new(),
                        text: counterpart.text.clone(),
                        speaker: counterpart.speaker.clone(),
                        source_marks,
                        marks,
                    });
                    groups.len() - 1
                }
            };
            groups[at].carriers.push((rewrite, cell));
            if c == column {
                first = Some(groups[at].text.clone());
            }
        }
        // The selected rewrite's text first, then the texts most rewrites give.
        groups.sort_by_key(|g| {
            (
                Some(&g.text) != first.as_ref(),
                std::cmp::Reverse(g.carriers.len()),
            )
        });
        Variants {
            quote,
            source_text: source.text.clone(),
            source_speaker: source.speaker.clone(),
            groups,
            missing,
            area: Rect::default(),
            lines: Vec::new(),
            column_width: 0,
            scroll: 0,
        }
    }

    /// Lays the view out for the screen `screen`: a box of at most 160 columns and as tall as
    /// its lines, the two texts wrapped to half of it each.
    pub fn relayout(&mut self, screen: Rect) {
        let width = screen.width.saturating_sub(4).min(160);
        // Inside the frame, a column of margin each side and three between the texts.
        self.column_width = width.saturating_sub(2 + 2 + 3) / 2;
        let wrap = |text: &str| -> Vec<Range<usize>> {
            let mut rows = Vec::new();
            wrap_block(
                text,
                0..text.len(),
                usize::from(self.column_width.max(1)),
                &mut |r| rows.push(r),
            );
            rows
        };
        let mut lines = vec![VariantLine::Title];
        let source_rows = wrap(&self.source_text);
        for (n, group) in self.groups.iter().enumerate() {
            lines.push(VariantLine::Blank);
            lines.push(VariantLine::Heading(n));
            let variant_rows = wrap(&group.text);
            for i in 0..source_rows.len().max(variant_rows.len()) {
                lines.push(VariantLine::Texts {
                    group: n,
                    source: source_rows.get(i).cloned(),
                    variant: variant_rows.get(i).cloned(),
                });
            }
        }
        if !self.missing.is_empty() {
            lines.push(VariantLine::Blank);
            lines.push(VariantLine::Missing);
        }
        // As tall as its lines and the frame, at most the screen less a row above and below.
        let height = (lines.len() as u16 + 2).min(screen.height.saturating_sub(2));
        self.area = Rect::new(
            screen.x + (screen.width - width) / 2,
            screen.y + (screen.height - height) / 2,
            width,
            height,
        );
        self.lines = lines;
        self.scroll_by(0);
    }

    /// Lines inside the box.
    pub fn page(&self) -> usize {
        usize::from(self.area.height.saturating_sub(2)).max(1)
    }

    fn scroll_by(&mut self, delta: i64) {
        let last = self.lines.len().saturating_sub(self.page()) as i64;
        self.scroll = (self.scroll as i64).saturating_add(delta).clamp(0, last) as usize;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::app::analysis::analyse;
    use crate::app::documents::tests::doc;
    use crate::core::document::Document;

    pub const SOURCE: &str = "« Nous n'avons pas le choix, le marché s'est effondré », a déclaré \
        Jean Dupont.\n\nMarie Durand, la syndicaliste, a répondu : « C'est une trahison pour les \
        ouvriers de la région. »\n";

    /// The source and three rewrites: both quotations (the first cut); the second only, given
    /// to Jean Dupont; the second, as the first gives it.
    pub fn texts() -> [&'static str; 4] {
        [
            SOURCE,
            "« Nous n'avons pas le choix », a déclaré Jean Dupont. Marie Durand a répondu : \
             « C'est une trahison pour les ouvriers de la région. »\n",
            "Jean Dupont, le ministre, a dit : « C'est une trahison pour les ouvriers de la \
             région. »\n",
            "Selon Marie Durand, « c'est une trahison pour les ouvriers ».\n",
        ]
    }

    /// Documents of `texts`, every pair analysed, and the rewrites' views.
    pub fn analysed(texts: &[&str]) -> (Documents, Rewrites) {
        let docs: Vec<Arc<Document>> = texts.iter().map(|t| doc(t)).collect();
        let mut documents = Documents::new(Arc::clone(&docs[0]), docs[1..].to_vec());
        for (n, rewrite) in docs.iter().enumerate().skip(1) {
            let pair = Pair::new(DocId::SOURCE, DocId(n));
            let texts = Pair::new(&*docs[0], &**rewrite);
            documents.finished(Arc::new(analyse(pair, texts, &mut |_| true).expect("done")));
        }
        let mut rewrites = Rewrites::new(vec![true; texts.len()]);
        rewrites.refresh(&documents, DocId(1));
        (documents, rewrites)
    }

    fn matrix_at(area: Rect) -> (MatrixView, Documents, Rewrites) {
        let (documents, rewrites) = analysed(&texts());
        let mut view = MatrixView::new(true);
        view.set_area(Some(area), Rect::new(0, 0, area.right(), area.bottom() + 1));
        view.sync(&rewrites, &documents, DocId(1));
        (view, documents, rewrites)
    }

    #[test]
    fn moving_in_the_matrix_shows_the_quotation_and_switches_rewrites_by_column() {
        let (mut view, documents, rewrites) = matrix_at(Rect::new(0, 10, 100, 8));
        assert_eq!(view.rows, [0, 1]);
        let quotes = &rewrites.matrix().quotes;
        assert_eq!(view.highlight(Side::Left), [quotes[0].outer.clone()]);
        assert_eq!(view.highlight(Side::Right).len(), 1, "cut, but carried");

        let down = view.update(&Action::ScrollRows(1), &rewrites, &documents, DocId(1));
        match down.then {
            Some(Action::ShowQuote {
                side: Side::Left,
                offset,
                counterpart: Some(_),
            }) => {
                assert_eq!(offset, quotes[1].outer.start)
            }
            other => panic!("expected ShowQuote, got {other:?}"),
        }
        let right = view.update(&Action::MatrixColumn(1), &rewrites, &documents, DocId(1));
        match right.then {
            Some(Action::ShowRewriteThen { rewrite, then }) => {
                assert_eq!(rewrite, DocId(2));
                assert!(matches!(
                    *then,
                    Action::ShowQuote {
                        counterpart: Some(_),
                        ..
                    }
                ));
            }
            other => panic!("expected ShowRewriteThen, got {other:?}"),
        }
        // The pane switched: the column and the highlight follow.
        view.sync(&rewrites, &documents, DocId(2));
        assert_eq!(view.column, 1);
        let there = documents.analysis(DocId(2)).ready().expect("analysed");
        let counterpart = rewrites.matrix().cell(1, 1).counterpart.expect("carried");
        assert_eq!(
            view.highlight(Side::Right),
            [there.quote(counterpart).expect("a quotation").outer.clone()]
        );
        let _ = view.update(&Action::MatrixColumn(5), &rewrites, &documents, DocId(2));
        assert_eq!(view.column, 2, "clamped to the last rewrite");
    }

    #[test]
    fn a_click_selects_a_cell() {
        let (mut view, documents, rewrites) = matrix_at(Rect::new(0, 10, 100, 8));
        let geometry = view.geometry(3).expect("shown");
        assert_eq!(geometry.visible, 3);
        let click = Action::MouseClick {
            column: geometry.cells_x + 2 * CELL_WIDTH,
            row: geometry.rows_y + 1,
        };
        let effect = view.update(&click, &rewrites, &documents, DocId(1));
        assert_eq!((view.row, view.column), (1, 2));
        assert!(matches!(
            effect.then,
            Some(Action::ShowRewriteThen {
                rewrite: DocId(3),
                ..
            })
        ));
        // On the header: nothing.
        let header = Action::MouseClick { column: 3, row: 10 };
        assert!(
            view.update(&header, &rewrites, &documents, DocId(1))
                .then
                .is_none()
        );
    }

    #[test]
    fn the_columns_scroll_to_keep_the_selection_in_view() {
        let texts = texts();
        let many: Vec<&str> = std::iter::once(texts[0])
            .chain(std::iter::repeat_n(texts[1], 30))
            .collect();
        let (documents, rewrites) = analysed(&many);
        let mut view = MatrixView::default();
        // 40 columns: one of margin, half the rest kept for the label, so 9 cells.
        view.set_area(Some(Rect::new(0, 0, 40, 10)), Rect::new(0, 0, 40, 11));
        view.sync(&rewrites, &documents, DocId(1));
        assert_eq!(view.geometry(30).map(|g| g.visible), Some(9));
        for _ in 0..10 {
            let _ = view.update(&Action::MatrixColumn(1), &rewrites, &documents, DocId(1));
        }
        assert_eq!((view.column, view.column_scroll), (10, 2));
        for _ in 0..8 {
            let _ = view.update(&Action::MatrixColumn(-1), &rewrites, &documents, DocId(1));
        }
        assert_eq!((view.column, view.column_scroll), (2, 2));
        let _ = view.update(&Action::MatrixColumn(-1), &rewrites, &documents, DocId(1));
        assert_eq!((view.column, view.column_scroll), (1, 1));
    }

    #[test]
    fn the_variants_are_grouped_by_text_and_laid_out_side_by_side() {
        let (mut view, documents, rewrites) = matrix_at(Rect::new(0, 10, 100, 8));
        let _ = view.update(&Action::ScrollRows(1), &rewrites, &documents, DocId(1));
        let _ = view.update(&Action::OpenVariants, &rewrites, &documents, DocId(1));
        let variants = view.variants.as_ref().expect("open");
        assert!(variants.source_text.starts_with("C'est une trahison"));
        // Rewrites 1 and 2 give the same text; rewrite 3 cuts it.
        let carriers: Vec<Vec<DocId>> = variants
            .groups
            .iter()
            .map(|g| g.carriers.iter().map(|(id, _)| *id).collect())
            .collect();
        assert_eq!(carriers, [vec![DocId(1), DocId(2)], vec![DocId(3)]]);
        assert!(variants.groups[0].marks.is_empty());
        assert_eq!(variants.groups[1].carriers[0].1.carried, Carried::Cut);
        let cut: Vec<&str> = variants.groups[1]
            .source_marks
            .iter()
            .map(|m| &variants.source_text[m.range.clone()])
            .collect();
        assert!(cut.concat().contains("région"), "{cut:?}");
        assert!(variants.missing.is_empty());
        assert_eq!(variants.area.width, 96);
        assert!(variants.lines.contains(&VariantLine::Heading(1)));
        let texts = variants
            .lines
            .iter()
            .filter(|l| matches!(l, VariantLine::Texts { group: 0, .. }))
            .count();
        assert_eq!(texts, 2, "the sentence takes two rows at 44 columns");
        // Keys scroll it; Esc closes it.
        let _ = view.update(&Action::GoBottom, &rewrites, &documents, DocId(1));
        let variants = view.variants.as_ref().expect("open");
        assert_eq!(
            variants.scroll,
            variants.lines.len().saturating_sub(variants.page())
        );
        let _ = view.update(&Action::CloseVariants, &rewrites, &documents, DocId(1));
        assert!(view.variants.is_none());
    }
}
