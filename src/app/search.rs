//! The search: the prompt, the query kept after Enter for `n`/`N`, the hits in each pane (found
//! by `core::search`) and the current one. Owns the search keys' `update`; a jump to a hit is
//! handed to the panes as an action.

use std::ops::Range;

use super::action::{Action, Effect};
use crate::core::document::Document;
use crate::core::search::{self, Query};
use crate::core::side::{Pair, Side};

/// The search prompt, the current query and its hits.
#[derive(Debug, Default)]
pub struct Search {
    /// The prompt is open and receiving keys.
    pub editing: bool,
    /// What is typed in the prompt (kept after Enter for `n`/`N`).
    pub input: String,
    /// Index of the current hit in its pane's hits.
    pub current: Option<(Side, usize)>,
    /// Hits in each pane's document (byte ranges, in order).
    pub hits: Pair<Vec<Range<usize>>>,
}

/// Where a jump starts: the focused pane and the offset of the first text it shows.
#[derive(Debug, Clone, Copy)]
pub struct JumpStart {
    pub side: Side,
    pub top_offset: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

impl Search {
    /// Applies a search action; `docs` are the texts shown, `from` where a jump starts.
    pub fn update(&mut self, action: &Action, docs: Pair<&Document>, from: JumpStart) -> Effect {
        match action {
            Action::SearchOpen => {
                self.editing = true;
                self.input.clear();
                self.current = None;
                self.refresh(docs)
            }
            Action::SearchInput(c) => {
                self.input.push(*c);
                self.refresh(docs)
            }
            Action::SearchPaste(text) => {
                // A pasted query is one line; newlines would never match as typed.
                self.input
                    .extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
                self.refresh(docs)
            }
            Action::SearchBackspace => {
                if self.input.pop().is_none() {
                    self.editing = false;
                }
                self.refresh(docs)
            }
            Action::SearchSubmit => {
                self.editing = false;
                if self.input.is_empty() {
                    self.refresh(docs)
                } else {
                    self.jump(Direction::Forward, from, true)
                }
            }
            Action::SearchCancel => {
                *self = Search::default();
                self.refresh(docs)
            }
            Action::SearchNext => self.jump(Direction::Forward, from, false),
            Action::SearchPrev => self.jump(Direction::Backward, from, false),
            _ => Effect::none(),
        }
    }

    /// Finds the hits of the prompt's text in `docs` again (the query or the documents changed);
    /// while typing, says how many there are.
    pub fn refresh(&mut self, docs: Pair<&Document>) -> Effect {
        let query = Query::new(&self.input);
        self.hits = docs.map(|doc| search::find_all(doc, &query));
        self.current = None;
        if self.editing && !query.is_empty() {
            let (l, r) = (self.hits.left.len(), self.hits.right.len());
            return Effect::say(format!("{l} matches left, {r} right"));
        }
        Effect::none()
    }

