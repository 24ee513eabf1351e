//! Word-level then character-level differences between two spans of text: which words only one
//! side has, and which letters changed inside a word both sides share (`soutien` → `souien`).

use std::ops::Range;

use super::lcs::{lcs_len_short, lcs_pairs};
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
    let pairs = lcs_pairs(&keys(&left_tokens), &keys(&right_tokens));
    marks_from_pairs(left_text, &left_tokens, right_text, &right_tokens, &pairs)
}

fn keys(tokens: &[Token]) -> Vec<u64> {
    tokens.iter().map(|t| t.key).collect()
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
    let pairs = lcs_pairs(&lk, &rk);
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
}
