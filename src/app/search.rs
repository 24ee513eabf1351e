//! The search: the prompt, the query kept after Enter for `n`/`N`, the hits in each pane (found
//! by `core::search`) and the current one. Owns the search keys' `update`; a jump to a hit is
//! handed to the panes as an action.

use std::ops::Range;

use super::action::{Action, Effect};
use crate::core::document::Document;
use crate::core::search::{self, Query};
use crate::core::side::{Pair, Side};
use crate::core::text::count::plural;

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
    /// while typing, says how many there are and where.
    pub fn refresh(&mut self, docs: Pair<&Document>) -> Effect {
        let query = Query::new(&self.input);
        self.hits = docs.map(|doc| search::find_all(doc, &query));
        self.current = None;
        if self.editing && !query.is_empty() {
            return Effect::say(self.found());
        }
        Effect::none()
    }

    /// Whether a pane's hits stopped at `search::MAX_HITS` (there may be more).
    pub fn capped(&self) -> bool {
        self.hits.iter().any(|(_, h)| h.len() >= search::MAX_HITS)
    }

    /// The number of hits in both panes, as a person reads it: "3", or "100000+" when the
    /// search stopped counting.
    pub fn total_label(&self) -> String {
        let total = self.hits.left.len() + self.hits.right.len();
        if self.capped() {
            format!("{total}+")
        } else {
            total.to_string()
        }
    }

    /// The current hit's place in the order of both panes' hits (the left's, then the right's),
    /// from 1.
    pub fn position(&self) -> Option<usize> {
        let (side, index) = self.current?;
        Some(match side {
            Side::Left => index + 1,
            Side::Right => self.hits.left.len() + index + 1,
        })
    }

    /// "3 matches: 2 left, 1 right", "1 match, right", "no match".
    fn found(&self) -> String {
        let (l, r) = (self.hits.left.len(), self.hits.right.len());
        let total = self.total_label();
        let stopped = if self.capped() {
            " (stopped counting)"
        } else {
            ""
        };
        match (l, r) {
            (0, 0) => "no match".into(),
            (_, 0) => format!("{}, left{stopped}", count(&total, l + r)),
            (0, _) => format!("{}, right{stopped}", count(&total, l + r)),
            _ => format!("{}: {l} left, {r} right{stopped}", count(&total, l + r)),
        }
    }

    /// Goes to the next/previous hit over both panes (the left's hits, then the right's),
    /// wrapping around with a message; says which pane the hit is in. `from_view`: start from
    /// the focused pane's top row rather than from the current hit.
    fn jump(&mut self, direction: Direction, from: JumpStart, from_view: bool) -> Effect {
        if self.input.is_empty() {
            return Effect::say("no search: press / to search");
        }
        let left = self.hits.left.len();
        let total = left + self.hits.right.len();
        if total == 0 {
            return Effect::say(format!("not found: {}", self.input));
        }
        // Positions in the order of both panes' hits.
        let base = |side: Side| if side == Side::Left { 0 } else { left };
        let current = match self.current {
            Some((side, i)) if !from_view => Some(base(side) + i),
            _ => None,
        };
        let (position, wrapped) = match (current, direction) {
            (Some(i), Direction::Forward) => ((i + 1) % total, i + 1 == total),
            (Some(i), Direction::Backward) => ((i + total - 1) % total, i == 0),
            (None, dir) => {
                let hits = &self.hits[from.side];
                let after = base(from.side) + hits.partition_point(|h| h.start < from.top_offset);
                match dir {
                    Direction::Forward if after < total => (after, false),
                    Direction::Forward => (0, true),
                    Direction::Backward if after > 0 => (after - 1, false),
                    Direction::Backward => (total - 1, true),
                }
            }
        };
        let (side, index) = if position < left {
            (Side::Left, position)
        } else {
            (Side::Right, position - left)
        };
        let offset = self.hits[side][index].start;
        self.current = Some((side, index));
        let mut message = format!(
            "match {}/{} · {}",
            position + 1,
            self.total_label(),
            side.label()
        );
        if wrapped {
            message.push_str(match direction {
                Direction::Forward => " · wrapped to the top",
                Direction::Backward => " · wrapped to the bottom",
            });
        }
        if self.capped() {
            message.push_str(" · stopped counting");
        }
        Effect::then(Action::ShowSearchHit { side, offset }).and_say(message)
    }
}

