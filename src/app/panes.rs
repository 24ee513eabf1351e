//! The two article panes: which document each shows, its wrapping and scroll position, the
//! synchronised scrolling between them (the scroll map and the reading line), and the jumps that
//! bring a passage's counterpart in front of it. Owns the reading keys' `update`.

use std::ops::Index;
use std::sync::Arc;

use super::action::{Action, Effect};
use super::analysis::Analysis;
use super::layout::Areas;
use crate::core::document::Document;
use crate::core::side::{DocId, Pair, Side};
use crate::core::text::boundary::{common_prefix_len, floor_char_boundary};
use crate::view::sync::{self, ReadingLine, ScrollMap};
use crate::view::wrap::{Wrapped, common_blocks};

/// What the status line says while a pane waits for the rest of its document; said until the
/// place is reached (`State` takes it back then).
pub const AWAITING_END: &str = "going to the end once the file is read";
pub const AWAITING_ROW: &str = "going on as the rest of the file is read";
/// Rows scrolled by one notch of the mouse wheel.
pub const WHEEL_ROWS: i32 = 3;

/// Bytes of text wrapped in one step while a document still arriving is wrapped between
/// events (about a millisecond): keys never wait longer than one step.
pub const WRAP_STEP: usize = 256 * 1024;

/// Where a pane was sent, beyond the part of its document read so far: it goes on there as
/// the rest of the file comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Awaited {
    Row(usize),
    End,
}

/// One article pane: the document it shows, wrapped at the pane's width, and where it is
/// scrolled to.
#[derive(Debug)]
pub struct Pane {
    pub id: DocId,
    pub doc: Arc<Document>,
    pub wrapped: Wrapped,
    pub top: usize,
    /// Rows of text the pane shows (its text area's height).
    height: usize,
    /// A place asked for beyond what the document holds yet (`doc.partial`).
    pub awaited: Option<Awaited>,
}

impl Pane {
    fn new(id: DocId, doc: Arc<Document>) -> Pane {
        Pane {
            id,
            doc,
            wrapped: Wrapped::default(),
            top: 0,
            height: 0,
            awaited: None,
        }
    }

    /// Byte offset of the first text shown, to keep it in view across a re-wrap.
    fn top_offset(&self) -> Option<usize> {
        self.wrapped.rows.get(self.top).map(|r| r.start as usize)
    }

    /// Byte offset of the start of `row` (clamped to the last row; 0 when empty).
    fn offset_of_row(&self, row: usize) -> usize {
        let row = row.min(self.wrapped.len().saturating_sub(1));
        self.wrapped.rows.get(row).map_or(0, |r| r.start as usize)
    }

    /// The wrapping is for another width, or was never made.
    fn stale(&self, width: u16) -> bool {
        self.wrapped.width != width || (self.wrapped.is_empty() && !self.doc.blocks.is_empty())
    }

    /// Wraps at `width`, keeping the text of the top row in view. A document still arriving
    /// is wrapped as far as the screen needs, the rest in steps (`Panes::wrap_step`).
    fn rewrap(&mut self, width: u16) {
        let keep = self.top_offset();
        if self.doc.partial {
            self.wrapped = Wrapped::start(width);
            self.wrap_through(keep.unwrap_or(0));
        } else {
            self.wrapped = Wrapped::new(&self.doc, width);
        }
        self.top = keep.map_or(0, |offset| self.wrapped.row_of(offset));
    }

    /// Wraps until there are `rows` rows, or the document is all wrapped.
    fn wrap_rows(&mut self, rows: usize) {
        while self.laid_out()
            && self.wrapped.len() < rows
            && !self.wrapped.wrap_more(&self.doc, WRAP_STEP)
        {}
    }

    /// Wraps through the block holding byte `offset`, and a screen below it.
    fn wrap_through(&mut self, offset: usize) {
        while self.laid_out()
            && self
                .doc
                .blocks
                .get(self.wrapped.blocks_done)
                .is_some_and(|b| b.range.start <= offset)
        {
            if self.wrapped.wrap_more(&self.doc, WRAP_STEP) {
                break;
            }
        }
        let row = self.wrapped.row_of(offset);
        self.wrap_rows(row + self.height + 1);
    }

    /// Every block of the document is wrapped, or the pane has no width yet (a terminal too
    /// small to lay it out): wrapping then would be at one column, for nothing.
    pub fn wrapping_done(&self) -> bool {
        !self.laid_out() || self.wrapped.is_complete(&self.doc)
    }

    /// The pane was given a width (`Wrapped::default` has none; `Wrapped::start` at least 1).
    fn laid_out(&self) -> bool {
        self.wrapped.width != 0
    }

    /// Shows `doc`, a newer version of the document shown (more of it, or all of it): rows of
    /// the blocks both share stay; when the rows on screen change, the top row's text stays
    /// at the top.
    fn replace_doc(&mut self, doc: Arc<Document>) {
        let keep = common_blocks(&self.doc, &doc);
        let shown_end = (self.top + self.height).min(self.wrapped.len());
        let screen_kept = self.wrapped.rows[..shown_end]
            .last()
            .is_none_or(|r| (r.block as usize) < keep);
        let top_offset = self.top_offset();
        let old = std::mem::replace(&mut self.doc, doc);
        self.wrapped.truncate_blocks(keep);
        if !screen_kept {
            let offset = top_offset.map_or(0, |o| same_place(&old.text, &self.doc.text, o));
            self.wrap_through(offset);
            self.top = self.wrapped.row_of(offset);
        }
        self.wrap_rows(self.top + self.height);
    }

