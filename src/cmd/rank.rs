//! `visavis rank SOURCE (REWRITE... | DIR) [--json] [--related]`: one row per rewrite, best
//! first — what it took from the source (shares of each, passages by kind) and how it carries
//! the source's quotations; the rewrites that took nothing last, as unrelated.

use crate::core::text::count::count;
use std::io::Write;

use serde::Serialize;

use super::set::{self, Analysed};
use crate::core::compare::rank::pairs::PairOptions;
use crate::core::compare::rank::{PassageCounts, QuoteCounts, Row, headline};
use crate::core::document::{Document, DocumentInfo};
use crate::core::open::DocumentSet;

/// What to print.
#[derive(Debug, Clone, Copy, Default)]
pub struct RankOptions {
    pub json: bool,
    /// Leave the unrelated rewrites out.
    pub related_only: bool,
}

/// Ranks the rewrites of `set` against its source and writes the table.
pub fn run(set: &DocumentSet, options: RankOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    // Files named are aligned, a folder's when the prefilter keeps them: the table lists every
    // rewrite either way, those set aside with nothing found.
    let analysed = set::analyse(set, false, PairOptions::default());
    if options.json {
        write_json(set, &analysed, options, out)
    } else {
        write_text(set, &analysed, options, out)
    }
}

/// The totals line: how many rewrites, how many took something, how many were aligned.
fn totals(analysed: &Analysed, skipped: usize) -> Totals {
    let rows = &analysed.ranking.rows;
    Totals {
        rewrites: rows.len(),
        related: rows.iter().filter(|r| r.related).count(),
        unrelated: rows.iter().filter(|r| !r.related).count(),
        aligned: rows.iter().filter(|r| r.aligned).count(),
        skipped,
    }
}

#[derive(Serialize)]
struct Totals {
    rewrites: usize,
    related: usize,
    unrelated: usize,
    aligned: usize,
    /// Folder entries that were not read as rewrites (each reported on standard error).
    skipped: usize,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    rank: usize,
    doc: usize,
    path: &'a str,
    headline: Option<&'a str>,
    date: Option<&'a str>,
    words: usize,
    related: bool,
    aligned: bool,
    score: f64,
    share_of_rewrite: f64,
    share_of_source: f64,
    passages: PassageCounts,
    quotes: QuoteCounts,
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    documents: Vec<DocumentInfo<'a>>,
    source_quotes: usize,
    totals: Totals,
    rows: Vec<JsonRow<'a>>,
}

/// Three decimals are plenty for figures people read.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn shown_rows(analysed: &Analysed, options: RankOptions) -> impl Iterator<Item = (usize, &Row)> {
    analysed
        .ranking
        .rows
        .iter()
        .filter(move |r| r.related || !options.related_only)
        .enumerate()
        .map(|(n, r)| (n + 1, r))
}

fn write_json(
    set: &DocumentSet,
    analysed: &Analysed,
    options: RankOptions,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let rows = shown_rows(analysed, options)
        .filter_map(|(rank, row)| {
            let doc = set.documents.get(row.doc.index())?;
            Some(JsonRow {
                rank,
                doc: row.doc.index(),
                path: &doc.path,
                headline: headline(doc),
                date: doc.date.as_deref(),
                words: doc.word_count,
                related: row.related,
                aligned: row.aligned,
                score: round3(row.score),
                share_of_rewrite: round3(row.share_of_rewrite),
                share_of_source: round3(row.share_of_source),
                passages: row.passages,
                quotes: row.quotes,
            })
        })
        .collect();
    let output = JsonOutput {
        documents: set::infos(set),
        source_quotes: analysed.ranking.source_quotes,
        totals: totals(analysed, set.skipped.len()),
        rows,
    };
    serde_json::to_writer(&mut *out, &output)?;
    writeln!(out)?;
    Ok(())
}

/// Headlines longer than this are cut in the table.
const HEADLINE_CHARS: usize = 60;

