//! The reader's state and `update(Action)`, the only place it changes: a dispatcher that hands
//! each action to the area that owns it (`Panes`, `Search`, `QuotePanel`, each with its own
//! `update`), applies the `Effect` it hands back, and keeps what the areas share: the documents
//! and their analyses, focus, layout, overlay and the status message. No I/O, no terminal: tests
//! drive it with actions and render it into a `TestBackend`.

use std::ops::Range;
use std::sync::Arc;

use ratatui::layout::{Position, Rect};

use super::action::{Action, Effect, SetNews};
use super::analysis::Analysis;
use super::documents::{AnalysisStatus, Documents, Fate};
use super::help::Help;
use super::keymap::Context;
use super::layout::{Areas, Arrangement, Panel, Panels};
use super::matrix::MatrixView;
use super::overview::{FIRST_SCREEN_FROM, Overview};
use super::panes::{Pane, Panes};
use super::passages_panel::PassagePanel;
use super::quotes_panel::{Detail, QuotePanel};
use super::rewrites::Rewrites;
use super::search::{JumpStart, Search};
use crate::core::document::Document;
use crate::core::side::{DocId, Side};

/// Which area has the keyboard. Focus is kept here and only here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Pane(Side),
    /// The quotations panel. `reading` is the pane that had focus before: the one paging keys
    /// still scroll and the one focus returns to when the panel closes.
    Quotes {
        reading: Side,
    },
    /// The list of shared passages, `reading` as for the quotations panel.
    Passages {
        reading: Side,
    },
}

impl Focus {
    /// The pane the reading keys act on: the focused pane, or the one focused before the panel.
    pub fn side(self) -> Side {
        match self {
            Focus::Pane(side)
            | Focus::Quotes { reading: side }
            | Focus::Passages { reading: side } => side,
        }
    }

    pub fn is_quotes(self) -> bool {
        matches!(self, Focus::Quotes { .. })
    }

    /// The panel that has focus, if one has.
    pub fn panel(self) -> Option<Panel> {
        match self {
            Focus::Pane(_) => None,
            Focus::Quotes { .. } => Some(Panel::Quotes),
            Focus::Passages { .. } => Some(Panel::Passages),
        }
    }

    /// Focus on `panel`, reading on in `reading`.
    fn on(panel: Panel, reading: Side) -> Focus {
        match panel {
            Panel::Quotes => Focus::Quotes { reading },
            Panel::Passages => Focus::Passages { reading },
        }
    }

    /// The same focus, reading on in `side`.
    fn reading_in(self, side: Side) -> Focus {
        match self.panel() {
            Some(panel) => Focus::on(panel, side),
            None => Focus::Pane(side),
        }
    }
}

/// What is drawn over the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    /// The detail view of a quotation, worked out when it opened.
    Detail(Detail),
}

/// The area under a screen cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Area {
    Pane(Side),
    Panel(Panel),
    /// The source pane's gutter (how many rewrites carry each line).
    Gutter,
    /// The right title's `‹ rewrite 3/12 ›`.
    Switcher,
}

/// Everything the reader shows; rendering is a pure function of it.
#[derive(Debug)]
pub struct State {
    /// The open documents and the analysis of each (source, rewrite) pair.
    pub documents: Documents,
    /// The two panes, showing the source and one rewrite.
    pub panes: Panes,
    pub search: Search,
    pub quote_panel: QuotePanel,
    /// The rewrites open, and what is known of them all (table, carriers, matrix).
    pub rewrites: Rewrites,
    /// The overview of the rewrites (over the panes when shown).
    pub overview: Overview,
    /// The quotations panel's matrix of the source's quotations × the rewrites.
    pub matrix: MatrixView,
    pub passage_panel: PassagePanel,
    /// The panel opened last: the one kept when the screen has room for one only.
    pub last_panel: Panel,
    pub help: Help,
    pub focus: Focus,
    pub arrangement: Arrangement,
    pub areas: Areas,
    /// A one-line message for the status bar, cleared by the next key.
    pub message: Option<String>,
    pub overlay: Overlay,
    pub mouse_capture: bool,
    /// Attributes only, no colours (the `NO_COLOR` convention).
    pub no_color: bool,
    pub quit: bool,
    /// One line per folder entry that is no rewrite (`PATH: skipped: REASON`), in the order
    /// found: shown in the overview, printed after exit.
    pub notes: Vec<String>,
    /// The reader has acted (a key, a click): the overview no longer opens by itself when a
    /// folder proves to hold more than a few rewrites.
    pub touched: bool,
    /// The reader was told that no rewrite of the set took anything.
    told_nothing: bool,
    /// The terminal is to be given back to the shell, stopped (`Action::Suspend`), until
    /// `Action::Resumed`.
    pub suspend: bool,
}

impl State {
    /// A reader on two documents, before the first resize tells it the terminal size.
    pub fn new(left: Arc<Document>, right: Arc<Document>) -> State {
        State::open(left, right, Vec::new())
    }

    /// A reader on the source, the rewrite shown first, and further rewrites that
    /// `Action::ShowRewrite` brings into the right pane.
    pub fn open(source: Arc<Document>, shown: Arc<Document>, more: Vec<Arc<Document>>) -> State {
        let always = vec![true; more.len() + 2];
        State::open_set(source, shown, more, always)
    }

    /// The same, `always[id]` saying whether rewrite `id` stays open whatever it took (named
    /// on the command line); the others (from a folder) are set aside once their analysis shows
    /// they took nothing. With more than five rewrites the overview is the first screen.
    pub fn open_set(
        source: Arc<Document>,
        shown: Arc<Document>,
        more: Vec<Arc<Document>>,
        always: Vec<bool>,
    ) -> State {
        let mut rewrites = vec![Arc::clone(&shown)];
        rewrites.extend(more);
        let count = rewrites.len();
        // The documents are numbered in this order: the first rewrite is doc 1.
        let documents = Documents::new(Arc::clone(&source), rewrites);
        let mut always = always;
        always.resize(count + 1, true);
        let rewrites = Rewrites::new(always);
        let mut overview = Overview::default();
        if count >= FIRST_SCREEN_FROM {
            overview.open_first(&rewrites);
        }
        let matrix = MatrixView::new(rewrites.several());
        State {
            documents,
            panes: Panes::new((DocId::SOURCE, source), (DocId(1), shown)),
            search: Search::default(),
            quote_panel: QuotePanel::default(),
            rewrites,
            overview,
            matrix,
            passage_panel: PassagePanel::default(),
            last_panel: Panel::Quotes,
            help: Help::default(),
            focus: Focus::Pane(Side::Left),
            arrangement: Arrangement::Auto,
            areas: Areas::default(),
            message: None,
            overlay: Overlay::None,
            mouse_capture: true,
            no_color: false,
            quit: false,
            notes: Vec::new(),
            touched: false,
            told_nothing: false,
            suspend: false,
        }
    }

    /// A reader on a source and rewrites still to be listed (`Action::SetNews`), as a folder
    /// is walked in the background: `source` and `placeholder` are what the panes show before
    /// anything has come (`Document::pending`); the first rewrite listed takes the right pane.
    pub fn open_listing(source: Arc<Document>, placeholder: Arc<Document>) -> State {
        let mut state = State::open_set(source, placeholder, Vec::new(), vec![true]);
        state.documents = Documents::new(Arc::clone(&state.documents.all()[0]), Vec::new());
        state.rewrites = Rewrites::new(Vec::new());
        state.rewrites.listing = true;
        state.matrix = MatrixView::new(true);
        state
    }

    /// Which key table applies now.
    pub fn context(&self) -> Context {
        if self.overlay == Overlay::Help {
            Context::Help
        } else if self.overlay != Overlay::None {
            Context::Detail
        } else if self.search.editing {
            Context::Search
        } else if self.matrix.variants.is_some() {
            Context::Variants
        } else if self.overview.visible {
            Context::Overview
        } else if self.focus.is_quotes() && self.matrix_shown() {
            Context::Matrix
        } else {
            match self.focus.panel() {
                Some(Panel::Quotes) => Context::Quotes,
                Some(Panel::Passages) => Context::Passages,
                None => Context::Reader,
            }
        }
    }

    /// The quotations panel is on screen and shows the matrix (several rewrites).
    pub fn matrix_shown(&self) -> bool {
        self.quote_panel.visible && self.matrix.on && self.rewrites.several()
    }

    pub fn pane(&self, side: Side) -> &Pane {
        &self.panes[side]
    }

    /// The pane that has focus, or the one that had it before the quotations panel.
    pub fn focused_side(&self) -> Side {
        self.focus.side()
    }

    /// Height in rows of a pane's text area.
    pub fn text_height(&self, side: Side) -> usize {
        self.panes.height(side)
    }

    /// Progress of the analysis of the pair shown.
    pub fn analysis_status(&self) -> &AnalysisStatus {
        self.documents.analysis(self.panes.shown().right)
    }

    /// A document shown is not wrapped to its end yet (`Action::WrapMore` goes on with it).
    pub fn wrapping(&self) -> bool {
        self.panes.wrapping()
    }

    /// Both documents shown are read to their end (the comparison can start).
    pub fn shown_whole(&self) -> bool {
        let shown = self.panes.shown();
        self.documents.is_whole(shown.left) && self.documents.is_whole(shown.right)
    }

