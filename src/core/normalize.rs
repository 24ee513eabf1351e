//! Word tokens for matching: byte ranges of the original text with a hash of their folded form,
//! so `États` = `Etats`, `l'objectif` = `l’objectif`, `Kim Jong-un` = `Kim Jong Un`.
//! The display always keeps the original text; only matching sees the folded form.

use std::ops::Range;

use super::fold::fold_char;

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

/// FNV-1a over the folded characters: fast, stable across runs, good enough for word keys.
#[inline]
fn mix(hash: u64, c: char) -> u64 {
    let mut h = hash;
    for b in (c as u32).to_le_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// True for characters that make up words.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Appends the tokens of `text[range]` to `out`.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let slice = &text[range.clone()];
    let base = range.start;
    let mut current: Option<(usize, u64)> = None;
    for (i, c) in slice.char_indices() {
        if is_word_char(c) {
            let (start, hash) = current.unwrap_or((i, FNV_OFFSET));
            let mut h = hash;
            fold_char(c, |f| h = mix(h, f));
            current = Some((start, h));
        } else if let Some((start, key)) = current.take() {
            out.push(Token { start: (base + start) as u32, end: (base + i) as u32, key });
        }
    }
    if let Some((start, key)) = current {
        out.push(Token { start: (base + start) as u32, end: (base + slice.len()) as u32, key });
    }
}

/// The tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, &mut out);
    out
}

/// The key a single word would get (for lexicons: stop words, verbs of saying).
pub fn word_key(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        fold_char(c, |f| h = mix(h, f));
    }
    h
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
        assert_eq!(keys("les « liens historiques »"), keys("les \"liens historiques\""));
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