/// "1 match", "3 matches", "100000+ matches" (`label` is the count as shown).
fn count(label: &str, n: usize) -> String {
    format!("{label} {}", plural(n, "match", "matches"))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

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
        assert_eq!(typed.message.as_deref(), Some("11 matches, left"));
        assert!(typed.then.is_none(), "typing does not move the panes");

        // "Pékin 29", then "Pékin 290" to "Pékin 299": from paragraph 295 on, the hit there.
        let effect = search.update(&Action::SearchSubmit, docs, at(Side::Left, 295));
        assert!(!search.editing);
        assert_eq!(effect.message.as_deref(), Some("match 7/11 · left"));
        assert_eq!(
            jump_offset(&effect),
            Some((Side::Left, left.blocks[295].range.start))
        );
        let effect = search.update(&Action::SearchPrev, docs, at(Side::Left, 0));
        assert_eq!(
            effect.message.as_deref(),
            Some("match 6/11 · left"),
            "from the current hit"
        );
        for _ in 0..5 {
            let _ = search.update(&Action::SearchNext, docs, at(Side::Left, 0));
        }
        let effect = search.update(&Action::SearchNext, docs, at(Side::Left, 0));
        assert_eq!(
            effect.message.as_deref(),
            Some("match 1/11 · left · wrapped to the top")
        );
        assert_eq!(
            jump_offset(&effect),
            Some((Side::Left, left.blocks[29].range.start))
        );

        // From the other pane, `n` goes on from the current hit: the search covers both.
        let effect = search.update(&Action::SearchNext, docs, at(Side::Right, 0));
        assert_eq!(effect.message.as_deref(), Some("match 2/11 · left"));
        assert!(jump_offset(&effect).is_some());
    }

    #[test]
    fn hits_are_counted_and_cycled_over_both_panes_saying_which_pane() {
        let (left, right) = (numbered(3, "Pékin"), numbered(2, "Pekin"));
        let docs = Pair::new(&*left, &*right);
        let at = |side| JumpStart {
            side,
            top_offset: 0,
        };
        let mut search = Search::default();
        let _ = search.update(&Action::SearchOpen, docs, at(Side::Left));
        let typed = search.update(&Action::SearchPaste("pekin".into()), docs, at(Side::Left));
        assert_eq!(typed.message.as_deref(), Some("5 matches: 3 left, 2 right"));
        let mut seen = Vec::new();
        let effect = search.update(&Action::SearchSubmit, docs, at(Side::Left));
        seen.push((
            effect.message.clone().unwrap(),
            jump_offset(&effect).unwrap().0,
        ));
        for _ in 0..5 {
            let effect = search.update(&Action::SearchNext, docs, at(Side::Left));
            seen.push((
                effect.message.clone().unwrap(),
                jump_offset(&effect).unwrap().0,
            ));
        }
        let expected = [
            ("match 1/5 · left", Side::Left),
            ("match 2/5 · left", Side::Left),
            ("match 3/5 · left", Side::Left),
            ("match 4/5 · right", Side::Right),
            ("match 5/5 · right", Side::Right),
            ("match 1/5 · left · wrapped to the top", Side::Left),
        ];
        let seen: Vec<(&str, Side)> = seen.iter().map(|(m, s)| (m.as_str(), *s)).collect();
        assert_eq!(seen, expected);
        assert_eq!(
            (search.position(), search.total_label().as_str()),
            (Some(1), "5")
        );
        let effect = search.update(&Action::SearchPrev, docs, at(Side::Left));
        assert_eq!(
            effect.message.as_deref(),
            Some("match 5/5 · right · wrapped to the bottom")
        );
        // From the right pane's top, Enter starts in the right pane.
        let _ = search.update(&Action::SearchOpen, docs, at(Side::Right));
        let _ = search.update(&Action::SearchPaste("pekin".into()), docs, at(Side::Right));
        let effect = search.update(&Action::SearchSubmit, docs, at(Side::Right));
        assert_eq!(effect.message.as_deref(), Some("match 4/5 · right"));
        // One hit: singular.
        let _ = search.update(&Action::SearchOpen, docs, at(Side::Left));
        let typed = search.update(&Action::SearchPaste("pekin 2".into()), docs, at(Side::Left));
        assert_eq!(typed.message.as_deref(), Some("1 match, left"));
    }

    #[test]
    fn a_search_that_stopped_counting_says_so() {
        let text = "e ".repeat(search::MAX_HITS + 10);
        let left = Arc::new(Document::from_bytes("l.txt", text.as_bytes()).unwrap());
        let right = numbered(2, "e");
        let docs = Pair::new(&*left, &*right);
        let from = JumpStart {
            side: Side::Left,
            top_offset: 0,
        };
        let mut search = Search::default();
        let _ = search.update(&Action::SearchOpen, docs, from);
        let typed = search.update(&Action::SearchInput('e'), docs, from);
        let total = search::MAX_HITS + 2;
        assert_eq!(
            typed.message,
            Some(format!(
                "{total}+ matches: {} left, 2 right (stopped counting)",
                search::MAX_HITS
            ))
        );
        let effect = search.update(&Action::SearchSubmit, docs, from);
        assert_eq!(
            effect.message,
            Some(format!("match 1/{total}+ · left · stopped counting"))
        );
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
