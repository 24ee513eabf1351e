//! The one tokeniser: what a word is (`is_word_char`), the words of a text as byte ranges of the
//! original with a key (a hash of their folded form, so `États` = `Etats`, `l'objectif` =
//! `l’objectif`, `Kim Jong-un` = `Kim Jong Un`), the key of a single word, and the word count.
//! The display always keeps the original text; only matching sees the folded form.

use std::ops::Range;

use super::fold::fold_char;
use unicode_normalization::char::is_combining_mark;

/// A word of the original text: letters and digits only. Apostrophes, hyphens, quote marks,
/// (no-break) spaces and punctuation separate words, which is what makes `Jong-un` and `Jong Un`
/// the same two words and every kind of quote mark alike (they are not words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    /// Hash of the folded (lower-case, accent-free) word.
    pub key: u64,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// FNV-1a-style over whole folded characters (one multiply per character, not per byte: this
/// runs for every letter of every document); a full 64-bit odd multiplier mixes wider units well.
///
/// Public so that code hashing words on the fly (quotation attribution) computes exactly the
/// keys `tokenize` and `word_key` do: start from [`KEY_SEED`], mix each folded character.
#[inline]
pub const fn mix(hash: u64, c: char) -> u64 {
    (hash ^ c as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// The key of the empty word; see [`mix`].
pub const KEY_SEED: u64 = FNV_OFFSET;

/// True for characters that make up words: letters and digits (Unicode's alphanumerics). The
/// Latin-1 and Latin Extended-A letters of French and other European text are answered without
/// the general Unicode lookup.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xc0..=0x17f => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// Appends the tokens of `text[range]` to `out`.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    for_each_word(text, range, |start, end, key| {
        out.push(Token {
            start: start as u32,
            end: end as u32,
            key,
        })
    });
}

/// Number of words in `text`: the tokens `tokenize` would give (`l'objectif` is two,
/// `Jong-un` two, a decomposed `été` one), without storing them.
pub fn count_words(text: &str) -> usize {
    // PERF: this runs over every line of every document opened, twice the bytes the
    // quotations read: word starts are counted with no key and no word boundaries kept
    // (through `for_each_word` it cost 15 instructions a byte).
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // PERF: a run of ASCII and Latin-1 letters (nearly all of French or English text) is
        // counted from a table with no branch per byte. Any other run is read character by
        // character, to its end at least (so that no byte is tried twice as a run).
        if let Some(run) = bytes.get(i..i + SIMPLE_RUN)
            && let Some((starts, last)) = simple_run_starts(run, in_word)
        {
            count += starts;
            in_word = last;
            i += SIMPLE_RUN;
            continue;
        }
        let stop = (i + SIMPLE_RUN).min(bytes.len());
        while i < stop {
            let b = bytes[i];
            let (word, len) = if b < 0x80 {
                (ASCII_FOLDED[b as usize] != SEPARATOR, 1)
            } else if latin1_letter(bytes, i).is_some() {
                (true, 2)
            } else {
                let c = text[i..]
                    .chars()
                    .next()
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                // A combining mark continues the word it follows, as in `for_each_word`.
                (
                    is_word_char(c) || in_word && is_combining_mark(c),
                    c.len_utf8(),
                )
            };
            count += usize::from(word && !in_word);
            in_word = word;
            i += len;
        }
    }
    count
}

/// The length of the runs `count_words` counts in one go: the bytes of a `u64`.
const SIMPLE_RUN: usize = 8;

/// Each byte's high bit: the flags of `simple_run_starts`.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// Each byte's low bit: times a byte, that byte in every place.
const LOW: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `x` equal to `b` (exact: no borrow crosses bytes).
#[inline(always)]
const fn bytes_equal(x: u64, b: u8) -> u64 {
    let t = x ^ (LOW * b as u64);
    !(((t & !HIGH).wrapping_add(!HIGH)) | t) & HIGH
}

