//! The background analysis (shared passages and quotations) and its indexes for the reader:
//! per-side passage order, difference marks and quotation spans, sorted for range lookups.

use std::ops::Range;

use crate::core::compare::{Comparison, Mark, Passage};
use crate::core::quotes::Quote;
use crate::view::sync::Side;
use crate::view::wrap::Wrapped;

/// What the reader shows on top of the text, computed once per pair of documents.
#[derive(Debug, Default)]
pub struct Analysis {
    pub comparison: Comparison,
    pub quotes: Vec<Quote>,
    /// Passage indices in the order of their start on each side.
    order: [Vec<usize>; 2],
    /// Difference marks of all passages, per side, by start.
    marks: [Vec<Mark>; 2],
    /// Outermost quotation spans (opening to closing mark) per side, by start, with their id.
    quote_spans: [Vec<(Range<usize>, usize)>; 2],
}

impl Analysis {
    /// Indexes a comparison and quotations for display.
    pub fn new(comparison: Comparison, quotes: Vec<Quote>) -> Analysis {
        let mut order = [Vec::new(), Vec::new()];
        let mut marks = [Vec::new(), Vec::new()];
        for side in [Side::Left, Side::Right] {
            let i = side.index();
            order[i] = (0..comparison.passages.len()).collect();
            order[i].sort_by_key(|&p| span_of(&comparison.passages[p], side).start);
            for passage in &comparison.passages {
                let list = match side {
                    Side::Left => &passage.left_marks,
                    Side::Right => &passage.right_marks,
                };
                marks[i].extend(list.iter().cloned());
            }
            marks[i].sort_by_key(|m| m.range.start);
        }
        let mut quote_spans = [Vec::new(), Vec::new()];
        for quote in quotes.iter().filter(|q| q.parent.is_none() && q.doc < 2) {
            quote_spans[quote.doc].push((quote.outer.clone(), quote.id));
        }
        for spans in &mut quote_spans {
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
        &self.order[side.index()]
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
        let kind = kind_name(p);
        let moved = if p.crossing { "moved, " } else { "" };
        format!("{moved}{kind}, {:.0} % similar", p.similarity * 100.0)
    }

    /// The passage of `side` containing byte `offset`, if any.
    pub fn passage_at(&self, side: Side, offset: usize) -> Option<usize> {
        self.passages_in(side, offset..offset + 1).next()
    }

    /// Passages of `side` overlapping `range`, in order.
    pub fn passages_in(&self, side: Side, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let order = &self.order[side.index()];
        let passages = &self.comparison.passages;
        // Passages on one side do not overlap, so their ends are sorted like their starts.
        let first = order.partition_point(|&p| span_of(&passages[p], side).end <= range.start);
        order[first..]
            .iter()
            .copied()
            .take_while(move |&p| span_of(&passages[p], side).start < range.end)
    }

    /// Difference marks of `side` overlapping `range`.
    pub fn marks_in(&self, side: Side, range: Range<usize>) -> impl Iterator<Item = &Mark> + '_ {
        let marks = &self.marks[side.index()];
        let first = marks.partition_point(|m| m.range.end <= range.start);
        marks[first..]
            .iter()
            .take_while(move |m| m.range.start < range.end)
    }

    /// Quotation spans of `side` overlapping `range`, with the quotation id.
    pub fn quotes_in(
        &self,
        side: Side,
        range: Range<usize>,
    ) -> impl Iterator<Item = &(Range<usize>, usize)> + '_ {
        let spans = &self.quote_spans[side.index()];
        let first = spans.partition_point(|(r, _)| r.end <= range.start);
        spans[first..]
            .iter()
            .take_while(move |(r, _)| r.start < range.end)
    }

    /// Share of `side`'s words inside shared passages.
    pub fn shared(&self, side: Side) -> f64 {
        match side {
            Side::Left => self.comparison.shared_left,
            Side::Right => self.comparison.shared_right,
        }
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

/// The kind of a passage as a word.
pub fn kind_name(p: &Passage) -> &'static str {
    use crate::core::compare::PassageKind::*;
    match p.kind {
        Verbatim => "verbatim",
        Near => "near-verbatim",
        Paraphrase => "paraphrase",
    }
}

/// Runs the whole analysis of a pair, reporting progress; `None` when cancelled.
pub fn analyse(
    left: &crate::core::document::Document,
    right: &crate::core::document::Document,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Analysis> {
    let comparison = crate::core::compare::compare_with_progress(left, right, progress)?;
    let quotes = crate::core::quotes::analyse(left, right);
    Some(Analysis::new(comparison, quotes))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::compare::{MarkKind, PassageKind};

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
        let a = Analysis::new(comparison, vec![]);
        assert_eq!(a.passage_order(Side::Left), [0, 1]);
        assert_eq!(a.passage_order(Side::Right), [1, 0]);
        assert_eq!(a.passage_at(Side::Left, 25), Some(1));
        assert_eq!(a.passage_at(Side::Left, 15), None);
        assert_eq!(
            a.passages_in(Side::Right, 5..55).collect::<Vec<_>>(),
            [1, 0]
        );
        assert_eq!(a.marks_in(Side::Left, 0..3).count(), 1);
        assert_eq!(a.marks_in(Side::Left, 4..10).count(), 0);
        assert_eq!(a.passage_label(0), "moved, near-verbatim, 90 % similar");
    }
}