    fn clamp_top(&mut self) {
        self.top = self.top.min(sync::max_top(self.wrapped.len(), self.height));
    }
}

/// Where byte `offset` of `old` is in `new`, a newer version of the same file: the same offset
/// while the text before it is unchanged, else the same line and column (the whole file read
/// in another encoding than its start: its lines are the same lines).
fn same_place(old: &str, new: &str, offset: usize) -> usize {
    if offset <= common_prefix_len(old, new) {
        return offset;
    }
    let before = &old[..floor_char_boundary(old, offset)];
    let line = before.bytes().filter(|&b| b == b'\n').count();
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    let start = match line {
        0 => 0,
        n => new
            .match_indices('\n')
            .nth(n - 1)
            .map_or(new.len(), |(i, _)| i + 1),
    };
    let rest = &new[start..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    start
        + rest[..line_len]
            .char_indices()
            .nth(column)
            .map_or(line_len, |(i, _)| i)
}

/// Both panes and how they scroll together.
#[derive(Debug)]
pub struct Panes {
    panes: Pair<Pane>,
    /// Synchronised scrolling: the other pane follows through `map`.
    pub sync: bool,
    pub map: ScrollMap,
    /// Where the reading line is on screen, the same for both panes (see `sync::ReadingLine`).
    pub reading: ReadingLine,
    /// The passage brought into view by `]`/`[` (emphasised until the next scroll).
    pub jumped_passage: Option<usize>,
}

impl Index<Side> for Panes {
    type Output = Pane;
    fn index(&self, side: Side) -> &Pane {
        &self.panes[side]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

impl Panes {
    /// Panes on these documents, unwrapped until the first layout.
    pub fn new(left: (DocId, Arc<Document>), right: (DocId, Arc<Document>)) -> Panes {
        Panes {
            panes: Pair::new(Pane::new(left.0, left.1), Pane::new(right.0, right.1)),
            sync: true,
            map: ScrollMap::proportional(0, 0),
            reading: 0.0,
            jumped_passage: None,
        }
    }

    /// The documents shown, by side.
    pub fn shown(&self) -> Pair<DocId> {
        Pair::new(self.panes.left.id, self.panes.right.id)
    }

    /// The texts shown, by side.
    pub fn docs(&self) -> Pair<&Document> {
        Pair::new(&*self.panes.left.doc, &*self.panes.right.doc)
    }

    /// Puts document `id` in pane `side`, from its top; it is wrapped at the next layout.
    pub fn show(&mut self, side: Side, id: DocId, doc: Arc<Document>) {
        let height = self.panes[side].height;
        self.panes[side] = Pane {
            height,
            ..Pane::new(id, doc)
        };
        self.jumped_passage = None;
    }

    /// Height in rows of a pane's text area.
    pub fn height(&self, side: Side) -> usize {
        self.panes[side].height
    }

    /// More of document `id` was read (or all of it): the panes showing it show the new
    /// version, in place, and go on towards a place they were sent beyond the old one.
    pub fn arrived(&mut self, id: DocId, doc: &Arc<Document>, analysis: Option<&Analysis>) {
        let mut shown = false;
        for side in Side::BOTH {
            if self.panes[side].id == id && !Arc::ptr_eq(&self.panes[side].doc, doc) {
                self.panes[side].replace_doc(Arc::clone(doc));
                shown = true;
            }
        }
        if shown {
            self.rebuild_map(analysis);
            self.go_on_to_awaited();
        }
    }

    /// A pane was sent beyond what has come of its document and goes on there as it comes.
    pub fn awaiting(&self) -> bool {
        Side::BOTH
            .iter()
            .any(|&side| self.panes[side].awaited.is_some())
    }

    /// A document is not wrapped to its end yet.
    pub fn wrapping(&self) -> bool {
        Side::BOTH
            .iter()
            .any(|&side| !self.panes[side].wrapping_done())
    }

    /// Wraps one step more of each pane whose document is not wrapped to its end.
    pub fn wrap_step(&mut self, analysis: Option<&Analysis>) {
        for side in Side::BOTH {
            let pane = &mut self.panes[side];
            if !pane.wrapping_done() {
                pane.wrapped.wrap_more(&pane.doc, WRAP_STEP);
            }
        }
        self.rebuild_map(analysis);
        self.go_on_to_awaited();
    }

    /// Moves each pane that was sent beyond its document's end towards that place, as far as
    /// the document now goes; the place is reached, or the document is whole.
    fn go_on_to_awaited(&mut self) {
        for side in Side::BOTH {
            let pane = &mut self.panes[side];
            let Some(awaited) = pane.awaited else {
                continue;
            };
            let target = match awaited {
                Awaited::Row(row) => row,
                Awaited::End => usize::MAX,
            };
            pane.wrap_rows(target.saturating_add(pane.height));
            let before = pane.top;
            pane.top = target;
            pane.clamp_top();
            if pane.top == target || !pane.doc.partial {
                pane.awaited = None;
            }
            if pane.top != before && self.sync {
                self.follow(side);
            }
        }
    }

    /// Takes the text areas of `areas`, re-wrapping a pane only when its width changed (keeping
    /// its top row's text in view) and then the scroll map.
    pub fn relayout(&mut self, areas: &Areas, analysis: Option<&Analysis>) {
        for side in Side::BOTH {
            self.panes[side].height = areas.texts[side].height as usize;
        }
        if areas.too_small {
            return;
        }
        let widths = areas.texts.map(|t| t.width.max(1));
        let Pair { left, right } = &mut self.panes;
        let big = left.doc.text.len() + right.doc.text.len() > 256 * 1024;
        let rewrapped = match (left.stale(widths.left), right.stale(widths.right)) {
            (true, true) if big => {
                // PERF: book-size documents wrap in parallel, one per core.
                std::thread::scope(|scope| {
                    scope.spawn(|| left.rewrap(widths.left));
                    right.rewrap(widths.right);
                });
                true
            }
            (true, true) => {
                left.rewrap(widths.left);
                right.rewrap(widths.right);
                true
            }
            (true, false) => {
                left.rewrap(widths.left);
                true
            }
            (false, true) => {
                right.rewrap(widths.right);
                true
            }
            (false, false) => false,
        };
        if rewrapped {
            self.rebuild_map(analysis);
        }
        for side in Side::BOTH {
            self.panes[side].clamp_top();
        }
    }

    /// The scroll map for the current wrapping: anchored on the passages that keep their order
    /// once the comparison is done, proportional before.
    pub fn rebuild_map(&mut self, analysis: Option<&Analysis>) {
        if analysis.is_some() {
            // The anchors are rows of whole documents.
            for side in Side::BOTH {
                self.panes[side].wrap_rows(usize::MAX);
            }
        }
        let Pair { left, right } = &self.panes;
        let anchors: Vec<(usize, usize)> = match analysis {
            Some(a) => a.anchors(&left.wrapped, &right.wrapped),
            None => Vec::new(),
        };
        self.map = ScrollMap::from_anchors(left.wrapped.len(), right.wrapped.len(), anchors);
    }

    /// Applies a reading action to pane `side` (the focused one, or the one under the mouse).
    pub fn update(&mut self, action: &Action, side: Side, analysis: Option<&Analysis>) -> Effect {
        let effect = self.apply(action, side, analysis);
        match self.panes[side].awaited {
            Some(Awaited::End) if effect.message.is_none() => effect.and_say(AWAITING_END),
            Some(Awaited::Row(_)) if effect.message.is_none() => effect.and_say(AWAITING_ROW),
            _ => effect,
        }
    }

    fn apply(&mut self, action: &Action, side: Side, analysis: Option<&Analysis>) -> Effect {
        match *action {
            Action::ScrollRows(n) => self.scroll_by(side, n as i64),
            Action::MouseScroll { delta, .. } => self.scroll_by(side, (delta * WHEEL_ROWS) as i64),
            Action::ScrollHalfPage(dir) => {
                let half = (self.height(side) / 2).max(1) as i64;
                self.scroll_by(side, half * dir as i64);
            }
            Action::ScrollPage(dir) => {
                let page = self.height(side).saturating_sub(1).max(1) as i64;
                self.scroll_by(side, page * dir as i64);
            }
            // The ends of a document, whatever the pane's length: the reading line goes with them
            // (so a pane too short to scroll still takes the other to its end).
            Action::GoTop => {
                self.reading = 0.0;
                self.scroll_to(side, 0);
            }
            Action::GoBottom => {
                self.reading = 1.0;
                self.scroll_to(side, usize::MAX);
            }
            Action::ToggleSync => {
                self.sync = !self.sync;
                if self.sync {
                    self.follow(side);
                }
                let on = if self.sync { "on" } else { "off" };
                return Effect::say(format!("synchronised scrolling {on}"));
            }
            Action::NextPassage => return self.jump_to_passage(side, Direction::Forward, analysis),
            Action::PrevPassage => {
                return self.jump_to_passage(side, Direction::Backward, analysis);
            }
            Action::Realign => return self.realign(side, analysis),
            Action::ShowPassage(passage) => {
                let Some(analysis) = analysis else {
                    return Effect::say("comparison still running");
                };
                if passage >= analysis.comparison.passages.len() {
                    return Effect::none();
                }
                let at = analysis
                    .passage_order(side)
                    .iter()
                    .position(|&p| p == passage);
                return self.show_passage(side, passage, analysis, at, false);
            }
            Action::ShowSearchHit { side, offset } => {
                self.bring_into_view(side, offset, None);
                self.jumped_passage = None;
            }
            Action::ShowQuote {
                side,
                offset,
                counterpart,
            } => self.bring_into_view(side, offset, counterpart),
            _ => {}
        }
        Effect::none()
    }

    /// With synchronised scrolling, moves the other pane to face `side`'s reading line (after
    /// the other pane got a new document).
    pub fn face(&mut self, side: Side) {
        if self.sync {
            self.follow(side);
        }
    }

    /// The row of `side` on the reading line.
    pub fn reading_row(&self, side: Side) -> f64 {
        let pane = &self.panes[side];
        sync::reading_row(pane.top, self.reading, pane.wrapped.len(), pane.height)
    }

    /// Byte offset at the reading line of `side`.
    pub fn reading_offset(&self, side: Side) -> usize {
        self.panes[side].offset_of_row(self.reading_row(side) as usize)
    }

    /// Byte offset of the first text shown in `side` (0 when empty).
    pub fn top_offset(&self, side: Side) -> usize {
        self.panes[side].top_offset().unwrap_or(0)
    }

    /// The passage to emphasise: the one jumped to, or the one at the reading line of `side`.
    pub fn active_passage(&self, side: Side, analysis: Option<&Analysis>) -> Option<usize> {
        if self.jumped_passage.is_some() {
            return self.jumped_passage;
        }
        analysis?.passage_at(side, self.reading_offset(side))
    }

    fn scroll_by(&mut self, side: Side, delta: i64) {
        let top = self.panes[side].top as i64 + delta;
        self.scroll_to(side, top.max(0) as usize);
    }

    /// Scrolls `side` to `top` (clamped), slides the reading line with it, and lets the other
    /// pane follow when synchronised. Beyond the end of a document still arriving, the pane
    /// goes as far as it can and on from there as the rest comes (`usize::MAX`: to its end).
    fn scroll_to(&mut self, side: Side, top: usize) {
        self.jumped_passage = None;
        let pane = &mut self.panes[side];
        pane.wrap_rows(top.saturating_add(pane.height));
        let old = pane.top;
        pane.top = top;
        pane.clamp_top();
        pane.awaited = (pane.top < top && pane.doc.partial).then_some(match top {
            usize::MAX => Awaited::End,
            row => Awaited::Row(row),
        });
        let last = sync::max_top(pane.wrapped.len(), pane.height);
        self.reading = sync::slide_reading_line(self.reading, old, pane.top, last);
        if self.sync {
            self.follow(side);
        }
    }

    /// Moves the other pane so that the row on its reading line faces the row on `side`'s,
    /// through the scroll map: on the same screen line, as both share the reading line.
    fn follow(&mut self, side: Side) {
        let facing = self.map.map(side, self.reading_row(side));
        let reading = self.reading;
        let other = &mut self.panes[side.other()];
        other.wrap_rows(facing as usize + other.height + 1);
        other.top = sync::top_for_reading_row(facing, reading, other.wrapped.len(), other.height);
    }

    /// Brings byte `offset` of `side` onto the reading line, which goes a third of the way down
    /// the pane (less near the start of the document). Given a `counterpart` offset, that
    /// offset of the other pane goes on the same screen line, even against the map: then the
    /// line is also no lower than the counterpart's row, so that both can get there, and either
    /// pane may scroll past its end (blank rows below) for them to face; the next ordinary
    /// scroll goes back through the map and clamps. Without one, the other pane follows.
    fn bring_into_view(&mut self, side: Side, offset: usize, counterpart: Option<usize>) {
        self.panes[side].wrap_through(offset);
        let row = self.panes[side].wrapped.row_of(offset);
        let height = self.panes[side].height;
        let line = (height / 3).min(row);
        let line = match counterpart {
            Some(other_offset) => {
                let other = &mut self.panes[side.other()];
                other.wrap_through(other_offset);
                let other_row = other.wrapped.row_of(other_offset);
                let line = line.min(other_row);
                other.top = other_row - line;
                self.panes[side].top = row - line;
                line
            }
            None => {
                let pane = &mut self.panes[side];
                pane.top = (row - line).min(sync::max_top(pane.wrapped.len(), height));
                row - pane.top
            }
        };
        if height > 0 {
            self.reading = line as f64 / height as f64;
        }
        if counterpart.is_none() && self.sync {
            self.follow(side);
        }
    }

    /// Scrolls `side` so that byte `offset` shows on its reading line. Like a jump it may
    /// scroll past the end so that the offset really gets there.
    fn put_on_reading_line(&mut self, side: Side, offset: usize) {
        let reading = self.reading;
        let pane = &mut self.panes[side];
        pane.wrap_through(offset);
        let row = pane.wrapped.row_of(offset);
        let line = (reading * pane.height as f64).round() as usize;
        pane.top = row
            .saturating_sub(line)
            .min(pane.wrapped.len().saturating_sub(1));
    }

    /// `]` / `[`: the next/previous shared passage in `side`, counterpart facing it.
    fn jump_to_passage(
        &mut self,
        side: Side,
        direction: Direction,
        analysis: Option<&Analysis>,
    ) -> Effect {
        let Some(analysis) = analysis else {
            return Effect::say("comparison still running");
        };
        let order = analysis.passage_order(side);
        if order.is_empty() {
            return Effect::say("no shared passage");
        }
        let position = match self
            .jumped_passage
            .and_then(|p| order.iter().position(|&o| o == p))
        {
            Some(pos) => pos,
            None => {
                // Start from the passage at or after the reading line.
                let offset = self.reading_offset(side);
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
        self.show_passage(side, passage, analysis, Some(next), wrapped)
            .and_then(Action::PassageJumped(passage))
    }

    /// Brings `passage` of `side` onto the reading line with its counterpart facing it, and
    /// says which it is (`position`: its place in `side`'s order).
    fn show_passage(
        &mut self,
        side: Side,
        passage: usize,
        analysis: &Analysis,
        position: Option<usize>,
        wrapped: bool,
    ) -> Effect {
        let (here, there) = (
            analysis.span(passage, side).start,
            analysis.span(passage, side.other()).start,
        );
        self.bring_into_view(side, here, Some(there));
        self.jumped_passage = Some(passage);
        let count = analysis.passage_order(side).len();
        let place = position.map_or(String::new(), |at| format!(" {}/{count}", at + 1));
        Effect::say(format!(
            "passage{place}: {}{}",
            analysis.passage_label(passage),
            if wrapped { " (wrapped)" } else { "" }
        ))
    }

    /// Brings the counterpart of the passage at `side`'s reading line in front of it (the
    /// reading line, not the passage last jumped to: after `]` they are one, but a jump may
    /// have been made from the other pane).
    fn realign(&mut self, side: Side, analysis: Option<&Analysis>) -> Effect {
        let Some(analysis) = analysis else {
            return Effect::say("comparison still running");
        };
        let Some(passage) = analysis.passage_at(side, self.reading_offset(side)) else {
            return Effect::say("no shared passage at the reading line");
        };
        let span = analysis.span(passage, side);
        let here = span.start.max(self.reading_offset(side));
        let there = analysis.span(passage, side.other());
        // Face proportionally inside the passage, not just its first line.
        let fraction = (here - span.start) as f64 / (span.len().max(1)) as f64;
        let there_offset = there.start + (fraction * there.len() as f64) as usize;
        let there_offset = floor_char_boundary(&self.panes[side.other()].doc.text, there_offset);
        let before = self.panes[side.other()].top;
        self.put_on_reading_line(side.other(), there_offset);
        self.jumped_passage = Some(passage);
        let other = &self.panes[side.other()];
        if other.top != before {
            Effect::say("re-aligned on the passage at the reading line")
        } else if sync::max_top(other.wrapped.len(), other.height) == 0 {
            // Nothing to scroll: saying "re-aligned" while nothing moved would be a puzzle.
            Effect::say("the other article fits on the screen: its passage is in view")
        } else {
            Effect::say("already aligned on the passage at the reading line")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::analysis::tests::{passage, with_passages};
    use crate::app::documents::tests::numbered;
    use crate::app::layout::{Arrangement, Panels};
    use crate::core::bundled;
    use crate::core::compare::Passage;
    use ratatui::layout::Rect;

    /// The panes driven as the reader's dispatcher drives them: reading keys go to the focused
    /// side, with the current analysis; a resize lays them out again.
    struct Reader {
        panes: Panes,
        side: Side,
        analysis: Option<Analysis>,
        message: Option<String>,
    }

    impl Reader {
        fn new(left: Arc<Document>, right: Arc<Document>) -> Reader {
            Reader {
                panes: Panes::new((DocId::SOURCE, left), (DocId(1), right)),
                side: Side::Left,
                analysis: None,
                message: None,
            }
        }

        fn resize(&mut self, width: u16, height: u16) {
            let areas = Areas::compute(
                Rect::new(0, 0, width, height),
                Arrangement::Auto,
                Panels::NONE,
            );
            self.panes.relayout(&areas, self.analysis.as_ref());
        }

        fn key(&mut self, action: Action) {
            let effect = self
                .panes
                .update(&action, self.side, self.analysis.as_ref());
            // The only thing the panes tell the others: the passage jumped to, for its list.
            assert!(
                matches!(effect.then, None | Some(Action::PassageJumped(_))),
                "{:?}",
                effect.then
            );
            self.message = effect.message;
        }

        /// The comparison is done and found `passages`.
        fn analysed(&mut self, passages: Vec<Passage>) {
            self.analysis = Some(with_passages(passages));
            self.panes.rebuild_map(self.analysis.as_ref());
        }

        fn pane(&self, side: Side) -> &Pane {
            &self.panes[side]
        }

        fn text_height(&self, side: Side) -> usize {
            self.panes.height(side)
        }
    }

    fn bundled_at(width: u16, height: u16) -> Reader {
        let (l, r) = bundled::bundled_pair();
        let mut reader = Reader::new(Arc::new(l), Arc::new(r));
        reader.resize(width, height);
        reader
    }

    #[test]
    fn scrolling_is_clamped_to_the_document() {
        let mut s = bundled_at(80, 24);
        s.key(Action::ScrollRows(-5));
        assert_eq!(s.pane(Side::Left).top, 0);
        s.key(Action::GoBottom);
        let pane = s.pane(Side::Left);
        assert_eq!(pane.top, pane.wrapped.len() - s.text_height(Side::Left));
        s.key(Action::ScrollPage(1));
        let bottom = s.pane(Side::Left).wrapped.len() - s.text_height(Side::Left);
        assert_eq!(
            s.pane(Side::Left).top,
            bottom,
            "a page past the bottom stays at the bottom"
        );
    }

    #[test]
    fn synchronised_scrolling_moves_the_other_pane_both_ways() {
        let mut s = Reader::new(numbered(200, "gauche"), numbered(100, "droite"));
        s.resize(120, 22);
        s.key(Action::ScrollRows(100));
        let right = s.pane(Side::Right).top;
        assert!(right > 30 && right < 70, "right top {right}");
        s.side = Side::Right;
        s.key(Action::GoTop);
        assert_eq!(s.pane(Side::Left).top, 0);
        s.key(Action::GoBottom);
        let left = s.pane(Side::Left);
        assert_eq!(left.top, left.wrapped.len() - s.text_height(Side::Left));
    }

    #[test]
    fn sync_off_leaves_the_other_pane_alone() {
        let mut s = Reader::new(numbered(200, "a"), numbered(200, "b"));
        s.resize(120, 22);
        s.key(Action::ToggleSync);
        assert!(!s.panes.sync);
        s.key(Action::ScrollRows(50));
        assert_eq!(s.pane(Side::Right).top, 0);
        s.key(Action::ToggleSync);
        assert!(s.pane(Side::Right).top > 0, "turning sync on re-aligns");
    }

    #[test]
    fn scroll_map_follows_the_anchors_of_non_crossing_passages() {
        let left = numbered(100, "l");
        let right = numbered(100, "r");
        // Left paragraph 10 faces right paragraph 60; a crossing passage must not bend the map.
        let l10 = left.blocks[10].range.clone();
        let r60 = right.blocks[60].range.clone();
        let l50 = left.blocks[50].range.clone();
        let r5 = right.blocks[5].range.clone();
        let mut s = Reader::new(left, right);
        s.resize(120, 30);
        s.analysed(vec![passage(l10, r60, false), passage(l50, r5, true)]);
        let l_row = s
            .pane(Side::Left)
            .wrapped
            .row_of(s.pane(Side::Left).doc.blocks[10].range.start);
        let r_row = s
            .pane(Side::Right)
            .wrapped
            .row_of(s.pane(Side::Right).doc.blocks[60].range.start);
        assert!((s.panes.map.map(Side::Left, l_row as f64) - r_row as f64).abs() < 1e-9);
    }

    #[test]
    fn passage_jumps_bring_the_counterpart_in_front_even_against_the_map() {
        let left = numbered(100, "l");
        let right = numbered(100, "r");
        let passages = vec![
            passage(
                left.blocks[20].range.clone(),
                right.blocks[20].range.clone(),
                false,
            ),
            passage(
                left.blocks[50].range.clone(),
                right.blocks[5].range.clone(),
                true,
            ),
        ];
        let mut s = Reader::new(left, right);
        s.resize(120, 30);
        s.analysed(passages);
        s.key(Action::NextPassage);
        assert_eq!(s.panes.jumped_passage, Some(0));
        s.key(Action::NextPassage);
        assert_eq!(s.panes.jumped_passage, Some(1));
        assert_eq!(
            screen_line(&s, Side::Left, 50),
            screen_line(&s, Side::Right, 5)
        );
        assert!(s.message.as_deref().unwrap_or("").contains("moved"));
        s.key(Action::NextPassage);
        assert_eq!(s.panes.jumped_passage, Some(0), "wraps around");
        s.key(Action::PrevPassage);
        assert_eq!(s.panes.jumped_passage, Some(1));
        // Near the end of a document the counterpart still faces the passage (past the end).
        let near_end = passage(
            s.pane(Side::Left).doc.blocks[3].range.clone(),
            s.pane(Side::Right).doc.blocks[99].range.clone(),
            true,
        );
        s.analysed(vec![near_end]);
        s.key(Action::GoTop);
        s.key(Action::NextPassage);
        assert_eq!(
            screen_line(&s, Side::Left, 3),
            screen_line(&s, Side::Right, 99)
        );
        s.key(Action::ScrollRows(1));
        let right = s.pane(Side::Right);
        assert!(
            right.top <= right.wrapped.len() - s.text_height(Side::Right),
            "back through the map"
        );
    }

    /// The screen line of paragraph `block` of `side` (negative: above the pane).
    fn screen_line(s: &Reader, side: Side, block: usize) -> i64 {
        let pane = s.pane(side);
        pane.wrapped.row_of(pane.doc.blocks[block].range.start) as i64 - pane.top as i64
    }

    #[test]
    fn a_jump_near_the_start_still_puts_the_counterpart_on_the_same_row() {
        let left = numbered(100, "l");
        let right = numbered(100, "r");
        // The passage is 20 paragraphs down on the left, 2 on the right: the right pane cannot
        // scroll up to put its counterpart a third of the way down.
        let passages = vec![passage(
            left.blocks[20].range.clone(),
            right.blocks[2].range.clone(),
            true,
        )];
        let mut s = Reader::new(left, right);
        s.resize(120, 30);
        s.analysed(passages);
        s.key(Action::NextPassage);
        assert_eq!(
            screen_line(&s, Side::Left, 20),
            screen_line(&s, Side::Right, 2)
        );
        assert!(screen_line(&s, Side::Right, 2) >= 0);
    }

    #[test]
    fn realign_when_the_other_article_fits_on_the_screen_moves_nothing_and_says_why() {
        let left = numbered(200, "l");
        let right = numbered(10, "r");
        let passages = vec![passage(
            left.blocks[50].range.start..left.blocks[150].range.end,
            right.blocks[2].range.start..right.blocks[8].range.end,
            false,
        )];
        let mut s = Reader::new(left, right);
        s.resize(120, 40);
        s.analysed(passages);
        s.key(Action::ScrollRows(100));
        let tops = (s.pane(Side::Left).top, s.pane(Side::Right).top);
        s.message = None;
        s.key(Action::Realign);
        assert_eq!((s.pane(Side::Left).top, s.pane(Side::Right).top), tops);
        let message = s.message.clone().unwrap_or_default();
        assert!(message.contains("fits on the screen"), "{message:?}");
    }

    #[test]
    fn realign_after_a_jump_keeps_the_passage_jumped_to_facing_on_the_reading_line() {
        let left = numbered(200, "l");
        let right = numbered(200, "r");
        let passages = vec![
            passage(
                left.blocks[60].range.clone(),
                right.blocks[90].range.clone(),
                true,
            ),
            passage(
                left.blocks[61].range.start..left.blocks[64].range.end,
                right.blocks[30].range.start..right.blocks[33].range.end,
                false,
            ),
        ];
        let mut s = Reader::new(left, right);
        s.resize(120, 40);
        s.analysed(passages);
        s.key(Action::NextPassage);
        assert_eq!(s.panes.jumped_passage, Some(0));
        let reading = s.panes.reading_row(Side::Left).floor() as usize;
        let pane = s.pane(Side::Left);
        assert_eq!(
            reading,
            pane.wrapped.row_of(pane.doc.blocks[60].range.start),
            "the passage jumped to is on the reading line"
        );
        let tops = (s.pane(Side::Left).top, s.pane(Side::Right).top);
        s.key(Action::Realign);
        assert_eq!(
            (s.pane(Side::Left).top, s.pane(Side::Right).top),
            tops,
            "already facing: nothing moves"
        );
        assert_eq!(
            screen_line(&s, Side::Left, 60),
            screen_line(&s, Side::Right, 90)
        );
        // From the other pane, its reading line holds the counterpart: the same passage.
        s.side = Side::Right;
        s.key(Action::Realign);
        assert_eq!(
            (s.pane(Side::Left).top, s.pane(Side::Right).top),
            tops,
            "the counterpart is on the right's reading line"
        );
        // After a scroll, `a` re-aligns on what the reading line now shows, not on the jump.
        s.side = Side::Left;
        s.key(Action::ToggleSync);
        s.key(Action::ScrollRows(3));
        s.key(Action::ToggleSync);
        s.key(Action::Realign);
        assert_eq!(s.panes.jumped_passage, Some(1), "{:?}", s.message);
        let row = |s: &Reader, side: Side| {
            s.panes.reading_row(side).floor() as i64 - s.pane(side).top as i64
        };
        assert_eq!(row(&s, Side::Left), row(&s, Side::Right));
    }

    /// A document read in two pieces: the prefix the reader gets first, and the whole.
    fn prefix_and_whole(bytes: &[u8], cut: usize) -> (Arc<Document>, Arc<Document>) {
        let mut builder = crate::core::document::DocumentBuilder::new("t.txt");
        builder.push(&bytes[..cut]).unwrap();
        let prefix = builder.snapshot().unwrap();
        builder.push(&bytes[cut..]).unwrap();
        (Arc::new(prefix), Arc::new(builder.finish().unwrap()))
    }

    fn numbered_text(n: usize, word: &str) -> String {
        (0..n).map(|i| format!("{word} {i}.\n")).collect()
    }

    #[test]
    fn the_rest_of_a_document_arriving_keeps_the_top_row_and_its_rows() {
        let text = numbered_text(400, "ligne");
        let (prefix, whole) = prefix_and_whole(text.as_bytes(), 1000);
        let mut s = Reader::new(prefix, numbered(400, "droite"));
        s.resize(120, 22);
        s.key(Action::ToggleSync);
        s.key(Action::ScrollRows(30));
        let top = s.pane(Side::Left).top;
        let shown = s.pane(Side::Left).wrapped.rows[top];
        s.panes.arrived(DocId::SOURCE, &whole, None);
        // Wrapped in steps, as the event loop does between events.
        while s.panes.wrapping() {
            s.panes.wrap_step(None);
        }
        let pane = s.pane(Side::Left);
        assert!(!pane.doc.partial);
        assert_eq!((pane.top, pane.wrapped.rows[pane.top]), (top, shown));
        assert_eq!(pane.wrapped, Wrapped::new(&whole, pane.wrapped.width));
    }

    #[test]
    fn going_past_what_has_come_waits_for_the_rest_and_goes_on_there() {
        let text = numbered_text(400, "ligne");
        let (prefix, whole) = prefix_and_whole(text.as_bytes(), 1500);
        let mut s = Reader::new(prefix, numbered(5, "droite"));
        s.resize(120, 22);
        s.key(Action::GoBottom);
        assert_eq!(s.pane(Side::Left).awaited, Some(Awaited::End));
        assert_eq!(s.message.as_deref(), Some(AWAITING_END));
        let partial_rows = s.pane(Side::Left).wrapped.len();
        assert_eq!(
            s.pane(Side::Left).top,
            partial_rows - s.text_height(Side::Left)
        );
        s.panes.arrived(DocId::SOURCE, &whole, None);
        let pane = s.pane(Side::Left);
        assert_eq!(pane.awaited, None);
        assert_eq!(pane.top, pane.wrapped.len() - s.text_height(Side::Left));
        assert_eq!(
            pane.wrapped.len(),
            Wrapped::new(&whole, pane.wrapped.width).len()
        );
        // A row beyond the prefix: as far as there is, then on to it.
        let (prefix, whole) = prefix_and_whole(text.as_bytes(), 1500);
        let mut s = Reader::new(prefix, numbered(5, "droite"));
        s.resize(120, 22);
        s.key(Action::ScrollRows(300));
        assert_eq!(s.pane(Side::Left).awaited, Some(Awaited::Row(300)));
        s.panes.arrived(DocId::SOURCE, &whole, None);
        assert_eq!(
            (s.pane(Side::Left).top, s.pane(Side::Left).awaited),
            (300, None)
        );
    }

    #[test]
    fn a_whole_file_in_another_encoding_than_its_start_keeps_the_top_line() {
        // An ASCII and UTF-8 start; the rest Latin-1, so that the whole is Windows-1252.
        let mut bytes = numbered_text(60, "d\u{e9}but").into_bytes();
        for i in 0..200 {
            bytes.extend(format!("ligne {i} : ").as_bytes());
            bytes.extend(b"\xe9t\xe9 \xe0 l'\xe9cole, d\xe9j\xe0.\n");
        }
        let (prefix, whole) = prefix_and_whole(&bytes, 900);
        assert_eq!((prefix.encoding, whole.encoding), ("utf-8", "windows-1252"));
        let mut s = Reader::new(prefix, numbered(5, "droite"));
        s.resize(120, 22);
        s.key(Action::ToggleSync);
        s.key(Action::ScrollRows(20));
        let row = |pane: &Pane| {
            let r = pane.wrapped.rows[pane.top];
            pane.doc.text[r.range()].to_string()
        };
        let before = row(s.pane(Side::Left));
        assert_eq!(before, "d\u{e9}but 10.");
        s.panes.arrived(DocId::SOURCE, &whole, None);
        let pane = s.pane(Side::Left);
        assert!(
            pane.doc
                .notices
                .iter()
                .any(|n| n == "decoded as windows-1252")
        );
        assert_eq!(
            row(pane),
            "d\u{c3}\u{a9}but 10.",
            "the same line, now read as Windows-1252"
        );
    }

    proptest::proptest! {
        #[test]
        fn the_rest_arriving_keeps_the_text_at_the_top_and_wraps_as_at_once(
            lines in proptest::collection::vec(0usize..3, 20..120),
            cut in 0usize..4000,
            scroll in 0i32..200,
            width in 10u16..120,
        ) {
            // Short lines, long lines and blank lines: single-newline and blank-line paragraphs.
            let text: String = lines
                .iter()
                .enumerate()
                .map(|(i, kind)| match kind {
                    0 => format!("Ligne {i}.\n"),
                    1 => format!("Un paragraphe {i} assez long pour occuper plusieurs rangs quand la fen\u{ea}tre est \u{e9}troite.\n"),
                    _ => "\n".to_string(),
                })
                .collect();
            let cut = cut.min(text.len());
            let (prefix, whole) = prefix_and_whole(text.as_bytes(), cut);
            let mut s = Reader::new(prefix, numbered(3, "droite"));
            s.resize(width, 24);
            s.key(Action::ToggleSync);
            s.key(Action::ScrollRows(scroll));
            let before = s.pane(Side::Left).top_offset();
            let awaited = s.pane(Side::Left).awaited;
            s.panes.arrived(DocId::SOURCE, &whole, None);
            while s.panes.wrapping() {
                s.panes.wrap_step(None);
            }
            let pane = s.pane(Side::Left);
            if width < crate::app::layout::MIN_WIDTH {
                // Too small to lay out: nothing is wrapped until the terminal grows.
                proptest::prop_assert!(pane.wrapped.rows.is_empty());
                return Ok(());
            }
            proptest::prop_assert_eq!(&pane.wrapped, &Wrapped::new(&whole, pane.wrapped.width));
            if let Some(Awaited::Row(row)) = awaited {
                // Scrolled beyond what had come: the place asked for is reached instead.
                let last = sync::max_top(pane.wrapped.len(), pane.height);
                proptest::prop_assert_eq!(pane.top, row.min(last));
            } else if let Some(offset) = before {
                let row = pane.wrapped.rows[pane.top];
                let next = pane.wrapped.rows.get(pane.top + 1).map_or(usize::MAX, |r| r.start as usize);
                proptest::prop_assert!(
                    row.start as usize <= offset && offset < next.max(row.end as usize + 1),
                    "offset {offset} not in the top row {row:?}"
                );
            }
        }
    }

    #[test]
    fn resize_rewraps_and_keeps_the_top_text_in_view() {
        let (l, _) = bundled::bundled_pair();
        let mut s = Reader::new(Arc::new(l), numbered(5, "x"));
        s.resize(200, 60);
        s.key(Action::ToggleSync);
        s.key(Action::ScrollRows(12));
        let before = s.pane(Side::Left).wrapped.rows[s.pane(Side::Left).top].start as usize;
        s.resize(60, 20);
        let pane = s.pane(Side::Left);
        let row = pane.wrapped.rows[pane.top];
        assert!(
            row.start as usize <= before && before <= row.end as usize,
            "top text kept"
        );
    }
}
