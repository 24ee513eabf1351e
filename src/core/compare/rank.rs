//! One source against many rewrites: which rewrites took what. Two steps with one seam between
//! them: [`choose_candidates`] picks the rewrites worth aligning (the prefilter, one scan of
//! each file), [`pairs::align_pair`] aligns one (source, rewrite) pair whoever chose it; then
//! [`Ranking`] scores each pair and orders the table. Candidates could come from elsewhere (an
//! index over a corpus too large for one machine) without touching the alignment or the table.
//!
//! The reader's view of many rewrites is built from the same pair analyses: `carriers` (for
//! each stretch of the source, the rewrites that carry it) and `quote_matrix` (the source's
//! quotations × the rewrites).

pub mod carriers;
pub mod pairs;
pub mod prefilter;
pub mod quote_matrix;

use super::{Comparison, PassageKind};
use crate::core::document::{BlockKind, Document};
use crate::core::parallel;
use crate::core::quotes::{MatchKind, Quote};
use crate::core::side::DocId;
use crate::core::text::words::count_words;
use pairs::{PairAnalysis, PairView};
use prefilter::{Prefilter, Scratch};
use std::borrow::Borrow;

/// The rewrites of `documents` (all but doc 0, the source) worth aligning, in document order:
/// those `always` names, and the others the prefilter keeps. One scan of each rewrite, on every
/// core.
pub fn choose_candidates(
    documents: &[Document],
    always: impl Fn(DocId) -> bool + Sync,
) -> Vec<DocId> {
    let Some(source) = documents.first() else {
        return Vec::new();
    };
    let chooser = Chooser::new(source);
    let ids: Vec<DocId> = (1..documents.len()).map(DocId).collect();
    let keep = parallel::map_with(&ids, Scratch::default, |scratch, _, &id| {
        always(id) || chooser.keeps(&documents[id.index()], scratch)
    });
    ids.into_iter()
        .zip(keep)
        .filter_map(|(id, keep)| keep.then_some(id))
        .collect()
}

/// The choice of [`choose_candidates`] for rewrites that come one at a time (the reader reads a
/// folder in the background and judges each file as it arrives): the source indexed once, then
/// one scan of each rewrite.
pub struct Chooser {
    prefilter: Prefilter,
}

impl Chooser {
    pub fn new(source: &Document) -> Chooser {
        Chooser {
            prefilter: Prefilter::new(source),
        }
    }

    /// `rewrite` is worth aligning with the source.
    pub fn keeps(&self, rewrite: &Document, scratch: &mut Scratch) -> bool {
        self.prefilter.screen(rewrite, scratch).is_candidate()
    }
}

/// How much a paraphrased word weighs against a copied one in [`Row::score`]: articles on one
/// story share their vocabulary without copying, so rewording is weaker evidence of borrowing.
const PARAPHRASE_WEIGHT: f64 = 0.5;
/// A rewrite took something when its score reaches half a sentence of news copy: twelve
/// source words copied (or a quarter of a source shorter than 48 words). Below, what it shares
/// is a name with its title, a stock phrase or a coincidence of vocabulary.
const TOOK_WORDS: f64 = 12.0;
const TOOK_SHARE: f64 = 0.25;

/// Shared passages of one pair, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PassageCounts {
    pub verbatim: usize,
    pub near: usize,
    pub paraphrase: usize,
}

/// What became of the source's quotations (full statements, not fragments or subheadings) in
/// one rewrite. Each is counted once, by its best counterpart: `verbatim` includes a rewrite
/// quoting more than the source did; `other_speaker` counts those carried (in any way) but
/// attributed to someone else.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct QuoteCounts {
    pub verbatim: usize,
    pub cut: usize,
    pub altered: usize,
    pub missing: usize,
    pub other_speaker: usize,
}

/// One rewrite in the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub doc: DocId,
    /// Source words the rewrite carries, each weighted by how surely it was taken: 1 in a
    /// verbatim passage, the passage's similarity in a near-verbatim one, half of it in a
    /// paraphrase. The table's order.
    pub score: f64,
    /// The score reaches about a sentence (see `TOOK_WORDS`): the rewrite took something.
    pub related: bool,
    /// It was aligned (false: not chosen as a candidate, so nothing was found to align).
    pub aligned: bool,
    /// Share of the rewrite's words in passages taken from the source.
    pub share_of_rewrite: f64,
    /// Share of the source's words the rewrite carries.
    pub share_of_source: f64,
    pub passages: PassageCounts,
    pub quotes: QuoteCounts,
}

