//! `visavis report [SOURCE REWRITE...] [-o FILE.html]`: the comparison as one self-contained
//! HTML page, written atomically (never over one of the inputs); says where it went.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::core::bundled::bundled_pair;
use crate::core::compare::rank::pairs::{PairAnalysis, PairOptions, align_pair};
use crate::core::compare::rank::quote_matrix::QuoteMatrix;
use crate::core::compare::rank::{Ranking, rank, shown};
use crate::core::document::Document;
use crate::core::open::{DocumentSet, Origin, open_set};
use crate::core::report::{Report, render};
use crate::core::save::{same_file, write_atomically};
use crate::core::side::DocId;

/// Where the report goes when `-o` is not given.
pub const DEFAULT_OUTPUT: &str = "visavis-report.html";

/// The analyses a report shows.
pub struct Analysed {
    pub documents: Vec<Document>,
    pub pairs: Vec<PairAnalysis>,
    pub ranking: Option<Ranking>,
    pub matrix: Option<QuoteMatrix>,
}

impl Analysed {
    /// One source and one rewrite.
    pub fn pair(source: Document, rewrite: Document) -> Analysed {
        let pair = align_pair(
            &source,
            &rewrite,
            DocId(1),
            PairOptions { word_marks: true },
        );
        Analysed {
            documents: vec![source, rewrite],
            pairs: vec![pair],
            ranking: None,
            matrix: None,
        }
    }

    /// A source and its rewrites: a lone rewrite file is a pair; otherwise all are ranked and
    /// those named, or found in a folder and related, get their comparison.
    pub fn set(set: DocumentSet) -> Analysed {
        if set.documents.len() == 2 && set.origins.get(1) == Some(&Origin::Named) {
            let mut documents = set.documents;
            let rewrite = documents.pop();
            let source = documents.pop();
            if let (Some(source), Some(rewrite)) = (source, rewrite) {
                return Analysed::pair(source, rewrite);
            }
            return Analysed {
                documents: Vec::new(),
                pairs: Vec::new(),
                ranking: None,
                matrix: None,
            };
        }
        let always = |id: DocId| set.origins.get(id.index()) != Some(&Origin::Folder);
        let (ranking, analyses) = rank(
            &set.documents,
            always,
            PairOptions { word_marks: true },
            |_, _| true,
        )
        .unwrap_or_default();
        let pairs = shown(&ranking, analyses, always);
        let matrix = set
            .documents
            .first()
            .map(|source| QuoteMatrix::new(source, &pairs));
        Analysed {
            documents: set.documents,
            pairs,
            ranking: Some(ranking),
            matrix,
        }
    }

    /// The page.
    pub fn render(&self) -> String {
        render(&Report {
            documents: &self.documents,
            pairs: &self.pairs,
            ranking: self.ranking.as_ref(),
            matrix: self.matrix.as_ref(),
        })
    }
}

/// Writes the report of `source` and `rewrites` (the bundled pair without files) to `output`
/// (default [`DEFAULT_OUTPUT`]) and says where on `out`.
pub fn run(
    source: Option<&Path>,
    rewrites: &[PathBuf],
    output: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let output = output.unwrap_or(Path::new(DEFAULT_OUTPUT));
    let inputs: Vec<&Path> = source
        .into_iter()
        .chain(rewrites.iter().map(PathBuf::as_path))
        .collect();
    if let Some(input) = inputs
        .iter()
        .find(|input| same_file(input, output) || **input == output)
    {
        anyhow::bail!(
            "{}: is one of the input files (-o {}); the report would overwrite it",
            crate::core::load::display_path(input),
            crate::core::load::display_path(output)
        );
    }
    let analysed = match source {
        Some(source) => Analysed::set(open_set(source, rewrites)?),
        None => {
            let (left, right) = bundled_pair();
            Analysed::pair(left, right)
        }
    };
    let html = analysed.render();
    write_atomically(output, html.as_bytes()).map_err(anyhow::Error::msg)?;
    writeln!(
        out,
        "report written to {}",
        crate::core::load::display_path(output)
    )?;
    Ok(())
}
