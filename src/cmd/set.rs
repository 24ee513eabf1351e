//! A source and many rewrites, as the text commands take them: which rewrites to align and to
//! show. Every file named on the command line is aligned and shown; a folder's files go through
//! the prefilter and are shown when they took something (all of them with `--all`).

use crate::core::compare::rank::pairs::{PairAnalysis, PairOptions};
use crate::core::compare::rank::{Ranking, rank, shown};
use crate::core::document::DocumentInfo;
use crate::core::open::{DocumentSet, Origin};
use crate::core::side::DocId;

/// The analyses of a set, ready to print.
pub struct Analysed {
    pub ranking: Ranking,
    /// The pairs shown, in document order.
    pub shown: Vec<PairAnalysis>,
}

/// Ranks the set and keeps the pairs to show.
pub fn analyse(set: &DocumentSet, all: bool, options: PairOptions) -> Analysed {
    let always = |id: DocId| all || set.origins.get(id.index()) != Some(&Origin::Folder);
    let (ranking, analyses) =
        rank(&set.documents, always, options, |_, _| true).unwrap_or_default();
    let shown = shown(&ranking, analyses, always);
    Analysed { ranking, shown }
}

/// Every document's metadata, indexed by `DocId` (the `documents` of the JSON outputs).
pub fn infos(set: &DocumentSet) -> Vec<DocumentInfo<'_>> {
    set.documents.iter().map(|d| d.info()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    #[test]
    fn named_files_are_always_shown_and_folder_files_when_they_took_something() {
        let source = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines \
                      dans le nord du pays, qui emploient au total 1 200 salariés.\n";
        let copy = "Hier, le ministre de l'Industrie a annoncé mardi la fermeture de trois \
                    usines dans le nord du pays, qui emploient au total 1 200 salariés.\n";
        let unrelated = "Le festival de musique ouvre ses portes vendredi à Lyon.\n";
        let set = DocumentSet {
            documents: vec![
                doc("s", source),
                doc("named-unrelated", unrelated),
                doc("folder-copy", copy),
                doc("folder-unrelated", unrelated),
            ],
            origins: vec![
                Origin::Source,
                Origin::Named,
                Origin::Folder,
                Origin::Folder,
            ],
            skipped: Vec::new(),
        };
        let shown = |all| -> Vec<usize> {
            analyse(&set, all, PairOptions::default())
                .shown
                .iter()
                .map(|a| a.rewrite.index())
                .collect()
        };
        assert_eq!(shown(false), [1, 2]);
        assert_eq!(shown(true), [1, 2, 3]);
        assert_eq!(infos(&set).len(), 4);
    }
}
