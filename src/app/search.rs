//! Finding a query in a document: case- and accent-insensitive (`pekin` finds `Pékin`), with
//! smart case (a capital in the query makes case count; accents never do).

use std::ops::Range;

use crate::core::document::Document;
use crate::core::fold::fold_char;

/// At most this many hits are kept per document, so a one-letter query on a book stays fast.
pub const MAX_HITS: usize = 100_000;

/// A query prepared for matching.
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
            push_folded(c, case_sensitive, &mut chars);
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
    } else if c == '\u{a0}' || c == '\u{202f}' || c == '\n' {
        out.push(' ');
    } else {
        fold_char(c, |f| out.push(f));
    }
}

/// Every non-overlapping match of `query` in the document's blocks, as byte ranges, in order.
pub fn find_all(doc: &Document, query: &Query) -> Vec<Range<usize>> {
    let mut hits = Vec::new();
    if query.is_empty() {
        return hits;
    }
    // Folded characters of one block with the byte offset each came from.
    let mut folded: Vec<(char, u32)> = Vec::new();
    let mut scratch = Vec::with_capacity(4);
    for block in &doc.blocks {
        folded.clear();
        for (i, c) in doc.text[block.range.clone()].char_indices() {
            scratch.clear();
            push_folded(c, query.case_sensitive, &mut scratch);
            let at = (block.range.start + i) as u32;
            folded.extend(scratch.iter().map(|&f| (f, at)));
        }
        let end_of = |k: usize| {
            folded
                .get(k)
                .map_or(block.range.end, |&(_, at)| at as usize)
        };
        let n = query.chars.len();
        let mut k = 0;
        while k + n <= folded.len() {
            if folded[k].0 == query.chars[0]
                && folded[k..k + n]
                    .iter()
                    .zip(&query.chars)
                    .all(|(a, b)| a.0 == *b)
            {
                // A match ending inside a folded character (œ → "oe") extends to its end.
                let mut end = k + n;
                while end < folded.len() && folded[end].1 == folded[end - 1].1 {
                    end += 1;
                }
                hits.push(folded[k].1 as usize..end_of(end));
                if hits.len() >= MAX_HITS {
                    return hits;
                }
                k = end;
            } else {
                k += 1;
            }
        }
    }
    hits
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
    fn no_hits_for_empty_query_or_absent_text() {
        assert!(find("abc", "").is_empty());
        assert!(find("abc", "xyz").is_empty());
    }

    #[test]
    fn date_marker_is_not_searched() {
        assert!(find(" date 2019-04 Texte.", "2019").is_empty());
    }
}