fn shorten(text: &str, chars: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

/// `path — headline (date)`, with what is known.
fn described(doc: &Document) -> String {
    let mut text = doc.path.clone();
    if let Some(headline) = headline(doc) {
        text.push_str(" — ");
        text.push_str(&shorten(headline, HEADLINE_CHARS));
    }
    if let Some(date) = &doc.date {
        text.push_str(&format!(" ({date})"));
    }
    text
}

fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

fn write_text(
    set: &DocumentSet,
    analysed: &Analysed,
    options: RankOptions,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let Some(source) = set.documents.first() else {
        return Ok(());
    };
    let t = totals(analysed, set.skipped.len());
    let quotes = count(analysed.ranking.source_quotes, "quotation", "quotations");
    writeln!(
        out,
        "source: {} ({}, {quotes})",
        described(source),
        count(source.word_count, "word", "words")
    )?;
    let mut line = format!(
        "{}: {} took something, {} unrelated; {} aligned",
        count(t.rewrites, "rewrite", "rewrites"),
        t.related,
        t.unrelated,
        t.aligned
    );
    if t.skipped > 0 {
        line.push_str(&format!("; {} skipped", t.skipped));
    }
    writeln!(out, "{line}")?;
    writeln!(out)?;
    writeln!(
        out,
        "{:>5} {:>6} {:>8} {:>8} {:>9} {:>9}  file",
        "rank", "words", "rewrite", "source", "passages", "quotes"
    )?;
    writeln!(
        out,
        "{:>5} {:>6} {:>8} {:>8} {:>9} {:>9}",
        "", "", "taken", "carried", "v/n/p", "v/c/a/m"
    )?;
    let mut unrelated_header = false;
    for (rank, row) in shown_rows(analysed, options) {
        let Some(doc) = set.documents.get(row.doc.index()) else {
            continue;
        };
        if !row.related && !unrelated_header {
            writeln!(out, "unrelated (less than half a sentence taken):")?;
            unrelated_header = true;
        }
        let p = row.passages;
        let q = row.quotes;
        let speakers = if q.other_speaker > 0 {
            format!(" ({} ≠ speaker)", q.other_speaker)
        } else {
            String::new()
        };
        writeln!(
            out,
            "{rank:>5} {:>6} {:>8} {:>8} {:>9} {:>9}  {}{speakers}",
            doc.word_count,
            percent(row.share_of_rewrite),
            percent(row.share_of_source),
            format!("{}/{}/{}", p.verbatim, p.near, p.paraphrase),
            format!("{}/{}/{}/{}", q.verbatim, q.cut, q.altered, q.missing),
            described(doc),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::open::Origin;

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    fn set() -> DocumentSet {
        let source = "Trois usines vont fermer\nLe ministre de l'Industrie a annoncé mardi la \
                      fermeture de trois usines dans le nord du pays, qui emploient au total \
                      1 200 salariés. « Nous n'avons pas le choix », a déclaré Jean Dupont.\n";
        DocumentSet {
            documents: vec![
                doc("source.txt", source),
                doc(
                    "festival.txt",
                    "Le festival de musique ouvre vendredi à Lyon.\n",
                ),
                doc("copy.txt", &format!("date 2008-10-17\n{source}")),
            ],
            origins: vec![Origin::Source, Origin::Folder, Origin::Folder],
            skipped: Vec::new(),
        }
    }

    fn text(options: RankOptions) -> String {
        let mut out = Vec::new();
        run(&set(), options, &mut out).expect("runs");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn the_text_table_has_totals_then_the_best_first_and_the_unrelated_last() {
        let out = text(RankOptions::default());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "source: source.txt — Trois usines vont fermer (39 words, 1 quotation)"
        );
        assert_eq!(
            lines[1],
            "2 rewrites: 1 took something, 1 unrelated; 1 aligned"
        );
        assert!(
            lines[3].starts_with(" rank  words  rewrite   source"),
            "{out}"
        );
        assert_eq!(
            lines[5],
            "    1     39    100 %    100 %     3/0/0   1/0/0/0  copy.txt — Trois usines vont fermer (2008-10-17)"
        );
        assert_eq!(lines[6], "unrelated (less than half a sentence taken):");
        assert_eq!(
            lines[7],
            "    2      8      0 %      0 %     0/0/0   0/0/0/1  festival.txt"
        );
        let related = text(RankOptions {
            related_only: true,
            ..RankOptions::default()
        });
        assert!(!related.contains("festival") && related.contains("copy.txt"));
    }

    #[test]
    fn the_json_table_refers_to_the_documents_by_number() {
        let out = text(RankOptions {
            json: true,
            ..RankOptions::default()
        });
        let value: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(value["documents"].as_array().map(Vec::len), Some(3));
        assert_eq!(value["totals"]["related"], 1);
        assert_eq!(value["source_quotes"], 1);
        let first = &value["rows"][0];
        assert_eq!(first["doc"], 2);
        assert_eq!(first["rank"], 1);
        assert_eq!(first["date"], "2008-10-17");
        assert_eq!(first["passages"]["verbatim"], 3, "one per sentence");
        assert_eq!(first["quotes"]["verbatim"], 1);
        assert_eq!(first["share_of_source"], 1.0);
        assert_eq!(value["rows"][1]["related"], false);
        assert_eq!(value["rows"][1]["aligned"], false);
    }
}
