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

/// The length of the longest common prefix of `a` and `b`, on a char boundary of both: how
/// much of a text is unchanged when a newer version of it replaces it.
pub fn common_prefix_len(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len().min(b.len());
    // PERF: whole blocks compared with `==` (memcmp), bytes only in the first that differs.
    const BLOCK: usize = 4096;
    let mut at = 0;
    while at + BLOCK <= n && a[at..at + BLOCK] == b[at..at + BLOCK] {
        at += BLOCK;
    }
    at += a[at..n]
        .iter()
        .zip(&b[at..n])
        .take_while(|(x, y)| x == y)
        .count();
    // The texts agree up to `at`, so a boundary of one there is one of the other.
    while at > 0
        && (a.get(at).is_some_and(|&c| (c as i8) < -0x40)
            || b.get(at).is_some_and(|&c| (c as i8) < -0x40))
    {
        at -= 1;
    }
    at
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
    fn the_common_prefix_ends_on_a_boundary_of_both() {
        assert_eq!(common_prefix_len("abc", "abd"), 2);
        assert_eq!(common_prefix_len("ab", "abc"), 2);
        // é (C3 A9) and è (C3 A8) share their first byte: the prefix stops before both.
        assert_eq!(common_prefix_len("aé", "aè"), 1);
        let long = "é".repeat(5000);
        assert_eq!(common_prefix_len(&long, &format!("{long}x")), long.len());
        let mut other = long.clone();
        other.replace_range(8000..8002, "è");
        assert_eq!(common_prefix_len(&long, &other), 8000);
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
