//! The scroll map: a monotone, piecewise-linear map between the two panes' rows, built from
//! anchor pairs (aligned passages), and the reading line that synchronised scrolling follows: one
//! screen line for both panes, sliding from top to bottom with the scroll.

use crate::core::side::Side;

/// Anchors `(left row, right row)`, non-decreasing in both coordinates, always starting at (0, 0)
/// and ending at (left rows, right rows). Between anchors the map is linear, so with no anchors
/// of its own it is proportional over the whole documents.
#[derive(Debug, Clone, PartialEq)]
pub struct ScrollMap {
    anchors: Vec<(f64, f64)>,
}

impl ScrollMap {
    /// The proportional map between documents of `left` and `right` rows.
    pub fn proportional(left: usize, right: usize) -> ScrollMap {
        ScrollMap::from_anchors(left, right, std::iter::empty())
    }

    /// A map through `pairs` (left row, right row), taken in order of the left row. A pair that
    /// would make the map go backwards on either side is dropped, so the result is monotone.
    pub fn from_anchors(
        left: usize,
        right: usize,
        pairs: impl IntoIterator<Item = (usize, usize)>,
    ) -> ScrollMap {
        let mut sorted: Vec<(usize, usize)> = pairs
            .into_iter()
            .filter(|&(l, r)| l <= left && r <= right)
            .collect();
        sorted.sort_unstable();
        let mut anchors = vec![(0.0, 0.0)];
        for (l, r) in sorted {
            let &(last_l, last_r) = anchors.last().unwrap_or(&(0.0, 0.0));
            let (l, r) = (l as f64, r as f64);
            if l >= last_l && r >= last_r && (l, r) != (last_l, last_r) {
                anchors.push((l, r));
            }
        }
        let end = (left as f64, right as f64);
        while anchors.len() > 1 && anchors.last().is_some_and(|&(l, r)| l > end.0 || r > end.1) {
            anchors.pop();
        }
        if anchors.last() != Some(&end) {
            anchors.push(end);
        }
        ScrollMap { anchors }
    }

    /// Number of anchors, endpoints included.
    pub fn anchor_count(&self) -> usize {
        self.anchors.len()
    }

    /// Maps a (fractional) row of pane `from` to the facing row of the other pane.
    pub fn map(&self, from: Side, row: f64) -> f64 {
        let pick = |a: &(f64, f64)| match from {
            Side::Left => *a,
            Side::Right => (a.1, a.0),
        };
        let first = pick(&self.anchors[0]);
        let last = pick(&self.anchors[self.anchors.len() - 1]);
        if row <= first.0 {
            return first.1;
        }
        if row >= last.0 {
            return last.1;
        }
        // First anchor strictly after `row`; the anchors are sorted on both coordinates.
        let after = self.anchors.partition_point(|a| pick(a).0 <= row);
        let (x0, y0) = pick(&self.anchors[after - 1]);
        let (x1, y1) = pick(&self.anchors[after]);
        if x1 <= x0 {
            return y1;
        }
        y0 + (row - x0) * (y1 - y0) / (x1 - x0)
    }
}

/// Where the reading line is on screen: a fraction of a pane's height, 0 at its top row, 1 just
/// below its last. Synchronised scrolling keeps the rows on the two panes' reading lines facing
/// through the scroll map, and both panes put it at this one fraction, so what faces is on the
/// same screen line (for panes of one height). Meld-style, it slides from the top of the pane
/// (at the start of a document) to the bottom (at its end) as the leading pane scrolls, so both
/// documents can be read to their first and last rows; a jump puts it on the row jumped to.
pub type ReadingLine = f64;

/// The row on the reading line of a pane showing rows from `top`, `height` rows high, of a
/// document of `total` rows.
pub fn reading_row(top: usize, reading: ReadingLine, total: usize, height: usize) -> f64 {
    (top as f64 + reading * height as f64).min(total as f64)
}

/// The top row that puts `row` on the reading line (the inverse of [`reading_row`]), clamped to
/// the pane's scroll range.
pub fn top_for_reading_row(row: f64, reading: ReadingLine, total: usize, height: usize) -> usize {
    let top = (row - reading * height as f64).round().max(0.0) as usize;
    top.min(max_top(total, height))
}

/// The reading line once the leading pane has scrolled from `old_top` to `new_top`: it slides
/// towards the bottom of the pane going down, reaching it exactly at the last top, and towards
/// the top going up, reaching it exactly at the first; each step moves it by a share of what is
/// left, so it never jumps, from wherever a jump had put it. A pane that cannot scroll
/// (`max_top` 0) leaves it where it is.
pub fn slide_reading_line(
    reading: ReadingLine,
    old_top: usize,
    new_top: usize,
    max_top: usize,
) -> ReadingLine {
    if max_top == 0 {
        return reading;
    }
    if new_top == 0 {
        return 0.0;
    }
    if new_top >= max_top {
        return 1.0;
    }
    let (old, new, last) = (old_top as f64, new_top as f64, max_top as f64);
    let slid = if new > old {
        reading + (1.0 - reading) * (new - old) / (last - old)
    } else if new < old {
        reading - reading * (old - new) / old
    } else {
        reading
    };
    slid.clamp(0.0, 1.0)
}

