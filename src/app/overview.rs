//! The overview of the rewrites: the rank table (best first, those still being compared last),
//! one row per rewrite open, and its selection and scroll; or, listing the carriers of one
//! stretch of the source, only the rewrites that carry it. The first screen when more than
//! five rewrites are open. Owns its keys' `update`; opening a row hands the dispatcher the
//! rewrite to show (and, for a carrier, its passage to bring into view).

use ratatui::layout::{Position, Rect};

use super::action::{Action, Effect};
use super::layout::Areas;
use super::rewrites::Rewrites;
use crate::core::compare::rank::carriers::{Carrier, Stretch};
use crate::core::side::DocId;

/// From this many rewrites open, the reader starts on the overview.
pub const FIRST_SCREEN_FROM: usize = 6;
/// Rows above the list: the title, then the column names.
pub const HEADER_ROWS: u16 = 2;
/// Rows the mouse wheel moves the selection by.
const WHEEL_ROWS: i32 = 3;

#[derive(Debug, Default)]
pub struct Overview {
    /// The overview is on screen (over the panes).
    pub visible: bool,
    /// Index of the selection in `rows`.
    pub selected: usize,
    /// First row of `rows` on screen.
    pub scroll: usize,
    /// Listing the rewrites that carry this stretch of the source, rather than all of them.
    pub filter: Option<Stretch>,
    /// The rewrites listed, in order.
    pub rows: Vec<DocId>,
    /// The selection was moved since the overview opened (until then it follows the rewrite
    /// shown, or the best on the first screen, as the table fills in).
    moved: bool,
    /// Opened as the first screen: the selection starts on the best rewrite.
    first_screen: bool,
    /// The list's rows on screen (below the header), when shown.
    list: Option<Rect>,
}

impl Overview {
    /// Where the overview draws: the whole screen but the status line.
    pub fn body(areas: &Areas) -> Rect {
        let size = areas.size;
        Rect::new(size.x, size.y, size.width, size.height.saturating_sub(1))
    }

    /// Lays the overview out for `areas` (its list is below the header, above the notes line
    /// when there are `notes`).
    pub fn set_area(&mut self, areas: &Areas, notes: bool) {
        let body = Overview::body(areas);
        self.list = if areas.too_small {
            None
        } else {
            Some(Overview::list_in(body, notes).unwrap_or(Rect::new(
                body.x,
                body.y + HEADER_ROWS.min(body.height),
                body.width,
                0,
            )))
        };
        self.keep_in_view();
    }

    /// The list's rows in the overview's `body`: below the header, and above the notes line
    /// (the folder entries that are no rewrite) when there are `notes` and room for both.
    pub fn list_in(body: Rect, notes: bool) -> Option<Rect> {
        let height = body.height.checked_sub(HEADER_ROWS).filter(|&h| h > 0)?;
        let height = if notes && height > 1 {
            height - 1
        } else {
            height
        };
        Some(Rect::new(body.x, body.y + HEADER_ROWS, body.width, height))
    }

    /// Shows every open rewrite, the one on the right selected.
    pub fn open(&mut self, rewrites: &Rewrites, shown: DocId) {
        self.visible = true;
        self.filter = None;
        self.moved = false;
        self.first_screen = false;
        self.rows = rewrites.ranked().to_vec();
        self.select_rewrite(shown);
    }

    /// Shows every open rewrite as the reader's first screen, the best selected (the table
    /// fills in as the pairs are compared).
    pub fn open_first(&mut self, rewrites: &Rewrites) {
        self.open(rewrites, DocId::SOURCE);
        self.first_screen = true;
        self.selected = 0;
    }

    /// Shows the rewrites carrying `stretch`, best first, the one on the right selected if it
    /// is one of them.
    pub fn open_carriers(&mut self, stretch: Stretch, rewrites: &Rewrites, shown: DocId) {
        self.visible = true;
        self.filter = Some(stretch);
        self.moved = false;
        self.first_screen = false;
        self.rows = self.listed(rewrites);
        self.select_rewrite(shown);
    }

