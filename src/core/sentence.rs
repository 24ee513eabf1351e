//! Sentence segmentation for French and English news text: abbreviations, initials, numbers,
//! ellipses, and sentence ends inside or before closing quote marks.

use std::ops::Range;

use super::document::{BlockKind, Document};

/// Words that end with a period without ending the sentence (compared without the period,
/// case-sensitively where case tells them apart from ordinary words).
const ABBREVIATIONS: &[&str] = &[
    // French
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Cie", "av",
    "apr", "J.-C", "cf", "ex", "env", "p", "pp", "vol", "chap", "art", "n", "no", "tél", "boul",
    "bd", "min", "max", "éd", "coll", "fig", "sq", "Lt", "Col", "Gal", "Cdt", // English
    "Mr", "Mrs", "Ms", "Prof", "Sr", "Jr", "Gen", "Gov", "Sen", "Rep", "Rev", "Sgt", "Capt", "Lt",
    "Maj", "Inc", "Ltd", "Co", "Corp", "Bros", "vs", "v", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "No", "approx", "dept", "est",
    "fig", "e.g", "i.e", "a.m", "p.m", "U.S", "U.K", "U.N", "Ph.D",
];

/// Length in bytes of the longest entry of `ABBREVIATIONS`.
const LONGEST_ABBREVIATION: usize = 6;

const CLOSERS: &[char] = &['"', '»', '”', '’', '\'', ')', ']', '›'];
const OPENERS: &[char] = &[
    '"', '«', '“', '„', '‘', '\'', '(', '[', '‹', '—', '–', '-', '¿', '¡',
];

/// Splits `range` of `text` into sentence ranges, trimmed of white space.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let base = range.start;
    let len = slice.len();
    // Works on byte offsets and decodes characters only around terminal punctuation: this runs
    // over every paragraph of book-sized documents.
    let char_at = |at: usize| slice.get(at..).and_then(|rest| rest.chars().next());
    let mut sentences = Vec::new();
    let mut start = 0usize;
    let mut pos = 0usize;
    while let Some(found) = next_terminal(slice.as_bytes(), pos) {
        let Some(c) = char_at(found) else { break };
        // Extend over a run of terminal punctuation ("?!", "...").
        let mut j = found + c.len_utf8();
        while let Some(ch) = char_at(j).filter(|ch| matches!(ch, '.' | '!' | '?' | '…')) {
            j += ch.len_utf8();
        }
        let run_is_single_period = c == '.' && j == found + 1;
        // Absorb closing quotes and brackets, possibly preceded by a (no-break) space: `hasard. »`.
        let mut end = j;
        let mut k = j;
        while let Some(ch) = char_at(k).filter(|ch| matches!(ch, ' ' | '\u{a0}' | '\u{202f}')) {
            k += ch.len_utf8();
        }
        // After a space, a quote mark closes only if no word follows it (`. "It` opens).
        if let Some(closer) = char_at(k).filter(|ch| CLOSERS.contains(ch)) {
            let after = char_at(k + closer.len_utf8());
            if k == j || after.is_none_or(|ch| !ch.is_alphanumeric()) {
                end = k;
                while let Some(ch) = char_at(end).filter(|ch| CLOSERS.contains(ch)) {
                    end += ch.len_utf8();
                }
            }
        }
        // What follows decides: end of block, or white space then a sentence opener.
        let mut n = end;
        while let Some(ch) = char_at(n).filter(|ch| ch.is_whitespace()) {
            n += ch.len_utf8();
        }
        let at_end = n >= len;
        let spaced = n > end;
        let next = char_at(n);
        let opens =
            next.is_some_and(|ch| ch.is_uppercase() || ch.is_numeric() || OPENERS.contains(&ch));
        let mut boundary = at_end || (spaced && opens);
        if boundary && !at_end && run_is_single_period && is_abbreviation(&slice[..found]) {
            boundary = false;
        }
        // "…" or "..." followed by a lower-case word is a pause, not an end (handled by `opens`).
        if boundary {
            push_trimmed(&mut sentences, slice, base, start, end);
            start = end;
        }
        pos = end;
    }
    push_trimmed(&mut sentences, slice, base, start, len);
    sentences
}

/// Byte offset of the next `.`, `!`, `?` or `…` at or after `from`.
fn next_terminal(bytes: &[u8], from: usize) -> Option<usize> {
    let mut k = from;
    while k < bytes.len() {
        // Eight bytes at a time while none can start a terminal mark (most of the text).
        let quiet = bytes
            .get(k..k + 8)
            .and_then(|chunk| chunk.try_into().ok())
            .is_some_and(|chunk: [u8; 8]| !may_hold_terminal(u64::from_le_bytes(chunk)));
        if quiet {
            k += 8;
            continue;
        }
        match bytes[k] {
            b'.' | b'!' | b'?' => return Some(k),
            0xe2 if bytes.get(k + 1) == Some(&0x80) && bytes.get(k + 2) == Some(&0xa6) => {
                return Some(k);
            }
            _ => k += 1,
        }
    }
    None
}

