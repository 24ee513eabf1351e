//! Word-level then character-level differences between two spans of text: which words only one
//! side has, and which letters changed inside a word both sides share (`soutien` → `souien`).

use std::ops::Range;

use super::text::boundary::clamp_range;
use super::text::fold::fold_char;
use super::text::words::{Token, tokenize};

/// What a mark highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A word only on this side (added, removed or replaced).
    Word,
    /// The differing characters inside a word that changed on both sides (`soutien` → `souien`:
    /// the `t` on the left).
    Char,
}

/// A highlighted byte range of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

/// Above this many cells (words × words) the middle of a span is not aligned word by word; its
/// words are all marked instead. Keeps a pathological span (a book with no sentence ends) linear.
const MAX_LCS_CELLS: usize = 64_000_000;

/// Word-level then character-level differences between two spans (used for passages and by the
/// quotations panel). Ranges are byte ranges into `left_text` and `right_text` respectively.
pub fn word_diff(
    left_text: &str,
    left: Range<usize>,
    right_text: &str,
    right: Range<usize>,
) -> (Vec<Mark>, Vec<Mark>) {
    let left = clamp_range(left_text, left);
    let right = clamp_range(right_text, right);
    let left_tokens = tokenize(left_text, left);
    let right_tokens = tokenize(right_text, right);
    let pairs = matched_pairs(&keys(&left_tokens), &keys(&right_tokens));
    marks_from_pairs(left_text, &left_tokens, right_text, &right_tokens, &pairs)
}

fn keys(tokens: &[Token]) -> Vec<u64> {
    tokens.iter().map(|t| t.key).collect()
}

/// Indices `(i, j)` of a longest common subsequence of `a` and `b`, increasing in both.
/// The common prefix and suffix are matched first, so near-identical spans cost linear time.
pub fn matched_pairs(a: &[u64], b: &[u64]) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    matched_pairs_into(a, b, &mut LcsScratch::default(), &mut pairs);
    pairs
}

/// [`matched_pairs`] with buffers the caller keeps between calls (`scratch` is working space;
/// `pairs` is cleared and filled).
pub fn matched_pairs_into(
    a: &[u64],
    b: &[u64],
    scratch: &mut LcsScratch,
    pairs: &mut Vec<(u32, u32)>,
) {
    pairs.clear();
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    pairs.extend((0..prefix).map(|i| (i as u32, i as u32)));
    let mid_a = &a[prefix..a.len() - suffix];
    let mid_b = &b[prefix..b.len() - suffix];
    if !mid_a.is_empty() && !mid_b.is_empty() {
        let cells = (mid_a.len() + 1).saturating_mul(mid_b.len() + 1);
        if cells <= MAX_LCS_CELLS {
            lcs_into(mid_a, mid_b, prefix as u32, scratch, pairs);
        }
    }
    let (sa, sb) = (a.len() - suffix, b.len() - suffix);
    pairs.extend((0..suffix).map(|k| ((sa + k) as u32, (sb + k) as u32)));
}

/// Buffers for [`matched_pairs_into`], kept by callers that diff many spans.
#[derive(Default)]
pub struct LcsScratch {
    /// Bit-vector rows, `words` u64 per row.
    rows: Vec<u64>,
    /// Match masks of the distinct words of `b`, `words` u64 each.
    masks: Vec<u64>,
    /// Open-addressing table from a word of `b` to its mask index (`u32::MAX`: empty slot);
    /// a table beats sorting for the few dozen words of a sentence.
    slots: Vec<(u64, u32)>,
}

impl LcsScratch {
    /// The slot for `key` in a table of `slots.len()` (a power of two) entries.
    fn slot(slots: &[(u64, u32)], key: u64) -> usize {
        let mask = slots.len() - 1;
        let mut at = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask;
        while slots[at].1 != u32::MAX && slots[at].0 != key {
            at = (at + 1) & mask;
        }
        at
    }
}

