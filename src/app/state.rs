//! The reader's state and `update(Action)`, the only place it changes. No I/O, no terminal:
//! tests drive it with actions and render it into a `TestBackend`.

use std::ops::Range;
use std::sync::Arc;

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::analysis::Analysis;
use super::keymap::Context;
use super::layout::{Areas, Arrangement};
use crate::core::document::Document;
use crate::core::search::{self, Query};
use crate::core::side::{Pair, Side};
use crate::core::text::boundary::floor_char_boundary;
use crate::view::sync::{self, ScrollMap};
use crate::view::wrap::Wrapped;

/// Rows scrolled by one notch of the mouse wheel.
pub const WHEEL_ROWS: i32 = 3;

/// Which area has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Pane(Side),
    Quotes,
}

/// What is drawn over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    /// The detail view of the quotation with this id.
    Detail(usize),
}

/// One article pane: its document wrapped at the pane's width and where it is scrolled to.
#[derive(Debug)]
pub struct Pane {
    pub doc: Arc<Document>,
    pub wrapped: Wrapped,
    pub top: usize,
    /// Search hits in this document (byte ranges, in order).
    pub hits: Vec<Range<usize>>,
}

impl Pane {
    fn new(doc: Arc<Document>) -> Pane {
        Pane {
            doc,
            wrapped: Wrapped::default(),
            top: 0,
            hits: Vec::new(),
        }
    }

    /// Byte offset of the first text shown, to keep it in view across a re-wrap.
    fn top_offset(&self) -> Option<usize> {
        self.wrapped.rows.get(self.top).map(|r| r.start as usize)
    }
}

/// The search prompt and the current query.
#[derive(Debug, Default)]
pub struct SearchState {
    /// The prompt is open and receiving keys.
    pub editing: bool,
    /// What is typed in the prompt (kept after Enter for `n`/`N`).
    pub input: String,
    /// Index of the current hit in the focused pane's hits.
    pub current: Option<(Side, usize)>,
}

/// Progress of the background analysis.
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

/// Everything the reader shows; rendering is a pure function of it.
#[derive(Debug)]
pub struct State {
    pub panes: Pair<Pane>,
    pub focus: Focus,
    pub sync: bool,
    pub arrangement: Arrangement,
    pub areas: Areas,
    pub map: ScrollMap,
    pub search: SearchState,
    /// A one-line message for the status bar, cleared by the next key.
    pub message: Option<String>,
    pub overlay: Overlay,
    pub mouse_capture: bool,
    /// Attributes only, no colours (the `NO_COLOR` convention).
    pub no_color: bool,
    pub quit: bool,
    pub analysis: AnalysisStatus,
    pub quotes_visible: bool,
    pub quote_panel: super::quotes_panel::QuotePanel,
    /// The passage brought into view by `]`/`[` (emphasised until the next scroll).
    pub jumped_passage: Option<usize>,
}

impl State {
    /// A reader on two documents, before the first resize tells it the terminal size.
    pub fn new(left: Arc<Document>, right: Arc<Document>) -> State {
        State {
            panes: Pair::new(Pane::new(left), Pane::new(right)),
            focus: Focus::Pane(Side::Left),
            sync: true,
            arrangement: Arrangement::Auto,
            areas: Areas::default(),
            map: ScrollMap::proportional(0, 0),
            search: SearchState::default(),
            message: None,
            overlay: Overlay::None,
            mouse_capture: true,
            no_color: false,
            quit: false,
            analysis: AnalysisStatus::Running(0.0),
            quotes_visible: false,
            quote_panel: Default::default(),
            jumped_passage: None,
        }
    }

    /// Which key table applies now.
    pub fn context(&self) -> Context {
        if self.overlay != Overlay::None {
            Context::Overlay
        } else if self.search.editing {
            Context::Search
        } else if self.focus == Focus::Quotes {
            Context::Quotes
        } else {
            Context::Reader
        }
    }

    pub fn pane(&self, side: Side) -> &Pane {
        &self.panes[side]
    }

