//! The rewrites open in the reader, one source against many: which are open (the order the
//! keys go through them, and their numbers), the table of what each took, which rewrites carry
//! each stretch of the source, and the quotation matrix, all worked out again as the pair
//! analyses arrive. Owns the keys that switch the right pane from one rewrite to another.
//!
//! A rewrite named on the command line (or any, when all were asked for) stays open whatever
//! it took; one found in a folder is open until its analysis shows it took nothing, then set
//! aside. Numbers are positions in the open list, in document order (as named, a folder's files
//! in name order), so `3` is the third rewrite open and the title says "rewrite 3/12".

use std::sync::Arc;

use super::action::{Action, Effect};
use super::analysis::Analysis;
use super::documents::{AnalysisStatus, Documents, Fate};
use crate::core::compare::Comparison;
use crate::core::compare::rank::carriers::Carriers;
use crate::core::compare::rank::pairs::PairView;
use crate::core::compare::rank::quote_matrix::QuoteMatrix;
use crate::core::compare::rank::{Ranking, Row};
use crate::core::quotes::{self, Quote};
use crate::core::side::DocId;

/// The reader's analyses are the pairs the set views are built from.
impl PairView for Analysis {
    fn rewrite(&self) -> DocId {
        self.docs.right
    }
    fn comparison(&self) -> &Comparison {
        &self.comparison
    }
    fn quotes(&self) -> &[Quote] {
        &self.quotes
    }
}

/// The rewrites of the reader and what is known of them all.
#[derive(Debug, Default)]
pub struct Rewrites {
    /// By `DocId`: shown whatever it took (named on the command line, or all asked for).
    always: Vec<bool>,
    /// The rewrites open, in document order.
    open: Vec<DocId>,
    /// The open rewrites, best first (the rank table's order), those still being compared last.
    ranked: Vec<DocId>,
    ranking: Ranking,
    carriers: Carriers,
    matrix: QuoteMatrix,
    /// The source's quotations as it reads alone, found once (for the matrix).
    source_quotes: Option<Vec<Quote>>,
    /// Pairs compared so far, and in all.
    pub compared: usize,
    pub total: usize,
    /// Rewrites from a folder found to have taken nothing.
    set_aside: usize,
    /// Listed entries that proved to be no rewrite (a folder's binary or empty files).
    skipped: usize,
    /// Rewrites read to their end (or found to be none).
    read: usize,
    /// More rewrites may still be listed (a folder is being walked).
    pub listing: bool,
    /// The reader chose the rewrite shown (until then the right pane shows the best so far).
    pub chosen: bool,
    /// The number typed so far to jump to a rewrite (`1` then `2` is rewrite 12); any other
    /// action ends it.
    number: Option<usize>,
}

impl Rewrites {
    /// The rewrites of documents `1..always.len()`; `always[id]` when `id` stays open whatever
    /// it took (`always[0]`, the source, is not looked at).
    pub fn new(always: Vec<bool>) -> Rewrites {
        let open: Vec<DocId> = (1..always.len()).map(DocId).collect();
        Rewrites {
            total: open.len(),
            // Given at once, the documents are whole.
            read: open.len(),
            ranked: open.clone(),
            open,
            always,
            ..Rewrites::default()
        }
    }

    /// `rewrite` stays open whatever it took (named on the command line, or all asked for).
    pub fn always(&self, rewrite: DocId) -> bool {
        self.always.get(rewrite.index()).copied().unwrap_or(true)
    }

    /// One more rewrite listed (its `DocId` the next), staying open whatever it took when
    /// `always`.
    pub fn add(&mut self, always: bool) {
        if self.always.is_empty() {
            // The source's place.
            self.always.push(true);
        }
        self.always.push(always);
    }

    /// More than one rewrite was opened: the reader shows the set views (gutter, matrix).
    pub fn several(&self) -> bool {
        self.always.len().saturating_sub(1 + self.skipped) > 1
    }

    /// How far the set is, while it is not all compared: "reading 12/50" while files are
    /// listed or read, then "comparing 30/40" (the prefilter's rejects left out).
    pub fn progress(&self) -> Option<String> {
        let listed = self.always.len().saturating_sub(1);
        let more = if self.listing { "+" } else { "" };
        if self.listing || self.read < listed {
            Some(format!("reading {}/{listed}{more}", self.read))
        } else if self.compared < self.total {
            Some(format!("comparing {}/{}", self.compared, self.total))
        } else {
            None
        }
    }

