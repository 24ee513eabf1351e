//! For each stretch of the source, the rewrites that carry it. Every pair's shared passages
//! are cut at every passage edge of every other pair, so that a stretch has one set of
//! carriers: the source pane's gutter shows how many, a key lists them and jumps to the
//! passage in any of them.

use std::ops::Range;

#[cfg(test)]
use super::pairs::PairAnalysis;
use super::pairs::PairView;
use crate::core::compare::PassageKind;
use crate::core::side::DocId;

/// One rewrite carrying a stretch of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carrier {
    pub rewrite: DocId,
    /// The passage of that pair (an index into its `comparison.passages`) covering the stretch.
    pub passage: usize,
    pub kind: PassageKind,
}

/// A byte range of the source with the same carriers throughout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stretch {
    pub range: Range<usize>,
    /// At least one; by rewrite.
    pub carriers: Vec<Carrier>,
}

/// The source's stretches carried by some rewrite, in text order, none overlapping.
#[derive(Debug, Clone, Default)]
pub struct Carriers {
    stretches: Vec<Stretch>,
}

impl Carriers {
    /// From the pair analyses of one source.
    pub fn new<P: PairView>(analyses: &[P]) -> Carriers {
        // (offset, starts, carrier): ends sort before starts at the same offset, so that a
        // passage ending where another begins gives two stretches, not one with both.
        let mut edges: Vec<(usize, bool, Carrier)> = Vec::new();
        for analysis in analyses {
            for (n, p) in analysis.comparison().passages.iter().enumerate() {
                if p.left.start >= p.left.end {
                    continue;
                }
                let carrier = Carrier {
                    rewrite: analysis.rewrite(),
                    passage: n,
                    kind: p.kind,
                };
                edges.push((p.left.start, true, carrier));
                edges.push((p.left.end, false, carrier));
            }
        }
        edges.sort_by_key(|&(at, starts, c)| (at, starts, c.rewrite, c.passage));
        let mut stretches = Vec::new();
        let mut active: Vec<Carrier> = Vec::new();
        let mut from = 0;
        for group in edges.chunk_by(|a, b| a.0 == b.0) {
            let at = group[0].0;
            if !active.is_empty() && at > from {
                stretches.push(Stretch {
                    range: from..at,
                    carriers: active.clone(),
                });
            }
            for &(_, starts, carrier) in group {
                if starts {
                    let place = active.partition_point(|c| {
                        (c.rewrite, c.passage) < (carrier.rewrite, carrier.passage)
                    });
                    active.insert(place, carrier);
                } else {
                    active.retain(|c| *c != carrier);
                }
            }
            from = at;
        }
        Carriers { stretches }
    }

    pub fn stretches(&self) -> &[Stretch] {
        &self.stretches
    }

    /// The stretch holding byte `offset` of the source, if some rewrite carries it.
    pub fn at(&self, offset: usize) -> Option<&Stretch> {
        let i = self.stretches.partition_point(|s| s.range.end <= offset);
        self.stretches.get(i).filter(|s| s.range.contains(&offset))
    }

    /// The stretches meeting `range` (for the rows on screen), in text order.
    pub fn within(&self, range: Range<usize>) -> &[Stretch] {
        let first = self
            .stretches
            .partition_point(|s| s.range.end <= range.start);
        let last = self
            .stretches
            .partition_point(|s| s.range.start < range.end);
        &self.stretches[first..last.max(first)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compare::{Comparison, Passage};

    fn passage(left: Range<usize>, kind: PassageKind) -> Passage {
        Passage {
            left: left.clone(),
            right: left,
            kind,
            similarity: 1.0,
            crossing: false,
            left_marks: Vec::new(),
            right_marks: Vec::new(),
        }
    }

    fn analysis(rewrite: usize, passages: Vec<Passage>) -> PairAnalysis {
        PairAnalysis {
            rewrite: DocId(rewrite),
            comparison: Comparison {
                passages,
                ..Comparison::default()
            },
            quotes: Vec::new(),
        }
    }

    /// Each stretch with its carriers as (rewrite, passage).
    type Described = Vec<(Range<usize>, Vec<(usize, usize)>)>;

    fn described(carriers: &Carriers) -> Described {
        carriers
            .stretches()
            .iter()
            .map(|s| {
                let who = s
                    .carriers
                    .iter()
                    .map(|c| (c.rewrite.index(), c.passage))
                    .collect();
                (s.range.clone(), who)
            })
            .collect()
    }

    #[test]
    fn overlapping_passages_of_several_rewrites_cut_into_stretches() {
        use PassageKind::*;
        let carriers = Carriers::new(&[
            analysis(1, vec![passage(0..10, Verbatim), passage(20..30, Near)]),
            analysis(2, vec![passage(5..25, Paraphrase)]),
            analysis(
                3,
                vec![passage(10..20, Verbatim), passage(40..40, Verbatim)],
            ),
        ]);
        assert_eq!(
            described(&carriers),
            [
                (0..5, vec![(1, 0)]),
                (5..10, vec![(1, 0), (2, 0)]),
                (10..20, vec![(2, 0), (3, 0)]),
                (20..25, vec![(1, 1), (2, 0)]),
                (25..30, vec![(1, 1)]),
            ]
        );
        assert_eq!(carriers.at(7).map(|s| s.carriers.len()), Some(2));
        assert_eq!(carriers.at(30), None);
        assert_eq!(carriers.at(35), None);
        let seen: Vec<Range<usize>> = carriers
            .within(8..21)
            .iter()
            .map(|s| s.range.clone())
            .collect();
        assert_eq!(seen, [5..10, 10..20, 20..25]);
        assert!(carriers.within(30..40).is_empty());
        assert!(Carriers::new::<PairAnalysis>(&[]).stretches().is_empty());
    }

    proptest::proptest! {
        /// Every byte a rewrite's passage covers is in exactly one stretch that names that
        /// rewrite's passage, and no stretch names a rewrite that does not cover it.
        #[test]
        fn stretches_say_exactly_who_covers_each_byte(
            cuts in proptest::collection::vec(proptest::collection::vec(0usize..60, 0..8), 0..5)
        ) {
            let analyses: Vec<PairAnalysis> = cuts
                .iter()
                .enumerate()
                .map(|(n, cuts)| {
                    let mut cuts = cuts.clone();
                    cuts.sort_unstable();
                    cuts.dedup();
                    let passages = cuts
                        .chunks_exact(2)
                        .map(|w| passage(w[0]..w[1], PassageKind::Verbatim))
                        .collect();
                    analysis(n + 1, passages)
                })
                .collect();
            let carriers = Carriers::new(&analyses);
            for w in carriers.stretches().windows(2) {
                proptest::prop_assert!(w[0].range.end <= w[1].range.start);
            }
            for offset in 0..60 {
                let expected: Vec<(usize, usize)> = analyses
                    .iter()
                    .flat_map(|a| {
                        a.comparison.passages.iter().enumerate().filter_map(move |(k, p)| {
                            p.left.contains(&offset).then_some((a.rewrite.index(), k))
                        })
                    })
                    .collect();
                let found: Vec<(usize, usize)> = carriers
                    .at(offset)
                    .map(|s| s.carriers.iter().map(|c| (c.rewrite.index(), c.passage)).collect())
                    .unwrap_or_default();
                proptest::prop_assert_eq!(found, expected, "at {}", offset);
            }
        }
    }
}
