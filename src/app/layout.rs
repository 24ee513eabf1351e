//! Where everything goes on screen for a terminal size: panes, titles, the panels (quotations,
//! shared passages), status line. Pure, so the loop computes it before drawing and mouse events
//! can be mapped back.

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

/// The lists beside or below the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The quotations panel.
    Quotes,
    /// The list of shared passages.
    Passages,
}

/// Which panels are wanted on screen, and which one goes first when there is room for one only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panels {
    pub quotes: bool,
    pub passages: bool,
    /// The one opened last: the one kept when only one fits.
    pub last: Panel,
}

impl Panels {
    pub const NONE: Panels = Panels {
        quotes: false,
        passages: false,
        last: Panel::Quotes,
    };

    fn wanted(self) -> Vec<Panel> {
        let mut wanted = Vec::new();
        for (panel, on) in [
            (Panel::Quotes, self.quotes),
            (Panel::Passages, self.passages),
        ] {
            if on {
                wanted.push(panel);
            }
        }
        // The one opened last first.
        wanted.sort_by_key(|&p| p != self.last);
        wanted
    }
}

/// Below this many columns the panes stack (in `Auto`).
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;
/// From this many columns the panels go beside side-by-side panes instead of below: the panes
/// keep 53 columns or more each (59 at 200) and a panel 72 or more (80 at 200), room for the
/// first words of a quotation beside its speaker and status.
pub const PANELS_BESIDE_MIN_WIDTH: u16 = 180;
/// A panel beside the panes takes this share of the width, within these bounds.
const PANEL_BESIDE_SHARE: f64 = 0.40;
const PANEL_BESIDE_WIDTH: (u16, u16) = (68, 100);
/// Each pane keeps at least this many rows of text when panels go below it: less is no room
/// to read, and the panels stay hidden (they come back when the terminal grows).
pub const MIN_READING_ROWS: u16 = 6;
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
    /// The quotations panel, when shown.
    pub quotes: Option<Rect>,
    /// The list of shared passages, when shown.
    pub passages: Option<Rect>,
    pub status: Rect,
}

