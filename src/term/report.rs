//! The reader's report key: the rewrites open written as the HTML report (the pair on screen
//! when there is one rewrite; with several, all those open, with the table and the quotation
//! matrix, as `visavis report` writes them), into the current directory, atomically; the
//! outcome goes back to the state as an action.

use std::path::{Path, PathBuf};

use crate::app::state::State;
use crate::core::compare::rank::pairs::PairAnalysis;
use crate::core::document::Document;
use crate::core::load::display_path;
use crate::core::report::{Report, render};
use crate::core::save::{same_file, write_atomically};
use crate::core::side::DocId;

/// Writes the report of the rewrites open; where it went, or why not, as one line.
pub fn write(state: &State) -> Result<String, String> {
    let (html, name, inputs) = if state.rewrites.several() {
        several(state)?
    } else {
        pair(state)?
    };
    let dir = std::env::current_dir()
        .map_err(|e| format!("no current directory to write the report in: {e}"))?;
    let target = dir.join(&name);
    if inputs
        .iter()
        .any(|path| same_file(Path::new(path), &target))
    {
        return Err(format!(
            "{}: is one of the articles; report not written",
            display_path(&target)
        ));
    }
    write_atomically(&target, html.as_bytes())?;
    // The current directory is where one expects it: the name alone fits the status line.
    Ok(display_path(&name))
}

/// The page, its file name and the paths of the articles it shows.
type Page = (String, PathBuf, Vec<String>);

/// One rewrite: the pair on screen.
fn pair(state: &State) -> Result<Page, String> {
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
    let name = file_name(&stem(&documents[0]), &stem(&documents[1]));
    let inputs = documents.iter().map(|d| d.path.clone()).collect();
    Ok((html, name, inputs))
}

/// Several rewrites: every one open, once all are compared (the table would be partial
/// before), with the table of all and the matrix of those open, as the reader shows them.
fn several(state: &State) -> Result<Page, String> {
    let rewrites = &state.rewrites;
    if rewrites.compared < rewrites.total {
        return Err(format!(
            "{} of {} rewrites compared: press w again once all are",
            rewrites.compared, rewrites.total
        ));
    }
    let documents: Vec<Document> = state
        .documents
        .all()
        .iter()
        .map(|d| Document::clone(d))
        .collect();
    let pairs: Vec<PairAnalysis> = rewrites
        .open()
        .iter()
        .filter_map(|&id| {
            let analysis = state.documents.analysis(id).ready()?;
            Some(PairAnalysis {
                rewrite: id,
                comparison: analysis.comparison.clone(),
                quotes: analysis.quotes.clone(),
            })
        })
        .collect();
    let html = render(&Report {
        documents: &documents,
        pairs: &pairs,
        ranking: Some(rewrites.ranking()),
        matrix: Some(rewrites.matrix()),
    });
    let name = file_name(&stem(&documents[0]), &format!("{}-rewrites", pairs.len()));
    let inputs = documents.iter().map(|d| d.path.clone()).collect();
    Ok((html, name, inputs))
}

/// `visavis-report-LEFT-RIGHT.html`.
fn file_name(left: &str, right: &str) -> PathBuf {
    PathBuf::from(format!("visavis-report-{left}-{right}.html"))
}

/// A document's file name for the report's (letters, digits, `-` and `_` kept).
fn stem(d: &Document) -> String {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::analysis::Analysis;
    use crate::core::compare::rank::pairs::{PairOptions, align_pair};
    use crate::core::side::Pair;
    use std::sync::Arc;

    fn doc(title: &str, text: &str) -> Document {
        Document::from_text(title, title, text.to_string(), "utf-8", Vec::new())
    }

    #[test]
    fn the_file_is_named_after_the_pair_and_safe() {
        let doc = |title: &str| doc(title, "Texte.");
        assert_eq!(
            file_name(&stem(&doc("000_wire.txt")), &stem(&doc("a b/../é.html"))),
            PathBuf::from("visavis-report-000_wire-é.html")
        );
        assert_eq!(
            file_name(&stem(&doc("standard input")), &stem(&doc("..."))),
            PathBuf::from("visavis-report-standard-input-article.html")
        );
    }

    #[test]
    fn with_several_rewrites_the_page_holds_every_one_open_once_all_are_compared() {
        let source = doc(
            "source.txt",
            "Le conseil municipal a voté le budget de la ville mardi soir après un long débat. « Nous tiendrons nos promesses », a déclaré le maire.",
        );
        let rewrites = [
            doc(
                "first.txt",
                "Le conseil municipal a voté le budget de la ville mardi soir après un long débat.",
            ),
            doc(
                "second.txt",
                "Mardi, « nous tiendrons nos promesses », a déclaré le maire devant la presse.",
            ),
        ];
        let mut state = State::open(
            Arc::new(source.clone()),
            Arc::new(rewrites[0].clone()),
            vec![Arc::new(rewrites[1].clone())],
        );
        state.update(Action::Resize(100, 30));
        let refused = several(&state).expect_err("nothing compared yet");
        assert_eq!(
            refused,
            "0 of 2 rewrites compared: press w again once all are"
        );
        let options = PairOptions { word_marks: true };
        for (i, rewrite) in rewrites.iter().enumerate() {
            let id = DocId(i + 1);
            let p = align_pair(&source, rewrite, id, options);
            state.update(Action::PairsDone {
                analyses: vec![Arc::new(Analysis::new(
                    Pair::new(DocId::SOURCE, id),
                    p.comparison,
                    p.quotes,
                ))],
            });
        }
        let (html, name, inputs) = several(&state).expect("all compared");
        assert_eq!(name, PathBuf::from("visavis-report-source-2-rewrites.html"));
        assert_eq!(inputs, ["source.txt", "first.txt", "second.txt"]);
        // A comparison for each rewrite, not only the one on screen, after the table and the
        // matrix.
        let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle}"));
        assert!(at("id=\"overview\"") < at("id=\"matrix\""));
        assert!(at("id=\"matrix\"") < at("id=\"pair0\""));
        assert!(at("id=\"pair0\"") < at("id=\"pair1\""));
        assert!(!html.contains("id=\"pair2\""));
    }
}