    /// The analysis of the pair shown, once it is done.
    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis_status().ready()
    }

    /// The row of `side` on its reading line.
    pub fn reading_row(&self, side: Side) -> f64 {
        self.panes.reading_row(side)
    }

    /// The passage to emphasise: the one jumped to, or the one at the focused reading line.
    pub fn active_passage(&self) -> Option<usize> {
        self.panes
            .active_passage(self.focused_side(), self.analysis())
    }

    /// Spans (opening to closing mark) of the quotation selected in the panel and of its
    /// counterparts, on `side`: highlighted while the panel has focus (not at launch, where it
    /// is only shown).
    pub fn selected_quote_spans(&self, side: Side) -> &[Range<usize>] {
        if self.matrix_shown() {
            return self.matrix.highlight(side);
        }
        match self.analysis() {
            Some(_) if self.focus.is_quotes() => self.quote_panel.highlight(side),
            _ => &[],
        }
    }

    /// Applies one action, then whatever the areas hand back, in order.
    pub fn update(&mut self, action: Action) {
        let background = matches!(
            action,
            Action::AnalysisProgress(..)
                | Action::AnalysisDone(_)
                | Action::PairsDone { .. }
                | Action::SetNews(_)
                | Action::Resize(..)
                | Action::Resumed
                | Action::DocumentArrived(..)
                | Action::DocumentRead { .. }
                | Action::WrapMore
        );
        if !background && !matches!(action, Action::Suspend) {
            self.message = None;
        }
        self.touched |= !background;
        if !matches!(
            action,
            Action::RewriteNumber(_)
                | Action::AnalysisProgress(..)
                | Action::AnalysisDone(_)
                | Action::PairsDone { .. }
                | Action::SetNews(_)
                | Action::Resize(..)
        ) {
            self.rewrites.end_number();
        }
        let awaiting = self.panes.awaiting();
        let mut next = Some(action);
        while let Some(action) = next {
            let effect = self.dispatch(action);
            if effect.message.is_some() {
                self.message = effect.message;
            }
            next = effect.then;
        }
        // The place waited for is reached: saying it is still awaited would hide the position.
        if awaiting
            && !self.panes.awaiting()
            && matches!(
                self.message.as_deref(),
                Some(super::panes::AWAITING_END | super::panes::AWAITING_ROW)
            )
        {
            self.message = None;
        }
    }

    /// The analysis of the pair shown (a handle, so that an area can be updated with it).
    fn current_analysis(&self) -> Option<Arc<Analysis>> {
        match self.analysis_status() {
            AnalysisStatus::Ready(a) => Some(Arc::clone(a)),
            AnalysisStatus::Running(_) => None,
        }
    }

    /// Hands `action` to the area that owns it; keeps for itself what no one area owns.
    fn dispatch(&mut self, action: Action) -> Effect {
        let analysis = self.current_analysis();
        let analysis = analysis.as_deref();
        let reading = self.focus.side();
        let shown = self.panes.shown().right;
        match action {
            // Moving in the help while it is open.
            Action::ScrollRows(_) | Action::ScrollPage(_) | Action::GoTop | Action::GoBottom
                if self.overlay == Overlay::Help =>
            {
                self.help.update(&action)
            }
            // The variants view, then the overview, are over everything else.
            Action::ScrollRows(_)
            | Action::ScrollPage(_)
            | Action::GoTop
            | Action::GoBottom
            | Action::CloseVariants
            | Action::MouseScroll { .. }
            | Action::MouseClick { .. }
                if self.matrix.variants.is_some() =>
            {
                self.matrix
                    .update(&action, &self.rewrites, &self.documents, shown)
            }
            Action::ScrollRows(_)
            | Action::ScrollPage(_)
            | Action::ScrollHalfPage(_)
            | Action::GoTop
            | Action::GoBottom
            | Action::MouseScroll { .. }
            | Action::MouseClick { .. }
                if self.overview.visible =>
            {
                self.overview.update(&action)
            }
            Action::OverviewOpen | Action::CloseOverview => self.overview.update(&action),
            Action::ToggleOverview => {
                if self.overview.visible && self.overview.filter.is_none() {
                    self.overview.visible = false;
                } else {
                    self.overview.open(&self.rewrites, shown);
                }
                Effect::none()
            }
            Action::ShowCarriers => self.show_carriers(),
            Action::NextRewrite | Action::PrevRewrite | Action::RewriteNumber(_) => {
                self.overview.visible = false;
                self.rewrites.update(&action, shown)
            }
            Action::ShowRewriteThen { rewrite, then } => {
                self.rewrites.chosen = true;
                let first = self.show_rewrite(rewrite);
                let second = self.dispatch(*then);
                Effect {
                    message: second.message.or(first.message),
                    then: second.then.or(first.then),
                }
            }
            Action::ToggleMatrix | Action::MatrixColumn(_) | Action::OpenVariants => {
                let effect = self
                    .matrix
                    .update(&action, &self.rewrites, &self.documents, shown);
                self.matrix.sync(&self.rewrites, &self.documents, shown);
                effect
            }
            Action::CloseVariants => Effect::none(),
            Action::PairsDone { analyses } => {
                let mut effect = Effect::none();
                for done in &analyses {
                    let filed = self.file_analysis(done);
                    effect.message = filed.message.or(effect.message);
                }
                let refreshed = self.refresh_rewrites();
                Effect {
                    message: refreshed.message.or(effect.message),
                    then: refreshed.then,
                }
            }
            // Moving in a list: the matrix's or a panel's selection when it has focus.
            Action::ScrollRows(_) | Action::GoTop | Action::GoBottom
                if self.focus.is_quotes() && self.matrix_shown() =>
            {
                self.matrix
                    .update(&action, &self.rewrites, &self.documents, shown)
            }
            Action::ScrollRows(_) | Action::GoTop | Action::GoBottom if self.focus.is_quotes() => {
                self.quote_panel.update(&action, analysis)
            }
            Action::ScrollRows(_) | Action::GoTop | Action::GoBottom
                if self.focus.panel() == Some(Panel::Passages) =>
            {
                self.passage_panel.update(&action, analysis)
            }
            Action::ScrollRows(_)
            | Action::ScrollHalfPage(_)
            | Action::ScrollPage(_)
            | Action::GoTop
            | Action::GoBottom
            | Action::ToggleSync
            | Action::NextPassage
            | Action::PrevPassage
            | Action::Realign
            | Action::ShowPassage(_)
            | Action::ShowQuote { .. } => self.panes.update(&action, reading, analysis),
            Action::ShowSearchHit { side, .. } => {
                // The search covers both panes: reading goes on in the pane of the hit.
                self.focus = self.focus.reading_in(side);
                self.panes.update(&action, reading, analysis)
            }
            Action::PassageJumped(_) => self.passage_panel.update(&action, analysis),
            Action::SearchOpen
            | Action::SearchInput(_)
            | Action::SearchPaste(_)
            | Action::SearchBackspace
            | Action::SearchSubmit
            | Action::SearchCancel
            | Action::SearchNext
            | Action::SearchPrev => {
                let from = JumpStart {
                    side: reading,
                    top_offset: self.panes.top_offset(reading),
                };
                self.search.update(&action, self.panes.docs(), from)
            }
            Action::ToggleFragments | Action::CycleSpeakerFilter => {
                self.quote_panel.update(&action, analysis)
            }
            Action::ToggleQuotes => {
                let _ = self.quote_panel.update(&action, analysis);
                self.toggled(Panel::Quotes, self.quote_panel.visible)
            }
            Action::TogglePassages => {
                let _ = self.passage_panel.update(&action, analysis);
                self.toggled(Panel::Passages, self.passage_panel.visible)
            }
            Action::GoToPassage => {
                self.focus = Focus::Pane(reading);
                self.passage_panel.update(&action, analysis)
            }
            Action::OpenDetail => {
                if let Some(detail) = self.quote_panel.detail(analysis) {
                    self.overlay = Overlay::Detail(detail);
                }
                Effect::none()
            }
            Action::FocusNext => {
                let quotes = self
                    .areas
                    .quotes
                    .is_some()
                    .then_some(Focus::Quotes { reading });
                let passages = self
                    .areas
                    .passages
                    .is_some()
                    .then_some(Focus::Passages { reading });
                self.focus = match self.focus {
                    Focus::Pane(Side::Left) => Focus::Pane(Side::Right),
                    Focus::Pane(Side::Right) => {
                        quotes.or(passages).unwrap_or(Focus::Pane(Side::Left))
                    }
                    Focus::Quotes { .. } => passages.unwrap_or(Focus::Pane(Side::Left)),
                    Focus::Passages { .. } => Focus::Pane(Side::Left),
                };
                Effect::none()
            }
            Action::FocusLeft => {
                self.focus = Focus::Pane(Side::Left);
                Effect::none()
            }
            Action::FocusRight => {
                self.focus = Focus::Pane(Side::Right);
                Effect::none()
            }
            Action::ToggleLayout => {
                self.arrangement = if self.areas.stacked {
                    Arrangement::SideBySide
                } else {
                    Arrangement::Stacked
                };
                self.relayout(self.areas.size);
                Effect::say(if self.areas.stacked {
                    "panes stacked"
                } else {
                    "panes side by side"
                })
            }
            Action::ToggleMouse => {
                self.mouse_capture = !self.mouse_capture;
                Effect::say(if self.mouse_capture {
                    "mouse on: wheel scrolls, click focuses"
                } else {
                    "mouse off: select text with the terminal; m turns it back on"
                })
            }
            Action::ToggleHelp => {
                self.overlay = if self.overlay == Overlay::Help {
                    Overlay::None
                } else {
                    self.help.open();
                    Overlay::Help
                };
                Effect::none()
            }
            Action::CloseOverlay => {
                self.overlay = Overlay::None;
                Effect::none()
            }
            Action::Back => self.back(analysis),
            Action::WriteReport(None) => Effect::none(),
            Action::WriteReport(Some(Ok(path))) => Effect::say(format!("report written to {path}")),
            Action::WriteReport(Some(Err(reason))) => Effect::say(reason),
            Action::Quit => {
                self.quit = true;
                Effect::none()
            }
            Action::Suspend => {
                self.suspend = true;
                Effect::none()
            }
            Action::Resumed => {
                self.suspend = false;
                Effect::none()
            }
            Action::Resize(w, h) => {
                self.relayout(Rect::new(0, 0, w, h));
                Effect::none()
            }
            Action::MouseScroll { column, row, .. } => match self.area_at(column, row) {
                // The wheel scrolls what is under the pointer, without moving focus.
                Some(Area::Pane(side)) => self.panes.update(&action, side, analysis),
                Some(Area::Gutter) => self.panes.update(&action, Side::Left, analysis),
                Some(Area::Switcher) => Effect::then(match action {
                    Action::MouseScroll { delta, .. } if delta < 0 => Action::PrevRewrite,
                    _ => Action::NextRewrite,
                }),
                Some(Area::Panel(Panel::Quotes)) if self.matrix_shown() => {
                    self.matrix
                        .update(&action, &self.rewrites, &self.documents, shown)
                }
                Some(Area::Panel(Panel::Quotes)) => self.quote_panel.update(&action, analysis),
                Some(Area::Panel(Panel::Passages)) => self.passage_panel.update(&action, analysis),
                None => Effect::none(),
            },
            Action::MouseClick { column, row } => match self.area_at(column, row) {
                Some(Area::Pane(side)) => {
                    self.focus = Focus::Pane(side);
                    Effect::none()
                }
                Some(Area::Gutter) => {
                    self.focus = Focus::Pane(Side::Left);
                    self.carriers_at_screen_row(row)
                }
                Some(Area::Switcher) => Effect::then(self.switcher_action(column)),
                Some(Area::Panel(panel)) => {
                    self.focus = Focus::on(panel, reading);
                    match panel {
                        Panel::Quotes if self.matrix_shown() => {
                            self.matrix
                                .update(&action, &self.rewrites, &self.documents, shown)
                        }
                        Panel::Quotes => self.quote_panel.update(&action, analysis),
                        Panel::Passages => self.passage_panel.update(&action, analysis),
                    }
                }
                None => Effect::none(),
            },
            Action::DocumentArrived(id, doc) => {
                self.documents.arrived(id, Arc::clone(&doc));
                let shown = self.panes.shown();
                if shown.left != id && shown.right != id {
                    return Effect::none();
                }
                self.panes.arrived(id, &doc, analysis);
                if self.search.input.is_empty() {
                    return Effect::none();
                }
                // Hits are offsets into the texts shown: found again in the new version.
                self.search.refresh(self.panes.docs())
            }
            Action::DocumentRead { id, bytes, total } => {
                self.documents.read(id, bytes, total);
                Effect::none()
            }
            Action::WrapMore => {
                self.panes.wrap_step(analysis);
                Effect::none()
            }
            Action::AnalysisProgress(rewrite, progress) => {
                self.documents.progress(rewrite, progress);
                Effect::none()
            }
            Action::AnalysisDone(ref done) => {
                let effect = self.file_analysis(done);
                let refreshed = self.refresh_rewrites();
                Effect {
                    message: refreshed.message.or(effect.message),
                    then: refreshed.then.or(effect.then),
                }
            }
            Action::ShowRewrite(rewrite) => {
                self.rewrites.chosen = true;
                self.show_rewrite(rewrite)
            }
            Action::SetNews(news) => self.set_news(news),
        }
    }

    /// What the background learnt of the set, in order; then the set's views once, the layout
    /// again if the gutter changed, and the overview as the first screen once more than a few
    /// rewrites are open (unless the reader has started reading).
    fn set_news(&mut self, news: Vec<SetNews>) -> Effect {
        let gutter = (self.rewrites.several(), self.documents.len() - 1);
        let notes = self.notes.len();
        let mut effect = Effect::none();
        for item in news {
            match item {
                SetNews::Listed { id, doc, always } => {
                    if self.documents.push(Arc::clone(&doc)) != id {
                        // Listing is in order; anything else is a bug upstream, not a reason
                        // to show one rewrite under another's number.
                        continue;
                    }
                    self.rewrites.add(always);
                    if self.panes.shown().right == id {
                        self.panes.arrived(id, &doc, None);
                    }
                }
                SetNews::Walked => self.rewrites.listing = false,
                SetNews::Screened { id, kept } => {
                    if !kept {
                        self.documents.set_fate(id, Fate::NotCandidate);
                    }
                }
                SetNews::Skipped(id, note) => {
                    if let Some(id) = id {
                        self.documents.set_fate(id, Fate::Skipped);
                    }
                    self.notes.push(note);
                }
                SetNews::Arrived(id, doc) => {
                    let arrived = self.dispatch(Action::DocumentArrived(id, doc));
                    effect.message = arrived.message.or(effect.message);
                }
                SetNews::Read { id, bytes, total } => self.documents.read(id, bytes, total),
                SetNews::Compared(done) => {
                    let filed = self.file_analysis(&done);
                    effect.message = filed.message.or(effect.message);
                }
            }
        }
        let refreshed = self.refresh_rewrites();
        let gutter_now = (self.rewrites.several(), self.documents.len() - 1);
        if gutter_now.0 != gutter.0
            || gutter_width(gutter_now.1) != gutter_width(gutter.1)
            || self.notes.len() != notes
        {
            self.relayout(self.areas.size);
        }
        if !self.touched
            && !self.overview.visible
            && self.rewrites.open().len() >= FIRST_SCREEN_FROM
        {
            self.overview.open_first(&self.rewrites);
        }
        // Everything is in and nothing took anything: the rewrite shown is only kept so that
        // the pane shows one; say so once.
        let shown = self.panes.shown().right;
        let nothing = self.rewrites.progress().is_none()
            && self.rewrites.open() == [shown]
            && self.documents.fate(shown) == Fate::NotCandidate
            && !self.told_nothing;
        if nothing {
            self.told_nothing = true;
            effect.message =
                Some("nothing shares a passage with the source (--all opens every file)".into());
        }
        Effect {
            message: refreshed.message.or(effect.message),
            then: refreshed.then.or(effect.then),
        }
    }

    /// Files a finished analysis under its pair; when it is the pair shown, the panel lists its
    /// quotations and the scroll map anchors on its passages.
    fn file_analysis(&mut self, done: &Arc<Analysis>) -> Effect {
        self.documents.finished(Arc::clone(done));
        if done.docs != self.panes.shown() {
            return Effect::none();
        }
        let arrived = Action::AnalysisDone(Arc::clone(done));
        let effect = self.quote_panel.update(&arrived, Some(done));
        let _ = self.passage_panel.update(&arrived, Some(done));
        self.panes.rebuild_map(Some(done));
        effect
    }

    /// The analyses changed: the set views again (table, carriers, matrix), the overview's
    /// and the matrix's lists. Until a rewrite is chosen, the right pane shows the best so far;
    /// after, another one only if the one shown was set aside.
    fn refresh_rewrites(&mut self) -> Effect {
        let shown = self.panes.shown().right;
        self.rewrites.refresh(&self.documents, shown);
        let best = self.rewrites.ranked().first().copied();
        let set_aside = self.rewrites.number(shown).is_none();
        // A file named first is what the reader asked to see first; a folder's first file
        // is only the first name.
        let follow_best = !self.rewrites.chosen && !self.rewrites.always(shown);
        let mut effect = Effect::none();
        match best {
            Some(best) if best != shown && (set_aside || follow_best) => {
                if self.rewrites.chosen {
                    let title = self
                        .documents
                        .get(shown)
                        .map_or_else(String::new, |d| d.title.clone());
                    effect =
                        Effect::say(format!("{title} took nothing from the source: set aside"));
                }
                let shown = self.show_rewrite(best);
                effect.message = effect.message.or(shown.message);
            }
            _ => {}
        }
        let shown = self.panes.shown().right;
        self.overview.sync(&self.rewrites, shown);
        self.matrix.sync(&self.rewrites, &self.documents, shown);
        effect
    }

    /// `r`: the rewrites carrying the passage of the source at the reading line, in the
    /// overview.
    fn show_carriers(&mut self) -> Effect {
        // At the very end the reading line is past the last row.
        let last = self.pane(Side::Left).wrapped.len().saturating_sub(1);
        let row = (self.reading_row(Side::Left) as usize).min(last);
        self.carriers_at_row(row)
    }

    /// A click in the gutter: the carriers of the source's row on that screen line.
    fn carriers_at_screen_row(&mut self, screen_row: u16) -> Effect {
        let text = self.areas.texts.left;
        let row = self.pane(Side::Left).top + usize::from(screen_row.saturating_sub(text.y));
        self.carriers_at_row(row)
    }

    /// The carriers of the first stretch of the source on wrapped row `row`, listed in the
    /// overview.
    fn carriers_at_row(&mut self, row: usize) -> Effect {
        let pane = self.pane(Side::Left);
        let Some(range) = pane.wrapped.rows.get(row).map(|r| r.range()) else {
            return Effect::say("nothing here");
        };
        let stretch = self
            .rewrites
            .carriers()
            .within(range.start..range.end.max(range.start + 1))
            .first()
            .cloned();
        let Some(stretch) = stretch else {
            return Effect::say(if self.rewrites.compared < self.rewrites.total {
                "no rewrite carries this line (comparison still running)"
            } else {
                "no rewrite carries this line"
            });
        };
        let count = stretch.carriers.len();
        let shown = self.panes.shown().right;
        self.overview.open_carriers(stretch, &self.rewrites, shown);
        let of = self.rewrites.open().len();
        Effect::say(format!(
            "{count} of {of} rewrite{} carry this passage",
            if of == 1 { "" } else { "s" }
        ))
    }

    /// What a click on the right title's `‹ rewrite 3/12 ›` does: `‹` the previous, `›` the
    /// next, elsewhere the overview.
    fn switcher_action(&self, column: u16) -> Action {
        let title = self.areas.titles.right;
        let width = self.switcher_width();
        let start = title.right().saturating_sub(width);
        if column <= start {
            Action::PrevRewrite
        } else if column + 1 >= title.right() {
            Action::NextRewrite
        } else {
            Action::ToggleOverview
        }
    }

    /// Columns of the right title's switcher (0 without one).
    fn switcher_width(&self) -> u16 {
        self.rewrites
            .switcher(self.panes.shown().right)
            .map_or(0, |s| {
                unicode_width::UnicodeWidthStr::width(s.as_str()) as u16
            })
    }

    /// A panel was opened or closed: the layout follows, and focus goes to the panel opened
    /// (if the screen has room for it) or leaves the panel closed.
    fn toggled(&mut self, panel: Panel, visible: bool) -> Effect {
        let reading = self.focus.side();
        if visible {
            self.last_panel = panel;
        }
        self.relayout(self.areas.size);
        let shown = match panel {
            Panel::Quotes => self.areas.quotes.is_some(),
            Panel::Passages => self.areas.passages.is_some(),
        };
        let name = match panel {
            Panel::Quotes => "quotations panel",
            Panel::Passages => "list of shared passages",
        };
        if visible && shown {
            self.focus = Focus::on(panel, reading);
            Effect::none()
        } else if visible {
            Effect::say(format!("no room for the {name}: enlarge the terminal"))
        } else {
            Effect::none()
        }
    }

    /// `Esc`: backs out of the innermost thing open — the panel that has focus, else the
    /// search, else the panels shown — and never quits.
    fn back(&mut self, analysis: Option<&Analysis>) -> Effect {
        let reading = self.focus.side();
        let hide = |state: &mut State, panel: Panel| {
            let toggle = match panel {
                Panel::Quotes => Action::ToggleQuotes,
                Panel::Passages => Action::TogglePassages,
            };
            let _ = match panel {
                Panel::Quotes => state.quote_panel.update(&toggle, analysis),
                Panel::Passages => state.passage_panel.update(&toggle, analysis),
            };
        };
        if let Some(panel) = self.focus.panel() {
            hide(self, panel);
            self.focus = Focus::Pane(reading);
            self.relayout(self.areas.size);
            return Effect::say(match panel {
                Panel::Quotes => "quotations panel hidden · c shows it",
                Panel::Passages => "list of shared passages hidden · P shows it",
            });
        }
        let shown = [
            (Panel::Quotes, self.quote_panel.shown()),
            (Panel::Passages, self.passage_panel.shown()),
        ];
        if self.search.input.is_empty() && shown.iter().any(|&(_, on)| on) {
            for (panel, on) in shown {
                if on {
                    hide(self, panel);
                }
            }
            self.relayout(self.areas.size);
            return Effect::say("panels hidden · c and P show them · q quits");
        }
        if !self.search.input.is_empty() {
            let from = JumpStart {
                side: reading,
                top_offset: self.panes.top_offset(reading),
            };
            let _ = self
                .search
                .update(&Action::SearchCancel, self.panes.docs(), from);
            return Effect::say("search cleared");
        }
        Effect::say("nothing to close · q quits")
    }

    /// Puts `rewrite` in the right pane: its text is wrapped, and its pair's analysis (when
    /// done) anchors the scroll map and fills the panel; the search looks in it too.
    fn show_rewrite(&mut self, rewrite: DocId) -> Effect {
        if rewrite == DocId::SOURCE || rewrite == self.panes.shown().right {
            return Effect::none();
        }
        let Some(doc) = self.documents.get(rewrite).cloned() else {
            return Effect::say(format!("no document {rewrite}"));
        };
        self.panes.show(Side::Right, rewrite, doc);
        self.relayout(self.areas.size);
        // The source stays where it was read; the new rewrite faces it.
        self.panes.face(Side::Left);
        let analysis = self.current_analysis();
        let effect = self
            .quote_panel
            .update(&Action::ShowRewrite(rewrite), analysis.as_deref());
        self.matrix.sync(&self.rewrites, &self.documents, rewrite);
        let _ = self
            .passage_panel
            .update(&Action::ShowRewrite(rewrite), analysis.as_deref());
        let found = self.search.refresh(self.panes.docs());
        Effect {
            message: found.message.or(effect.message),
            then: effect.then,
        }
    }

    /// The area under a screen cell.
    fn area_at(&self, column: u16, row: u16) -> Option<Area> {
        let at = Position::new(column, row);
        if self.areas.quotes.is_some_and(|q| q.contains(at)) {
            return Some(Area::Panel(Panel::Quotes));
        }
        if self.areas.passages.is_some_and(|p| p.contains(at)) {
            return Some(Area::Panel(Panel::Passages));
        }
        if self.areas.gutter.is_some_and(|g| g.contains(at)) {
            return Some(Area::Gutter);
        }
        let title = self.areas.titles.right;
        let width = self.switcher_width();
        if width > 0 && title.contains(at) && column >= title.right().saturating_sub(width) {
            return Some(Area::Switcher);
        }
        Side::BOTH.into_iter().find_map(|side| {
            (self.areas.texts[side].contains(at) || self.areas.titles[side].contains(at))
                .then_some(Area::Pane(side))
        })
    }

    /// Lays the screen out for `size`: the panel's place, then the panes (re-wrapped only when
    /// their width changed).
    fn relayout(&mut self, size: Rect) {
        let panels = Panels {
            quotes: self.quote_panel.visible,
            passages: self.passage_panel.visible,
            last: self.last_panel,
        };
        self.areas = Areas::compute(size, self.arrangement, panels);
        if self.rewrites.several() {
            self.areas
                .carve_gutter(gutter_width(self.documents.len() - 1));
        }
        let analysis = self.current_analysis();
        self.quote_panel
            .set_area(self.areas.quotes, analysis.as_deref());
        self.passage_panel.set_area(self.areas.passages);
        self.overview.set_area(&self.areas, !self.notes.is_empty());
        self.matrix.set_area(self.areas.quotes, self.areas.size);
        // A panel that left the screen cannot keep focus.
        let panel_shown = match self.focus.panel() {
            Some(Panel::Quotes) => self.areas.quotes.is_some(),
            Some(Panel::Passages) => self.areas.passages.is_some(),
            None => true,
        };
        if !panel_shown {
            self.focus = Focus::Pane(self.focus.side());
        }
        self.help.set_screen(size);
        self.panes.relayout(&self.areas, analysis.as_deref());
    }
}