/// True when one of eight bytes may be `.`, `!`, `?` or the first byte of `…` (a byte equal to
/// a pattern becomes zero, and a zero byte borrows into its top bit; a false alarm only sends
/// the chunk through the byte-by-byte check).
fn may_hold_terminal(chunk: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    [b'.', b'!', b'?', 0xe2]
        .iter()
        .any(|&b| has_zero(chunk ^ (ONES * u64::from(b))))
}

fn push_trimmed(out: &mut Vec<Range<usize>>, slice: &str, base: usize, start: usize, end: usize) {
    let piece = &slice[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(s..s + trimmed.len());
    }
}

/// True when the word just before a period is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || OPENERS.contains(&c) && c != '-')
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("J. K. Rowling", "Kim Jong U.").
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // Dotted acronyms: "U.S", "a.m", "J.-C".
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    // No listed abbreviation is longer (most sentence ends are, and skip the list).
    word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&word)
}

/// Sentences of a whole document, block by block; a heading is always one sentence.
pub fn document_sentences(doc: &Document) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block.kind {
            BlockKind::Heading => out.push(block.range.clone()),
            BlockKind::Paragraph | BlockKind::Quote => {
                out.extend(split(&doc.text, block.range.clone()))
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            sentences("Il pleut. Il vente! Et toi ?"),
            ["Il pleut.", "Il vente!", "Et toi ?"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("M. Dupont et Mme Martin sont venus. Le Dr Who aussi."),
            ["M. Dupont et Mme Martin sont venus.", "Le Dr Who aussi."]
        );
        assert_eq!(
            sentences("J. K. Rowling wrote it. Mr. Smith read it at St. Paul's."),
            [
                "J. K. Rowling wrote it.",
                "Mr. Smith read it at St. Paul's."
            ]
        );
        assert_eq!(
            sentences("The U.S. Army left. It was over."),
            ["The U.S. Army left.", "It was over."]
        );
    }

    #[test]
    fn numbers_do_not_end_sentences() {
        assert_eq!(
            sentences("Il y a 1.5 million et 12 000 personnes. Voilà."),
            ["Il y a 1.5 million et 12 000 personnes.", "Voilà."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            sentences("Il hésita... puis partit. Fin… Rideau."),
            ["Il hésita... puis partit.", "Fin…", "Rideau."]
        );
    }

    #[test]
    fn ends_inside_and_before_closing_quotes() {
        assert_eq!(
            sentences("« Nous irons au bout. » Elle partit. \"It is done.\" He left."),
            [
                "« Nous irons au bout. »",
                "Elle partit.",
                "\"It is done.\"",
                "He left."
            ]
        );
        assert_eq!(
            sentences("« Rien ne sera laissé au hasard. », a-t-elle dit. Puis rien."),
            [
                "« Rien ne sera laissé au hasard. », a-t-elle dit.",
                "Puis rien."
            ]
        );
        assert_eq!(
            sentences("\"Sur le plan bilatéral, nous avons à faire\". Ensuite."),
            ["\"Sur le plan bilatéral, nous avons à faire\".", "Ensuite."]
        );
    }

    #[test]
    fn longest_abbreviation_is_up_to_date() {
        assert_eq!(
            ABBREVIATIONS.iter().map(|a| a.len()).max(),
            Some(LONGEST_ABBREVIATION)
        );
    }

    #[test]
    fn etc_ends_a_sentence_before_a_capital_only() {
        // "etc." is not in the abbreviation list: before a capital it ends the sentence, before a
        // lower-case word it does not (no sentence opens in lower case).
        assert_eq!(
            sentences("Des pommes, des poires, etc. Le lendemain, rien."),
            ["Des pommes, des poires, etc.", "Le lendemain, rien."]
        );
        assert_eq!(
            sentences("Des pommes, etc. et des poires."),
            ["Des pommes, etc. et des poires."]
        );
    }

    #[test]
    fn more_abbreviations_initials_and_numbers() {
        assert_eq!(
            sentences("Le Dr. Martin et St. Pierre arrivent. Mme. Roux aussi."),
            ["Le Dr. Martin et St. Pierre arrivent.", "Mme. Roux aussi."]
        );
        assert_eq!(
            sentences("Il a cité le No. 5 et 3.14 fois 2,5 %. Fin."),
            ["Il a cité le No. 5 et 3.14 fois 2,5 %.", "Fin."]
        );
        assert_eq!(
            sentences("George W. Bush spoke in the U.S. Senate. Then he left."),
            ["George W. Bush spoke in the U.S. Senate.", "Then he left."]
        );
        assert_eq!(
            sentences("Il a dit [...] que c'était fini. Bon."),
            ["Il a dit [...] que c'était fini.", "Bon."]
        );
    }

    #[test]
    fn quotes_after_a_colon_and_question_marks() {
        assert_eq!(
            sentences("Il a dit : « C'est fini. » Puis il est parti. Pourquoi ? Personne ne sait."),
            [
                "Il a dit : « C'est fini. »",
                "Puis il est parti.",
                "Pourquoi ?",
                "Personne ne sait."
            ]
        );
        assert_eq!(
            sentences("\u{201c}Is it over?\u{201d} she asked. \u{201c}Yes.\u{201d}"),
            [
                "\u{201c}Is it over?\u{201d} she asked.",
                "\u{201c}Yes.\u{201d}"
            ]
        );
    }

    #[test]
    fn headings_are_one_sentence_each() {
        let doc = Document::from_bytes(
            "a.txt",
            "Premier paragraphe. Deuxième phrase.\n\nPas d'accord attendu\n\nFin du texte. Vraiment.".as_bytes(),
        )
        .expect("decodes");
        let got: Vec<&str> = document_sentences(&doc)
            .into_iter()
            .map(|r| &doc.text[r])
            .collect();
        assert_eq!(
            got,
            [
                "Premier paragraphe.",
                "Deuxième phrase.",
                "Pas d'accord attendu",
                "Fin du texte.",
                "Vraiment."
            ]
        );
    }

    /// The first, character-vector version of `split`, kept as the reference the byte-scanning
    /// one must agree with.
    fn split_by_chars(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let slice = &text[range.clone()];
        let base = range.start;
        let mut sentences = Vec::new();
        let mut start = 0usize;
        let chars: Vec<(usize, char)> = slice.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !matches!(c, '.' | '!' | '?' | '…') {
                i += 1;
                continue;
            }
            // Extend over a run of terminal punctuation ("?!", "...").
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            let run_is_single_period = c == '.' && j == i + 1;
            // Absorb closing quotes and brackets, possibly preceded by a (no-break) space: `hasard. »`.
            let mut end = j;
            let mut k = j;
            while k < chars.len() && matches!(chars[k].1, ' ' | '\u{a0}' | '\u{202f}') {
                k += 1;
            }
            // After a space, a quote mark closes only if no word follows it (`. "It` opens).
            let closes_here = |k: usize| {
                CLOSERS.contains(&chars[k].1)
                    && (k == j
                        || chars
                            .get(k + 1)
                            .is_none_or(|&(_, ch)| !ch.is_alphanumeric()))
            };
            if k < chars.len() && closes_here(k) {
                end = k;
                while end < chars.len() && CLOSERS.contains(&chars[end].1) {
                    end += 1;
                }
            }
            let end_byte = chars.get(end).map_or(slice.len(), |&(p, _)| p);
            // What follows decides: end of block, or white space then a sentence opener.
            let mut n = end;
            while n < chars.len() && chars[n].1.is_whitespace() {
                n += 1;
            }
            let at_end = n >= chars.len();
            let spaced = n > end;
            let next = chars.get(n).map(|&(_, ch)| ch);
            let opens = next
                .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric() || OPENERS.contains(&ch));
            let mut boundary = at_end || (spaced && opens);
            if boundary && !at_end && run_is_single_period && is_abbreviation(&slice[..pos]) {
                boundary = false;
            }
            // "…" or "..." followed by a lower-case word is a pause, not an end (handled by `opens`).
            if boundary {
                push_trimmed(&mut sentences, slice, base, start, end_byte);
                start = end_byte;
            }
            i = end.max(i + 1);
        }
        push_trimmed(&mut sentences, slice, base, start, slice.len());
        sentences
    }

    proptest::proptest! {
        #[test]
        fn byte_scanning_split_agrees_with_the_reference(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "Il", "pleut", "M", "Mme", "U.S", "etc", "1.5", "12 000", ".", "!", "?", "…", "...",
                " ", "\u{a0}", "\n", "«", "»", "\"", "'", ")", "(", "é", "Écoute", "a", "1", "-",
            ][..]), 0..40)
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(split(&text, 0..text.len()), split_by_chars(&text, 0..text.len()));
        }
    }

    #[test]
    fn byte_ranges_are_offsets_into_the_text() {
        let text = "xx Un. Deux.";
        let r = split(text, 3..text.len());
        assert_eq!(r, [3..6, 7..12]);
    }
}