    /// Goes to the next/previous hit in the focused pane, wrapping around with a message.
    /// `from_view`: start from the pane's top row rather than from the current hit.
    fn jump(&mut self, direction: Direction, from: JumpStart, from_view: bool) -> Effect {
        let side = from.side;
        if self.input.is_empty() {
            return Effect::say("no search: press / to search");
        }
        let hits = &self.hits[side];
        if hits.is_empty() {
            let elsewhere = self.hits[side.other()].len();
            return Effect::say(if elsewhere > 0 {
                format!(
                    "not found in this article ({elsewhere} in the other): {}",
                    self.input
                )
            } else {
                format!("not found: {}", self.input)
            });
        }
        let count = hits.len();
        let current = match self.current {
            Some((s, i)) if s == side && !from_view => Some(i),
            _ => None,
        };
        let (index, wrapped) = match (current, direction) {
            (Some(i), Direction::Forward) => ((i + 1) % count, i + 1 == count),
            (Some(i), Direction::Backward) => ((i + count - 1) % count, i == 0),
            (None, dir) => {
                let first_after = hits.partition_point(|h| h.start < from.top_offset);
                match dir {
                    Direction::Forward if first_after < count => (first_after, false),
                    Direction::Forward => (0, true),
                    Direction::Backward if first_after > 0 => (first_after - 1, false),
                    Direction::Backward => (count - 1, true),
                }
            }
        };
        let offset = hits[index].start;
        self.current = Some((side, index));
        let message = match (wrapped, direction) {
            (true, Direction::Forward) => {
                format!("match {}/{count} (search wrapped to the top)", index + 1)
            }
            (true, Direction::Backward) => {
                format!("match {}/{count} (search wrapped to the bottom)", index + 1)
            }
            _ => format!("match {}/{count}", index + 1),
        };
        Effect::then(Action::ShowSearchHit { side, offset }).and_say(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::documents::tests::numbered;

    fn jump_offset(effect: &Effect) -> Option<(Side, usize)> {
        match effect.then {
            Some(Action::ShowSearchHit { side, offset }) => Some((side, offset)),
            _ => None,
        }
    }

    #[test]
    fn a_jump_starts_from_the_text_shown_and_wraps_with_a_message() {
        let (left, right) = (numbered(300, "Pékin"), numbered(10, "Moscou"));
        let docs = Pair::new(&*left, &*right);
        let at = |side, block: usize| JumpStart {
            side,
            top_offset: left.blocks[block].range.start,
        };
        let mut search = Search::default();
        let _ = search.update(&Action::SearchOpen, docs, at(Side::Left, 0));
        let typed = search.update(
            &Action::SearchPaste("pekin 29".into()),
            docs,
            at(Side::Left, 0),
        );
        assert_eq!(typed.message.as_deref(), Some("11 matches left, 0 right"));
        assert!(typed.then.is_none(), "typing does not move the panes");

        // "Pékin 29", then "Pékin 290" to "Pékin 299": from paragraph 295 on, the hit there.
        let effect = search.update(&Action::SearchSubmit, docs, at(Side::Left, 295));
        assert!(!search.editing);
        assert_eq!(effect.message.as_deref(), Some("match 7/11"));
        assert_eq!(
            jump_offset(&effect),
            Some((Side::Left, left.blocks[295].range.start))
        );
        let effect = search.update(&Action::SearchPrev, docs, at(Side::Left, 0));
        assert_eq!(
            effect.message.as_deref(),
            Some("match 6/11"),
            "from the current hit"
        );
        for _ in 0..5 {
            let _ = search.update(&Action::SearchNext, docs, at(Side::Left, 0));
        }
        let effect = search.update(&Action::SearchNext, docs, at(Side::Left, 0));
        assert_eq!(
            effect.message.as_deref(),
            Some("match 1/11 (search wrapped to the top)")
        );
        assert_eq!(
            jump_offset(&effect),
            Some((Side::Left, left.blocks[29].range.start))
        );

        let effect = search.update(&Action::SearchNext, docs, at(Side::Right, 0));
        assert_eq!(
            effect.message.as_deref(),
            Some("not found in this article (11 in the other): pekin 29")
        );
        assert!(jump_offset(&effect).is_none());
    }

    #[test]
    fn a_paste_is_one_line_and_backspace_past_the_start_closes_the_prompt() {
        let (left, right) = (numbered(3, "a"), numbered(3, "b"));
        let docs = Pair::new(&*left, &*right);
        let from = JumpStart {
            side: Side::Left,
            top_offset: 0,
        };
        let mut search = Search::default();
        let _ = search.update(&Action::SearchOpen, docs, from);
        let _ = search.update(&Action::SearchPaste("a\n1".into()), docs, from);
        assert_eq!(search.input, "a 1");
        assert_eq!(search.hits.left.len(), 1);
        for _ in 0..3 {
            let _ = search.update(&Action::SearchBackspace, docs, from);
        }
        assert!(search.editing && search.input.is_empty() && search.hits.left.is_empty());
        let _ = search.update(&Action::SearchBackspace, docs, from);
        assert!(!search.editing);
        let effect = search.update(&Action::SearchNext, docs, from);
        assert_eq!(
            effect.message.as_deref(),
            Some("no search: press / to search")
        );
    }
}