/// Columns of the source pane's gutter for `rewrites` rewrites: the largest count, and a space.
fn gutter_width(rewrites: usize) -> u16 {
    rewrites.to_string().len() as u16 + 1
}

#[cfg(test)]
pub(crate) mod tests {
    //! Tests of the dispatcher (focus, layout, mouse routing, switching rewrites), and the
    //! states the areas' tests start from.

    use super::*;
    use crate::app::analysis::analyse;
    use crate::app::documents::tests::{doc, numbered};
    use crate::app::keymap::Context;
    use crate::app::panes::WHEEL_ROWS;
    use crate::core::bundled;
    use crate::core::side::Pair;

    pub fn bundled(width: u16, height: u16) -> State {
        let (l, r) = bundled::bundled_pair();
        let mut state = State::new(Arc::new(l), Arc::new(r));
        state.update(Action::Resize(width, height));
        state
    }

    /// Focuses `panel` (shown at launch, or opened) with a click on its header, as a reader
    /// would: the pane read stays the one reading keys scroll.
    /// Tab until the quotations panel (shown at launch) has focus, as a user would.
    pub fn tab_to_quotes(s: &mut State) {
        for _ in 0..4 {
            if s.focus.is_quotes() {
                return;
            }
            s.update(Action::FocusNext);
        }
        panic!("Tab never reaches the quotations panel: {:?}", s.areas);
    }

