//! The background analysis (shared passages and quotations) and its indexes for the reader:
//! per-side passage order, difference marks and quotation spans, sorted for range lookups.

use std::ops::Range;

use crate::core::compare::{self, Comparison, Passage};
use crate::core::diff::Mark;
use crate::core::document::Document;
use crate::core::quotes::{self, Quote};
use crate::core::side::{DocId, Pair, Side};
use crate::view::wrap::Wrapped;

/// What the reader shows on top of the text, computed once per pair of documents.
#[derive(Debug, Default)]
pub struct Analysis {
    /// The documents compared: the source on the left, one rewrite on the right.
    pub docs: Pair<DocId>,
    pub comparison: Comparison,
    pub quotes: Vec<Quote>,
    /// Passage indices in the order of their start on each side.
    order: Pair<Vec<usize>>,
    /// Difference marks of all passages, per side, by start.
    marks: Pair<Vec<Mark>>,
    /// Outermost quotation spans (opening to closing mark) per side, by start, with their id.
    quote_spans: Pair<Vec<(Range<usize>, usize)>>,
}

/// Where the lookups of one row stopped. Rows drawn top to bottom pass it on, so each list is
/// binary-searched once per pane and frame and then walked a few steps per row: the cost of a
/// frame follows what is on screen, not the size of the document (a page of the Bible pair has
/// a dozen marks per row among 600 000).
#[derive(Debug, Default, Clone, Copy)]
pub struct RowCursor {
    passages: Option<usize>,
    marks: Option<usize>,
    quotes: Option<usize>,
}

/// The indices of the `items` overlapping `range`. Items are sorted by start and do not overlap
/// (so their ends are sorted too). `from` is where the previous lookup stopped: when that was
/// for a range above this one, the search walks on from there; otherwise (first lookup, or a
/// range further up) it binary-searches. It is left at the first item that may overlap a later
/// range.
pub fn overlapping<T>(
    items: &[T],
    span: impl Fn(&T) -> Range<usize>,
    range: &Range<usize>,
    from: &mut Option<usize>,
) -> Range<usize> {
    let walkable =
        |i: usize| i <= items.len() && (i == 0 || span(&items[i - 1]).end <= range.start);
    let start = match *from {
        Some(i) if walkable(i) => {
            i + items[i..]
                .iter()
                .take_while(|t| span(t).end <= range.start)
                .count()
        }
        _ => items.partition_point(|t| span(t).end <= range.start),
    };
    *from = Some(start);
    let count = items[start..]
        .iter()
        .take_while(|t| span(t).start < range.end)
        .count();
    start..start + count
}

impl Analysis {
    /// Indexes the comparison and quotations of the documents `docs` for display.
    pub fn new(docs: Pair<DocId>, comparison: Comparison, quotes: Vec<Quote>) -> Analysis {
        let mut order: Pair<Vec<usize>> = Pair::default();
        let mut marks: Pair<Vec<Mark>> = Pair::default();
        for side in Side::BOTH {
            order[side] = (0..comparison.passages.len()).collect();
            order[side].sort_by_key(|&p| span_of(&comparison.passages[p], side).start);
            for passage in &comparison.passages {
                let list = match side {
                    Side::Left => &passage.left_marks,
                    Side::Right => &passage.right_marks,
                };
                marks[side].extend(list.iter().cloned());
            }
            marks[side].sort_by_key(|m| m.range.start);
        }
        let mut quote_spans: Pair<Vec<(Range<usize>, usize)>> = Pair::default();
        for quote in quotes.iter().filter(|q| q.parent.is_none()) {
            if let Some(side) = docs.side_of(&quote.doc) {
                quote_spans[side].push((quote.outer.clone(), quote.id));
            }
        }
        for spans in [&mut quote_spans.left, &mut quote_spans.right] {
            spans.sort_by_key(|(r, _)| r.start);
            // Keep them disjoint so lookups can binary-search.
            let mut last_end = 0;
            spans.retain(|(r, _)| {
                let keep = r.start >= last_end;
                if keep {
                    last_end = r.end;
                }
                keep
            });
        }
        Analysis {
            docs,
            comparison,
            quotes,
            order,
            marks,
            quote_spans,
        }
    }