/// The number of words starting in the eight bytes of `run`, and whether its last byte is in a
/// word, if the run is simple: ASCII and the Latin-1 letters `C3 80..=BF` (not `×`, `÷`), its
/// last byte no lead byte. `run` starts at a character boundary; `in_word`: the byte before it
/// ends a word. In a simple run every byte above ASCII is part of a Latin-1 letter, a word
/// character; ASCII letters and digits are told by adding to each byte, eight at once.
#[inline]
fn simple_run_starts(run: &[u8], in_word: bool) -> Option<(usize, bool)> {
    let x = u64::from_le_bytes(<[u8; SIMPLE_RUN]>::try_from(run).ok()?);
    let high = x & HIGH;
    // Other lead bytes (`C0` and up but `C3`), and the second bytes of × and ÷.
    let lead = x & (x << 1) & HIGH;
    let c3 = bytes_equal(x, 0xC3);
    let odd = (lead & !c3) | bytes_equal(x, 0x97) | bytes_equal(x, 0xB7) | (c3 & (1 << 63));
    if odd != 0 {
        return None;
    }
    // Per byte, its low seven bits plus a constant set the high bit from a threshold on (no
    // carry leaves a byte: the sums stay below 0x100).
    let low = x & !HIGH;
    let folded = low | (LOW * 0x20);
    let letter = folded.wrapping_add(LOW * (0x80 - b'a' as u64))
        & !folded.wrapping_add(LOW * (0x80 - b'z' as u64 - 1));
    let digit = low.wrapping_add(LOW * (0x80 - b'0' as u64))
        & !low.wrapping_add(LOW * (0x80 - b'9' as u64 - 1));
    let word = ((letter | digit) & HIGH & !high) | high;
    // A word starts at a word byte after a byte that is not one.
    let starts = word & !((word << 8) | (u64::from(in_word) << 7));
    let count = (starts >> 7).wrapping_mul(LOW) >> 56;
    Some((count as usize, word >> 63 == 1))
}

