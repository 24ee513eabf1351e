//! State of the quotations panel: which quotations are listed (full statements first, then
//! fragments; filtered by speaker), which one is selected, and how the list is scrolled.

use super::analysis::Analysis;
use crate::core::side::Side;

#[derive(Debug, Clone)]
pub struct QuotePanel {
    /// Index of the selection in `listed`.
    pub selected: usize,
    /// First listed row shown.
    pub scroll: usize,
    pub show_fragments: bool,
    pub speaker_filter: Option<String>,
    /// The pane that had focus before the panel (where `Tab` goes next, what paging scrolls).
    pub last_side: Side,
    /// Quotation ids in display order.
    pub listed: Vec<usize>,
    /// Known speakers, sorted, for the filter.
    pub speakers: Vec<String>,
}

impl Default for QuotePanel {
    fn default() -> Self {
        QuotePanel {
            selected: 0,
            scroll: 0,
            show_fragments: true,
            speaker_filter: None,
            last_side: Side::Left,
            listed: Vec::new(),
            speakers: Vec::new(),
        }
    }
}

impl QuotePanel {
    /// Recomputes the list from the analysis and the current filters (when either changes, not
    /// on every selection move).
    pub fn rebuild(&mut self, analysis: Option<&Analysis>) {
        self.listed.clear();
        let Some(analysis) = analysis else { return };
        let mut speakers: Vec<String> = analysis
            .quotes
            .iter()
            .filter_map(|q| q.speaker.clone())
            .collect();
        speakers.sort();
        speakers.dedup();
        self.speakers = speakers;
        let wanted = |q: &crate::core::quotes::Quote| {
            self.speaker_filter
                .as_ref()
                .is_none_or(|s| q.speaker.as_ref() == Some(s))
        };
        let statements = analysis.quotes.iter().filter(|q| !q.fragment && wanted(q));
        let fragments = analysis.quotes.iter().filter(|q| q.fragment && wanted(q));
        self.listed.extend(statements.map(|q| q.id));
        if self.show_fragments {
            self.listed.extend(fragments.map(|q| q.id));
        }
        self.selected = self.selected.min(self.listed.len().saturating_sub(1));
    }

    pub fn selected_id(&self) -> Option<usize> {
        self.listed.get(self.selected).copied()
    }

    /// Selects listed row `index` (clamped), keeps it in a list view of `height` rows, and says
    /// where the quotation and its first counterpart are: (side, offset, counterpart offset).
    pub fn select(
        &mut self,
        analysis: &Analysis,
        index: usize,
        height: usize,
    ) -> Option<(Side, usize, Option<usize>)> {
        if self.listed.is_empty() {
            return None;
        }
        self.selected = index.min(self.listed.len() - 1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
        let quote = analysis.quote(self.listed[self.selected])?;
        let side = analysis.side_of(quote.doc)?;
        let counterpart = quote
            .matches
            .first()
            .and_then(|m| analysis.quote(m.id))
            .map(|q| q.outer.start);
        Some((side, quote.outer.start, counterpart))
    }

    /// Moves the speaker filter to the next speaker (then back to everyone); says what it is.
    pub fn cycle_speaker(&mut self) -> String {
        let next = match &self.speaker_filter {
            None => self.speakers.first().cloned(),
            Some(current) => {
                let at = self.speakers.iter().position(|s| s == current);
                at.and_then(|i| self.speakers.get(i + 1)).cloned()
            }
        };
        self.speaker_filter = next;
        self.selected = 0;
        self.scroll = 0;
        match &self.speaker_filter {
            Some(s) => format!("quotations by {s}"),
            None => "quotations by everyone".into(),
        }
    }
}
