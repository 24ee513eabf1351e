//! The list of shared passages, its one owner: whether it is wanted on screen and where it is,
//! the passages it lists (in the order of the left article), the selection and the list's
//! scroll. Owns the list keys' `update`: moving the selection hands the panes an action that
//! brings the passage and its counterpart face to face, so any passage is one key away.

use ratatui::layout::Rect;

use super::action::{Action, Effect};
use super::analysis::Analysis;
use crate::core::side::Side;

#[derive(Debug, Clone, Default)]
pub struct PassagePanel {
    /// The list is wanted on screen (it shows when the layout leaves it room).
    pub visible: bool,
    /// Index of the selection in `listed`.
    pub selected: usize,
    /// First listed row shown.
    pub scroll: usize,
    /// Passage indices, in the order of their start in the left article.
    pub listed: Vec<usize>,
    /// Where the list is on screen (header row, then the rows), when shown.
    area: Option<Rect>,
}

impl PassagePanel {
    /// Applies a list action. `analysis` is the current pair's, once it is done.
    pub fn update(&mut self, action: &Action, analysis: Option<&Analysis>) -> Effect {
        match *action {
            Action::TogglePassages => {
                self.visible = !self.visible;
                Effect::none()
            }
            Action::ScrollRows(delta) | Action::MouseScroll { delta, .. } => {
                let target = self.selected as i64 + delta as i64;
                self.select(target.max(0) as usize)
            }
            Action::GoTop => self.select(0),
            Action::GoBottom => self.select(usize::MAX),
            Action::MouseClick { row, .. } => {
                let Some(area) = self.area else {
                    return Effect::none();
                };
                // The first row of the list is its header.
                let line = row.saturating_sub(area.y) as usize;
                if line == 0 {
                    return Effect::none();
                }
                self.select(self.scroll + line - 1)
            }
            Action::GoToPassage => self.show_selected(),
            Action::PassageJumped(passage) => {
                // `]` / `[` in the panes: the list follows, without moving them again.
                if let Some(at) = self.listed.iter().position(|&p| p == passage) {
                    self.selected = at;
                    self.keep_in_view();
                }
                Effect::none()
            }
            Action::AnalysisDone(_) | Action::ShowRewrite(_) => {
                self.listed =
                    analysis.map_or_else(Vec::new, |a| a.passage_order(Side::Left).to_vec());
                self.selected = 0;
                self.scroll = 0;
                Effect::none()
            }
            _ => Effect::none(),
        }
    }

    /// Where the list goes on screen now (`None`: not on screen).
    pub fn set_area(&mut self, area: Option<Rect>) {
        self.area = area;
        self.keep_in_view();
    }

    /// The list is on screen.
    pub fn shown(&self) -> bool {
        self.visible && self.area.is_some()
    }

    pub fn selected_passage(&self) -> Option<usize> {
        self.listed.get(self.selected).copied()
    }

    /// Rows of the list in view: the area less its header.
    pub fn rows(&self) -> usize {
        self.area
            .map_or(1, |a| a.height.saturating_sub(1).max(1) as usize)
    }

    /// Selects listed row `index` (clamped), keeps it in view, and has the panes show it.
    fn select(&mut self, index: usize) -> Effect {
        if self.listed.is_empty() {
            return Effect::none();
        }
        self.selected = index.min(self.listed.len() - 1);
        self.keep_in_view();
        self.show_selected()
    }

    fn show_selected(&self) -> Effect {
        match self.selected_passage() {
            Some(passage) => Effect::then(Action::ShowPassage(passage)),
            None => Effect::none(),
        }
    }

    fn keep_in_view(&mut self) {
        let rows = self.rows();
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + rows {
            self.scroll = self.selected + 1 - rows;
        }
        self.scroll = self.scroll.min(self.listed.len().saturating_sub(rows));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::analysis::tests::{passage, with_passages};

    /// Passages 0 and 1 cross: on the left, 1 comes first.
    fn analysis() -> Analysis {
        with_passages(vec![
            passage(50..60, 0..10, true),
            passage(0..10, 50..60, false),
            passage(70..80, 70..80, false),
        ])
    }

    fn shown(analysis: &Analysis) -> PassagePanel {
        let mut panel = PassagePanel::default();
        let _ = panel.update(&Action::TogglePassages, None);
        panel.set_area(Some(Rect::new(0, 30, 100, 3)));
        let done = Action::AnalysisDone(std::sync::Arc::new(with_passages(vec![])));
        let _ = panel.update(&done, Some(analysis));
        panel
    }

    fn shows(effect: &Effect) -> Option<usize> {
        match effect.then {
            Some(Action::ShowPassage(p)) => Some(p),
            _ => None,
        }
    }

    #[test]
    fn the_list_is_in_left_order_and_moving_the_selection_shows_each_passage() {
        let a = analysis();
        let mut panel = shown(&a);
        assert!(panel.shown());
        assert_eq!(panel.listed, [1, 0, 2]);
        assert_eq!(
            shows(&panel.update(&Action::ScrollRows(1), Some(&a))),
            Some(0)
        );
        assert_eq!(shows(&panel.update(&Action::GoBottom, Some(&a))), Some(2));
        assert_eq!(panel.scroll, 1, "two rows in view");
        assert_eq!(
            shows(&panel.update(&Action::GoToPassage, Some(&a))),
            Some(2)
        );
        // A click on the second row in view (below the header).
        let click = Action::MouseClick { column: 3, row: 32 };
        assert_eq!(shows(&panel.update(&click, Some(&a))), Some(2));
        let header = Action::MouseClick { column: 3, row: 30 };
        assert!(shows(&panel.update(&header, Some(&a))).is_none());
        // A jump in the panes moves the selection, and nothing else.
        let effect = panel.update(&Action::PassageJumped(1), Some(&a));
        assert!(effect.then.is_none());
        assert_eq!((panel.selected, panel.scroll), (0, 0));
        let _ = panel.update(&Action::TogglePassages, Some(&a));
        assert!(!panel.shown());
    }

    #[test]
    fn before_the_analysis_the_list_is_empty_and_keys_do_nothing() {
        let mut panel = PassagePanel::default();
        let _ = panel.update(&Action::TogglePassages, None);
        panel.set_area(Some(Rect::new(0, 0, 80, 5)));
        assert!(shows(&panel.update(&Action::ScrollRows(1), None)).is_none());
        assert!(shows(&panel.update(&Action::GoToPassage, None)).is_none());
    }
}
