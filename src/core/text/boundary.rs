//! Byte offsets moved onto character boundaries: every place that cuts a text at a computed
//! offset (a window of N bytes, a range from elsewhere) goes through these, so that slicing
//! never panics on a multi-byte character.

use std::ops::Range;

/// The largest char boundary of `text` at or before `offset` (`text.len()` past the end).
#[inline]
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    // A UTF-8 character is at most 4 bytes: this loops at most 3 times.
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or after `offset` (`text.len()` past the end).
#[inline]
pub fn ceil_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// `range` clipped to the text and widened outwards onto char boundaries (possibly empty, never
/// reversed): a range that is safe to slice whatever its origin.
#[inline]
pub fn clamp_range(text: &str, range: Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(text, range.start);
    let end = ceil_char_boundary(text, range.end);
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_inside_a_character_move_to_its_edges() {
        let s = "aé€b"; // a: 0, é: 1..3, €: 3..6, b: 6
        assert_eq!(floor_char_boundary(s, 2), 1);
        assert_eq!(ceil_char_boundary(s, 2), 3);
        assert_eq!(floor_char_boundary(s, 5), 3);
        assert_eq!(ceil_char_boundary(s, 4), 6);
        assert_eq!(floor_char_boundary(s, 3), 3);
        assert_eq!(ceil_char_boundary(s, 3), 3);
    }

    #[test]
    fn offsets_past_the_end_are_the_end() {
        let s = "été";
        assert_eq!(floor_char_boundary(s, 99), s.len());
        assert_eq!(ceil_char_boundary(s, 99), s.len());
        assert_eq!(clamp_range(s, 7..9), 5..5);
        assert_eq!(clamp_range("", 0..3), 0..0);
    }

    #[test]
    fn a_clamped_range_widens_and_is_never_reversed() {
        let s = "aé€b";
        assert_eq!(clamp_range(s, 2..4), 1..6);
        let (start, end) = (5, 2);
        assert_eq!(clamp_range(s, start..end), 3..3);
        assert_eq!(&s[clamp_range(s, 0..99)], s);
    }

    proptest::proptest! {
        #[test]
        fn every_result_is_a_boundary_and_as_close_as_can_be(
            s in "[aé€😀 ]{0,12}", offset in 0usize..60, end in 0usize..60,
        ) {
            let floor = floor_char_boundary(&s, offset);
            let ceil = ceil_char_boundary(&s, offset);
            proptest::prop_assert!(s.is_char_boundary(floor) && s.is_char_boundary(ceil));
            proptest::prop_assert!(floor <= offset.min(s.len()) && ceil >= offset.min(s.len()));
            proptest::prop_assert!((floor + 1..ceil).all(|i| !s.is_char_boundary(i)));
            let r = clamp_range(&s, offset..end);
            proptest::prop_assert!(s.get(r.clone()).is_some() && r.start <= r.end);
        }
    }
}