    /// Scroll-map anchors (left row, right row): start and end of each passage that keeps its
    /// order (the non-crossing chain), so scrolling interpolates inside and between them.
    pub fn anchors(&self, left: &Wrapped, right: &Wrapped) -> Vec<(usize, usize)> {
        let mut anchors = Vec::new();
        if left.is_empty() || right.is_empty() {
            return anchors;
        }
        for passage in self.comparison.passages.iter().filter(|p| !p.crossing) {
            let end_row = |w: &Wrapped, r: &Range<usize>| w.row_of(r.end.saturating_sub(1)) + 1;
            anchors.push((
                left.row_of(passage.left.start),
                right.row_of(passage.right.start),
            ));
            anchors.push((end_row(left, &passage.left), end_row(right, &passage.right)));
        }
        anchors
    }

    /// Passage indices in reading order of `side`.
    pub fn passage_order(&self, side: Side) -> &[usize] {
        &self.order[side]
    }

    pub fn passage(&self, index: usize) -> &Passage {
        &self.comparison.passages[index]
    }

    /// The byte range of passage `index` on `side`.
    pub fn span(&self, index: usize, side: Side) -> Range<usize> {
        span_of(&self.comparison.passages[index], side)
    }

    /// "verbatim", "near, 87 % similar", "moved, paraphrase, 61 % similar".
    pub fn passage_label(&self, index: usize) -> String {
        let p = &self.comparison.passages[index];
        let kind = p.kind.label();
        let moved = if p.crossing { "moved, " } else { "" };
        format!("{moved}{kind}, {:.0} % similar", p.similarity * 100.0)
    }

    /// The passage of `side` containing byte `offset`, if any.
    pub fn passage_at(&self, side: Side, offset: usize) -> Option<usize> {
        let mut cursor = RowCursor::default();
        self.passages_in(side, offset..offset + 1, &mut cursor)
            .next()
    }

    /// Passages of `side` overlapping `range`, in order. `cursor` carries the search from the
    /// range looked up before (see `RowCursor`).
    pub fn passages_in(
        &self,
        side: Side,
        range: Range<usize>,
        cursor: &mut RowCursor,
    ) -> impl Iterator<Item = usize> + '_ {
        let order = &self.order[side];
        let passages = &self.comparison.passages;
        // Passages on one side do not overlap, so their ends are sorted like their starts.
        let span = |&p: &usize| span_of(&passages[p], side);
        let found = overlapping(order, span, &range, &mut cursor.passages);
        order[found].iter().copied()
    }

    /// Difference marks of `side` overlapping `range`.
    pub fn marks_in(
        &self,
        side: Side,
        range: Range<usize>,
        cursor: &mut RowCursor,
    ) -> impl Iterator<Item = &Mark> + '_ {
        let marks = &self.marks[side];
        let found = overlapping(marks, |m| m.range.clone(), &range, &mut cursor.marks);
        marks[found].iter()
    }

    /// Quotation spans of `side` overlapping `range`, with the quotation id.
    pub fn quotes_in(
        &self,
        side: Side,
        range: Range<usize>,
        cursor: &mut RowCursor,
    ) -> impl Iterator<Item = &(Range<usize>, usize)> + '_ {
        let spans = &self.quote_spans[side];
        let found = overlapping(spans, |(r, _)| r.clone(), &range, &mut cursor.quotes);
        spans[found].iter()
    }

    /// Share of `side`'s words inside shared passages.
    pub fn shared(&self, side: Side) -> f64 {
        match side {
            Side::Left => self.comparison.shared_left,
            Side::Right => self.comparison.shared_right,
        }
    }

    /// The pane showing document `doc`, if it is one of the pair.
    pub fn side_of(&self, doc: DocId) -> Option<Side> {
        self.docs.side_of(&doc)
    }

    /// The quotation with this id (the engine numbers them by position; a search is the
    /// fallback should that ever change).
    pub fn quote(&self, id: usize) -> Option<&Quote> {
        match self.quotes.get(id) {
            Some(q) if q.id == id => Some(q),
            _ => self.quotes.iter().find(|q| q.id == id),
        }
    }
}

