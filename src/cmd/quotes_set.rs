//! `visavis quotes SOURCE (REWRITE... | DIR) [--json]`: the source's quotations and how each
//! rewrite carries them (the quotations matrix, as text), or every pair's quotations (JSON).

use crate::core::text::count::count;
use std::io::Write;

use super::quotes::{JsonQuote, json_quote};
use super::set;
use crate::core::compare::rank::pairs::PairOptions;
use crate::core::compare::rank::quote_matrix::{Carried, QuoteMatrix};
use crate::core::document::DocumentInfo;
use crate::core::open::DocumentSet;

#[derive(serde::Serialize)]
struct JsonRewrite<'a> {
    doc: usize,
    quotes: Vec<JsonQuote<'a>>,
}

#[derive(serde::Serialize)]
struct JsonOutput<'a> {
    documents: Vec<DocumentInfo<'a>>,
    rewrites: Vec<JsonRewrite<'a>>,
}

/// Quotation texts longer than this are cut in the listing (JSON has them all).
const SHOWN_CHARS: usize = 160;

fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Analyses the quotations of each pair of `set` shown (every file named; a folder's files
/// that took something, or all with `all`) and writes them.
pub fn run_set(
    set: &DocumentSet,
    json: bool,
    all: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let analysed = set::analyse(set, all, PairOptions::default());
    let Some(source) = set.documents.first() else {
        return Ok(());
    };
    if json {
        let output = JsonOutput {
            documents: set::infos(set),
            rewrites: analysed
                .shown
                .iter()
                .filter_map(|a| {
                    let rewrite = set.documents.get(a.rewrite.index())?;
                    Some(JsonRewrite {
                        doc: a.rewrite.index(),
                        quotes: a
                            .quotes
                            .iter()
                            .map(|q| json_quote(q, [source, rewrite]))
                            .collect(),
                    })
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &output)?;
        writeln!(out)?;
        return Ok(());
    }
    let matrix = QuoteMatrix::new(source, &analysed.shown);
    let name = |column: usize| {
        matrix
            .rewrites
            .get(column)
            .and_then(|id| set.documents.get(id.index()))
            .map_or("?", |d| d.path.as_str())
    };
    writeln!(
        out,
        "Source: {} ({}) — {}; {}",
        source.path,
        count(source.word_count, "word", "words"),
        count(matrix.quotes.len(), "quotation", "quotations"),
        count(matrix.rewrites.len(), "rewrite", "rewrites")
    )?;
    for (row, quote) in matrix.quotes.iter().enumerate() {
        let kind = if quote.heading {
            "subheading"
        } else if quote.fragment {
            "fragment"
        } else {
            "statement"
        };
        writeln!(out, "  #{} [{kind}] “{}”", quote.id, shorten(&quote.text))?;
        let speaker = quote.speaker.as_deref().unwrap_or("unknown");
        writeln!(out, "      speaker: {speaker}")?;
        let cells = matrix.row(row);
        let carried: Vec<String> = cells
            .iter()
            .enumerate()
            .filter(|(_, c)| c.carried != Carried::Missing)
            .map(|(column, c)| format!("{} {}", name(column), c.label()))
            .collect();
        writeln!(
            out,
            "      carried by {} of {}{}{}",
            carried.len(),
            cells.len(),
            if carried.is_empty() { "" } else { ": " },
            carried.join(", ")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::core::open::Origin;

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    fn set() -> DocumentSet {
        DocumentSet {
            documents: vec![
                doc(
                    "source.txt",
                    "« Nous n'avons pas le choix, le marché s'est effondré », a déclaré Jean \
                     Dupont mardi devant la presse.\n",
                ),
                doc(
                    "a.txt",
                    "« Nous n'avons pas le choix », a déclaré Jean Dupont mardi devant la presse.\n",
                ),
                doc("b.txt", "Le festival de musique ouvre vendredi à Lyon.\n"),
            ],
            origins: vec![Origin::Source, Origin::Named, Origin::Named],
            skipped: Vec::new(),
        }
    }

    fn output(json: bool) -> String {
        let mut out = Vec::new();
        run_set(&set(), json, false, &mut out).expect("runs");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn the_text_lists_each_source_quotation_with_the_rewrites_carrying_it() {
        let text = output(false);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "Source: source.txt (19 words) — 1 quotation; 2 rewrites",
                "  #0 [statement] “Nous n'avons pas le choix, le marché s'est effondré”",
                "      speaker: Jean Dupont",
                "      carried by 1 of 2: a.txt cut",
            ]
        );
    }

    #[test]
    fn the_json_has_the_documents_and_each_pair_in_set_numbering() {
        let value: serde_json::Value = serde_json::from_str(&output(true)).expect("JSON");
        assert_eq!(value["documents"].as_array().map(Vec::len), Some(3));
        let rewrites = value["rewrites"].as_array().expect("rewrites");
        assert_eq!(rewrites.len(), 2);
        assert_eq!(rewrites[0]["doc"], 1);
        let quotes = rewrites[0]["quotes"].as_array().expect("quotes");
        assert_eq!(quotes[0]["doc"], 0);
        assert_eq!(quotes[1]["doc"], 1);
        assert_eq!(quotes[0]["matches"][0]["id"], 1);
        assert_eq!(quotes[0]["matches"][0]["kind"], "truncated");
        assert_eq!(rewrites[1]["doc"], 2);
        assert_eq!(rewrites[1]["quotes"].as_array().map(Vec::len), Some(1));
    }
}