/// Calls `word(start, end, key)` for each word of `text[range]`, in order, with byte offsets
/// into `text`.
#[inline(always)]
fn for_each_word(text: &str, range: Range<usize>, mut word: impl FnMut(usize, usize, u64)) {
    let slice = &text[range.clone()];
    let base = range.start;
    let bytes = slice.as_bytes();
    let mut i = 0;
    // This runs over every byte of both documents: ASCII goes through a table, a word is
    // read in a tight inner loop, and only other characters are decoded.
    while i < bytes.len() {
        let class = ASCII_FOLDED[bytes[i] as usize];
        if class == SEPARATOR {
            i += 1;
            continue;
        }
        if class == NOT_ASCII && latin1_letter(bytes, i).is_none() {
            let c = slice[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        // A word starts at `i`.
        let start = i;
        let mut hash = FNV_OFFSET;
        while i < bytes.len() {
            let class = ASCII_FOLDED[bytes[i] as usize];
            if class == SEPARATOR {
                break;
            }
            if class != NOT_ASCII {
                hash = mix(hash, class as char);
                i += 1;
            } else if let Some(folded) = latin1_letter(bytes, i) {
                // Accented Latin-1 letters (é, à, ç, Ê…): most of the rest of French text.
                hash = mix(hash, folded as char);
                i += 2;
            } else {
                let c = slice[i..]
                    .chars()
                    .next()
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                // A combining mark continues the word it follows (decomposed `é` = `e` + U+0301).
                if !(is_word_char(c) || is_combining_mark(c)) {
                    break;
                }
                fold_char(c, |f| hash = mix(hash, f));
                i += c.len_utf8();
            }
        }
        word(base + start, base + i, hash);
    }
}

/// An ASCII byte that is not part of a word.
const SEPARATOR: u8 = 0;
/// A byte of a non-ASCII character.
const NOT_ASCII: u8 = 0xff;

/// Per byte: the folded ASCII letter or digit, `SEPARATOR`, or `NOT_ASCII`.
const ASCII_FOLDED: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte >= 0x80 {
            NOT_ASCII
        } else if byte.is_ascii_alphanumeric() {
            byte.to_ascii_lowercase()
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// Folded forms of U+00C0..=U+00FF, 0 where `fold_char` does not give one ASCII letter
/// (×, ÷, æ, ß, þ, ð…): those take the general path.
const LATIN1_FOLDED: [u8; 64] =
    *b"aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";

/// The folded ASCII letter of the two-byte Latin-1 letter at `bytes[i]`, if it is one.
#[inline]
fn latin1_letter(bytes: &[u8], i: usize) -> Option<u8> {
    // U+00C0..=U+00FF is encoded C3 80..=C3 BF.
    if bytes[i] != 0xc3 {
        return None;
    }
    let second = *bytes.get(i + 1)?;
    let folded = *LATIN1_FOLDED.get(second.checked_sub(0x80)? as usize)?;
    (folded != 0).then_some(folded)
}

/// The tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, &mut out);
    out
}

/// The key a single word would get (for lexicons: stop words, verbs of saying).
///
/// PERF: the rules compare words with literals (`w.key == key("selon")`) for every word they
/// look at; a word of ASCII and Latin-1 letters takes [`latin_key`], which is a `const fn` the
/// compiler folds into a constant once this is inlined (`word_key("auprès")` was a sixth of
/// `visavis quotes` on the Bible pair when it ran through `fold_char` each time).
#[inline]
pub fn word_key(word: &str) -> u64 {
    match latin_key(word) {
        Some(key) => key,
        None => word_key_folded(word),
    }
}

/// [`word_key`] through the general folding.
#[inline(never)]
fn word_key_folded(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        fold_char(c, |f| h = mix(h, f));
    }
    h
}

/// The key of a word written in ASCII and the Latin-1 letters that fold to one ASCII letter
/// (`é`, `à`, `ç`…), the same as [`word_key`]'s; `None` for any other character. A `const fn`,
/// so that `const K: u64 = latin_key("après").unwrap()` is a compile-time constant.
pub const fn latin_key(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // `fold_char` lower-cases every ASCII character, letters or not.
            h = mix(h, b.to_ascii_lowercase() as char);
            i += 1;
        } else if b == 0xc3 && i + 1 < bytes.len() && bytes[i + 1] >= 0x80 && bytes[i + 1] < 0xc0 {
            let folded = LATIN1_FOLDED[(bytes[i + 1] - 0x80) as usize];
            if folded == 0 {
                return None;
            }
            h = mix(h, folded as char);
            i += 2;
        } else {
            return None;
        }
    }
    Some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<u64> {
        tokenize(s, 0..s.len()).iter().map(|t| t.key).collect()
    }

    #[test]
    fn case_accents_apostrophes_hyphens_and_quotes_normalise_alike() {
        assert_eq!(keys("les États-Unis"), keys("Les Etats Unis"));
        assert_eq!(keys("l'objectif"), keys("l’objectif"));
        assert_eq!(keys("Kim Jong-un"), keys("Kim Jong Un"));
        assert_eq!(
            keys("les « liens historiques »"),
            keys("les \"liens historiques\"")
        );
        assert_eq!(keys("12\u{a0}000"), keys("12 000"));
        assert_ne!(keys("soutien"), keys("souien"));
    }

    #[test]
    fn typographic_variants_normalise_alike() {
        // No-break space, non-breaking hyphen, en dash, curly and guillemet quotes, ligature.
        assert_eq!(keys("Kim\u{a0}Jong\u{2011}un"), keys("kim jong un"));
        assert_eq!(keys("«liens»"), keys("“liens”"));
        assert_eq!(keys("L’ŒUVRE"), keys("l'oeuvre"));
        assert_eq!(keys("Paris–Pékin"), keys("paris pekin"));
        assert_eq!(keys("e\u{301}te\u{301} x"), keys("été x"));
    }

    #[test]
    fn latin1_fast_path_folds_like_fold_char() {
        for c in '\u{c0}'..='\u{ff}' {
            let mut encoded = [0u8; 4];
            let bytes = c.encode_utf8(&mut encoded).as_bytes();
            let mut folded = String::new();
            fold_char(c, |f| folded.push(f));
            match latin1_letter(bytes, 0) {
                Some(fast) => {
                    assert!(c.is_alphanumeric(), "{c}");
                    assert_eq!(folded, (fast as char).to_string(), "{c}");
                }
                None => assert!(
                    !c.is_alphanumeric() || folded.chars().count() != 1 || !folded.is_ascii(),
                    "{c} → {folded}"
                ),
            }
        }
    }

    /// The previous, one-character-at-a-time tokenizer: the reference the fast one must match.
    fn tokenize_reference(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
        let slice = &text[range.clone()];
        let base = range.start;
        let bytes = slice.as_bytes();
        let mut word_start: Option<usize> = None;
        let mut hash = FNV_OFFSET;
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            // ASCII fast path: most letters of French and English text.
            let (is_word, len) = if byte < 0x80 {
                let is_word = byte.is_ascii_alphanumeric();
                if is_word {
                    hash = mix(
                        if word_start.is_some() {
                            hash
                        } else {
                            FNV_OFFSET
                        },
                        byte.to_ascii_lowercase() as char,
                    );
                }
                (is_word, 1)
            } else if let Some(folded) = latin1_letter(bytes, i) {
                // Accented Latin-1 letters (é, à, ç, Ê…): most of the rest of French text.
                hash = mix(
                    if word_start.is_some() {
                        hash
                    } else {
                        FNV_OFFSET
                    },
                    folded as char,
                );
                (true, 2)
            } else {
                let c = slice[i..]
                    .chars()
                    .next()
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                // A combining mark continues the word it follows (decomposed `é` = `e` + U+0301).
                let is_word = is_word_char(c) || (word_start.is_some() && is_combining_mark(c));
                if is_word {
                    let mut h = if word_start.is_some() {
                        hash
                    } else {
                        FNV_OFFSET
                    };
                    fold_char(c, |f| h = mix(h, f));
                    hash = h;
                }
                (is_word, c.len_utf8())
            };
            if is_word {
                word_start.get_or_insert(i);
            } else if let Some(start) = word_start.take() {
                out.push(Token {
                    start: (base + start) as u32,
                    end: (base + i) as u32,
                    key: hash,
                });
            }
            i += len;
        }
        if let Some(start) = word_start {
            out.push(Token {
                start: (base + start) as u32,
                end: (base + slice.len()) as u32,
                key: hash,
            });
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_tokenizer_agrees_with_the_reference(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "Le", "été", "e\u{301}", "\u{301}", "Œuvre", "l'", "l’", "Jong-un", " ", "\u{a0}", ",", ".",
                "12", "北京", "æ", "ß", "×", "Ÿ", "ÿ", "😀", "ǅ", "\u{2011}", "ǈa", "Ⅻ", "²",
            ][..]), 0..30)
        ) {
            let text: String = parts.concat();
            let mut fast = Vec::new();
            tokenize_into(&text, 0..text.len(), &mut fast);
            let mut slow = Vec::new();
            tokenize_reference(&text, 0..text.len(), &mut slow);
            proptest::prop_assert_eq!(count_words(&text), slow.len());
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    proptest::proptest! {
        #[test]
        fn latin_key_agrees_with_folding(word in "[a-zA-Z0-9\\-' àâäçéèêëîïôöùûüÿÀÂÇÉÈÊËÎÏÔÙÛÜæœß×’]{0,12}") {
            let folded = word_key_folded(&word);
            proptest::prop_assert_eq!(word_key(&word), folded);
            if let Some(fast) = latin_key(&word) {
                proptest::prop_assert_eq!(fast, folded);
            }
        }
    }

    #[test]
    fn latin_key_takes_ascii_and_latin1_letters_only() {
        const APRES: Option<u64> = latin_key("Après");
        assert_eq!(APRES, Some(word_key_folded("apres")));
        assert_eq!(latin_key("cœur"), None);
        assert_eq!(latin_key("×"), None);
        assert_eq!(word_key("cœur"), word_key("coeur"));
    }

    #[test]
    fn word_chars_are_the_alphanumerics() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn word_count_splits_on_apostrophes_and_hyphens() {
        assert_eq!(count_words("l'objectif de Kim Jong-un, 2018."), 7);
        assert_eq!(count_words("été «\u{a0}Pékin\u{a0}» 北京"), 3);
        // A combining accent continues its word, as it does for the tokens.
        assert_eq!(count_words("e\u{301}te\u{301} x"), 2);
        // Long runs of ASCII and Latin-1 letters, with × and ÷ and other characters at every
        // place around the 16-byte runs.
        for base in [
            "Le président a déclaré: « Non, c'est fini » à Pékin. ",
            "The mayor's aide said 12 times: \"no\" (D-Ill.). ",
        ] {
            let long = base.repeat(4);
            for at in (0..long.len()).filter(|&i| long.is_char_boundary(i)) {
                for insert in ["×", "÷", "é", "ß", "e\u{301}", "北京", "\u{a0}", "x", " "] {
                    let mut s = long.clone();
                    s.insert_str(at, insert);
                    assert_eq!(count_words(&s), tokenize(&s, 0..s.len()).len(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn tokens_point_at_the_original_text() {
        let s = "Pékin, l’île";
        let t = tokenize(s, 0..s.len());
        let words: Vec<&str> = t.iter().map(|t| &s[t.range()]).collect();
        assert_eq!(words, ["Pékin", "l", "île"]);
        assert_eq!(t[0].key, word_key("pekin"));
    }

    #[test]
    fn tokenize_respects_the_range() {
        let s = "aa bb cc";
        let t = tokenize(s, 3..8);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].range(), 3..5);
    }
}
