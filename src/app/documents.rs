//! The open documents, numbered (`DocId`: doc 0 the source, the others its rewrites), how far
//! each is read (they arrive from the background loader, a first screen's worth first), and the
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

/// How far a document is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Nothing has come yet (a pipe whose writer has not written).
    Waiting,
    /// `bytes` of the file (of `total`, when its size is known) have come; the document is a
    /// prefix of it.
    Partly {
        bytes: u64,
        total: Option<u64>,
    },
    Whole,
}

impl Reading {
    /// The share read, when the size is known.
    pub fn fraction(self) -> Option<f64> {
        match self {
            Reading::Waiting => Some(0.0),
            Reading::Partly { bytes, total } => total.map(|t| bytes as f64 / t.max(1) as f64),
            Reading::Whole => Some(1.0),
        }
    }
}

/// What a pair not yet heard of from the background shows.
static NOT_STARTED: AnalysisStatus = AnalysisStatus::Running(0.0);

/// What became of a rewrite listed from the command line or a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// A rewrite, compared or to be.
    Rewrite,
    /// The prefilter found nothing worth aligning in it: never compared, it took nothing.
    NotCandidate,
    /// Not a rewrite at all (a folder's binary, empty or unreadable file): a note, no more.
    Skipped,
}

/// The documents by `DocId`, and one analysis per (source, rewrite) pair, keyed by the rewrite.
#[derive(Debug)]
pub struct Documents {
    docs: Vec<Arc<Document>>,
    reading: Vec<Reading>,
    fates: Vec<Fate>,
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
        let reading = docs.iter().map(|d| reading_of(d, 0, None)).collect();
        let fates = vec![Fate::Rewrite; docs.len()];
        Documents {
            docs,
            reading,
            fates,
            analyses,
        }
    }

    /// One more rewrite (listed as a folder is walked), numbered next; its analysis pending.
    pub fn push(&mut self, doc: Arc<Document>) -> DocId {
        let id = DocId(self.docs.len());
        self.reading.push(reading_of(&doc, 0, None));
        self.docs.push(doc);
        self.fates.push(Fate::Rewrite);
        self.analyses.insert(id, AnalysisStatus::Running(0.0));
        id
    }

    /// What became of rewrite `id` (an unknown one: skipped).
    pub fn fate(&self, id: DocId) -> Fate {
        self.fates.get(id.index()).copied().unwrap_or(Fate::Skipped)
    }

    /// Rewrite `id` turned out to be no rewrite, or not worth aligning.
    pub fn set_fate(&mut self, id: DocId, fate: Fate) {
        if id != DocId::SOURCE
            && let Some(slot) = self.fates.get_mut(id.index())
        {
            *slot = fate;
            if fate != Fate::Rewrite {
                self.analyses.remove(&id);
            }
        }
    }

    /// More of document `id` was read, or all of it.
    pub fn arrived(&mut self, id: DocId, doc: Arc<Document>) {
        if let (Some(slot), Some(reading)) = (
            self.docs.get_mut(id.index()),
            self.reading.get_mut(id.index()),
        ) {
            let (bytes, total) = match *reading {
                Reading::Partly { bytes, total } => (bytes, total),
                _ => (0, None),
            };
            *reading = reading_of(&doc, bytes, total);
            *slot = doc;
        }
    }

    /// `bytes` of document `id` were read (of `total`).
    pub fn read(&mut self, id: DocId, bytes: u64, total: Option<u64>) {
        if let Some(reading) = self.reading.get_mut(id.index())
            && *reading != Reading::Whole
        {
            *reading = Reading::Partly { bytes, total };
        }
    }

    /// How far document `id` is read (an unknown document: not at all).
    pub fn reading(&self, id: DocId) -> Reading {
        self.reading
            .get(id.index())
            .copied()
            .unwrap_or(Reading::Waiting)
    }

    /// Every byte of document `id` is in.
    pub fn is_whole(&self, id: DocId) -> bool {
        self.reading(id) == Reading::Whole
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

/// How far a document that has come so far is read: whole, or a prefix (waiting while it holds
/// nothing at all).
fn reading_of(doc: &Document, bytes: u64, total: Option<u64>) -> Reading {
    match doc.partial {
        false => Reading::Whole,
        true if doc.text.is_empty() && bytes == 0 => Reading::Waiting,
        true => Reading::Partly { bytes, total },
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

    #[test]
    fn a_document_is_waited_for_then_read_partly_then_whole() {
        let mut docs = Documents::new(Arc::new(Document::pending("fifo")), vec![doc("deux")]);
        assert_eq!(docs.reading(DocId::SOURCE), Reading::Waiting);
        assert!(docs.is_whole(DocId(1)));
        docs.read(DocId::SOURCE, 10, Some(40));
        assert_eq!(docs.reading(DocId::SOURCE).fraction(), Some(0.25));
        let mut prefix = Document::from_bytes("fifo", b"Un d").unwrap();
        prefix.partial = true;
        docs.arrived(DocId::SOURCE, Arc::new(prefix));
        assert_eq!(
            docs.reading(DocId::SOURCE),
            Reading::Partly {
                bytes: 10,
                total: Some(40)
            }
        );
        docs.arrived(DocId::SOURCE, doc("Un d\u{e9}but."));
        assert!(docs.is_whole(DocId::SOURCE));
        docs.read(DocId::SOURCE, 10, Some(40));
        assert!(
            docs.is_whole(DocId::SOURCE),
            "a late count does not undo the end"
        );
        assert_eq!(docs.reading(DocId(9)), Reading::Waiting);
    }
}
