//! Finding a query in a document: case- and accent-insensitive (`pekin` finds `Pékin`), with
//! smart case (a capital in the query makes case count; accents never do), and the matching's
//! view of what separates words: a run of spaces and hyphens of any kind is one gap, so
//! `kim jong un` finds `Kim Jong-un` and `Kim\u{a0}Jong\u{2011}un`, and `jong-un` finds `Jong Un`
//! (as `core::text::words` makes them the same words for the comparison).

use std::ops::Range;

use crate::core::document::Document;
use crate::core::text::fold::fold_char;

/// At most this many hits are kept per document, so a one-letter query on a book stays fast.
pub const MAX_HITS: usize = 100_000;

/// What a gap (a run of spaces and hyphens) folds to, in the query and in the text.
const GAP: char = ' ';

/// A query prepared for matching: folded, each run of spaces and hyphens made one `GAP`.
#[derive(Debug, Clone)]
pub struct Query {
    chars: Vec<char>,
    case_sensitive: bool,
}

impl Query {
    pub fn new(text: &str) -> Query {
        let case_sensitive = text.chars().any(char::is_uppercase);
        let mut chars = Vec::new();
        for c in text.chars() {
            if is_gap(c) {
                if chars.last() != Some(&GAP) {
                    chars.push(GAP);
                }
            } else {
                push_folded(c, case_sensitive, &mut chars);
            }
        }
        Query {
            chars,
            case_sensitive,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }
}

/// Spaces (no-break ones and line breaks included) and hyphens (the ASCII one, the Unicode
/// hyphens and dashes): what may stand between two parts of a name.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

fn push_folded(c: char, keep_case: bool, out: &mut Vec<char>) {
    if keep_case && c.is_uppercase() {
        // Fold the accent but keep the capital: fold the lower case, then upper-case it back.
        let start = out.len();
        for lower in c.to_lowercase() {
            fold_char(lower, |f| out.push(f));
        }
        for f in &mut out[start..] {
            *f = f.to_uppercase().next().unwrap_or(*f);
        }
    } else {
        fold_char(c, |f| out.push(f));
    }
}

/// Every non-overlapping match of `query` in the document's blocks, as byte ranges, in order.
pub fn find_all(doc: &Document, query: &Query) -> Vec<Range<usize>> {
    let mut hits = Vec::new();
    let Some(&first) = query.chars.first() else {
        return hits;
    };
    // PERF: a cheap byte test finds the places a match could start (the first letter in either
    // case, or a non-ASCII lead byte that may fold to it); only there are characters folded.
    let (lower, upper) = if first.is_ascii() {
        (
            first.to_ascii_lowercase() as u8,
            first.to_ascii_uppercase() as u8,
        )
    } else {
        (0xff, 0xff) // never a byte of UTF-8 text: only lead bytes are candidates
    };
    // A query that starts with a gap may start at a space or a hyphen too.
    let gap_first = first == GAP;
    let may_start = |b: &u8| {
        *b == lower || *b == upper || *b >= 0xc0 || (gap_first && matches!(*b, b' ' | b'\n' | b'-'))
    };
    let mut folded = Vec::with_capacity(4);
    for block in &doc.blocks {
        let text = &doc.text[block.range.clone()];
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(p) = bytes[i..].iter().position(may_start) {
            let at = i + p;
            match match_at(text, at, query, &mut folded) {
                Some(end) => {
                    hits.push(block.range.start + at..block.range.start + end);
                    if hits.len() >= MAX_HITS {
                        return hits;
                    }
                    i = end;
                }
                None => i = at + 1,
            }
            if i >= bytes.len() {
                break;
            }
        }
    }
    hits
}

/// The end of a match of `query` starting at byte `at` of `text`, if there is one. A match that
/// ends inside a folded character (`œ` → `oe`) extends to the end of that character; a gap of
/// the query takes a whole run of spaces and hyphens of the text.
fn match_at(text: &str, at: usize, query: &Query, folded: &mut Vec<char>) -> Option<usize> {
    let mut wanted = query.chars.iter();
    let mut next = wanted.next();
    // The previous character of the text was a gap the query's gap took.
    let mut in_gap = false;
    for (offset, c) in text[at..].char_indices() {
        if is_gap(c) {
            match next {
                Some(&GAP) => {
                    next = wanted.next();
                    in_gap = true;
                }
                _ if in_gap => {}
                _ => return None,
            }
            if next.is_none() {
                return Some(at + offset + c.len_utf8());
            }
            continue;
        }
        in_gap = false;
        folded.clear();
        push_folded(c, query.case_sensitive, folded);
        for f in folded.iter() {
            match next {
                Some(w) if w == f => next = wanted.next(),
                Some(_) => return None,
                None => break,
            }
        }
        if next.is_none() {
            return Some(at + offset + c.len_utf8());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, q: &str) -> Vec<String> {
        let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
        find_all(&doc, &Query::new(q))
            .into_iter()
            .map(|r| doc.text[r].to_string())
            .collect()
    }

    #[test]
    fn case_and_accent_insensitive() {
        assert_eq!(
            find("Pékin et PEKIN, pekinois.", "pekin"),
            ["Pékin", "PEKIN", "pekin"]
        );
        assert_eq!(find("Les États et les etats.", "états"), ["États", "etats"]);
    }

    #[test]
    fn smart_case_on_capitals() {
        assert_eq!(find("Pékin et pékin.", "Pekin"), ["Pékin"]);
    }

    #[test]
    fn matches_across_no_break_spaces_and_ligatures() {
        assert_eq!(find("les «\u{a0}liens", "« liens"), ["«\u{a0}liens"]);
        assert_eq!(find("un cœur.", "coeur"), ["cœur"]);
    }

    #[test]
    fn spaces_and_hyphens_are_one_gap_as_for_the_matching() {
        let text = "Kim Jong-un, Kim\u{a0}Jong\u{2011}un, Kim Jong Un, Kim  Jong - Un, KimJongUn.";
        assert_eq!(
            find(text, "kim jong un"),
            [
                "Kim Jong-un",
                "Kim\u{a0}Jong\u{2011}un",
                "Kim Jong Un",
                "Kim  Jong - Un"
            ]
        );
        assert_eq!(find(text, "jong-un").len(), 4);
        assert_eq!(
            find(text, "Jong  Un"),
            ["Jong Un", "Jong - Un"],
            "smart case"
        );
        assert_eq!(find("les États-Unis.", "etats unis"), ["États-Unis"]);
        // A gap at either end of the query (typing "kim ") takes a gap of the text.
        assert_eq!(find("Kim Jong-un", "jong "), ["Jong-"]);
        assert_eq!(find("Kim Jong-un", " jong"), [" Jong"]);
        assert_eq!(find("a-b", "-"), ["-"]);
        // A gap is never nothing: letters stay apart.
        assert!(find("KimJongUn", "kim jong").is_empty());
    }

    #[test]
    fn no_hits_for_empty_query_or_absent_text() {
        assert!(find("abc", "").is_empty());
        assert!(find("abc", "xyz").is_empty());
    }

    #[test]
    fn date_marker_is_not_searched() {
        assert!(find(" date 2019-04 Texte.", "2019").is_empty());
    }
}