/// Bit-parallel LCS (Allison–Dix, Hyyrö): one row is a bit vector over `b` whose zero bits mark
/// where the LCS length grows, so a row costs `b.len() / 64` word operations instead of
/// `b.len()` cell updates. The rows are kept for the walk back: the LCS length of `a[..i]` and
/// `b[..j]` is the number of zeros among the first `j` bits of row `i`.
fn lcs_into(a: &[u64], b: &[u64], offset: u32, s: &mut LcsScratch, out: &mut Vec<(u32, u32)>) {
    let (n, m) = (a.len(), b.len());
    let words = m.div_ceil(64);
    s.slots.clear();
    s.slots
        .resize((2 * m).next_power_of_two().max(16), (0, u32::MAX));
    s.masks.clear();
    for (j, &key) in b.iter().enumerate() {
        let at = LcsScratch::slot(&s.slots, key);
        if s.slots[at].1 == u32::MAX {
            s.slots[at] = (key, (s.masks.len() / words) as u32);
            s.masks.resize(s.masks.len() + words, 0);
        }
        let base = s.slots[at].1 as usize * words;
        s.masks[base + j / 64] |= 1 << (j % 64);
    }
    s.rows.clear();
    s.rows.resize((n + 1) * words, !0);
    for (i, key) in a.iter().enumerate() {
        let (done, next) = s.rows.split_at_mut((i + 1) * words);
        let previous = &done[i * words..];
        let next = &mut next[..words];
        let found = s.slots[LcsScratch::slot(&s.slots, *key)].1;
        if found == u32::MAX {
            next.copy_from_slice(previous);
            continue;
        }
        let mask = &s.masks[found as usize * words..][..words];
        let (mut carry, mut borrow) = (false, false);
        for k in 0..words {
            let v = previous[k];
            let u = v & mask[k];
            let (sum, c1) = v.overflowing_add(u);
            let (sum, c2) = sum.overflowing_add(carry as u64);
            let (difference, b1) = v.overflowing_sub(u);
            let (difference, b2) = difference.overflowing_sub(borrow as u64);
            carry = c1 || c2;
            borrow = b1 || b2;
            next[k] = sum | difference;
        }
    }
    let rows = &s.rows;
    let lcs_at = |i: usize, j: usize| -> usize {
        let row = &rows[i * words..(i + 1) * words];
        let full = j / 64;
        let mut ones: usize = row[..full].iter().map(|w| w.count_ones() as usize).sum();
        if j % 64 != 0 {
            ones += (row[full] & ((1u64 << (j % 64)) - 1)).count_ones() as usize;
        }
        j - ones
    };
    let start = out.len();
    let (mut i, mut j) = (n, m);
    let mut length = lcs_at(n, m);
    while i > 0 && j > 0 && length > 0 {
        if a[i - 1] == b[j - 1] {
            out.push((offset + i as u32 - 1, offset + j as u32 - 1));
            i -= 1;
            j -= 1;
            length -= 1;
        } else if lcs_at(i - 1, j) == length {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out[start..].reverse();
}

/// LCS length of two short sequences (`b` at most 64 long), bit-parallel, without allocating.
fn lcs_len_short(a: &[u64], b: &[u64]) -> usize {
    debug_assert!(b.len() <= 64);
    let m = b.len().min(64);
    let mut v: u64 = !0;
    for key in a {
        let mut mask = 0u64;
        for (j, other) in b.iter().take(m).enumerate() {
            mask |= ((other == key) as u64) << j;
        }
        let u = v & mask;
        v = v.wrapping_add(u) | v.wrapping_sub(u);
    }
    let low = if m == 64 { !0 } else { (1u64 << m) - 1 };
    m - (v & low).count_ones() as usize
}

/// Marks for the words outside the matched pairs. A run of changed words facing a run of changed
/// words is paired word by word where two words look alike; those get character marks instead.
pub fn marks_from_pairs(
    left_text: &str,
    left: &[Token],
    right_text: &str,
    right: &[Token],
    pairs: &[(u32, u32)],
) -> (Vec<Mark>, Vec<Mark>) {
    let mut left_marks = Vec::new();
    let mut right_marks = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    let ends = pairs
        .iter()
        .copied()
        .chain(std::iter::once((left.len() as u32, right.len() as u32)));
    for (pi, pj) in ends {
        // Clamped and checked so that pairs from elsewhere cannot make this panic.
        let (pi, pj) = (
            (pi as usize).min(left.len()),
            (pj as usize).min(right.len()),
        );
        if pi >= i && pj >= j {
            diff_gap(
                left_text,
                &left[i..pi],
                right_text,
                &right[j..pj],
                &mut left_marks,
                &mut right_marks,
            );
        }
        i = pi + 1;
        j = pj + 1;
    }
    (merge_adjacent(left_marks), merge_adjacent(right_marks))
}

/// One gap between matched words: words that look alike are paired for character marks,
/// the others are whole-word marks.
fn diff_gap(
    left_text: &str,
    left: &[Token],
    right_text: &str,
    right: &[Token],
    left_marks: &mut Vec<Mark>,
    right_marks: &mut Vec<Mark>,
) {
    let mut next_right = 0;
    for token in left {
        let word = &left_text[token.range()];
        let partner = (next_right..right.len())
            .take(4)
            .find(|&k| words_look_alike(word, &right_text[right[k].range()]));
        match partner {
            Some(k) => {
                for skipped in &right[next_right..k] {
                    right_marks.push(Mark {
                        range: skipped.range(),
                        kind: MarkKind::Word,
                    });
                }
                char_marks(
                    left_text,
                    token,
                    right_text,
                    &right[k],
                    left_marks,
                    right_marks,
                );
                next_right = k + 1;
            }
            None => left_marks.push(Mark {
                range: token.range(),
                kind: MarkKind::Word,
            }),
        }
    }
    for skipped in &right[next_right..] {
        right_marks.push(Mark {
            range: skipped.range(),
            kind: MarkKind::Word,
        });
    }
}

/// Folded characters of a word with their byte ranges (œ folds to "oe": one entry, one key).
fn folded_chars(text: &str, token: &Token) -> Vec<(Range<usize>, u64)> {
    let base = token.start as usize;
    text[token.range()]
        .char_indices()
        .filter_map(|(i, c)| {
            let mut key = 0u64;
            let mut any = false;
            fold_char(c, |f| {
                key = key.wrapping_mul(0x110000).wrapping_add(f as u64 + 1);
                any = true;
            });
            any.then(|| (base + i..base + i + c.len_utf8(), key))
        })
        .collect()
}

/// Longest word (in folded letters) compared letter by letter; longer ones are whole-word marks.
const MAX_WORD_LETTERS: usize = 32;

/// Folded letters of a word into a fixed buffer (no allocation: this runs for every changed
/// word of every passage); None when the word is too long to bother.
fn fold_letters(word: &str, out: &mut [u64; MAX_WORD_LETTERS]) -> Option<usize> {
    let mut n = 0;
    let mut overflow = false;
    for c in word.chars() {
        fold_char(c, |f| {
            if n < MAX_WORD_LETTERS {
                out[n] = f as u64;
                n += 1;
            } else {
                overflow = true;
            }
        });
    }
    (!overflow).then_some(n)
}

/// Two words look alike when most of their folded letters line up (`soutien`/`souien`), which
/// makes a letter-level mark more telling than two whole-word marks.
fn words_look_alike(a: &str, b: &str) -> bool {
    // At most three letters differ: cheap length and letter-set tests reject most pairs (three
    // edits change at most six letters of the set; accented letters share one bit).
    if a.len().abs_diff(b.len()) > 6 || a.len() < 3 || b.len() < 3 {
        return false;
    }
    let letters = |w: &str| {
        w.bytes().fold(0u64, |set, byte| {
            set | if byte < 0x80 {
                1u64 << ((byte | 0x20) & 63)
            } else {
                1u64 << 63
            }
        })
    };
    if (letters(a) ^ letters(b)).count_ones() > 6 {
        return false;
    }
    let mut fa = [0u64; MAX_WORD_LETTERS];
    let mut fb = [0u64; MAX_WORD_LETTERS];
    let (Some(na), Some(nb)) = (fold_letters(a, &mut fa), fold_letters(b, &mut fb)) else {
        return false;
    };
    let longer = na.max(nb);
    if na < 3 || nb < 3 || longer - na.min(nb) > 3 {
        return false;
    }
    let common = lcs_len_short(&fa[..na], &fb[..nb]);
    let differing = longer - common;
    // At most a third of the letters differ, and at most three.
    differing <= 3 && common * 3 >= longer * 2
}

fn char_marks(
    left_text: &str,
    left: &Token,
    right_text: &str,
    right: &Token,
    left_marks: &mut Vec<Mark>,
    right_marks: &mut Vec<Mark>,
) {
    let lc = folded_chars(left_text, left);
    let rc = folded_chars(right_text, right);
    let lk: Vec<u64> = lc.iter().map(|c| c.1).collect();
    let rk: Vec<u64> = rc.iter().map(|c| c.1).collect();
    let pairs = matched_pairs(&lk, &rk);
    let mut in_left = vec![false; lc.len()];
    let mut in_right = vec![false; rc.len()];
    for &(i, j) in &pairs {
        in_left[i as usize] = true;
        in_right[j as usize] = true;
    }
    let left_changed = in_left.iter().any(|&kept| !kept);
    let right_changed = in_right.iter().any(|&kept| !kept);
    for (k, (range, _)) in lc.iter().enumerate() {
        if !in_left[k] {
            left_marks.push(Mark {
                range: range.clone(),
                kind: MarkKind::Char,
            });
        }
    }
    for (k, (range, _)) in rc.iter().enumerate() {
        if !in_right[k] {
            right_marks.push(Mark {
                range: range.clone(),
                kind: MarkKind::Char,
            });
        }
    }
    // A pure deletion or insertion (`soutien` → `souien`) leaves one side without a character
    // of its own to mark: that side's word is marked whole, so the change shows on both sides.
    if left_changed && !right_changed {
        right_marks.push(Mark {
            range: right.range(),
            kind: MarkKind::Word,
        });
    } else if right_changed && !left_changed {
        left_marks.push(Mark {
            range: left.range(),
            kind: MarkKind::Word,
        });
    }
}

/// Joins touching character marks (`ti` missing is one mark, not two); word marks stay one per
/// word so the reader can style each.
fn merge_adjacent(mut marks: Vec<Mark>) -> Vec<Mark> {
    marks.sort_by_key(|m| m.range.start);
    let mut out: Vec<Mark> = Vec::with_capacity(marks.len());
    for mark in marks {
        let touching = out.last().is_some_and(|last| {
            last.kind == MarkKind::Char
                && mark.kind == MarkKind::Char
                && last.range.end == mark.range.start
        });
        if touching {
            if let Some(last) = out.last_mut() {
                last.range.end = mark.range.end;
            }
            continue;
        }
        out.push(mark);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    type Shown = Vec<(String, MarkKind)>;

    fn diff(a: &str, b: &str) -> (Shown, Shown) {
        let (l, r) = word_diff(a, 0..a.len(), b, 0..b.len());
        let show = |t: &str, m: Vec<Mark>| -> Shown {
            m.into_iter()
                .map(|m| (t[m.range].to_string(), m.kind))
                .collect()
        };
        (show(a, l), show(b, r))
    }

    #[test]
    fn a_missing_letter_is_a_char_mark() {
        let (l, r) = diff(
            "son plus proche soutien, et Moscou",
            "son plus proche souien, et Moscou",
        );
        assert_eq!(l, [("t".to_string(), MarkKind::Char)]);
        // The side that lost the letter has nothing of its own to mark: the word is marked.
        assert_eq!(r, [("souien".to_string(), MarkKind::Word)]);
    }

    #[test]
    fn added_removed_and_replaced_words_are_word_marks() {
        let (l, r) = diff(
            "Ni communiqué commun ni signature",
            "pas de communiqué commun ni de signature",
        );
        assert_eq!(l, [("Ni".to_string(), MarkKind::Word)]);
        let words: Vec<&str> = r.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(words, ["pas", "de", "de"]);
        assert!(r.iter().all(|m| m.1 == MarkKind::Word));
    }

    #[test]
    fn case_accents_quotes_and_hyphens_are_not_differences() {
        let (l, r) = diff(
            "les \"liens historiques\" avec Kim Jong Un, Etats",
            "les « liens historiques » avec Kim Jong-un, États",
        );
        assert!(l.is_empty() && r.is_empty(), "{l:?} {r:?}");
    }

    #[test]
    fn identical_and_empty_spans() {
        let (l, r) = diff("Un texte.", "Un texte.");
        assert!(l.is_empty() && r.is_empty());
        let (l, r) = diff("", "Un texte.");
        assert!(l.is_empty());
        assert_eq!(r.len(), 2);
        // Out of range and off a character boundary: clipped, never a panic.
        let (l, r) = word_diff("abc", 5..9, "é", 0..1);
        assert!(l.is_empty());
        assert_eq!(r.len(), 1);
    }

    #[test]
    fn lcs_matches_in_order() {
        let pairs = matched_pairs(&[1, 2, 3, 4, 5], &[1, 3, 9, 4, 5]);
        assert_eq!(pairs, [(0, 0), (2, 1), (3, 3), (4, 4)]);
    }

    /// Reference LCS length by dynamic programming.
    fn lcs_len_dp(a: &[u64], b: &[u64]) -> usize {
        let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                table[i + 1][j + 1] = if a[i] == b[j] {
                    table[i][j] + 1
                } else {
                    table[i][j + 1].max(table[i + 1][j])
                };
            }
        }
        table[a.len()][b.len()]
    }

    proptest::proptest! {
        #[test]
        fn bit_parallel_lcs_is_a_longest_common_subsequence(
            a in proptest::collection::vec(0u64..6, 0..150),
            b in proptest::collection::vec(0u64..6, 0..150),
        ) {
            let pairs = matched_pairs(&a, &b);
            proptest::prop_assert_eq!(pairs.len(), lcs_len_dp(&a, &b));
            for w in pairs.windows(2) {
                proptest::prop_assert!(w[0].0 < w[1].0 && w[0].1 < w[1].1);
            }
            for &(i, j) in &pairs {
                proptest::prop_assert_eq!(a[i as usize], b[j as usize]);
            }
            if b.len() <= 64 {
                proptest::prop_assert_eq!(lcs_len_short(&a, &b), lcs_len_dp(&a, &b));
            }
        }
    }
}
