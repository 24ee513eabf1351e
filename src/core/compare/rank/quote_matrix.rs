//! The source's quotations × the rewrites: for each quotation and each rewrite, whether the
//! rewrite carries it verbatim (or quotes more of it), cut, altered, or not at all, and whether
//! it gives it to another speaker; with the counterpart, so that the variants can be shown
//! side by side.

use std::ops::Range;

use super::pairs::PairView;
use crate::core::document::Document;
use crate::core::quotes::{self, MatchKind, Quote};
use crate::core::side::DocId;

/// How a rewrite carries one quotation of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carried {
    Verbatim,
    /// In full, with more words around it.
    Extended,
    Cut,
    Altered,
    Missing,
}

/// One cell of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub carried: Carried,
    /// Carried, but attributed to someone else than the source says.
    pub other_speaker: bool,
    /// The counterpart: its id in that pair's `quotes`.
    pub counterpart: Option<usize>,
}

impl Cell {
    const MISSING: Cell = Cell {
        carried: Carried::Missing,
        other_speaker: false,
        counterpart: None,
    };

    /// The cell as the reader and the text commands say it.
    pub fn label(&self) -> &'static str {
        if self.other_speaker {
            return "≠ speaker";
        }
        match self.carried {
            Carried::Verbatim => "verbatim",
            Carried::Extended => "extended",
            Carried::Cut => "cut",
            Carried::Altered => "altered",
            Carried::Missing => "missing",
        }
    }
}

/// Quotations of the source (rows) × rewrites (columns).
#[derive(Debug, Clone, Default)]
pub struct QuoteMatrix {
    /// The source's quotations as it reads alone (`quotes::extract`), in reading order.
    pub quotes: Vec<Quote>,
    /// The rewrites, in the order of the analyses given.
    pub rewrites: Vec<DocId>,
    /// Row-major: `cells[row * rewrites.len() + column]`.
    cells: Vec<Cell>,
}

impl QuoteMatrix {
    pub fn new<P: PairView>(source: &Document, analyses: &[P]) -> QuoteMatrix {
        QuoteMatrix::with_quotes(quotes::extract(source, DocId::SOURCE), analyses)
    }

    /// The same, given the source's quotations as `quotes::extract` finds them (so that a
    /// caller building the matrix again as pairs arrive extracts them once).
    pub fn with_quotes<P: PairView>(quotes: Vec<Quote>, analyses: &[P]) -> QuoteMatrix {
        let rewrites: Vec<DocId> = analyses.iter().map(|a| a.rewrite()).collect();
        let mut cells = vec![Cell::MISSING; quotes.len() * rewrites.len()];
        for (column, analysis) in analyses.iter().enumerate() {
            // The source's quotations are found in the source alone, so each pair has the same
            // ones: known by their spans.
            let by_spans: std::collections::HashMap<&[Range<usize>], &Quote> = analysis
                .quotes()
                .iter()
                .filter(|q| q.doc == DocId::SOURCE)
                .map(|q| (q.spans.as_slice(), q))
                .collect();
            for (row, quote) in quotes.iter().enumerate() {
                let Some(in_pair) = by_spans.get(quote.spans.as_slice()) else {
                    continue;
                };
                let Some(best) = in_pair.matches.first() else {
                    continue;
                };
                cells[row * rewrites.len() + column] = Cell {
                    carried: match best.kind {
                        MatchKind::Verbatim => Carried::Verbatim,
                        MatchKind::Extended => Carried::Extended,
                        MatchKind::Truncated => Carried::Cut,
                        MatchKind::Altered => Carried::Altered,
                    },
                    other_speaker: best.speaker_conflict,
                    counterpart: Some(best.id),
                };
            }
        }
        QuoteMatrix {
            quotes,
            rewrites,
            cells,
        }
    }

    /// How `rewrites[column]` carries `quotes[row]`.
    pub fn cell(&self, row: usize, column: usize) -> Cell {
        if column >= self.rewrites.len() {
            return Cell::MISSING;
        }
        self.cells
            .get(row * self.rewrites.len() + column)
            .copied()
            .unwrap_or(Cell::MISSING)
    }

    /// The cells of one quotation, one per rewrite.
    pub fn row(&self, row: usize) -> &[Cell] {
        let width = self.rewrites.len();
        self.cells
            .get(row * width..(row + 1) * width)
            .unwrap_or(&[])
    }

    /// How many rewrites carry `quotes[row]` in any way.
    pub fn carried_by(&self, row: usize) -> usize {
        self.row(row)
            .iter()
            .filter(|c| c.carried != Carried::Missing)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compare::rank::pairs::{PairOptions, analyse_pairs};

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    #[test]
    fn each_rewrite_carries_each_quotation_its_own_way() {
        let documents = vec![
            doc(
                "source.txt",
                "« Nous n'avons pas le choix, le marché s'est effondré », a déclaré Jean Dupont. \
                 Marie Durand, la syndicaliste, a répondu : « C'est une trahison pour les \
                 ouvriers de la région. »\n",
            ),
            // Both, the first cut.
            doc(
                "a.txt",
                "« Nous n'avons pas le choix », a déclaré Jean Dupont. Marie Durand a répondu : \
                 « C'est une trahison pour les ouvriers de la région. »\n",
            ),
            // The second only, given to Jean Dupont.
            doc(
                "b.txt",
                "Jean Dupont, le ministre, a dit : « C'est une trahison pour les ouvriers de la \
                 région. »\n",
            ),
            // Neither.
            doc("c.txt", "Le festival de musique ouvre vendredi à Lyon.\n"),
        ];
        let rewrites = [DocId(1), DocId(2), DocId(3)];
        let analyses = analyse_pairs(&documents, &rewrites, PairOptions::default(), |_, _| true)
            .expect("not cancelled");
        let matrix = QuoteMatrix::new(&documents[0], &analyses);
        assert_eq!(matrix.quotes.len(), 2, "{:?}", matrix.quotes);
        assert_eq!(matrix.rewrites, rewrites);
        let labels =
            |row: usize| -> Vec<&str> { matrix.row(row).iter().map(Cell::label).collect() };
        assert_eq!(labels(0), ["cut", "missing", "missing"]);
        assert_eq!(labels(1), ["verbatim", "≠ speaker", "missing"]);
        assert_eq!(matrix.cell(1, 1).carried, Carried::Verbatim);
        assert_eq!(matrix.carried_by(0), 1);
        assert_eq!(matrix.carried_by(1), 2);
        // The counterpart is the rewrite's quotation in that pair's numbering.
        let counterpart = matrix.cell(1, 0).counterpart.expect("carried");
        let quote = &analyses[0].quotes[counterpart];
        assert_eq!(quote.doc, DocId(1));
        assert!(quote.text.starts_with("C'est une trahison"));
        assert_eq!(matrix.cell(5, 0), Cell::MISSING);
        assert_eq!(matrix.cell(0, 9), Cell::MISSING);
        assert!(matrix.row(9).is_empty());
    }
}