    /// The rewrites open, in document order (their numbers are positions here, from 1).
    pub fn open(&self) -> &[DocId] {
        &self.open
    }

    /// The open rewrites, best first; those still being compared last, in document order.
    pub fn ranked(&self) -> &[DocId] {
        &self.ranked
    }

    /// The number of `rewrite` (from 1), when it is open.
    pub fn number(&self, rewrite: DocId) -> Option<usize> {
        self.open.iter().position(|&r| r == rewrite).map(|i| i + 1)
    }

    /// Its row of the rank table, once its pair is compared.
    pub fn row(&self, rewrite: DocId) -> Option<&Row> {
        self.ranking
            .rows
            .iter()
            .find(|r| r.doc == rewrite && r.aligned)
    }

    /// Its rank among the open rewrites compared (from 1).
    pub fn rank(&self, rewrite: DocId) -> Option<usize> {
        self.row(rewrite)?;
        self.ranked
            .iter()
            .position(|&r| r == rewrite)
            .map(|i| i + 1)
    }

    /// The table of every rewrite, those set aside included (as `visavis rank` prints it).
    pub fn ranking(&self) -> &Ranking {
        &self.ranking
    }

    pub fn carriers(&self) -> &Carriers {
        &self.carriers
    }

    pub fn matrix(&self) -> &QuoteMatrix {
        &self.matrix
    }

    /// How many rewrites from a folder were set aside as having taken nothing.
    pub fn set_aside(&self) -> usize {
        self.set_aside
    }

    /// "rewrite 3/12" for the right pane's title (nothing with a single rewrite).
    pub fn label(&self, rewrite: DocId) -> Option<String> {
        if !self.several() {
            return None;
        }
        let n = self.number(rewrite)?;
        Some(format!("rewrite {n}/{}", self.open.len()))
    }

    /// `‹ rewrite 3/12 ›` at the right of the right pane's title: which rewrite of how many,
    /// and where a click goes to the previous or the next (nothing with a single rewrite).
    pub fn switcher(&self, rewrite: DocId) -> Option<String> {
        self.label(rewrite).map(|label| format!("‹ {label} ›"))
    }

    /// Works the table, the carriers and the matrix out again from the analyses done, and
    /// which rewrites are open. `shown` is the rewrite on the right: it stays open when no
    /// other is, so that the pane always shows one.
    pub fn refresh(&mut self, documents: &Documents, shown: DocId) {
        let ready: Vec<&Arc<Analysis>> = documents.ready().collect();
        let fate = |id: DocId| documents.fate(id);
        // PERF: before any pair is compared (the first frame of a set) the table is every
        // rewrite pending; finding the source's quotations for it and the matrix waits for the
        // first pair (a third of the first frame's own work on a folder of 50).
        self.ranking = if ready.is_empty() {
            Ranking::nothing_compared(documents.all())
        } else {
            Ranking::new(documents.all(), &ready)
        };
        // Entries that are no rewrite are notes, not rows.
        self.ranking.rows.retain(|r| fate(r.doc) != Fate::Skipped);
        let rewrites = (1..documents.len()).map(DocId);
        self.skipped = rewrites
            .clone()
            .filter(|&id| fate(id) == Fate::Skipped)
            .count();
        self.read = rewrites
            .clone()
            .filter(|&id| fate(id) == Fate::Skipped || documents.is_whole(id))
            .count();
        self.compared = ready.len();
        self.total = rewrites.filter(|&id| fate(id) == Fate::Rewrite).count();
        let mut related = vec![false; documents.len()];
        for row in &self.ranking.rows {
            if let Some(slot) = related.get_mut(row.doc.index()) {
                *slot = row.related;
            }
        }
        let pending = |id: DocId| {
            fate(id) == Fate::Rewrite
                && matches!(documents.analysis(id), AnalysisStatus::Running(_))
        };
        let always = |id: DocId| self.always(id) && fate(id) != Fate::Skipped;
        let mut open: Vec<DocId> = (1..documents.len())
            .map(DocId)
            .filter(|&id| always(id) || pending(id) || related[id.index()])
            .collect();
        if open.is_empty()
            && shown != DocId::SOURCE
            && documents.get(shown).is_some()
            && fate(shown) != Fate::Skipped
        {
            open.push(shown);
        }
        self.set_aside = documents.len().saturating_sub(1 + self.skipped) - open.len();
        let is_open = |id: DocId| open.binary_search(&id).is_ok();
        let mut ranked: Vec<DocId> = self
            .ranking
            .rows
            .iter()
            .filter(|r| r.aligned && is_open(r.doc))
            .map(|r| r.doc)
            .collect();
        ranked.extend(open.iter().copied().filter(|&id| pending(id)));
        let open_ready: Vec<&Arc<Analysis>> = ready
            .iter()
            .copied()
            .filter(|a| is_open(a.docs.right))
            .collect();
        self.carriers = Carriers::new(&open_ready);
        // The source's quotations are found once, in the whole source.
        if let Some(source) = documents
            .get(DocId::SOURCE)
            .filter(|_| documents.is_whole(DocId::SOURCE) && !ready.is_empty())
        {
            let quotes = self
                .source_quotes
                .get_or_insert_with(|| quotes::extract(source, DocId::SOURCE));
            self.matrix = QuoteMatrix::with_quotes(quotes.clone(), &open_ready);
        }
        self.open = open;
        self.ranked = ranked;
    }

