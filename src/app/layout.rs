//! Where everything goes on screen for a terminal size: panes, titles, quotations panel, status
//! line. Pure, so the loop computes it before drawing and mouse events can be mapped back.

use ratatui::layout::Rect;

use crate::core::side::{Pair, Side};

/// How the two articles share the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Side by side from 100 columns, stacked below.
    Auto,
    SideBySide,
    Stacked,
}

/// Below this many columns the panes stack (in `Auto`).
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;
/// From this many columns the quotations panel goes beside the panes instead of below.
pub const QUOTES_BESIDE_MIN_WIDTH: u16 = 160;
/// Smaller than this, only a "too small" notice is drawn.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;

/// The computed areas for one terminal size (the layout of a frame).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub size: Rect,
    pub too_small: bool,
    pub stacked: bool,
    /// Title row of each pane.
    pub titles: Pair<Rect>,
    /// Text area of each pane (what is wrapped to).
    pub texts: Pair<Rect>,
    /// The source pane's gutter, left of its text, with several rewrites: how many carry each
    /// line.
    pub gutter: Option<Rect>,
    /// Vertical rule between side-by-side panes.
    pub separator: Option<Rect>,
    pub quotes: Option<Rect>,
    pub status: Rect,
}

impl Areas {
    pub fn compute(size: Rect, arrangement: Arrangement, quotes_visible: bool) -> Areas {
        let mut areas = Areas {
            size,
            ..Areas::default()
        };
        if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
            areas.too_small = true;
            return areas;
        }
        areas.status = Rect::new(size.x, size.bottom() - 1, size.width, 1);
        let mut body = Rect::new(size.x, size.y, size.width, size.height - 1);
        let stacked = match arrangement {
            Arrangement::Auto => size.width < SIDE_BY_SIDE_MIN_WIDTH,
            Arrangement::SideBySide => false,
            Arrangement::Stacked => true,
        };
        areas.stacked = stacked;
        if quotes_visible {
            if !stacked && size.width >= QUOTES_BESIDE_MIN_WIDTH {
                let w = (size.width / 4).max(40);
                areas.quotes = Some(Rect::new(body.right() - w, body.y, w, body.height));
                body.width -= w;
            } else if body.height >= 12 {
                let h = (body.height / 3).clamp(5, 14);
                areas.quotes = Some(Rect::new(body.x, body.bottom() - h, body.width, h));
                body.height -= h;
            }
        }
        let panes = if stacked {
            let top = body.height / 2;
            Pair::new(
                Rect::new(body.x, body.y, body.width, top),
                Rect::new(body.x, body.y + top, body.width, body.height - top),
            )
        } else {
            let left = (body.width - 1) / 2;
            areas.separator = Some(Rect::new(body.x + left, body.y, 1, body.height));
            Pair::new(
                Rect::new(body.x, body.y, left, body.height),
                Rect::new(
                    body.x + left + 1,
                    body.y,
                    body.width - left - 1,
                    body.height,
                ),
            )
        };
        for (side, pane) in panes.iter() {
            areas.titles[side] = Rect::new(pane.x, pane.y, pane.width, 1.min(pane.height));
            // A column of air on each side of the rule keeps the two texts apart.
            let (x, width) = match (stacked, side) {
                (true, _) => (pane.x, pane.width),
                (false, Side::Left) => (pane.x, pane.width.saturating_sub(1)),
                (false, Side::Right) => (pane.x + 1, pane.width.saturating_sub(1)),
            };
            areas.texts[side] = Rect::new(x, pane.y + 1, width, pane.height.saturating_sub(1));
        }
        areas
    }
}

impl Areas {
    /// Takes a gutter of `width` columns from the left of the source pane's text (when the
    /// text keeps at least 12 columns).
    pub fn carve_gutter(&mut self, width: u16) {
        let text = self.texts.left;
        if self.too_small || text.width < width + 12 {
            return;
        }
        self.gutter = Some(Rect::new(text.x, text.y, width, text.height));
        self.texts.left = Rect::new(text.x + width, text.y, text.width - width, text.height);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_put_panes_side_by_side() {
        let s = Areas::compute(Rect::new(0, 0, 120, 40), Arrangement::Auto, false);
        assert!(!s.stacked && !s.too_small);
        assert_eq!(s.texts.left.width + s.texts.right.width + 3, 120);
        assert_eq!(s.texts.left.height, 38);
        assert_eq!(s.status.y, 39);
    }

    #[test]
    fn narrow_terminals_stack_and_the_toggle_overrides() {
        let s = Areas::compute(Rect::new(0, 0, 80, 24), Arrangement::Auto, false);
        assert!(s.stacked);
        assert_eq!(s.texts.left.width, 80);
        let s = Areas::compute(Rect::new(0, 0, 80, 24), Arrangement::SideBySide, false);
        assert!(!s.stacked);
    }

    #[test]
    fn quotations_panel_goes_below_or_beside() {
        let s = Areas::compute(Rect::new(0, 0, 120, 40), Arrangement::Auto, true);
        let q = s.quotes.unwrap();
        assert_eq!(q.width, 120);
        assert!(q.y > s.texts.left.y);
        let s = Areas::compute(Rect::new(0, 0, 200, 60), Arrangement::Auto, true);
        let q = s.quotes.unwrap();
        assert_eq!(q.height, 59);
        assert!(q.x >= s.texts.right.right());
    }

    #[test]
    fn the_gutter_comes_out_of_the_source_text() {
        let mut s = Areas::compute(Rect::new(0, 0, 120, 40), Arrangement::Auto, false);
        let before = s.texts.left;
        s.carve_gutter(3);
        assert_eq!(
            s.gutter,
            Some(Rect::new(before.x, before.y, 3, before.height))
        );
        assert_eq!(
            (s.texts.left.x, s.texts.left.width),
            (before.x + 3, before.width - 3)
        );
        let mut narrow = Areas::compute(Rect::new(0, 0, 24, 10), Arrangement::SideBySide, false);
        narrow.carve_gutter(3);
        assert_eq!(narrow.gutter, None, "no room");
    }

    #[test]
    fn tiny_terminals_are_too_small_without_panicking() {
        for (w, h) in [(1, 1), (0, 0), (23, 40), (80, 5)] {
            assert!(Areas::compute(Rect::new(0, 0, w, h), Arrangement::Auto, true).too_small);
        }
        for w in MIN_WIDTH..130 {
            for h in MIN_HEIGHT..30 {
                let s = Areas::compute(Rect::new(0, 0, w, h), Arrangement::Auto, true);
                assert!(
                    s.texts
                        .iter()
                        .all(|(_, t)| t.right() <= w && t.bottom() <= h)
                );
            }
        }
    }
}
