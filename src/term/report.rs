//! The reader's report key: the pair on screen written as the HTML report, into the current
//! directory, atomically; the outcome goes back to the state as an action.

use std::path::{Path, PathBuf};

use crate::app::state::State;
use crate::core::compare::rank::pairs::PairAnalysis;
use crate::core::document::Document;
use crate::core::load::display_path;
use crate::core::report::{Report, render};
use crate::core::save::{same_file, write_atomically};
use crate::core::side::DocId;

/// Writes the report of the pair shown; where it went, or why not, as one line.
pub fn write(state: &State) -> Result<String, String> {
    let Some(analysis) = state.analysis() else {
        return Err("the comparison is still running: press w again once it is done".to_string());
    };
    let docs = state.panes.docs();
    let documents: Vec<Document> = vec![docs.left.clone(), docs.right.clone()];
    let rewrite = DocId(1);
    let mut quotes = analysis.quotes.clone();
    for quote in &mut quotes {
        if quote.doc != DocId::SOURCE {
            quote.doc = rewrite;
        }
    }
    let pair = PairAnalysis {
        rewrite,
        comparison: analysis.comparison.clone(),
        quotes,
    };
    let html = render(&Report {
        documents: &documents,
        pairs: std::slice::from_ref(&pair),
        ranking: None,
        matrix: None,
    });
    let dir = std::env::current_dir()
        .map_err(|e| format!("no current directory to write the report in: {e}"))?;
    let target = dir.join(file_name(&documents[0], &documents[1]));
    if documents
        .iter()
        .any(|d| same_file(Path::new(&d.path), &target))
    {
        return Err(format!(
            "{}: is one of the articles; report not written",
            display_path(&target)
        ));
    }
    write_atomically(&target, html.as_bytes())?;
    Ok(display_path(&target))
}

/// `visavis-report-LEFT-RIGHT.html`, from the file names (letters, digits, `-` and `_` kept).
fn file_name(left: &Document, right: &Document) -> PathBuf {
    let stem = |d: &Document| -> String {
        let name = Path::new(&d.title)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let clean: String = name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .take(40)
            .collect();
        if clean.trim_matches('-').is_empty() {
            "article".to_string()
        } else {
            clean
        }
    };
    PathBuf::from(format!(
        "visavis-report-{}-{}.html",
        stem(left),
        stem(right)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_named_after_the_pair_and_safe() {
        let doc = |title: &str| {
            Document::from_text(title, title, "Texte.".to_string(), "utf-8", Vec::new())
        };
        assert_eq!(
            file_name(&doc("000_wire.txt"), &doc("a b/../é.html")),
            PathBuf::from("visavis-report-000_wire-é.html")
        );
        assert_eq!(
            file_name(&doc("standard input"), &doc("...")),
            PathBuf::from("visavis-report-standard-input-article.html")
        );
    }
}