    /// Applies a key that switches rewrites; `shown` is the rewrite on the right.
    pub fn update(&mut self, action: &Action, shown: DocId) -> Effect {
        let count = self.open.len();
        let at = self.open.iter().position(|&r| r == shown);
        match *action {
            Action::NextRewrite | Action::PrevRewrite if count <= 1 => {
                Effect::say("one rewrite open")
            }
            Action::NextRewrite => {
                let next = at.map_or(0, |i| (i + 1) % count);
                let effect = Effect::then(Action::ShowRewrite(self.open[next]));
                if next == 0 {
                    effect.and_say("back to the first rewrite")
                } else {
                    effect
                }
            }
            Action::PrevRewrite => {
                let previous = at.map_or(count - 1, |i| (i + count - 1) % count);
                let effect = Effect::then(Action::ShowRewrite(self.open[previous]));
                if previous + 1 == count {
                    effect.and_say("on to the last rewrite")
                } else {
                    effect
                }
            }
            Action::RewriteNumber(digit) => {
                let digit = usize::from(digit);
                let n = self
                    .number
                    .map(|typed| typed * 10 + digit)
                    .filter(|&n| n <= count)
                    .unwrap_or(digit);
                self.number = Some(n);
                match n {
                    0 => Effect::say("rewrites are numbered from 1"),
                    n if n > count => Effect::say(format!("no rewrite {n}: 1 to {count} open")),
                    n => Effect::then(Action::ShowRewrite(self.open[n - 1])),
                }
            }
            _ => Effect::none(),
        }
    }