    pub fn focus_panel(s: &mut State, panel: Panel) {
        let area = match panel {
            Panel::Quotes => s.areas.quotes,
            Panel::Passages => s.areas.passages,
        };
        let area = area.unwrap_or_else(|| panic!("{panel:?} not shown: {:?}", s.areas));
        s.update(Action::MouseClick {
            column: area.x + 1,
            row: area.y,
        });
        assert_eq!(s.focus.panel(), Some(panel));
    }

    /// The bundled pair with the real analysis, the quotations panel (shown at launch) focused.
    pub fn bundled_with_quotes(width: u16, height: u16) -> State {
        let mut s = bundled(width, height);
        let (l, r) = (
            s.pane(Side::Left).doc.clone(),
            s.pane(Side::Right).doc.clone(),
        );
        let analysis = analyse(
            Pair::new(DocId::SOURCE, DocId(1)),
            Pair::new(&*l, &*r),
            &mut |_| true,
        )
        .unwrap();
        s.update(Action::AnalysisDone(Arc::new(analysis)));
        focus_panel(&mut s, Panel::Quotes);
        s
    }

    #[test]
    fn the_status_line_stops_saying_it_waits_once_the_end_is_reached() {
        let text: String = (0..400).map(|i| format!("ligne {i}.\n")).collect();
        let mut builder = crate::core::document::DocumentBuilder::new("t.txt");
        builder.push(&text.as_bytes()[..1500]).unwrap();
        let prefix = builder.snapshot().unwrap();
        builder.push(&text.as_bytes()[1500..]).unwrap();
        let whole = Arc::new(builder.finish().unwrap());
        let (_, r) = bundled::bundled_pair();
        let mut s = State::new(Arc::new(prefix), Arc::new(r));
        s.update(Action::Resize(120, 30));
        s.update(Action::GoBottom);
        assert_eq!(
            s.message.as_deref(),
            Some(super::super::panes::AWAITING_END)
        );
        s.message = Some("a report was written".into());
        // Another message is not taken back.
        s.update(Action::DocumentRead {
            id: DocId::SOURCE,
            bytes: 2000,
            total: Some(3000),
        });
        assert_eq!(s.message.as_deref(), Some("a report was written"));
        s.message = Some(super::super::panes::AWAITING_END.into());
        s.update(Action::DocumentArrived(DocId::SOURCE, whole));
        while s.wrapping() {
            s.update(Action::WrapMore);
        }
        assert_eq!(s.message, None);
        let pane = s.pane(Side::Left);
        assert_eq!(pane.top + s.panes.height(Side::Left), pane.wrapped.len());
    }