impl Areas {
    pub fn compute(size: Rect, arrangement: Arrangement, panels: Panels) -> Areas {
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
        let mut wanted = panels.wanted();
        // With no room for all the panels wanted, the one opened last is kept.
        while !wanted.is_empty() {
            if let Some(region) = panel_region(&mut body, stacked, wanted.len()) {
                areas.place(&wanted, region);
                break;
            }
            wanted.pop();
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

    /// Shares `region` between the `panels` (stacked, each at least a header and a few rows).
    fn place(&mut self, panels: &[Panel], region: Rect) {
        let count = panels.len() as u16;
        let mut y = region.y;
        // In the order of the table, quotations first, whatever was opened last.
        let mut ordered = panels.to_vec();
        ordered.sort_by_key(|&p| p != Panel::Quotes);
        for (i, panel) in ordered.into_iter().enumerate() {
            let i = i as u16;
            let height = if i + 1 == count {
                region.bottom() - y
            } else {
                region.height / count
            };
            let rect = Rect::new(region.x, y, region.width, height);
            y += height;
            match panel {
                Panel::Quotes => self.quotes = Some(rect),
                Panel::Passages => self.passages = Some(rect),
            }
        }
    }
}

/// Takes the room for `count` panels off `body` — beside wide side-by-side panes, else below
/// them — or `None` when the panes would be left no room to read.
fn panel_region(body: &mut Rect, stacked: bool, count: usize) -> Option<Rect> {
    let count = count as u16;
    if !stacked && body.width >= PANELS_BESIDE_MIN_WIDTH {
        let share = (f64::from(body.width) * PANEL_BESIDE_SHARE) as u16;
        let w = share.clamp(PANEL_BESIDE_WIDTH.0, PANEL_BESIDE_WIDTH.1);
        // Each panel keeps a header and four rows; the panes keep room to read.
        if body.height < (5 * count).max(MIN_READING_ROWS + 1) {
            return None;
        }
        // A blank column between the panes and the panel: a full row of the right pane's text
        // would otherwise run into the panel's first column.
        body.width -= w + 1;
        return Some(Rect::new(body.right() + 1, body.y, w, body.height));
    }
    // Below: a third of the height for one panel, half for two, within bounds; each pane keeps
    // its title and `MIN_READING_ROWS` rows of text.
    let (share, low, high) = if count == 1 {
        (body.height / 3, 6, 14)
    } else {
        (body.height / 2, 10, 24)
    };
    let h = share.clamp(low, high);
    let panes_rows = if stacked { 2 } else { 1 };
    let needed = panes_rows * (MIN_READING_ROWS + 1);
    if body.height < h + needed {
        return None;
    }
    body.height -= h;
    Some(Rect::new(body.x, body.bottom(), body.width, h))
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

    const QUOTES: Panels = Panels {
        quotes: true,
        passages: false,
        last: Panel::Quotes,
    };
    const BOTH: Panels = Panels {
        quotes: true,
        passages: true,
        last: Panel::Passages,
    };

    fn at(w: u16, h: u16, panels: Panels) -> Areas {
        Areas::compute(Rect::new(0, 0, w, h), Arrangement::Auto, panels)
    }

    #[test]
    fn wide_terminals_put_panes_side_by_side() {
        let s = at(120, 40, Panels::NONE);
        assert!(!s.stacked && !s.too_small);
        assert_eq!(s.texts.left.width + s.texts.right.width + 3, 120);
        assert_eq!(s.texts.left.height, 38);
        assert_eq!(s.status.y, 39);
    }

    #[test]
    fn narrow_terminals_stack_and_the_toggle_overrides() {
        let s = at(80, 24, Panels::NONE);
        assert!(s.stacked);
        assert_eq!(s.texts.left.width, 80);
        let s = Areas::compute(
            Rect::new(0, 0, 80, 24),
            Arrangement::SideBySide,
            Panels::NONE,
        );
        assert!(!s.stacked);
    }

    #[test]
    fn quotations_panel_goes_below_or_beside() {
        let s = at(120, 40, QUOTES);
        let q = s.quotes.unwrap();
        assert_eq!(q.width, 120);
        assert!(q.y > s.texts.left.y);
        // At 200×60 beside, with room for a quotation: the panes keep about 60 columns.
        let s = at(200, 60, QUOTES);
        let q = s.quotes.unwrap();
        assert_eq!(q.height, 59);
        // One blank column between the right pane's text and the panel.
        assert_eq!(q.x, s.texts.right.right() + 1, "{:?} {q:?}", s.texts);
        assert!(q.width >= 70, "{q:?}");
        assert!(s.texts.left.width >= 55, "{:?}", s.texts);
    }

    #[test]
    fn panels_show_only_where_the_panes_keep_room_to_read() {
        // 80×24: stacked panes keep seven rows each with the panel below.
        let s = at(80, 24, QUOTES);
        let q = s.quotes.expect("room at 80×24");
        assert!(s.texts.iter().all(|(_, t)| t.height >= MIN_READING_ROWS));
        assert_eq!(q.bottom(), s.status.y);
        // 40×8: no room.
        let s = at(40, 8, QUOTES);
        assert!(s.quotes.is_none());
        assert_eq!(s.texts.left.height + s.texts.right.height, 5);
        for w in MIN_WIDTH..220 {
            for h in MIN_HEIGHT..70 {
                for panels in [QUOTES, BOTH] {
                    let s = at(w, h, panels);
                    if s.quotes.is_some() || s.passages.is_some() {
                        assert!(
                            s.texts.iter().all(|(_, t)| t.height >= MIN_READING_ROWS),
                            "{w}×{h}: {:?}",
                            s.texts
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn two_panels_share_the_region_and_the_last_opened_stays_when_one_fits() {
        let s = at(200, 60, BOTH);
        let (q, p) = (s.quotes.unwrap(), s.passages.unwrap());
        assert_eq!((q.x, q.width), (p.x, p.width));
        assert_eq!(q.bottom(), p.y);
        assert_eq!(q.height + p.height, 59);
        let s = at(120, 40, BOTH);
        assert!(s.quotes.is_some() && s.passages.is_some());
        // 80×24: room for one, the one opened last.
        let s = at(80, 24, BOTH);
        assert!(s.quotes.is_none() && s.passages.is_some());
        let s = at(
            80,
            24,
            Panels {
                last: Panel::Quotes,
                ..BOTH
            },
        );
        assert!(s.quotes.is_some() && s.passages.is_none());
    }

    #[test]
    fn the_gutter_comes_out_of_the_source_text() {
        let mut s = Areas::compute(Rect::new(0, 0, 120, 40), Arrangement::Auto, Panels::NONE);
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
        let mut narrow = Areas::compute(
            Rect::new(0, 0, 24, 10),
            Arrangement::SideBySide,
            Panels::NONE,
        );
        narrow.carve_gutter(3);
        assert_eq!(narrow.gutter, None, "no room");
    }

    #[test]
    fn tiny_terminals_are_too_small_without_panicking() {
        for (w, h) in [(1, 1), (0, 0), (23, 40), (80, 5)] {
            assert!(at(w, h, BOTH).too_small);
        }
        for w in MIN_WIDTH..130 {
            for h in MIN_HEIGHT..30 {
                let s = at(w, h, BOTH);
                assert!(
                    s.texts
                        .iter()
                        .all(|(_, t)| t.right() <= w && t.bottom() <= h)
                );
                for panel in [s.quotes, s.passages].into_iter().flatten() {
                    assert!(
                        panel.right() <= w && panel.bottom() < h,
                        "above the status line"
                    );
                }
            }
        }
    }
}