    /// Ends the number being typed (any action but a digit).
    pub fn end_number(&mut self) {
        self.number = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::analysis::analyse;
    use crate::app::documents::tests::doc;
    use crate::core::document::Document;
    use crate::core::side::Pair;

    const SOURCE: &str = "Trois usines vont fermer\n\n\
        Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le nord \
        du pays, qui emploient au total 1 200 salariés. « Nous n'avons pas le choix, le marché \
        s'est effondré », a déclaré Jean Dupont devant la presse.\n\n\
        Les syndicats appellent à une grève générale dès jeudi dans les trois sites concernés.\n";
    const COPY: &str = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines \
        dans le nord du pays, qui emploient au total 1 200 salariés. Les syndicats appellent à \
        une grève générale dès jeudi dans les trois sites concernés.\n";
    const BRIEF: &str = "En bref. Les syndicats appellent à une grève générale dès jeudi dans \
        les trois sites concernés. La météo sera clémente.\n";
    const FESTIVAL: &str = "Le festival de musique ouvre ses portes vendredi à Lyon.\n";

    fn documents(texts: &[&str]) -> Documents {
        let docs: Vec<Arc<Document>> = texts.iter().map(|t| doc(t)).collect();
        Documents::new(Arc::clone(&docs[0]), docs[1..].to_vec())
    }

    fn finish(documents: &mut Documents, rewrite: usize) {
        let pair = Pair::new(DocId::SOURCE, DocId(rewrite));
        let texts = Pair::new(
            &**documents.get(DocId::SOURCE).expect("source"),
            &**documents.get(DocId(rewrite)).expect("rewrite"),
        );
        let analysis = analyse(pair, texts, &mut |_| true).expect("not cancelled");
        documents.finished(Arc::new(analysis));
    }

    #[test]
    fn a_folder_rewrite_that_took_nothing_is_set_aside_once_compared() {
        let mut docs = documents(&[SOURCE, FESTIVAL, COPY, BRIEF]);
        // The festival came from a folder; the others were named.
        let mut rewrites = Rewrites::new(vec![true, false, true, true]);
        rewrites.refresh(&docs, DocId(1));
        assert_eq!(
            rewrites.open(),
            [DocId(1), DocId(2), DocId(3)],
            "pending: open"
        );
        assert_eq!(rewrites.label(DocId(2)).as_deref(), Some("rewrite 2/3"));
        for id in 1..=3 {
            finish(&mut docs, id);
        }
        rewrites.refresh(&docs, DocId(2));
        assert_eq!(rewrites.open(), [DocId(2), DocId(3)]);
        assert_eq!(rewrites.set_aside(), 1);
        assert_eq!(rewrites.ranked(), [DocId(2), DocId(3)], "the copy first");
        assert_eq!(rewrites.rank(DocId(3)), Some(2));
        assert_eq!(rewrites.label(DocId(2)).as_deref(), Some("rewrite 1/2"));
        // The carriers and the matrix are those of the open rewrites.
        let carried: Vec<usize> = rewrites
            .carriers()
            .stretches()
            .iter()
            .map(|s| s.carriers.len())
            .collect();
        assert!(
            carried.contains(&2),
            "the last sentence is in both: {carried:?}"
        );
        assert_eq!(rewrites.matrix().rewrites, [DocId(2), DocId(3)]);
        assert_eq!(rewrites.matrix().quotes.len(), 1);
    }

    #[test]
    fn the_rewrite_shown_stays_open_when_none_took_anything() {
        let mut docs = documents(&[SOURCE, FESTIVAL]);
        let mut rewrites = Rewrites::new(vec![true, false]);
        finish(&mut docs, 1);
        rewrites.refresh(&docs, DocId(1));
        assert_eq!(rewrites.open(), [DocId(1)]);
        assert!(!rewrites.several());
        assert_eq!(rewrites.label(DocId(1)), None, "one rewrite: no number");
    }

    fn shows(effect: &Effect) -> Option<DocId> {
        match effect.then {
            Some(Action::ShowRewrite(id)) => Some(id),
            _ => None,
        }
    }

    #[test]
    fn next_and_previous_wrap_around_and_numbers_build_up() {
        let mut rewrites = Rewrites::new(vec![true; 13]);
        let next = rewrites.update(&Action::NextRewrite, DocId(12));
        assert_eq!(shows(&next), Some(DocId(1)));
        assert_eq!(next.message.as_deref(), Some("back to the first rewrite"));
        assert_eq!(
            shows(&rewrites.update(&Action::NextRewrite, DocId(4))),
            Some(DocId(5))
        );
        let previous = rewrites.update(&Action::PrevRewrite, DocId(1));
        assert_eq!(shows(&previous), Some(DocId(12)));
        assert_eq!(
            shows(&rewrites.update(&Action::PrevRewrite, DocId(5))),
            Some(DocId(4))
        );

        // 1 then 2: rewrite 12; then 3: 123 is too many, so rewrite 3.
        let typed: Vec<Option<DocId>> = [1, 2, 3]
            .into_iter()
            .map(|d| shows(&rewrites.update(&Action::RewriteNumber(d), DocId(1))))
            .collect();
        assert_eq!(typed, [Some(DocId(1)), Some(DocId(12)), Some(DocId(3))]);
        rewrites.end_number();
        let zero = rewrites.update(&Action::RewriteNumber(0), DocId(1));
        assert_eq!(
            (shows(&zero), zero.message.as_deref()),
            (None, Some("rewrites are numbered from 1"))
        );
        // 0 then 1: 01 is rewrite 1.
        assert_eq!(
            shows(&rewrites.update(&Action::RewriteNumber(1), DocId(1))),
            Some(DocId(1))
        );

        let mut one = Rewrites::new(vec![true, true]);
        let effect = one.update(&Action::NextRewrite, DocId(1));
        assert_eq!(
            (shows(&effect), effect.message.as_deref()),
            (None, Some("one rewrite open"))
        );
        let effect = one.update(&Action::RewriteNumber(7), DocId(1));
        assert_eq!(effect.message.as_deref(), Some("no rewrite 7: 1 to 1 open"));
    }
}