    #[test]
    fn tiny_terminals_do_not_panic_and_recover() {
        let mut s = bundled(1, 1);
        assert!(s.areas.too_small);
        for action in [
            Action::ScrollRows(3),
            Action::GoBottom,
            Action::FocusNext,
            Action::ScrollPage(1),
        ] {
            s.update(action);
        }
        s.update(Action::Resize(80, 24));
        assert!(!s.areas.too_small);
        assert!(!s.pane(Side::Left).wrapped.is_empty());
    }

    #[test]
    fn focus_cycles_through_left_right_and_quotations() {
        let mut s = bundled(120, 40);
        assert!(s.areas.quotes.is_some(), "the panel is on the first screen");
        assert_eq!(s.focus, Focus::Pane(Side::Left), "reading first");
        s.update(Action::ToggleQuotes);
        assert!(s.areas.quotes.is_none(), "c hides it");
        s.update(Action::FocusNext);
        assert_eq!(s.focus, Focus::Pane(Side::Right));
        s.update(Action::FocusNext);
        assert_eq!(
            s.focus,
            Focus::Pane(Side::Left),
            "no quotations panel shown"
        );
        s.update(Action::ToggleQuotes);
        assert_eq!(
            s.focus,
            Focus::Quotes {
                reading: Side::Left
            }
        );
        s.update(Action::FocusNext);
        assert_eq!(s.focus, Focus::Pane(Side::Left));
        s.update(Action::FocusNext);
        s.update(Action::FocusNext);
        assert_eq!(
            s.focus,
            Focus::Quotes {
                reading: Side::Right
            }
        );
        // The list of shared passages comes after the quotations.
        s.update(Action::TogglePassages);
        assert_eq!(
            s.focus,
            Focus::Passages {
                reading: Side::Right
            }
        );
        s.update(Action::FocusNext);
        assert_eq!(s.focus, Focus::Pane(Side::Left));
        for expected in [
            Focus::Pane(Side::Right),
            Focus::Quotes {
                reading: Side::Right,
            },
            Focus::Passages {
                reading: Side::Right,
            },
        ] {
            s.update(Action::FocusNext);
            assert_eq!(s.focus, expected);
        }
    }

    #[test]
    fn a_panel_with_no_room_is_never_focused() {
        let mut s = bundled(40, 8);
        assert!(s.quote_panel.visible && s.areas.quotes.is_none());
        s.update(Action::ToggleQuotes);
        s.update(Action::ToggleQuotes);
        assert_eq!(s.focus, Focus::Pane(Side::Left), "not on a panel not shown");
        assert!(
            s.message.as_deref().unwrap().contains("no room"),
            "{:?}",
            s.message
        );
        for _ in 0..3 {
            s.update(Action::FocusNext);
            assert!(s.focus.panel().is_none());
        }
        s.update(Action::TogglePassages);
        assert!(s.focus.panel().is_none());
        // It comes back when the terminal grows; focus leaves a panel that loses its room.
        s.update(Action::Resize(120, 40));
        assert!(s.areas.quotes.is_some());
        let reading = s.focus.side();
        focus_panel(&mut s, Panel::Quotes);
        s.update(Action::Resize(40, 8));
        assert_eq!(s.focus, Focus::Pane(reading), "back to the pane it read");
    }

    #[test]
    fn esc_backs_out_of_the_panel_then_the_search_and_never_quits() {
        let mut s = bundled_with_quotes(120, 40);
        s.update(Action::SearchOpen);
        s.update(Action::SearchPaste("kim".into()));
        s.update(Action::SearchSubmit);
        focus_panel(&mut s, Panel::Quotes);
        s.update(Action::Back);
        assert!(
            !s.quote_panel.visible && s.areas.quotes.is_none(),
            "the panel first"
        );
        assert!(matches!(s.focus, Focus::Pane(_)));
        assert!(!s.search.hits.left.is_empty(), "the search stays");
        s.update(Action::Back);
        assert!(s.search.input.is_empty() && s.search.hits.left.is_empty());
        assert_eq!(s.message.as_deref(), Some("search cleared"));
        s.update(Action::Back);
        assert_eq!(s.message.as_deref(), Some("nothing to close · q quits"));
        assert!(!s.quit);
        // Help and detail views close with Esc too.
        s.update(Action::ToggleHelp);
        assert_eq!(s.context(), Context::Help);
        s.update(Action::ScrollRows(3));
        assert_eq!(s.help.scroll, 3, "the help scrolls, not the panes");
        assert_eq!(s.pane(Side::Left).top, 0);
        s.update(Action::CloseOverlay);
        assert_eq!(s.context(), Context::Reader);
        s.update(Action::ToggleHelp);
        assert_eq!(s.help.scroll, 0, "opens from the top");
    }

    /// The screen line (row less the pane's top) of the first row of `passage` on `side`.
    fn passage_line(s: &State, passage: usize, side: Side) -> i64 {
        let analysis = s.analysis().expect("analysed");
        let pane = s.pane(side);
        pane.wrapped.row_of(analysis.span(passage, side).start) as i64 - pane.top as i64
    }

    #[test]
    fn the_passages_list_brings_each_passage_face_to_face_and_enter_reads_on_from_it() {
        let mut s = bundled_with_quotes(120, 40);
        s.update(Action::FocusLeft);
        s.update(Action::TogglePassages);
        assert_eq!(
            s.focus,
            Focus::Passages {
                reading: Side::Left
            }
        );
        assert_eq!(s.context(), Context::Passages);
        assert!(
            s.areas.passages.is_some() && s.areas.quotes.is_some(),
            "both fit at 120×40"
        );
        let listed = s.passage_panel.listed.clone();
        assert!(listed.len() >= 3, "{listed:?}");
        for &expected in listed.iter().take(6).skip(1) {
            s.update(Action::ScrollRows(1));
            let passage = s.passage_panel.selected_passage().unwrap();
            assert_eq!(passage, expected);
            assert_eq!(s.panes.jumped_passage, Some(passage), "the panes show it");
            // Its first row and its counterpart's on one screen line: the reading line.
            let (left, right) = (
                passage_line(&s, passage, Side::Left),
                passage_line(&s, passage, Side::Right),
            );
            assert_eq!(left, right, "passage {passage}");
            let reading = s.reading_row(Side::Left) as i64 - s.pane(Side::Left).top as i64;
            assert_eq!(left, reading);
            assert!(
                s.message.as_deref().unwrap().starts_with("passage "),
                "{:?}",
                s.message
            );
        }
        // The list keeps its focus while moving; the panes did not scroll on their own.
        assert_eq!(s.focus.panel(), Some(Panel::Passages));
        s.update(Action::GoTop);
        assert_eq!(s.passage_panel.selected, 0);
        s.update(Action::ScrollRows(2));
        let chosen = s.passage_panel.selected_passage();
        s.update(Action::GoToPassage);
        assert_eq!(
            s.focus,
            Focus::Pane(Side::Left),
            "Enter reads on in the article"
        );
        assert_eq!(s.panes.jumped_passage, chosen);
        assert_eq!(s.active_passage(), chosen);
        // `]` in the article: the list's selection follows.
        s.update(Action::NextPassage);
        assert_eq!(s.passage_panel.selected_passage(), s.panes.jumped_passage);
        assert_ne!(s.passage_panel.selected_passage(), chosen);
        // Esc in the list hides it; the quotations panel stays.
        focus_panel(&mut s, Panel::Passages);
        s.update(Action::Back);
        assert!(s.areas.passages.is_none() && s.areas.quotes.is_some());
        assert_eq!(s.focus, Focus::Pane(Side::Left));
    }