    /// The pane that has focus, or the left one when the quotations panel has it.
    pub fn focused_side(&self) -> Side {
        match self.focus {
            Focus::Pane(side) => side,
            Focus::Quotes => self.quote_panel.last_side,
        }
    }

    /// Height in rows of a pane's text area.
    pub fn text_height(&self, side: Side) -> usize {
        self.areas.texts[side].height as usize
    }

    /// The analysis, once it is done.
    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis.ready()
    }

    /// The row of `side` on its reading line.
    pub fn reading_row(&self, side: Side) -> f64 {
        let pane = self.pane(side);
        sync::reading_line(pane.top, pane.wrapped.len(), self.text_height(side))
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::AnalysisProgress(_) | Action::AnalysisDone(_) | Action::Resize(..)
        ) {
            self.message = None;
        }
        match action {
            Action::ScrollRows(n) => match self.focus {
                Focus::Quotes => self.move_quote_selection(n),
                Focus::Pane(side) => self.scroll_by(side, n as i64),
            },
            Action::ScrollHalfPage(dir) => {
                let side = self.focused_side();
                let half = (self.text_height(side) / 2).max(1) as i64;
                self.scroll_by(side, half * dir as i64);
            }
            Action::ScrollPage(dir) => {
                let side = self.focused_side();
                let page = self.text_height(side).saturating_sub(1).max(1) as i64;
                self.scroll_by(side, page * dir as i64);
            }
            Action::GoTop => match self.focus {
                Focus::Quotes => self.select_quote_index(0),
                Focus::Pane(side) => self.scroll_to(side, 0),
            },
            Action::GoBottom => match self.focus {
                Focus::Quotes => self.select_quote_index(usize::MAX),
                Focus::Pane(side) => self.scroll_to(side, usize::MAX),
            },
            Action::FocusNext => {
                self.focus = match self.focus {
                    Focus::Pane(Side::Left) => Focus::Pane(Side::Right),
                    Focus::Pane(Side::Right) if self.quotes_visible => Focus::Quotes,
                    _ => Focus::Pane(Side::Left),
                };
                if let Focus::Pane(side) = self.focus {
                    self.quote_panel.last_side = side;
                }
            }
            Action::FocusLeft => self.focus_pane(Side::Left),
            Action::FocusRight => self.focus_pane(Side::Right),
            Action::ToggleSync => {
                self.sync = !self.sync;
                if self.sync {
                    self.follow(self.focused_side());
                }
                self.message = Some(format!(
                    "synchronised scrolling {}",
                    if self.sync { "on" } else { "off" }
                ));
            }
            Action::ToggleLayout => {
                let stacked = self.areas.stacked;
                self.arrangement = if stacked {
                    Arrangement::SideBySide
                } else {
                    Arrangement::Stacked
                };
                self.relayout(self.areas.size);
                self.message = Some(
                    if self.areas.stacked {
                        "panes stacked"
                    } else {
                        "panes side by side"
                    }
                    .into(),
                );
            }
            Action::ToggleMouse => {
                self.mouse_capture = !self.mouse_capture;
                self.message = Some(if self.mouse_capture {
                    "mouse on: wheel scrolls, click focuses".into()
                } else {
                    "mouse off: select text with the terminal; m turns it back on".into()
                });
            }
            Action::ToggleHelp => {
                self.overlay = if self.overlay == Overlay::Help {
                    Overlay::None
                } else {
                    Overlay::Help
                }
            }
            Action::CloseOverlay => self.overlay = Overlay::None,
            Action::SearchOpen => {
                self.search.editing = true;
                self.search.input.clear();
                self.search.current = None;
                self.refresh_hits();
            }
            Action::SearchInput(c) => {
                self.search.input.push(c);
                self.refresh_hits();
            }
            Action::SearchPaste(text) => {
                // A pasted query is one line; newlines would never match as typed.
                self.search
                    .input
                    .extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
                self.refresh_hits();
            }
            Action::SearchBackspace => {
                if self.search.input.pop().is_none() {
                    self.search.editing = false;
                }
                self.refresh_hits();
            }
            Action::SearchSubmit => {
                self.search.editing = false;
                if self.search.input.is_empty() {
                    self.refresh_hits();
                } else {
                    self.jump_to_hit(Direction::Forward, true);
                }
            }
            Action::SearchCancel => {
                self.search = SearchState::default();
                self.refresh_hits();
            }
            Action::SearchNext => self.jump_to_hit(Direction::Forward, false),
            Action::SearchPrev => self.jump_to_hit(Direction::Backward, false),
            Action::NextPassage => self.jump_to_passage(Direction::Forward),
            Action::PrevPassage => self.jump_to_passage(Direction::Backward),
            Action::Realign => self.realign(),
            Action::ToggleQuotes => {
                self.quotes_visible = !self.quotes_visible;
                if !self.quotes_visible && self.focus == Focus::Quotes {
                    self.focus = Focus::Pane(self.quote_panel.last_side);
                } else if self.quotes_visible {
                    self.focus = Focus::Quotes;
                }
                self.relayout(self.areas.size);
            }
            Action::ToggleFragments => {
                self.quote_panel.show_fragments = !self.quote_panel.show_fragments;
                self.quote_panel.rebuild(self.analysis.ready());
                self.select_quote_index(self.quote_panel.selected);
            }
            Action::CycleSpeakerFilter => self.cycle_speaker_filter(),
            Action::OpenDetail => {
                if let Some(id) = self.selected_quote_id() {
                    self.overlay = Overlay::Detail(id);
                }
            }
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.relayout(Rect::new(0, 0, w, h)),
            Action::MouseScroll { column, row, delta } => match self.area_at(column, row) {
                Some(Focus::Pane(side)) => self.scroll_by(side, (delta * WHEEL_ROWS) as i64),
                Some(Focus::Quotes) => self.move_quote_selection(delta),
                None => {}
            },
            Action::MouseClick { column, row } => match self.area_at(column, row) {
                Some(Focus::Pane(side)) => self.focus_pane(side),
                Some(Focus::Quotes) => {
                    self.focus = Focus::Quotes;
                    if let Some(q) = self.areas.quotes {
                        self.click_quote_row(row.saturating_sub(q.y) as usize);
                    }
                }
                None => {}
            },
            Action::AnalysisProgress(p) => self.analysis = AnalysisStatus::Running(p),
            Action::AnalysisDone(analysis) => {
                self.quote_panel.rebuild(Some(&analysis));
                self.analysis = AnalysisStatus::Ready(analysis);
                self.rebuild_map();
            }
        }
    }

    fn focus_pane(&mut self, side: Side) {
        self.focus = Focus::Pane(side);
        self.quote_panel.last_side = side;
    }

    /// The area under a screen cell.
    fn area_at(&self, column: u16, row: u16) -> Option<Focus> {
        let at = Position::new(column, row);
        if self.areas.quotes.is_some_and(|q| q.contains(at)) {
            return Some(Focus::Quotes);
        }
        Side::BOTH.into_iter().find_map(|side| {
            (self.areas.texts[side].contains(at) || self.areas.titles[side].contains(at))
                .then_some(Focus::Pane(side))
        })
    }

    /// Lays the screen out for `size`, re-wrapping a pane only when its width changed and
    /// keeping its top row's text in view.
    fn relayout(&mut self, size: Rect) {
        self.areas = Areas::compute(size, self.arrangement, self.quotes_visible);
        if self.areas.too_small {
            return;
        }
        let widths = self.areas.texts.map(|t| t.width.max(1));
        let stale = |pane: &Pane, width: u16| {
            pane.wrapped.width != width || (pane.wrapped.is_empty() && !pane.doc.blocks.is_empty())
        };
        let Pair { left, right } = &mut self.panes;
        let rewrap = |pane: &mut Pane, width: u16| {
            let keep = pane.top_offset();
            pane.wrapped = Wrapped::new(&pane.doc, width);
            pane.top = keep.map_or(0, |offset| pane.wrapped.row_of(offset));
        };
        let big = left.doc.text.len() + right.doc.text.len() > 256 * 1024;
        let rewrapped = match (stale(left, widths.left), stale(right, widths.right)) {
            (true, true) if big => {
                // PERF: book-size documents wrap in parallel, one per core.
                std::thread::scope(|scope| {
                    scope.spawn(|| rewrap(left, widths.left));
                    rewrap(right, widths.right);
                });
                true
            }
            (true, true) => {
                rewrap(left, widths.left);
                rewrap(right, widths.right);
                true
            }
            (true, false) => {
                rewrap(left, widths.left);
                true
            }
            (false, true) => {
                rewrap(right, widths.right);
                true
            }
            (false, false) => false,
        };
        if rewrapped {
            self.rebuild_map();
        }
        for side in Side::BOTH {
            self.clamp_top(side);
        }
    }

    /// The scroll map for the current wrapping: anchored on the passages that keep their order
    /// once the comparison is done, proportional before.
    fn rebuild_map(&mut self) {
        let Pair { left, right } = &self.panes;
        let anchors: Vec<(usize, usize)> = match self.analysis() {
            Some(a) => a.anchors(&left.wrapped, &right.wrapped),
            None => Vec::new(),
        };
        self.map = ScrollMap::from_anchors(left.wrapped.len(), right.wrapped.len(), anchors);
    }

    fn clamp_top(&mut self, side: Side) {
        let height = self.text_height(side);
        let pane = &mut self.panes[side];
        pane.top = pane.top.min(sync::max_top(pane.wrapped.len(), height));
    }

    fn scroll_by(&mut self, side: Side, delta: i64) {
        let top = self.pane(side).top as i64 + delta;
        self.scroll_to(side, top.max(0) as usize);
    }

    /// Scrolls `side` to `top` (clamped) and lets the other pane follow when synchronised.
    pub fn scroll_to(&mut self, side: Side, top: usize) {
        self.jumped_passage = None;
        self.panes[side].top = top;
        self.clamp_top(side);
        if self.sync {
            self.follow(side);
        }
    }

    /// Moves the other pane so that its reading line faces `side`'s, through the scroll map.
    fn follow(&mut self, side: Side) {
        let reading = self.reading_row(side);
        let facing = self.map.map(side, reading);
        let other = side.other();
        let total = self.pane(other).wrapped.len();
        self.panes[other].top = sync::top_for_reading_line(facing, total, self.text_height(other));
    }

    /// Puts byte `offset` of `side` a third of the way down its pane, and, when `counterpart`
    /// is given, that offset of the other pane on the same screen line (even against the map).
    pub fn bring_into_view(&mut self, side: Side, offset: usize, counterpart: Option<usize>) {
        let place = |state: &mut State, side: Side, offset: usize| -> usize {
            let height = state.text_height(side);
            let pane = &mut state.panes[side];
            let row = pane.wrapped.row_of(offset);
            let lead = (height / 3).min(row);
            pane.top = (row - lead).min(sync::max_top(pane.wrapped.len(), height));
            row - pane.top
        };
        let screen_line = place(self, side, offset);
        match counterpart {
            Some(other_offset) => self.put_at_screen_line(side.other(), other_offset, screen_line),
            None if self.sync => self.follow(side),
            None => {}
        }
    }

    /// Scrolls `side` so that byte `offset` shows on `screen_line` of its pane. It may scroll
    /// past the end (blank rows below) so a counterpart really faces its passage; the next
    /// ordinary scroll goes back through the map and clamps.
    fn put_at_screen_line(&mut self, side: Side, offset: usize, screen_line: usize) {
        let pane = &mut self.panes[side];
        let row = pane.wrapped.row_of(offset);
        pane.top = row
            .saturating_sub(screen_line)
            .min(pane.wrapped.len().saturating_sub(1));
    }

    /// Recomputes the search hits of both panes from the prompt's text.
    fn refresh_hits(&mut self) {
        let query = Query::new(&self.search.input);
        for pane in [&mut self.panes.left, &mut self.panes.right] {
            pane.hits = search::find_all(&pane.doc, &query);
        }
        self.search.current = None;
        if self.search.editing && !query.is_empty() {
            let (l, r) = (self.panes.left.hits.len(), self.panes.right.hits.len());
            self.message = Some(format!("{l} matches left, {r} right"));
        }
    }

    /// Goes to the next/previous hit in the focused pane, wrapping around with a message.
    /// `from_view`: start from the top row rather than from the current hit.
    fn jump_to_hit(&mut self, direction: Direction, from_view: bool) {
        let side = self.focused_side();
        if self.search.input.is_empty() {
            self.message = Some("no search: press / to search".into());
            return;
        }
        let hits = &self.pane(side).hits;
        if hits.is_empty() {
            let elsewhere = self.pane(side.other()).hits.len();
            self.message = Some(if elsewhere > 0 {
                format!(
                    "not found in this article ({elsewhere} in the other): {}",
                    self.search.input
                )
            } else {
                format!("not found: {}", self.search.input)
            });
            return;
        }
        let count = hits.len();
        let current = match self.search.current {
            Some((s, i)) if s == side && !from_view => Some(i),
            _ => None,
        };
        let (index, wrapped) = match (current, direction) {
            (Some(i), Direction::Forward) => ((i + 1) % count, i + 1 == count),
            (Some(i), Direction::Backward) => ((i + count - 1) % count, i == 0),
            (None, dir) => {
                let pane = self.pane(side);
                let from = pane
                    .wrapped
                    .rows
                    .get(pane.top)
                    .map_or(0, |r| r.start as usize);
                let first_after = hits.partition_point(|h| h.start < from);
                match dir {
                    Direction::Forward if first_after < count => (first_after, false),
                    Direction::Forward => (0, true),
                    Direction::Backward if first_after > 0 => (first_after - 1, false),
                    Direction::Backward => (count - 1, true),
                }
            }
        };
        let offset = hits[index].start;
        self.search.current = Some((side, index));
        self.bring_into_view(side, offset, None);
        self.jumped_passage = None;
        self.message = Some(match (wrapped, direction) {
            (true, Direction::Forward) => {
                format!("match {}/{count} (search wrapped to the top)", index + 1)
            }
            (true, Direction::Backward) => {
                format!("match {}/{count} (search wrapped to the bottom)", index + 1)
            }
            _ => format!("match {}/{count}", index + 1),
        });
    }

    /// `]` / `[`: the next/previous shared passage in the focused pane, counterpart facing it.
    fn jump_to_passage(&mut self, direction: Direction) {
        let side = self.focused_side();
        let Some(analysis) = self.analysis() else {
            self.message = Some("comparison still running".into());
            return;
        };
        let order = analysis.passage_order(side);
        if order.is_empty() {
            self.message = Some("no shared passage".into());
            return;
        }
        let position = match self
            .jumped_passage
            .and_then(|p| order.iter().position(|&o| o == p))
        {
            Some(pos) => pos,
            None => {
                // Start from the passage at or after the reading line.
                let pane = self.pane(side);
                let row =
                    (self.reading_row(side) as usize).min(pane.wrapped.len().saturating_sub(1));
                let offset = pane.wrapped.rows.get(row).map_or(0, |r| r.start as usize);
                let after = order.partition_point(|&p| analysis.span(p, side).start < offset);
                match direction {
                    Direction::Forward => after.wrapping_sub(1),
                    Direction::Backward => after,
                }
            }
        };
        let count = order.len();
        let (next, wrapped) = match direction {
            Direction::Forward if position.wrapping_add(1) >= count => (0, true),
            Direction::Forward => (position.wrapping_add(1), false),
            Direction::Backward if position == 0 => (count - 1, true),
            Direction::Backward => (position - 1, false),
        };
        let passage = order[next];
        let (here, there) = (
            analysis.span(passage, side).start,
            analysis.span(passage, side.other()).start,
        );
        let label = analysis.passage_label(passage);
        self.bring_into_view(side, here, Some(there));
        self.jumped_passage = Some(passage);
        self.message = Some(format!(
            "passage {}/{count}: {label}{}",
            next + 1,
            if wrapped { " (wrapped)" } else { "" }
        ));
    }

    /// Brings the counterpart of the passage at the focused pane's reading line in front of it.
    fn realign(&mut self) {
        let side = self.focused_side();
        let Some(analysis) = self.analysis() else {
            self.message = Some("comparison still running".into());
            return;
        };
        let Some(passage) = self.active_passage() else {
            self.message = Some("no shared passage at the reading line".into());
            return;
        };
        let here = analysis
            .span(passage, side)
            .start
            .max(self.reading_offset(side));
        let span = analysis.span(passage, side);
        let there = analysis.span(passage, side.other());
        // Face proportionally inside the passage, not just its first line.
        let fraction = (here - span.start) as f64 / (span.len().max(1)) as f64;
        let there_offset = there.start + (fraction * there.len() as f64) as usize;
        let there_offset = floor_char_boundary(&self.pane(side.other()).doc.text, there_offset);
        let reading_screen_line =
            (self.reading_row(side) as usize).saturating_sub(self.pane(side).top);
        self.put_at_screen_line(side.other(), there_offset, reading_screen_line);
        self.jumped_passage = Some(passage);
        self.message = Some("re-aligned on the passage at the reading line".into());
    }

    /// Byte offset at the focused pane's reading line.
    fn reading_offset(&self, side: Side) -> usize {
        let pane = self.pane(side);
        let row = (self.reading_row(side) as usize).min(pane.wrapped.len().saturating_sub(1));
        pane.wrapped.rows.get(row).map_or(0, |r| r.start as usize)
    }

    /// The passage to emphasise: the one jumped to, or the one at the focused reading line.
    pub fn active_passage(&self) -> Option<usize> {
        if self.jumped_passage.is_some() {
            return self.jumped_passage;
        }
        let side = self.focused_side();
        self.analysis()?.passage_at(side, self.reading_offset(side))
    }

    fn move_quote_selection(&mut self, delta: i32) {
        let target = self.quote_panel.selected as i64 + delta as i64;
        self.select_quote_index(target.max(0) as usize);
    }

    fn click_quote_row(&mut self, row: usize) {
        let index = self.quote_panel.scroll + row.saturating_sub(1);
        self.select_quote_index(index);
    }

    /// Selects the quotation at `index` of the visible list and scrolls both panes to it and
    /// its counterpart.
    pub fn select_quote_index(&mut self, index: usize) {
        let height = self
            .areas
            .quotes
            .map_or(1, |q| q.height.saturating_sub(1).max(1) as usize);
        // The Arc keeps the analysis alive while the panel (part of `self`) is updated.
        let AnalysisStatus::Ready(analysis) = &self.analysis else {
            return;
        };
        let analysis = Arc::clone(analysis);
        let Some((quote_side, offset, counterpart)) =
            self.quote_panel.select(&analysis, index, height)
        else {
            return;
        };
        self.bring_into_view(quote_side, offset, counterpart);
    }

    /// Spans (opening to closing mark) of the quotation selected in the panel and of its
    /// counterparts, on `side`: highlighted while the panel is shown.
    pub fn selected_quote_spans(&self, side: Side) -> Vec<Range<usize>> {
        let (Some(analysis), Some(id)) = (self.analysis(), self.selected_quote_id()) else {
            return Vec::new();
        };
        if !self.quotes_visible {
            return Vec::new();
        }
        let Some(quote) = analysis.quote(id) else {
            return Vec::new();
        };
        std::iter::once(quote)
            .chain(quote.matches.iter().filter_map(|m| analysis.quote(m.id)))
            .filter(|q| analysis.side_of(q.doc) == Some(side))
            .map(|q| q.outer.clone())
            .collect()
    }

    fn selected_quote_id(&self) -> Option<usize> {
        self.quote_panel.selected_id()
    }

    fn cycle_speaker_filter(&mut self) {
        let message = self.quote_panel.cycle_speaker();
        self.quote_panel.rebuild(self.analysis.ready());
        self.message = Some(message);
        self.select_quote_index(0);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