/// The table: one row per rewrite, best first, the unrelated last.
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    pub rows: Vec<Row>,
    /// The source's quotations each row's `quotes` counts.
    pub source_quotes: usize,
}

/// Whether a quotation of the source is counted in [`QuoteCounts`].
pub fn is_counted_quote(quote: &Quote) -> bool {
    quote.doc == DocId::SOURCE && !quote.fragment && !quote.heading && quote.parent.is_none()
}

impl Ranking {
    /// Scores the pairs analysed and orders every rewrite of `documents` (those without an
    /// analysis are unrelated, with nothing found).
    pub fn new<D: Borrow<Document>, P: PairView>(documents: &[D], analyses: &[P]) -> Ranking {
        let Some(source) = documents.first().map(Borrow::borrow) else {
            return Ranking::default();
        };
        let threshold = (TOOK_SHARE * source.word_count as f64).clamp(1.0, TOOK_WORDS);
        let mut analysed: Vec<Option<&P>> = vec![None; documents.len()];
        for analysis in analyses {
            if let Some(slot) = analysed.get_mut(analysis.rewrite().index()) {
                *slot = Some(analysis);
            }
        }
        // The source's quotations are found in the source alone: any pair's count will do.
        let source_quotes = match analyses.first() {
            Some(a) => a.quotes().iter().filter(|q| is_counted_quote(q)).count(),
            None => crate::core::quotes::extract(source, DocId::SOURCE)
                .iter()
                .filter(|q| is_counted_quote(q))
                .count(),
        };
        let mut rows: Vec<Row> = (1..documents.len())
            .map(|n| {
                let doc = DocId(n);
                let Some(analysis) = analysed[n] else {
                    return Row::unaligned(doc, source_quotes);
                };
                let comparison = analysis.comparison();
                let score = score(source, comparison);
                Row {
                    doc,
                    score,
                    related: score >= threshold,
                    aligned: true,
                    share_of_rewrite: comparison.shared_right,
                    share_of_source: comparison.shared_left,
                    passages: passage_counts(comparison),
                    quotes: quote_counts(analysis.quotes()),
                }
            })
            .collect();
        rows.sort_by(|a, b| {
            b.related
                .cmp(&a.related)
                .then(b.score.total_cmp(&a.score))
                .then(b.share_of_rewrite.total_cmp(&a.share_of_rewrite))
                .then(a.doc.cmp(&b.doc))
        });
        Ranking {
            rows,
            source_quotes,
        }
    }

    /// The table before any pair is compared: every rewrite unaligned, in document order (the
    /// source's quotations are counted once a pair brings them, rather than found for this).
    pub fn nothing_compared<D>(documents: &[D]) -> Ranking {
        Ranking {
            rows: (1..documents.len())
                .map(|n| Row::unaligned(DocId(n), 0))
                .collect(),
            source_quotes: 0,
        }
    }

    /// Rewrites that took something.
    pub fn related(&self) -> usize {
        self.rows.iter().filter(|r| r.related).count()
    }
}

impl Row {
    /// A rewrite set aside by the prefilter: nothing shared, every quotation missing.
    fn unaligned(doc: DocId, source_quotes: usize) -> Row {
        Row {
            doc,
            score: 0.0,
            related: false,
            aligned: false,
            share_of_rewrite: 0.0,
            share_of_source: 0.0,
            passages: PassageCounts::default(),
            quotes: QuoteCounts {
                missing: source_quotes,
                ..QuoteCounts::default()
            },
        }
    }
}

/// See [`Row::score`].
fn score(source: &Document, comparison: &Comparison) -> f64 {
    comparison
        .passages
        .iter()
        .map(|p| {
            let words = source.text.get(p.left.clone()).map_or(0, count_words) as f64;
            let weight = match p.kind {
                PassageKind::Verbatim => 1.0,
                PassageKind::Near => f64::from(p.similarity),
                PassageKind::Paraphrase => PARAPHRASE_WEIGHT * f64::from(p.similarity),
            };
            words * weight
        })
        .sum()
}