    #[test]
    fn mouse_wheel_scrolls_the_pane_under_the_pointer_and_click_focuses() {
        let mut s = State::new(numbered(300, "a"), numbered(300, "b"));
        s.update(Action::Resize(120, 30));
        s.update(Action::ToggleSync);
        let right_x = s.areas.texts.right.x + 2;
        s.update(Action::MouseScroll {
            column: right_x,
            row: 5,
            delta: 1,
        });
        assert_eq!(s.pane(Side::Right).top, WHEEL_ROWS as usize);
        assert_eq!(s.pane(Side::Left).top, 0);
        assert_eq!(
            s.focus,
            Focus::Pane(Side::Left),
            "the wheel does not move focus"
        );
        s.update(Action::MouseClick {
            column: right_x,
            row: 5,
        });
        assert_eq!(s.focus, Focus::Pane(Side::Right));
        s.update(Action::MouseClick {
            column: 0,
            row: s.areas.status.y,
        });
        assert_eq!(
            s.focus,
            Focus::Pane(Side::Right),
            "clicks on the status line do nothing"
        );
    }

    #[test]
    fn layout_toggle_switches_between_stacked_and_side_by_side() {
        let mut s = bundled(80, 24);
        assert!(s.areas.stacked);
        s.update(Action::ToggleLayout);
        assert!(!s.areas.stacked);
        assert_eq!(s.pane(Side::Left).wrapped.width, s.areas.texts.left.width);
        s.update(Action::ToggleLayout);
        assert!(s.areas.stacked);
    }

    #[test]
    fn switching_the_right_pane_to_another_rewrite_shows_it_with_its_own_analysis() {
        let source = doc(
            "Le ministre a parlé hier soir.\n\n« Nous voulons la paix et le dialogue », a déclaré Jean Dupont devant la presse.\n\nLa suite parle d'autre chose.\n",
        );
        let weather = doc("Un texte sans rapport, sur la météo de demain.\n");
        let rewrite = doc(
            "Selon Jean Dupont, « nous voulons la paix et le dialogue », a-t-il dit.\n\nAutre paragraphe.\n",
        );
        let mut s = State::open(Arc::clone(&source), weather, vec![Arc::clone(&rewrite)]);
        s.update(Action::Resize(120, 40));
        s.update(Action::SearchOpen);
        for c in "paix".chars() {
            s.update(Action::SearchInput(c));
        }
        s.update(Action::SearchSubmit);
        assert_eq!(
            s.search.hits.right.len(),
            0,
            "the weather does not speak of peace"
        );
        // The analysis of the other pair arrives: filed, but nothing shown changes.
        let other = Pair::new(DocId::SOURCE, DocId(2));
        let done = analyse(other, Pair::new(&*source, &*rewrite), &mut |_| true).unwrap();
        s.update(Action::AnalysisDone(Arc::new(done)));
        assert!(s.analysis().is_none() && s.quote_panel.listed.is_empty());

        s.update(Action::ShowRewrite(DocId(2)));
        let right = s.pane(Side::Right);
        assert_eq!(right.id, DocId(2));
        assert!(Arc::ptr_eq(&right.doc, &rewrite));
        assert_eq!(
            right.wrapped.width, s.areas.texts.right.width,
            "wrapped for its pane"
        );
        assert!(!right.wrapped.is_empty());
        assert_eq!(s.analysis().map(|a| a.docs), Some(other));
        assert_eq!(
            s.search.hits.right.len(),
            1,
            "the search looks in the new rewrite"
        );
        let analysis = s.analysis().unwrap();
        let docs: Vec<DocId> = s
            .quote_panel
            .listed
            .iter()
            .map(|&id| analysis.quote(id).unwrap().doc)
            .collect();
        assert!(
            docs.contains(&DocId::SOURCE) && docs.contains(&DocId(2)),
            "{docs:?}"
        );
        assert!(docs.iter().all(|&d| analysis.side_of(d).is_some()));

        s.update(Action::ShowRewrite(DocId(1)));
        assert_eq!(s.pane(Side::Right).id, DocId(1));
        assert!(
            s.analysis().is_none() && s.quote_panel.listed.is_empty(),
            "not analysed yet"
        );
        s.update(Action::ShowRewrite(DocId(9)));
        assert_eq!(s.message.as_deref(), Some("no document 9"));
        assert_eq!(s.pane(Side::Right).id, DocId(1));
    }

    /// One source, many rewrites: switching, the overview, the carriers, the matrix, through
    /// the dispatcher.
    mod rewrites {
        use super::*;
        use crate::app::overview::HEADER_ROWS;

        const SOURCE: &str = "Trois usines vont fermer\n\n\
            Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le \
            nord du pays, qui emploient au total 1 200 salariés. « Nous n'avons pas le choix, le \
            marché s'est effondré », a déclaré Jean Dupont devant la presse.\n\n\
            Les syndicats appellent à une grève générale dès jeudi dans les trois sites \
            concernés.\n";
        const COPY: &str = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois \
            usines dans le nord du pays, qui emploient au total 1 200 salariés. Les syndicats \
            appellent à une grève générale dès jeudi dans les trois sites concernés.\n";
        const BRIEF: &str = "En bref. Les syndicats appellent à une grève générale dès jeudi \
            dans les trois sites concernés. La météo sera clémente.\n";
        const FESTIVAL: &str = "Le festival de musique ouvre ses portes vendredi à Lyon.\n";

        /// A reader on the source and `rewrites` (`always[n]` for rewrite n + 1), laid out.
        fn reader(rewrites: &[&str], always: Vec<bool>, width: u16, height: u16) -> State {
            let docs: Vec<Arc<Document>> = rewrites.iter().map(|t| doc(t)).collect();
            let mut always = always;
            always.insert(0, true);
            let mut s = State::open_set(
                doc(SOURCE),
                Arc::clone(&docs[0]),
                docs[1..].to_vec(),
                always,
            );
            s.update(Action::Resize(width, height));
            s
        }

        /// Every pair analysed and handed over in one action.
        fn analyse_all(s: &mut State) {
            let source = Arc::clone(&s.documents.all()[0]);
            let analyses: Vec<Arc<Analysis>> = (1..s.documents.len())
                .map(|n| {
                    let rewrite = Arc::clone(&s.documents.all()[n]);
                    let pair = Pair::new(DocId::SOURCE, DocId(n));
                    let done = analyse(pair, Pair::new(&*source, &*rewrite), &mut |_| true);
                    Arc::new(done.expect("not cancelled"))
                })
                .collect();
            s.update(Action::PairsDone { analyses });
        }

        /// A reader on a folder being listed: the panes show what the command line named
        /// until the first rewrite is listed.
        fn listing(width: u16, height: u16) -> State {
            let pending = |name: &str| Arc::new(Document::pending(name));
            let mut s = State::open_listing(pending("source.txt"), pending("corpus"));
            s.update(Action::Resize(width, height));
            s
        }

        fn listed(id: usize, always: bool) -> SetNews {
            SetNews::Listed {
                id: DocId(id),
                doc: Arc::new(Document::pending(&format!("corpus/{id}.txt"))),
                always,
            }
        }

        fn compared(s: &State, id: usize) -> SetNews {
            let source = Arc::clone(&s.documents.all()[0]);
            let rewrite = Arc::clone(&s.documents.all()[id]);
            let pair = Pair::new(DocId::SOURCE, DocId(id));
            let done = analyse(pair, Pair::new(&*source, &*rewrite), &mut |_| true);
            SetNews::Compared(Arc::new(done.expect("not cancelled")))
        }

