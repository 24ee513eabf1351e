//! The open documents, numbered (`DocId`: doc 0 the source, the others its rewrites), and the
//! analysis of each (source, rewrite) pair, as it comes from the background. The panes show one
//! pair at a time; which analysis is current follows from the rewrite on the right.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::analysis::Analysis;
use crate::core::document::Document;
use crate::core::side::DocId;

/// Progress of the background analysis of one pair.
#[derive(Debug, Clone)]
pub enum AnalysisStatus {
    Running(f32),
    Ready(Arc<Analysis>),
}

impl AnalysisStatus {
    pub fn ready(&self) -> Option<&Analysis> {
        match self {
            AnalysisStatus::Ready(a) => Some(a),
            AnalysisStatus::Running(_) => None,
        }
    }
}

/// What a pair not yet heard of from the background shows.
static NOT_STARTED: AnalysisStatus = AnalysisStatus::Running(0.0);

/// The documents by `DocId`, and one analysis per (source, rewrite) pair, keyed by the rewrite.
#[derive(Debug)]
pub struct Documents {
    docs: Vec<Arc<Document>>,
    analyses: BTreeMap<DocId, AnalysisStatus>,
}

impl Documents {
    /// The source, then its rewrites, numbered in this order.
    pub fn new(source: Arc<Document>, rewrites: Vec<Arc<Document>>) -> Documents {
        let mut docs = vec![source];
        docs.extend(rewrites);
        let analyses = (1..docs.len())
            .map(|i| (DocId(i), AnalysisStatus::Running(0.0)))
            .collect();
        Documents { docs, analyses }
    }

    pub fn get(&self, id: DocId) -> Option<&Arc<Document>> {
        self.docs.get(id.index())
    }

    /// Every document, indexed by `DocId` (the source first).
    pub fn all(&self) -> &[Arc<Document>] {
        &self.docs
    }

    /// The finished analyses, by rewrite.
    pub fn ready(&self) -> impl Iterator<Item = &Arc<Analysis>> + '_ {
        self.analyses.values().filter_map(|status| match status {
            AnalysisStatus::Ready(a) => Some(a),
            AnalysisStatus::Running(_) => None,
        })
    }

    /// How many documents are open, the source included.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The analysis of the source against `rewrite`.
    pub fn analysis(&self, rewrite: DocId) -> &AnalysisStatus {
        self.analyses.get(&rewrite).unwrap_or(&NOT_STARTED)
    }

    /// The analysis of the source against `rewrite` has got this far.
    pub fn progress(&mut self, rewrite: DocId, progress: f32) {
        if self.get(rewrite).is_some() && rewrite != DocId::SOURCE {
            self.analyses
                .insert(rewrite, AnalysisStatus::Running(progress));
        }
    }

    /// A finished analysis, filed under the rewrite of its pair.
    pub fn finished(&mut self, analysis: Arc<Analysis>) {
        let rewrite = analysis.docs.right;
        if self.get(rewrite).is_some() && rewrite != DocId::SOURCE {
            self.analyses
                .insert(rewrite, AnalysisStatus::Ready(analysis));
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! Also the documents other tests of the reader start from.

    use super::*;
    use crate::core::compare::Comparison;
    use crate::core::side::Pair;

    pub fn doc(text: &str) -> Arc<Document> {
        Arc::new(Document::from_bytes("t.txt", text.as_bytes()).expect("a text loads"))
    }

    /// A document of `n` numbered one-line paragraphs.
    pub fn numbered(n: usize, word: &str) -> Arc<Document> {
        let text: String = (0..n).map(|i| format!("{word} {i}.\n")).collect();
        doc(&text)
    }

    #[test]
    fn each_rewrite_has_its_own_analysis_and_unknown_pairs_are_ignored() {
        let mut docs = Documents::new(doc("source"), vec![doc("one"), doc("two")]);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs.get(DocId(2)).map(|d| d.text.as_str()), Some("two"));
        docs.progress(DocId(1), 0.5);
        let pair = |right| Pair::new(DocId::SOURCE, right);
        docs.finished(Arc::new(Analysis::new(
            pair(DocId(2)),
            Comparison::default(),
            vec![],
        )));
        assert!(matches!(docs.analysis(DocId(1)), AnalysisStatus::Running(p) if *p == 0.5));
        assert_eq!(
            docs.analysis(DocId(2)).ready().map(|a| a.docs),
            Some(pair(DocId(2)))
        );
        // A result for a document that is not open, or for the source itself, is dropped.
        docs.finished(Arc::new(Analysis::new(
            pair(DocId(7)),
            Comparison::default(),
            vec![],
        )));
        docs.progress(DocId::SOURCE, 0.9);
        assert!(docs.analysis(DocId(7)).ready().is_none());
        assert!(matches!(docs.analysis(DocId::SOURCE), AnalysisStatus::Running(p) if *p == 0.0));
    }
}