fn passage_counts(comparison: &Comparison) -> PassageCounts {
    let mut counts = PassageCounts::default();
    for p in &comparison.passages {
        match p.kind {
            PassageKind::Verbatim => counts.verbatim += 1,
            PassageKind::Near => counts.near += 1,
            PassageKind::Paraphrase => counts.paraphrase += 1,
        }
    }
    counts
}

fn quote_counts(quotes: &[Quote]) -> QuoteCounts {
    let mut counts = QuoteCounts::default();
    for quote in quotes.iter().filter(|q| is_counted_quote(q)) {
        let Some(best) = quote.matches.first() else {
            counts.missing += 1;
            continue;
        };
        match best.kind {
            MatchKind::Verbatim | MatchKind::Extended => counts.verbatim += 1,
            MatchKind::Truncated => counts.cut += 1,
            MatchKind::Altered => counts.altered += 1,
        }
        if quote.matches.iter().any(|m| m.speaker_conflict) {
            counts.other_speaker += 1;
        }
    }
    counts
}

/// The headline of a document: a web page's own, or a first block that is a heading.
pub fn headline(doc: &Document) -> Option<&str> {
    doc.headline.as_deref().or_else(|| {
        doc.blocks
            .first()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| doc.block_text(b))
    })
}

/// Chooses the candidates, aligns them and orders the table: the single-machine path.
/// `always` names rewrites aligned whatever the prefilter says (files named on the command
/// line); `progress` is as for [`pairs::analyse_pairs`].
pub fn rank(
    documents: &[Document],
    always: impl Fn(DocId) -> bool + Sync,
    options: pairs::PairOptions,
    progress: impl FnMut(pairs::PairsDone, &PairAnalysis) -> bool,
) -> Option<(Ranking, Vec<PairAnalysis>)> {
    let candidates = choose_candidates(documents, always);
    let analyses = pairs::analyse_pairs(documents, &candidates, options, progress)?;
    Some((Ranking::new(documents, &analyses), analyses))
}