/// The largest useful top row of a pane.
pub fn max_top(total: usize, height: usize) -> usize {
    total.saturating_sub(height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn proportional_without_anchors() {
        let m = ScrollMap::proportional(100, 50);
        assert_eq!(m.map(Side::Left, 0.0), 0.0);
        assert_eq!(m.map(Side::Left, 50.0), 25.0);
        assert_eq!(m.map(Side::Left, 100.0), 50.0);
        assert_eq!(m.map(Side::Right, 25.0), 50.0);
    }

    #[test]
    fn interpolates_between_anchors() {
        let m = ScrollMap::from_anchors(100, 100, [(10, 50), (20, 60)]);
        assert_eq!(m.map(Side::Left, 10.0), 50.0);
        assert_eq!(m.map(Side::Left, 15.0), 55.0);
        assert_eq!(m.map(Side::Left, 5.0), 25.0);
        assert_eq!(m.map(Side::Right, 55.0), 15.0);
        assert_eq!(m.map(Side::Left, 60.0), 80.0);
    }

    #[test]
    fn crossing_anchors_are_dropped() {
        let m = ScrollMap::from_anchors(100, 100, [(10, 50), (20, 30), (30, 70)]);
        assert_eq!(m.anchor_count(), 4);
        assert_eq!(m.map(Side::Left, 30.0), 70.0);
    }

    #[test]
    fn empty_documents_map_to_zero() {
        let m = ScrollMap::proportional(0, 0);
        assert_eq!(m.map(Side::Left, 3.0), 0.0);
        let m = ScrollMap::proportional(10, 0);
        assert_eq!(m.map(Side::Left, 5.0), 0.0);
        assert_eq!(m.map(Side::Right, 0.0), 0.0);
    }

    #[test]
    fn the_reading_line_slides_from_top_to_bottom_with_the_scroll() {
        // A document of 100 rows in a pane of 20: tops 0 to 80.
        let mut reading = 0.0;
        let mut top = 0;
        for new_top in [10, 40, 79] {
            let next = slide_reading_line(reading, top, new_top, 80);
            assert!(next > reading && next < 1.0, "{reading} -> {next}");
            (reading, top) = (next, new_top);
        }
        assert_eq!(slide_reading_line(reading, top, 80, 80), 1.0);
        assert_eq!(
            reading_row(80, 1.0, 100, 20),
            100.0,
            "the last row can be read"
        );
        assert_eq!(slide_reading_line(0.7, 50, 0, 80), 0.0);
        assert_eq!(
            reading_row(0, 0.0, 100, 20),
            0.0,
            "the first row can be read"
        );
        // From the start, it moves as Meld's does: a tenth of the way down, a tenth of the pane.
        assert!((slide_reading_line(0.0, 0, 8, 80) - 0.1).abs() < 1e-12);
        // Where a jump put it, a step goes a share of what is left either way.
        assert!((slide_reading_line(0.5, 40, 60, 80) - 0.75).abs() < 1e-12);
        assert!((slide_reading_line(0.5, 40, 20, 80) - 0.25).abs() < 1e-12);
        // A pane that cannot scroll keeps it.
        assert_eq!(slide_reading_line(0.3, 0, 0, 0), 0.3);
        assert_eq!(top_for_reading_row(50.0, 0.5, 100, 20), 40);
        assert_eq!(
            top_for_reading_row(5.0, 0.5, 100, 20),
            0,
            "clamped at the top"
        );
        assert_eq!(
            top_for_reading_row(99.0, 0.1, 100, 20),
            80,
            "and at the bottom"
        );
    }

    proptest! {
        #[test]
        fn map_is_monotone_and_within_bounds(
            left in 0usize..500, right in 0usize..500,
            pairs in proptest::collection::vec((0usize..500, 0usize..500), 0..20),
            a in 0.0f64..600.0, b in 0.0f64..600.0,
        ) {
            let m = ScrollMap::from_anchors(left, right, pairs);
            for side in [Side::Left, Side::Right] {
                let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
                let (ml, mh) = (m.map(side, lo), m.map(side, hi));
                prop_assert!(ml <= mh + 1e-9);
                let bound = match side { Side::Left => right, Side::Right => left } as f64;
                prop_assert!((0.0..=bound + 1e-9).contains(&ml));
            }
            prop_assert_eq!(m.map(Side::Left, 0.0), 0.0);
            prop_assert!((m.map(Side::Left, left as f64) - right as f64).abs() < 1e-9 || left == 0);
        }

        #[test]
        fn map_round_trips_where_it_is_strictly_increasing(
            n in 1usize..400, row in 0usize..400,
        ) {
            let m = ScrollMap::from_anchors(n, 2 * n, [(n / 3, n), (n / 2, n + 1)]);
            let row = (row % (n + 1)) as f64;
            let back = m.map(Side::Right, m.map(Side::Left, row));
            prop_assert!((back - row).abs() < 1e-6, "{row} -> {back}");
        }

        #[test]
        fn reading_row_inverts(
            total in 0usize..1000, height in 1usize..100, top in 0usize..1000, reading in 0.0f64..=1.0,
        ) {
            let top = top.min(max_top(total, height));
            let row = reading_row(top, reading, total, height);
            if row < total as f64 {
                prop_assert_eq!(top_for_reading_row(row, reading, total, height), top);
            }
        }

        #[test]
        fn the_reading_line_stays_on_screen_and_follows_the_direction(
            reading in 0.0f64..=1.0, old in 0usize..200, new in 0usize..200, last in 0usize..200,
        ) {
            let (old, new) = (old.min(last), new.min(last));
            let slid = slide_reading_line(reading, old, new, last);
            prop_assert!((0.0..=1.0).contains(&slid));
            if last > 0 && new > old {
                prop_assert!(slid >= reading);
            }
            if last > 0 && new < old {
                prop_assert!(slid <= reading);
            }
        }
    }
}