    /// The open rewrites changed (analyses arrived): the list again, the same rewrite selected
    /// (the one shown, `shown`, if the selection was not moved).
    pub fn sync(&mut self, rewrites: &Rewrites, shown: DocId) {
        let selected = match (self.moved, self.first_screen) {
            (true, _) => self.rows.get(self.selected).copied(),
            (false, true) => None,
            (false, false) => Some(shown),
        };
        self.rows = self.listed(rewrites);
        match selected {
            Some(id) => self.select_rewrite(id),
            None => self.selected = 0,
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        self.keep_in_view();
    }

    /// How `rewrite` carries the stretch listed (in the carriers' list).
    pub fn carrier(&self, rewrite: DocId) -> Option<&Carrier> {
        self.filter
            .as_ref()?
            .carriers
            .iter()
            .find(|c| c.rewrite == rewrite)
    }

    pub fn selected_rewrite(&self) -> Option<DocId> {
        self.rows.get(self.selected).copied()
    }

    /// Applies an overview key or mouse event.
    pub fn update(&mut self, action: &Action) -> Effect {
        match *action {
            Action::ScrollRows(delta) => self.select(self.selected as i64 + i64::from(delta)),
            Action::MouseScroll { delta, .. } => {
                self.select(self.selected as i64 + i64::from(delta * WHEEL_ROWS))
            }
            Action::ScrollPage(direction) | Action::ScrollHalfPage(direction) => {
                let page = self.page() as i64;
                let page = if matches!(action, Action::ScrollHalfPage(_)) {
                    (page / 2).max(1)
                } else {
                    page
                };
                self.select(self.selected as i64 + page * i64::from(direction))
            }
            Action::GoTop => self.select(0),
            Action::GoBottom => self.select(i64::MAX),
            Action::MouseClick { column, row } => {
                let Some(list) = self.list else {
                    return Effect::none();
                };
                if !list.contains(Position::new(column, row)) {
                    return Effect::none();
                }
                let index = self.scroll + usize::from(row - list.y);
                if index >= self.rows.len() {
                    return Effect::none();
                }
                if index == self.selected {
                    // A second click on the selection opens it.
                    return self.open_selected();
                }
                self.select(index as i64)
            }
            Action::OverviewOpen => self.open_selected(),
            Action::CloseOverview => {
                self.visible = false;
                Effect::none()
            }
            _ => Effect::none(),
        }
    }

    /// The rewrites to list: every one open, or the carriers of the stretch, best first.
    fn listed(&self, rewrites: &Rewrites) -> Vec<DocId> {
        match &self.filter {
            None => rewrites.ranked().to_vec(),
            Some(stretch) => rewrites
                .ranked()
                .iter()
                .copied()
                .filter(|&id| stretch.carriers.iter().any(|c| c.rewrite == id))
                .collect(),
        }
    }

    fn open_selected(&mut self) -> Effect {
        let Some(rewrite) = self.selected_rewrite() else {
            return Effect::say("no rewrite to open");
        };
        self.visible = false;
        match self.carrier(rewrite) {
            Some(carrier) => Effect::then(Action::ShowRewriteThen {
                rewrite,
                then: Box::new(Action::ShowPassage(carrier.passage)),
            }),
            None => Effect::then(Action::ShowRewrite(rewrite)),
        }
    }

    fn select_rewrite(&mut self, rewrite: DocId) {
        self.selected = self.rows.iter().position(|&r| r == rewrite).unwrap_or(0);
        self.keep_in_view();
    }

    fn select(&mut self, index: i64) -> Effect {
        self.moved = true;
        let last = self.rows.len().saturating_sub(1) as i64;
        self.selected = index.clamp(0, last) as usize;
        self.keep_in_view();
        Effect::none()
    }

    /// Rows of the list on screen.
    fn page(&self) -> usize {
        self.list.map_or(1, |l| usize::from(l.height).max(1))
    }

    fn keep_in_view(&mut self) {
        let page = self.page();
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + page {
            self.scroll = self.selected + 1 - page;
        }
        self.scroll = self.scroll.min(self.rows.len().saturating_sub(page));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::layout::Arrangement;
    use crate::core::compare::PassageKind;

    fn areas(width: u16, height: u16) -> Areas {
        Areas::compute(
            Rect::new(0, 0, width, height),
            Arrangement::Auto,
            crate::app::layout::Panels::NONE,
        )
    }

    fn opened(rewrites: usize, height: u16) -> Overview {
        let mut overview = Overview::default();
        overview.set_area(&areas(100, height), false);
        overview.open(&Rewrites::new(vec![true; rewrites + 1]), DocId(1));
        overview
    }

    fn shows(effect: &Effect) -> Option<DocId> {
        match &effect.then {
            Some(Action::ShowRewrite(id)) => Some(*id),
            Some(Action::ShowRewriteThen { rewrite, .. }) => Some(*rewrite),
            _ => None,
        }
    }

    #[test]
    fn the_selection_moves_by_row_and_page_and_stays_in_view() {
        // 24 rows: the status line, two of header, 21 of list.
        let mut overview = opened(50, 24);
        assert_eq!((overview.selected, overview.scroll), (0, 0));
        let _ = overview.update(&Action::ScrollPage(1));
        assert_eq!((overview.selected, overview.scroll), (21, 1));
        let _ = overview.update(&Action::GoBottom);
        assert_eq!((overview.selected, overview.scroll), (49, 29));
        let _ = overview.update(&Action::ScrollRows(-30));
        assert_eq!((overview.selected, overview.scroll), (19, 19));
        let _ = overview.update(&Action::GoTop);
        assert_eq!((overview.selected, overview.scroll), (0, 0));
    }

    #[test]
    fn enter_or_a_second_click_opens_the_selected_rewrite() {
        let mut overview = opened(10, 24);
        let _ = overview.update(&Action::ScrollRows(2));
        let effect = overview.update(&Action::OverviewOpen);
        assert_eq!(shows(&effect), Some(DocId(3)));
        assert!(!overview.visible, "back to the pair");

        let mut overview = opened(10, 24);
        let click = |row| Action::MouseClick { column: 5, row };
        assert!(overview.update(&click(1)).then.is_none(), "the header");
        let first = overview.update(&click(HEADER_ROWS + 4));
        assert!(first.then.is_none());
        assert_eq!(overview.selected, 4, "a first click selects");
        assert_eq!(
            shows(&overview.update(&click(HEADER_ROWS + 4))),
            Some(DocId(5))
        );
        let mut overview = opened(3, 24);
        assert!(
            overview.update(&click(HEADER_ROWS + 8)).then.is_none(),
            "below the rows"
        );
        let _ = overview.update(&Action::MouseScroll {
            column: 5,
            row: 5,
            delta: 1,
        });
        assert_eq!(overview.selected, 2, "the wheel, clamped");
    }

    #[test]
    fn the_carriers_of_a_stretch_open_at_their_passage() {
        let rewrites = Rewrites::new(vec![true; 6]);
        let carrier = |rewrite, passage| Carrier {
            rewrite: DocId(rewrite),
            passage,
            kind: PassageKind::Verbatim,
        };
        let stretch = Stretch {
            range: 10..40,
            carriers: vec![carrier(2, 0), carrier(5, 3)],
        };
        let mut overview = Overview::default();
        overview.set_area(&areas(100, 24), false);
        overview.open_carriers(stretch, &rewrites, DocId(5));
        assert_eq!(overview.rows, [DocId(2), DocId(5)]);
        assert_eq!(overview.selected, 1, "the rewrite shown");
        match overview.update(&Action::OverviewOpen).then {
            Some(Action::ShowRewriteThen { rewrite, then }) => {
                assert_eq!(rewrite, DocId(5));
                assert!(matches!(*then, Action::ShowPassage(3)), "{then:?}");
            }
            other => panic!("expected ShowRewriteThen, got {other:?}"),
        }
        overview.open(&rewrites, DocId(1));
        assert_eq!(overview.rows.len(), 5, "every rewrite again");
        assert!(overview.carrier(DocId(2)).is_none());
    }
}