/// The pairs to show (in the reader, and in `align` / `quotes` of a set): those `always` names
/// (files named on the command line, or every one when asked) and those that took something,
/// in document order.
pub fn shown(
    ranking: &Ranking,
    analyses: Vec<PairAnalysis>,
    always: impl Fn(DocId) -> bool,
) -> Vec<PairAnalysis> {
    let related: std::collections::HashSet<DocId> = ranking
        .rows
        .iter()
        .filter(|r| r.related)
        .map(|r| r.doc)
        .collect();
    let mut shown: Vec<PairAnalysis> = analyses
        .into_iter()
        .filter(|a| always(a.rewrite) || related.contains(&a.rewrite))
        .collect();
    shown.sort_by_key(|a| a.rewrite);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    const SOURCE: &str = "Trois usines vont fermer\n\
        Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le nord \
        du pays, qui emploient au total 1 200 salariés. « Nous n'avons pas le choix, le marché \
        s'est effondré », a déclaré Jean Dupont devant la presse. Les syndicats appellent à une \
        grève générale dès jeudi dans les trois sites concernés.\n";

    fn set() -> Vec<Document> {
        vec![
            doc("source.txt", SOURCE),
            // Copies most of it.
            doc(
                "copy.txt",
                "Fermetures dans le nord\n\
                 Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le \
                 nord du pays, qui emploient au total 1 200 salariés. « Nous n'avons pas le \
                 choix », a déclaré Jean Dupont. Les syndicats appellent à une grève générale \
                 dès jeudi dans les trois sites concernés.\n",
            ),
            // Same story, other words, one stock phrase.
            doc(
                "other.txt",
                "Le gouvernement prévoit de réduire la production industrielle. Le ministre de \
                 l'Industrie recevra les élus de la région la semaine prochaine.\n",
            ),
            // Unrelated.
            doc(
                "festival.txt",
                "Le festival de musique ouvre ses portes vendredi à Lyon avec cent concerts.\n",
            ),
            // Takes one sentence.
            doc(
                "brief.txt",
                "En bref. Les syndicats appellent à une grève générale dès jeudi dans les trois \
                 sites concernés. La météo sera clémente.\n",
            ),
        ]
    }

    #[test]
    fn the_table_puts_the_copy_first_and_the_unrelated_last() {
        let documents = set();
        let (ranking, analyses) = rank(
            &documents,
            |_| false,
            pairs::PairOptions::default(),
            |_, _| true,
        )
        .expect("not cancelled");
        let order: Vec<&str> = ranking
            .rows
            .iter()
            .map(|r| documents[r.doc.index()].title.as_str())
            .collect();
        assert_eq!(order[..2], ["copy.txt", "brief.txt"], "{ranking:?}");
        assert_eq!(ranking.related(), 2, "{ranking:?}");
        let festival = ranking
            .rows
            .iter()
            .find(|r| r.doc == DocId(3))
            .expect("row");
        assert!(
            !festival.aligned && !festival.related,
            "screened out: {festival:?}"
        );
        assert!(
            !analyses.iter().any(|a| a.rewrite == DocId(3)),
            "not aligned"
        );
        let copy = &ranking.rows[0];
        assert!(
            copy.share_of_source > 0.8 && copy.share_of_rewrite > 0.8,
            "{copy:?}"
        );
        assert!(copy.passages.verbatim >= 1);
        assert_eq!(ranking.source_quotes, 1);
        assert_eq!(
            copy.quotes,
            QuoteCounts {
                cut: 1,
                ..QuoteCounts::default()
            },
            "the quotation is cut in the copy"
        );
        let brief = &ranking.rows[1];
        assert_eq!(brief.quotes.missing, 1);
        assert!(
            brief.share_of_source < 0.4 && brief.share_of_rewrite > 0.5,
            "{brief:?}"
        );
    }

    #[test]
    fn rewrites_named_are_aligned_even_when_the_prefilter_would_not() {
        let documents = set();
        let candidates = choose_candidates(&documents, |id| id == DocId(3));
        assert!(candidates.contains(&DocId(3)));
        assert!(candidates.contains(&DocId(1)) && candidates.contains(&DocId(4)));
        let (ranking, _) = rank(
            &documents,
            |id| id == DocId(3),
            pairs::PairOptions::default(),
            |_, _| true,
        )
        .expect("not cancelled");
        let festival = ranking
            .rows
            .iter()
            .find(|r| r.doc == DocId(3))
            .expect("row");
        assert!(festival.aligned && !festival.related);
    }

    #[test]
    fn the_pairs_shown_are_those_named_and_those_that_took_something() {
        let documents = set();
        let (ranking, analyses) = rank(
            &documents,
            |id| id == DocId(2),
            pairs::PairOptions::default(),
            |_, _| true,
        )
        .expect("not cancelled");
        let ids = |shown: Vec<PairAnalysis>| shown.iter().map(|a| a.rewrite.0).collect::<Vec<_>>();
        assert_eq!(
            ids(shown(&ranking, analyses.clone(), |id| id == DocId(2))),
            [1, 2, 4]
        );
        assert_eq!(ids(shown(&ranking, analyses, |_| false)), [1, 4]);
    }

    #[test]
    fn a_source_alone_or_empty_gives_an_empty_table() {
        assert!(
            Ranking::new::<Document, PairAnalysis>(&[], &[])
                .rows
                .is_empty()
        );
        let documents = vec![doc("source.txt", SOURCE)];
        let (ranking, analyses) = rank(
            &documents,
            |_| true,
            pairs::PairOptions::default(),
            |_, _| true,
        )
        .expect("not cancelled");
        assert!(ranking.rows.is_empty() && analyses.is_empty());
        assert_eq!(ranking.source_quotes, 1);
        let documents = vec![doc("empty.txt", ""), doc("copy.txt", SOURCE)];
        let (ranking, _) = rank(
            &documents,
            |_| true,
            pairs::PairOptions::default(),
            |_, _| true,
        )
        .expect("not cancelled");
        assert_eq!(ranking.rows.len(), 1);
        assert!(!ranking.rows[0].related && ranking.rows[0].score == 0.0);
    }

    #[test]
    fn a_headline_is_a_first_heading() {
        assert_eq!(
            headline(&doc("s.txt", SOURCE)),
            Some("Trois usines vont fermer")
        );
        assert_eq!(headline(&doc("s.txt", "Une phrase complète.\n")), None);
    }
}
