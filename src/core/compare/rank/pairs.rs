//! Aligning one source with many rewrites: each (source, rewrite) pair compared and its
//! quotations analysed, the pairs shared among the cores, each finished pair reported as soon
//! as it is ready (the reader shows the first rewrite while the others are still running).

use std::borrow::Borrow;
use std::sync::Arc;

use crate::core::compare::{CompareOptions, Comparison, compare_with_options};
use crate::core::document::Document;
use crate::core::parallel;
use crate::core::quotes::{self, Quote};
use crate::core::side::DocId;

/// Everything known about one (source, rewrite) pair.
#[derive(Debug, Clone)]
pub struct PairAnalysis {
    /// The rewrite (the source is always `DocId::SOURCE`).
    pub rewrite: DocId,
    /// Left is the source, right the rewrite.
    pub comparison: Comparison,
    /// The pair's quotations as `quotes::analyse` gives them (the source's first, ids local to
    /// the pair), each `doc` being `DocId::SOURCE` or `rewrite`.
    pub quotes: Vec<Quote>,
}

/// One analysed (source, rewrite) pair as the views of a set read it (the table, the carriers
/// of each stretch of the source, the quotation matrix): the text commands give them
/// [`PairAnalysis`], the reader its own indexed analyses.
pub trait PairView {
    /// The rewrite (the source is always `DocId::SOURCE`).
    fn rewrite(&self) -> DocId;
    /// Left is the source, right the rewrite.
    fn comparison(&self) -> &Comparison;
    /// The pair's quotations, ids local to the pair, the source's first.
    fn quotes(&self) -> &[Quote];
}

impl PairView for PairAnalysis {
    fn rewrite(&self) -> DocId {
        self.rewrite
    }
    fn comparison(&self) -> &Comparison {
        &self.comparison
    }
    fn quotes(&self) -> &[Quote] {
        &self.quotes
    }
}

impl<T: PairView + ?Sized> PairView for &T {
    fn rewrite(&self) -> DocId {
        (**self).rewrite()
    }
    fn comparison(&self) -> &Comparison {
        (**self).comparison()
    }
    fn quotes(&self) -> &[Quote] {
        (**self).quotes()
    }
}

impl<T: PairView + ?Sized> PairView for Arc<T> {
    fn rewrite(&self) -> DocId {
        (**self).rewrite()
    }
    fn comparison(&self) -> &Comparison {
        (**self).comparison()
    }
    fn quotes(&self) -> &[Quote] {
        (**self).quotes()
    }
}

/// What to compute for each pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PairOptions {
    /// Word-level differences inside passages (the reader shows them; tables do not).
    pub word_marks: bool,
}

/// Aligns one pair: the one place a (source, rewrite) pair is analysed, whoever chose it.
pub fn align_pair(
    source: &Document,
    rewrite: &Document,
    id: DocId,
    options: PairOptions,
) -> PairAnalysis {
    let compare_options = CompareOptions {
        word_marks: options.word_marks,
    };
    let comparison =
        compare_with_options(source, rewrite, compare_options, &mut |_| true).unwrap_or_default();
    let mut quotes = quotes::analyse(source, rewrite);
    for quote in &mut quotes {
        if quote.doc != DocId::SOURCE {
            quote.doc = id;
        }
    }
    PairAnalysis {
        rewrite: id,
        comparison,
        quotes,
    }
}

/// Progress of [`analyse_pairs`], given after each pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairsDone {
    /// Pairs finished so far, and in all.
    pub done: usize,
    pub total: usize,
}

/// Aligns the source (`documents[0]`) with each of `rewrites`, on every core. `progress` sees
/// each analysis as soon as it is finished (in the order they finish) and may stop the work by
/// returning false (then the result is None). The analyses come back in the order of
/// `rewrites`. The documents may be owned or shared (the reader holds them in `Arc`s).
pub fn analyse_pairs<D: Borrow<Document> + Sync>(
    documents: &[D],
    rewrites: &[DocId],
    options: PairOptions,
    mut progress: impl FnMut(PairsDone, &PairAnalysis) -> bool,
) -> Option<Vec<PairAnalysis>> {
    let Some(source) = documents.first().map(Borrow::borrow) else {
        return Some(Vec::new());
    };
    let total = rewrites.len();
    let mut done = 0;
    parallel::map_reporting(
        rewrites,
        || (),
        |_, _, &id| match documents.get(id.index()) {
            Some(rewrite) if id != DocId::SOURCE => {
                align_pair(source, rewrite.borrow(), id, options)
            }
            // Not a rewrite of this set: nothing shared.
            _ => PairAnalysis {
                rewrite: id,
                comparison: Comparison::default(),
                quotes: Vec::new(),
            },
        },
        |_, analysis| {
            done += 1;
            progress(PairsDone { done, total }, analysis)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    fn set() -> Vec<Document> {
        vec![
            doc(
                "source.txt",
                "Le ministre a annoncé la fermeture de trois usines dans le nord du pays. \
                 « Nous n'avons pas le choix », a déclaré Jean Dupont.\n",
            ),
            doc(
                "a.txt",
                "Hier, le ministre a annoncé la fermeture de trois usines dans le nord du pays.\n",
            ),
            doc("b.txt", "Le festival de musique ouvre vendredi à Lyon.\n"),
            doc(
                "c.txt",
                "« Nous n'avons pas le choix », a déclaré Jean Dupont, ministre.\n",
            ),
        ]
    }

    #[test]
    fn each_pair_is_the_pair_compared_alone_with_quotations_in_set_numbering() {
        let documents = set();
        let mut reported = Vec::new();
        let rewrites = [DocId(3), DocId(1), DocId(2)];
        let analyses = analyse_pairs(&documents, &rewrites, PairOptions::default(), |p, a| {
            reported.push((p.done, a.rewrite));
            true
        })
        .expect("not cancelled");
        let order: Vec<DocId> = analyses.iter().map(|a| a.rewrite).collect();
        assert_eq!(order, rewrites, "in the order asked");
        assert_eq!(reported.len(), 3);
        assert_eq!(reported.last().map(|r| r.0), Some(3));
        for analysis in &analyses {
            let rewrite = &documents[analysis.rewrite.index()];
            let alone = crate::core::compare::compare(&documents[0], rewrite);
            assert_eq!(
                analysis.comparison.passages.len(),
                alone.passages.len(),
                "{}",
                rewrite.title
            );
            assert!(
                analysis
                    .quotes
                    .iter()
                    .all(|q| q.doc == DocId::SOURCE || q.doc == analysis.rewrite)
            );
        }
        assert_eq!(analyses[1].comparison.passages.len(), 1);
        assert!(analyses[2].comparison.passages.is_empty());
        let carried = analyses[0]
            .quotes
            .iter()
            .find(|q| q.doc == DocId::SOURCE && !q.fragment)
            .expect("the source's statement");
        assert_eq!(
            carried.matches.first().map(|m| m.kind),
            Some(quotes::MatchKind::Verbatim)
        );
    }

    #[test]
    fn stopping_early_gives_nothing() {
        let documents = set();
        let out = analyse_pairs(
            &documents,
            &[DocId(1), DocId(2), DocId(3)],
            PairOptions::default(),
            |_, _| false,
        );
        assert!(out.is_none());
    }
}