fn span_of(p: &Passage, side: Side) -> Range<usize> {
    match side {
        Side::Left => p.left.clone(),
        Side::Right => p.right.clone(),
    }
}

/// Runs the whole analysis of the pair `docs` (the source on the left, one rewrite on the
/// right), whose texts are `texts`, reporting progress; `None` when cancelled.
pub fn analyse(
    docs: Pair<DocId>,
    texts: Pair<&Document>,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Analysis> {
    let comparison = compare::compare_with_progress(texts.left, texts.right, progress)?;
    let mut quotes = quotes::analyse(texts.left, texts.right);
    // The quotation engine numbers the two documents it is given 0 and 1: file its quotations
    // under the pair's own numbers.
    let engine = Pair::new(DocId(0), DocId(1));
    for quote in &mut quotes {
        if let Some(side) = engine.side_of(&quote.doc) {
            quote.doc = docs[side];
        }
    }
    Some(Analysis::new(docs, comparison, quotes))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::compare::PassageKind;
    use crate::core::diff::MarkKind;

    pub fn passage(left: Range<usize>, right: Range<usize>, crossing: bool) -> Passage {
        Passage {
            left,
            right,
            kind: PassageKind::Near,
            similarity: 0.9,
            crossing,
            left_marks: vec![],
            right_marks: vec![],
        }
    }

    /// A finished analysis of the first pair made of `passages` (no quotations).
    pub fn with_passages(passages: Vec<Passage>) -> Analysis {
        let comparison = Comparison {
            passages,
            shared_left: 0.02,
            shared_right: 0.02,
        };
        Analysis::new(Pair::new(DocId::SOURCE, DocId(1)), comparison, vec![])
    }

    #[test]
    fn passages_are_found_by_position_on_each_side() {
        let mut p0 = passage(0..10, 50..60, true);
        p0.left_marks.push(Mark {
            range: 2..4,
            kind: MarkKind::Word,
        });
        let p1 = passage(20..30, 0..10, false);
        let comparison = Comparison {
            passages: vec![p0, p1],
            shared_left: 0.5,
            shared_right: 0.2,
        };
        let a = Analysis::new(Pair::new(DocId(0), DocId(1)), comparison, vec![]);
        assert_eq!(a.passage_order(Side::Left), [0, 1]);
        assert_eq!(a.passage_order(Side::Right), [1, 0]);
        assert_eq!(a.passage_at(Side::Left, 25), Some(1));
        assert_eq!(a.passage_at(Side::Left, 15), None);
        let mut cursor = RowCursor::default();
        assert_eq!(
            a.passages_in(Side::Right, 5..55, &mut cursor)
                .collect::<Vec<_>>(),
            [1, 0]
        );
        let mut cursor = RowCursor::default();
        assert_eq!(a.marks_in(Side::Left, 0..3, &mut cursor).count(), 1);
        assert_eq!(a.marks_in(Side::Left, 4..10, &mut cursor).count(), 0);
        assert_eq!(a.passage_label(0), "moved, near-verbatim, 90 % similar");
    }

    proptest::proptest! {
        /// Walking down rows with a cursor finds what a fresh binary search finds, and so does
        /// going back up (the cursor then searches again).
        #[test]
        fn a_cursor_finds_what_a_fresh_search_finds(
            lengths in proptest::collection::vec((0usize..5, 1usize..8), 0..40),
            rows in proptest::collection::vec((0usize..150, 1usize..20), 1..30),
        ) {
            let mut items = Vec::new();
            let mut at = 0;
            for (gap, len) in lengths {
                items.push(at + gap..at + gap + len);
                at += gap + len;
            }
            let mut from = None;
            let mut walked_down = 0;
            for (start, len) in rows {
                // Half the lookups go down from the previous one, the others anywhere.
                let start = if start % 2 == 0 { walked_down + start % 7 } else { start };
                walked_down = start;
                let range = start..start + len;
                let expected: Vec<usize> = (0..items.len())
                    .filter(|&i| items[i].start < range.end && range.start < items[i].end)
                    .collect();
                let found: Vec<usize> = overlapping(&items, |r| r.clone(), &range, &mut from).collect();
                proptest::prop_assert_eq!(found, expected, "range {:?} in {:?}", range, items);
            }
        }
    }
}