        #[test]
        fn a_folder_fills_in_as_it_is_listed_read_screened_and_compared() {
            let mut s = listing(120, 30);
            assert_eq!(s.rewrites.progress().as_deref(), Some("reading 0/0+"));
            s.update(Action::SetNews(vec![
                SetNews::Arrived(DocId::SOURCE, doc(SOURCE)),
                listed(1, false),
                listed(2, false),
                listed(3, false),
                listed(4, false),
            ]));
            assert_eq!(
                s.pane(Side::Right).doc.path,
                "corpus/1.txt",
                "the first listed"
            );
            assert_eq!(s.rewrites.progress().as_deref(), Some("reading 0/4+"));
            assert!(
                s.areas.gutter.is_some(),
                "several rewrites: the source's gutter"
            );
            s.update(Action::SetNews(vec![
                SetNews::Walked,
                SetNews::Arrived(DocId(1), doc(FESTIVAL)),
                SetNews::Screened {
                    id: DocId(1),
                    kept: false,
                },
                SetNews::Skipped(
                    Some(DocId(2)),
                    "corpus/2.txt: skipped: looks like a binary file".into(),
                ),
                SetNews::Skipped(
                    None,
                    "corpus/loop: skipped: a folder loop through a link".into(),
                ),
                SetNews::Arrived(DocId(3), doc(BRIEF)),
                SetNews::Arrived(DocId(4), doc(COPY)),
            ]));
            assert_eq!(s.rewrites.progress().as_deref(), Some("comparing 0/2"));
            assert_eq!(s.notes.len(), 2);
            // The festival took nothing, the binary file is no rewrite: the brief and the copy
            // are open, the pane moved on from the festival.
            assert_eq!(s.rewrites.open(), [DocId(3), DocId(4)]);
            assert_ne!(s.panes.shown().right, DocId(1));
            let news = vec![compared(&s, 3), compared(&s, 4)];
            s.update(Action::SetNews(news));
            assert_eq!(s.rewrites.progress(), None, "all compared");
            assert_eq!(s.panes.shown().right, DocId(4), "the copy, best");
            assert_eq!(s.rewrites.set_aside(), 1);
            assert!(
                s.rewrites.ranking().rows.iter().all(|r| r.doc != DocId(2)),
                "a note, not a row"
            );
            assert_eq!(s.rewrites.label(DocId(4)).as_deref(), Some("rewrite 2/2"));
        }

        #[test]
        fn a_folder_where_nothing_took_anything_says_so_once_all_is_in() {
            let mut s = listing(120, 30);
            s.update(Action::SetNews(vec![
                SetNews::Arrived(DocId::SOURCE, doc(SOURCE)),
                listed(1, false),
                SetNews::Arrived(DocId(1), doc(FESTIVAL)),
                SetNews::Screened {
                    id: DocId(1),
                    kept: false,
                },
            ]));
            assert_eq!(s.message, None, "the folder is still being walked");
            s.update(Action::SetNews(vec![SetNews::Walked]));
            assert_eq!(
                s.message.as_deref(),
                Some("nothing shares a passage with the source (--all opens every file)")
            );
            assert_eq!(s.rewrites.open(), [DocId(1)], "the pane keeps one to show");
        }

        #[test]
        fn the_overview_opens_once_six_are_listed_unless_the_reader_has_started() {
            let mut s = listing(120, 30);
            s.update(Action::SetNews((1..=5).map(|n| listed(n, true)).collect()));
            assert!(!s.overview.visible, "five: the pair");
            s.update(Action::SetNews(vec![listed(6, true)]));
            assert!(s.overview.visible, "six: the overview first");
            let mut s = listing(120, 30);
            s.update(Action::SetNews(vec![listed(1, true)]));
            s.update(Action::ScrollRows(1));
            s.update(Action::SetNews((2..=8).map(|n| listed(n, true)).collect()));
            assert!(
                !s.overview.visible,
                "the reader is reading: no screen thrown at them"
            );
        }

        #[test]
        fn keys_switch_the_rewrite_and_the_source_stays_where_it_was() {
            let mut s = reader(&[COPY, BRIEF, FESTIVAL], vec![true; 3], 120, 12);
            assert!(!s.overview.visible, "three rewrites: the pair first");
            analyse_all(&mut s);
            s.update(Action::ScrollRows(3));
            let left_top = s.pane(Side::Left).top;
            let AnalysisStatus::Ready(first) = s.analysis_status().clone() else {
                panic!("analysed");
            };
            s.update(Action::NextRewrite);
            assert_eq!(s.panes.shown().right, DocId(2));
            assert_eq!(s.pane(Side::Left).top, left_top, "the source stays");
            assert_eq!(
                s.rewrites.switcher(DocId(2)).as_deref(),
                Some("‹ rewrite 2/3 ›")
            );
            for digit in [3, 1] {
                s.update(Action::RewriteNumber(digit));
            }
            assert_eq!(
                s.panes.shown().right,
                DocId(1),
                "3 then 1: 31 is too many, so 1"
            );
            // Back on the first pair: the same analysis, not a new one.
            match s.analysis_status() {
                AnalysisStatus::Ready(a) => assert!(Arc::ptr_eq(a, &first)),
                AnalysisStatus::Running(_) => panic!("analysed once, kept"),
            }
            s.update(Action::PrevRewrite);
            assert_eq!(s.panes.shown().right, DocId(3));
            assert_eq!(s.message.as_deref(), Some("on to the last rewrite"));
        }

        #[test]
        fn the_overview_is_the_first_screen_past_five_and_enter_opens_the_best() {
            let texts = [FESTIVAL, BRIEF, FESTIVAL, COPY, FESTIVAL, FESTIVAL];
            let mut s = reader(&texts, vec![true; 6], 120, 30);
            assert!(s.overview.visible);
            assert_eq!(s.context(), Context::Overview);
            analyse_all(&mut s);
            assert_eq!(s.overview.rows[..2], [DocId(4), DocId(2)], "best first");
            assert_eq!(
                s.overview.selected, 0,
                "the best selected on the first screen"
            );
            s.update(Action::OverviewOpen);
            assert!(!s.overview.visible);
            assert_eq!(s.panes.shown().right, DocId(4));
            // o opens it on the rewrite shown; a click selects, a second opens.
            s.update(Action::ToggleOverview);
            assert_eq!(s.overview.selected_rewrite(), Some(DocId(4)));
            let row = s.areas.size.y + HEADER_ROWS + 1;
            s.update(Action::MouseClick { column: 10, row });
            assert_eq!(s.overview.selected_rewrite(), Some(DocId(2)));
            assert!(s.overview.visible);
            s.update(Action::MouseClick { column: 10, row });
            assert!(!s.overview.visible);
            assert_eq!(s.panes.shown().right, DocId(2));
            s.update(Action::ToggleOverview);
            s.update(Action::CloseOverview);
            assert_eq!(s.context(), Context::Reader);
        }

        #[test]
        fn a_folder_rewrite_that_took_nothing_gives_way_to_the_best() {
            // The festival first, from a folder: the best is shown once known.
            let mut s = reader(&[FESTIVAL, BRIEF, COPY], vec![false, false, false], 120, 30);
            analyse_all(&mut s);
            assert_eq!(s.rewrites.open(), [DocId(2), DocId(3)]);
            assert_eq!(s.panes.shown().right, DocId(3), "the copy, best");
            assert_eq!(s.message, None, "nothing was chosen: no word");
            assert_eq!(
                s.rewrites.switcher(DocId(3)).as_deref(),
                Some("‹ rewrite 2/2 ›")
            );
        }

        #[test]
        fn w_lists_the_rewrites_carrying_the_reading_line_and_opens_one_at_its_passage() {
            let mut s = reader(&[COPY, BRIEF, FESTIVAL], vec![true; 3], 120, 9);
            s.update(Action::ShowCarriers);
            assert_eq!(
                s.message.as_deref(),
                Some("no rewrite carries this line (comparison still running)")
            );
            analyse_all(&mut s);
            // At the bottom the reading line is on the last paragraph: in the copy and the brief.
            s.update(Action::GoBottom);
            let text = &s.pane(Side::Left).doc.text;
            let at = text.find("Les syndicats").expect("the paragraph");
            assert!(s.panes.reading_offset(Side::Left) >= at);
            s.update(Action::ShowCarriers);
            assert!(
                s.overview.visible && s.overview.filter.is_some(),
                "{:?} row {} of {}",
                s.message,
                s.reading_row(Side::Left),
                s.pane(Side::Left).wrapped.len()
            );
            assert_eq!(s.overview.rows, [DocId(1), DocId(2)]);
            assert_eq!(
                s.message.as_deref(),
                Some("2 of 3 rewrites carry this passage")
            );
            s.update(Action::ScrollRows(1));
            s.update(Action::OverviewOpen);
            assert_eq!(s.panes.shown().right, DocId(2));
            let passage = s
                .panes
                .jumped_passage
                .expect("the passage brought into view");
            let analysis = s.analysis().expect("analysed");
            let right = analysis.span(passage, Side::Right);
            assert!(s.pane(Side::Right).doc.text[right].contains("Les syndicats"));
        }

        #[test]
        fn the_mouse_switches_rewrites_on_the_title_and_lists_carriers_from_the_gutter() {
            let mut s = reader(&[COPY, BRIEF, FESTIVAL], vec![true; 3], 120, 30);
            analyse_all(&mut s);
            let title = s.areas.titles.right;
            let next = Action::MouseClick {
                column: title.right() - 1,
                row: title.y,
            };
            s.update(next.clone());
            assert_eq!(s.panes.shown().right, DocId(2));
            let width = s
                .rewrites
                .switcher(DocId(2))
                .map_or(0, |l| l.chars().count()) as u16;
            s.update(Action::MouseClick {
                column: title.right() - width,
                row: title.y,
            });
            assert_eq!(s.panes.shown().right, DocId(1));
            s.update(Action::MouseClick {
                column: title.right() - width / 2,
                row: title.y,
            });
            assert!(s.overview.visible, "the number opens the overview");
            s.update(Action::CloseOverview);
            let gutter = s.areas.gutter.expect("several rewrites: a gutter");
            assert_eq!(gutter.width, 2);
            assert_eq!(s.areas.texts.left.x, gutter.right());
            // The first text row: the headline, carried by none; the body's first line, by the copy.
            s.update(Action::MouseClick {
                column: gutter.x,
                row: gutter.y + 2,
            });
            assert!(
                s.overview.visible && s.overview.filter.is_some(),
                "{:?}",
                s.message
            );
            assert_eq!(s.overview.rows, [DocId(1)]);
        }

