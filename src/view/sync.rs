//! The scroll map: a monotone, piecewise-linear map between the two panes' rows, built from
//! anchor pairs (aligned passages), and the reading line that synchronised scrolling follows.

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

/// The reading line of a pane: the row that synchronised scrolling keeps facing its
/// counterpart. Meld-style, it slides from the top of the pane (at the start of the document) to
/// the bottom (at the end), so both documents can be read to their first and last rows.
pub fn reading_line(top: usize, total: usize, height: usize) -> f64 {
    if total <= height || height == 0 {
        return top as f64;
    }
    top as f64 * total as f64 / (total - height) as f64
}

/// The top row that puts `reading` on the reading line (inverse of [`reading_line`]).
pub fn top_for_reading_line(reading: f64, total: usize, height: usize) -> usize {
    if total <= height || height == 0 {
        return 0;
    }
    let top = reading * (total - height) as f64 / total as f64;
    (top.round().max(0.0) as usize).min(total - height)
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
    fn reading_line_slides_from_top_to_bottom() {
        assert_eq!(reading_line(0, 100, 20), 0.0);
        assert_eq!(reading_line(80, 100, 20), 100.0);
        assert_eq!(top_for_reading_line(100.0, 100, 20), 80);
        assert_eq!(top_for_reading_line(50.0, 100, 20), 40);
        assert_eq!(top_for_reading_line(50.0, 10, 20), 0);
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
        fn reading_line_inverts(total in 0usize..1000, height in 1usize..100, top in 0usize..1000) {
            let top = top.min(max_top(total, height));
            let reading = reading_line(top, total, height);
            prop_assert_eq!(top_for_reading_line(reading, total, height), top);
        }
    }
}