        #[test]
        fn the_matrix_follows_the_rewrite_shown() {
            let mut s = reader(&[COPY, BRIEF, FESTIVAL], vec![true; 3], 120, 40);
            analyse_all(&mut s);
            tab_to_quotes(&mut s);
            assert_eq!(s.context(), Context::Matrix);
            s.update(Action::NextRewrite);
            assert_eq!(s.matrix.column, 1, "the column of the rewrite shown");
            s.update(Action::MatrixColumn(1));
            assert_eq!(s.panes.shown().right, DocId(3));
            // The quotation is highlighted in the source; the festival does not carry it.
            assert_eq!(s.selected_quote_spans(Side::Left).len(), 1);
            assert!(s.selected_quote_spans(Side::Right).is_empty());
            s.update(Action::ToggleMatrix);
            assert_eq!(
                s.context(),
                Context::Quotes,
                "the pair's list, as with two files"
            );
        }
    }

    /// Through the dispatcher: what every area does on an empty document.
    #[test]
    fn empty_document_is_an_empty_pane() {
        let mut s = State::new(doc(""), numbered(50, "b"));
        s.update(Action::Resize(120, 30));
        for action in [
            Action::ScrollRows(1),
            Action::GoBottom,
            Action::SearchNext,
            Action::NextPassage,
        ] {
            s.update(action);
        }
        assert!(s.pane(Side::Left).wrapped.is_empty());
        s.update(Action::FocusRight);
        s.update(Action::ScrollRows(10));
        assert_eq!(s.pane(Side::Right).top, 10);
    }

    /// The search through the dispatcher: typing, jumping (the panes follow), cancelling.
    mod search {
        use super::*;

        #[test]
        fn search_highlights_as_you_type_and_jumps_with_wraparound() {
            let mut s = State::new(numbered(300, "Pékin"), numbered(10, "Moscou"));
            s.update(Action::Resize(120, 22));
            s.update(Action::SearchOpen);
            assert_eq!(s.context(), Context::Search);
            for c in "pekin 29".chars() {
                s.update(Action::SearchInput(c));
            }
            // "Pékin 29" and "Pékin 290".."Pékin 299".
            assert_eq!(s.search.hits.left.len(), 11);
            assert!(s.search.hits.right.is_empty());
            s.update(Action::SearchSubmit);
            assert_eq!(s.context(), Context::Reader);
            assert_eq!(s.search.current, Some((Side::Left, 0)));
            let top = s.pane(Side::Left).top;
            assert!(top > 0, "jumped down to the match");
            for _ in 0..10 {
                s.update(Action::SearchNext);
            }
            assert_eq!(s.search.current, Some((Side::Left, 10)));
            s.update(Action::SearchNext);
            assert_eq!(s.search.current, Some((Side::Left, 0)));
            assert!(s.message.as_deref().unwrap().contains("wrapped"));
            s.update(Action::SearchPrev);
            assert_eq!(s.search.current, Some((Side::Left, 10)));
        }

        /// The issue's `/pekin` on the bundled pair: every highlighted hit is counted, and `n`
        /// reaches the other pane, which then has focus and shows the hit.
        #[test]
        fn search_counts_and_cycles_over_both_panes() {
            let mut s = bundled(120, 40);
            s.update(Action::SearchOpen);
            s.update(Action::SearchPaste("pekin".into()));
            let (l, r) = (s.search.hits.left.len(), s.search.hits.right.len());
            assert!(l >= 1 && r >= 1, "{l} left, {r} right");
            s.update(Action::SearchSubmit);
            let mut sides = vec![s.search.current.unwrap().0];
            for _ in 1..l + r {
                s.update(Action::SearchNext);
                let (side, index) = s.search.current.unwrap();
                sides.push(side);
                assert_eq!(s.focus, Focus::Pane(side), "focus follows the hit");
                let pane = s.pane(side);
                let row = pane.wrapped.row_of(s.search.hits[side][index].start);
                assert!(pane.top <= row && row < pane.top + s.text_height(side));
                let total = l + r;
                assert!(
                    s.message
                        .as_deref()
                        .unwrap()
                        .contains(&format!("/{total} · {}", side.label())),
                    "{:?}",
                    s.message
                );
            }
            assert_eq!(sides.iter().filter(|&&x| x == Side::Left).count(), l);
            assert_eq!(sides.iter().filter(|&&x| x == Side::Right).count(), r);
        }

        #[test]
        fn search_escape_cancels_and_clears_highlights() {
            let mut s = bundled(120, 40);
            s.update(Action::SearchOpen);
            s.update(Action::SearchInput('k'));
            s.update(Action::SearchInput('i'));
            s.update(Action::SearchInput('m'));
            assert!(!s.search.hits.left.is_empty());
            s.update(Action::SearchCancel);
            assert!(s.search.hits.left.is_empty() && s.search.hits.right.is_empty());
            assert_eq!(s.context(), Context::Reader);
        }

        #[test]
        fn search_not_found_says_so() {
            let mut s = bundled(120, 40);
            s.update(Action::SearchOpen);
            s.update(Action::SearchPaste("zzzz".into()));
            s.update(Action::SearchSubmit);
            assert_eq!(s.message.as_deref(), Some("not found: zzzz"));
        }
    }

    /// The quotations panel through the dispatcher: its list, and the panes following the
    /// selection.
    mod quotes_panel {
        use super::*;

        fn selected_text(s: &State) -> String {
            let id = s.quote_panel.selected_id().unwrap();
            s.analysis().unwrap().quote(id).unwrap().text.clone()
        }

        #[test]
        fn quotations_panel_lists_statements_then_fragments_and_filters() {
            let mut s = bundled_with_quotes(120, 40);
            assert_eq!(
                s.focus,
                Focus::Quotes {
                    reading: Side::Left
                }
            );
            let analysis = s.analysis().unwrap();
            let fragments: Vec<bool> = s
                .quote_panel
                .listed
                .iter()
                .map(|&id| analysis.quote(id).unwrap().fragment)
                .collect();
            let first_fragment = fragments.iter().position(|&f| f).unwrap();
            assert!(
                fragments[first_fragment..].iter().all(|&f| f),
                "statements first: {fragments:?}"
            );
            let all = s.quote_panel.listed.len();
            s.update(Action::ToggleFragments);
            assert_eq!(s.quote_panel.listed.len(), first_fragment);
            s.update(Action::ToggleFragments);
            assert_eq!(s.quote_panel.listed.len(), all);
            s.update(Action::CycleSpeakerFilter);
            let speaker = s.quote_panel.speaker_filter.clone().unwrap();
            let analysis = s.analysis().unwrap();
            assert!(
                s.quote_panel
                    .listed
                    .iter()
                    .all(|&id| analysis.quote(id).unwrap().speaker.as_ref() == Some(&speaker))
            );
            assert!(s.message.as_deref().unwrap().contains(&speaker));
            while s.quote_panel.speaker_filter.is_some() {
                s.update(Action::CycleSpeakerFilter);
            }
            assert_eq!(s.quote_panel.listed.len(), all, "back to everyone");
        }

        #[test]
        fn selecting_a_quotation_scrolls_both_panes_to_it_and_its_counterpart() {
            let mut s = bundled_with_quotes(120, 30);
            // Select the wire story's "liens historiques", which the rewrite carries verbatim.
            let target = s.quote_panel.listed.iter().position(|&id| {
                let q = s.analysis().unwrap().quote(id).unwrap();
                q.doc == DocId::SOURCE
                    && q.text.contains("liens historiques")
                    && !q.matches.is_empty()
            });
            let target = target.unwrap();
            s.update(Action::GoTop);
            for _ in 0..target {
                s.update(Action::ScrollRows(1));
            }
            assert!(selected_text(&s).contains("liens historiques"));
            let in_view = |s: &State, side: Side| {
                let spans = s.selected_quote_spans(side);
                let pane = s.pane(side);
                let row = pane.wrapped.row_of(spans[0].start);
                pane.top <= row && row < pane.top + s.text_height(side)
            };
            assert!(in_view(&s, Side::Left) && in_view(&s, Side::Right));
            s.update(Action::OpenDetail);
            assert!(matches!(s.overlay, Overlay::Detail(_)));
            assert_eq!(s.context(), Context::Detail);
            s.update(Action::CloseOverlay);
            assert_eq!(s.context(), Context::Quotes);
        }

        #[test]
        fn clicking_a_panel_row_selects_it_and_the_wheel_moves_the_selection() {
            let mut s = bundled_with_quotes(120, 40);
            s.update(Action::FocusLeft);
            let panel = s.areas.quotes.unwrap();
            s.update(Action::MouseClick {
                column: panel.x + 5,
                row: panel.y + 3,
            });
            assert_eq!(
                s.focus,
                Focus::Quotes {
                    reading: Side::Left
                }
            );
            assert_eq!(s.quote_panel.selected, 2, "header row, then rows 0, 1, 2");
            s.update(Action::MouseScroll {
                column: panel.x + 5,
                row: panel.y + 3,
                delta: 1,
            });
            assert_eq!(s.quote_panel.selected, 3);
        }
    }
}
