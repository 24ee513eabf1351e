//! The words attribution reads: the house tokeniser's words (`text::words::tokenize_into`), each
//! with what separates it from the previous one, the shape of its letters, its lexicon classes,
//! and the quotation it lies in, if any.

use std::ops::Range;

use super::lexicon::{Class, Lang, Lexicon, accented_key, compound_key};
use crate::core::text::words::{self as house, Token};

/// What lies between a word and the previous one, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gap(pub u16);

impl Gap {
    /// White space.
    pub const SPACE: u16 = 1;
    pub const COMMA: u16 = 1 << 1;
    pub const COLON: u16 = 1 << 2;
    pub const SEMICOLON: u16 = 1 << 3;
    /// `.`, `!`, `?`, `…`.
    pub const STOP: u16 = 1 << 4;
    /// `-` with no space around: `Jong-un`, `a-t-il`.
    pub const HYPHEN: u16 = 1 << 5;
    /// `'` or `’` with no space around: `l'île`.
    pub const APOSTROPHE: u16 = 1 << 6;
    /// `—`, `–`, or a spaced `-`.
    pub const DASH: u16 = 1 << 7;
    pub const OPEN_PAREN: u16 = 1 << 8;
    pub const CLOSE_PAREN: u16 = 1 << 9;
    /// Any quotation mark.
    pub const QUOTE: u16 = 1 << 10;
    /// Anything else (`/`, `&`, `%`…).
    pub const OTHER: u16 = 1 << 11;
    /// The first word of its block.
    pub const START: u16 = 1 << 12;

    /// Anything that is not white space, a hyphen or an apostrophe inside a word.
    pub const PUNCT: u16 = Gap::COMMA
        | Gap::COLON
        | Gap::SEMICOLON
        | Gap::STOP
        | Gap::DASH
        | Gap::OPEN_PAREN
        | Gap::CLOSE_PAREN
        | Gap::QUOTE
        | Gap::OTHER;

    #[inline]
    pub fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }
    /// Only white space (or nothing at the start of a range).
    #[inline]
    pub fn plain(self) -> bool {
        self.0 & !(Gap::SPACE | Gap::START) == 0
    }
    /// A hyphen or an apostrophe joining two parts of one written word.
    #[inline]
    pub fn joins(self) -> bool {
        self.0 & (Gap::HYPHEN | Gap::APOSTROPHE) != 0 && !self.has(Gap::SPACE | Gap::PUNCT)
    }
}

/// The case of a word's letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Lower,
    /// First letter upper case, some lower case after: `Paris`, `McCain`.
    Capital,
    /// Two or more letters, all upper case: `PCF`, `TF1`, `CNCE`.
    Upper,
    /// One upper-case letter: an initial (`J.`) or a sentence-opening `A`.
    Initial,
    /// Starts with a digit.
    Digit,
}

/// A word of the text.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub key: u64,
    pub class: Class,
    /// For nationalities and places, the country; for roles, the kind of position.
    pub nation: u16,
    pub group: u16,
    pub shape: Shape,
    pub gap: Gap,
    /// Index of the top-level quotation the word lies in, `NO_QUOTE` outside quotations.
    pub quote: u32,
}

/// `Word::quote` of a word outside every quotation.
pub const NO_QUOTE: u32 = u32::MAX;

impl Word {
    #[inline]
    pub fn has(&self, bits: u64) -> bool {
        self.class.has(bits)
    }
    /// A capitalised or all-capitals word.
    #[inline]
    pub fn capitalised(&self) -> bool {
        matches!(self.shape, Shape::Capital | Shape::Upper | Shape::Initial)
    }
    #[inline]
    pub fn quoted(&self) -> bool {
        self.quote != NO_QUOTE
    }
    #[cfg(test)]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Classifies the text between two words, `text[range]`.
///
/// PERF: this runs between every two words of a book; nearly every gap is ASCII (`, `, `. `)
/// and is read byte by byte from a table, the rest character by character.
#[inline]
fn classify_gap(text: &str, range: Range<usize>) -> Gap {
    let bytes = &text.as_bytes()[range.clone()];
    if bytes == b" " {
        return Gap(Gap::SPACE);
    }
    if !bytes.is_ascii() {
        return classify_gap_chars(&text[range]);
    }
    let spaced = bytes.iter().any(|&b| ascii_space(b));
    let mut bits = 0u16;
    for &b in bytes {
        bits |= match b {
            b'-' if !spaced => Gap::HYPHEN,
            b'-' => Gap::DASH,
            b'\'' if !spaced => Gap::APOSTROPHE,
            b'\'' => Gap::QUOTE,
            _ => ASCII_GAP[b as usize],
        };
    }
    Gap(bits)
}

/// The ASCII characters `char::is_whitespace` holds: tab, line feed, vertical tab, form feed,
/// carriage return and space.
#[inline]
const fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// `classify_gap_chars`'s bits for each ASCII character but `-` and `'` (whose bits depend on
/// white space in the gap).
const ASCII_GAP: [u16; 128] = {
    let mut table = [Gap::OTHER; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            c if ascii_space(c) => Gap::SPACE,
            b',' => Gap::COMMA,
            b':' => Gap::COLON,
            b';' => Gap::SEMICOLON,
            b'.' | b'!' | b'?' => Gap::STOP,
            b'(' | b'[' | b'{' => Gap::OPEN_PAREN,
            b')' | b']' | b'}' => Gap::CLOSE_PAREN,
            b'"' => Gap::QUOTE,
            _ => Gap::OTHER,
        };
        b += 1;
    }
    table
};

/// Classifies the text between two words, character by character (any text).
fn classify_gap_chars(between: &str) -> Gap {
    if between == " " {
        return Gap(Gap::SPACE);
    }
    let mut bits = 0u16;
    let spaced = between.contains(char::is_whitespace);
    for c in between.chars() {
        bits |= match c {
            c if c.is_whitespace() => Gap::SPACE,
            ',' => Gap::COMMA,
            ':' => Gap::COLON,
            ';' => Gap::SEMICOLON,
            '.' | '!' | '?' | '…' => Gap::STOP,
            '-' | '\u{2010}' | '\u{2011}' if !spaced => Gap::HYPHEN,
            '-' | '—' | '–' | '\u{2012}' | '\u{2015}' => Gap::DASH,
            '\'' | '’' if !spaced => Gap::APOSTROPHE,
            '(' | '[' | '{' => Gap::OPEN_PAREN,
            ')' | ']' | '}' => Gap::CLOSE_PAREN,
            '"' | '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '‘' | '’' | '\'' => {
                Gap::QUOTE
            }
            _ => Gap::OTHER,
        };
    }
    Gap(bits)
}

/// The shape of the word `text[start..end]`.
///
/// PERF: most words start with an ASCII lower-case letter; those are told from their first
/// byte without slicing the text.
#[inline]
fn shape_at(text: &str, start: usize, end: usize) -> Shape {
    let bytes = &text.as_bytes()[start..end];
    match bytes.first() {
        Some(b) if b.is_ascii_lowercase() => Shape::Lower,
        Some(b) if b.is_ascii_digit() => Shape::Digit,
        // An ASCII capital: as `shape_of` tells it, in one pass over the bytes.
        Some(b) if b.is_ascii_uppercase() => {
            let (mut ascii, mut lower) = (true, false);
            for &c in &bytes[1..] {
                ascii &= c.is_ascii();
                lower |= c.is_ascii_lowercase();
            }
            match (ascii, bytes.len(), lower) {
                (false, _, _) => shape_of(&text[start..end]),
                (true, 1, _) => Shape::Initial,
                (true, _, true) => Shape::Capital,
                (true, _, false) => Shape::Upper,
            }
        }
        Some(0xC3) => latin1_shape(bytes).unwrap_or_else(|| shape_of(&text[start..end])),
        _ => shape_of(&text[start..end]),
    }
}

/// The shape of a word opening with a Latin-1 capital (`État`, `À`, `ÉTATS`), as `shape_of`
/// tells it, while the word is ASCII and Latin-1 letters (`C3 xx`); `None` for any other word.
///
/// PERF: a French book opens thousands of sentences with such a word; Unicode's case tables
/// cost 180 instructions a word.
fn latin1_shape(bytes: &[u8]) -> Option<Shape> {
    // `C3 80..=9E` are À..Þ (upper case) but `C3 97`, ×; `C3 9F..=BF` are ß and à..ÿ (lower
    // case) but `C3 B7`, ÷.
    let second = *bytes.get(1)?;
    if !(0x80..=0x9E).contains(&second) || second == 0x97 {
        return None;
    }
    let (mut letters, mut lower, mut chars, mut k) = (0usize, false, 1usize, 2usize);
    while k < bytes.len() {
        match bytes[k] {
            b if b.is_ascii() => {
                letters += usize::from(b.is_ascii_alphabetic());
                lower |= b.is_ascii_lowercase();
                k += 1;
            }
            0xC3 => {
                let x = *bytes.get(k + 1)?;
                if x == 0x97 || x == 0xB7 {
                    return None;
                }
                letters += 1;
                lower |= x >= 0x9F;
                k += 2;
            }
            _ => return None,
        }
        chars += 1;
    }
    Some(match (letters, lower) {
        (0, _) if chars == 1 => Shape::Initial,
        (_, true) => Shape::Capital,
        _ => Shape::Upper,
    })
}

fn shape_of(word: &str) -> Shape {
    // PERF: most words start with an ASCII lower-case letter or digit; only capitals are
    // looked at further, byte by byte while they are ASCII.
    let bytes = word.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_lowercase() => return Shape::Lower,
        Some(b) if b.is_ascii_digit() => return Shape::Digit,
        Some(b) if b.is_ascii_uppercase() && word.is_ascii() => {
            return match (bytes.len(), bytes[1..].iter().any(u8::is_ascii_lowercase)) {
                (1, _) => Shape::Initial,
                (_, true) => Shape::Capital,
                _ => Shape::Upper,
            };
        }
        _ => {}
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return Shape::Lower;
    };
    if first.is_numeric() {
        return Shape::Digit;
    }
    if !first.is_uppercase() {
        return Shape::Lower;
    }
    let mut letters = 0;
    let mut lower = false;
    for c in chars {
        if c.is_alphabetic() {
            letters += 1;
            lower |= c.is_lowercase();
        }
    }
    match (letters, lower) {
        (0, _) if word.chars().count() == 1 => Shape::Initial,
        (_, true) => Shape::Capital,
        _ => Shape::Upper,
    }
}

/// Words known in one language only, counted while reading a block: a paragraph quoted in the
/// other language is read in its own.
#[derive(Debug, Clone, Copy, Default)]
pub struct Votes {
    pub fr: usize,
    pub en: usize,
}

impl Votes {
    /// The language the block is clearly in, if it is not `lang`.
    pub fn other_than(self, lang: Lang) -> Option<Lang> {
        let (mine, other, other_lang) = match lang {
            Lang::Fr => (self.fr, self.en, Lang::En),
            Lang::En => (self.en, self.fr, Lang::Fr),
        };
        (other >= 3 && other > 2 * mine).then_some(other_lang)
    }
}

/// Appends the words of `text[range]` to `out` (cleared first), with their classes in `lang`;
/// returns the votes of the words for each language.
/// `tokens` is a buffer for the house tokeniser.
pub fn words_into(
    text: &str,
    range: Range<usize>,
    lang: Lang,
    tokens: &mut Vec<Token>,
    out: &mut Vec<Word>,
) -> Votes {
    let lx = Lexicon::get();
    let mut votes = Votes::default();
    tokens.clear();
    house::tokenize_into(text, range.clone(), tokens);
    out.clear();
    out.reserve(tokens.len());
    let mut prev_end = range.start;
    for t in tokens.iter() {
        let (start, end) = (t.start as usize, t.end as usize);
        // `à` is not the verb `a`: a few short accented words keep their accent. A capital `A`
        // opening a French sentence is mostly an `À` written without its accent.
        let key = if end - start <= 4 && !text.as_bytes()[start..end].is_ascii() {
            accented_key(&text[start..end]).unwrap_or(t.key)
        } else if lang == Lang::Fr
            && end - start == 1
            && text.as_bytes()[start] == b'A'
            && (out.is_empty() || text[prev_end..start].contains(['.', '!', '?', '\n']))
        {
            accented_key("à").unwrap_or(t.key)
        } else {
            t.key
        };
        let gap = if out.is_empty() {
            let mut g = classify_gap(text, prev_end..start);
            g.0 |= Gap::START;
            g
        } else {
            let mut g = classify_gap(text, prev_end..start);
            // An English plural possessive ("a tenants’ rights group", "the workers' union") is
            // no quotation mark: the apostrophe right after an s, then one space.
            let gap_text = &text.as_bytes()[prev_end..start];
            if lang == Lang::En
                && matches!(gap_text, b"' " | [0xE2, 0x80, 0x99, b' '])
                && matches!(text.as_bytes()[prev_end - 1], b's' | b'S')
            {
                g = Gap(Gap::SPACE);
            }
            g
        };
        // A compound the lexicon knows (`porte-parole`) is one word.
        if gap.has(Gap::HYPHEN)
            && gap.joins()
            && let Some(prev) = out.last_mut()
            && let Some(e) = lx.entry(compound_key(prev.key, key))
        {
            prev.end = end;
            prev.key = compound_key(prev.key, key);
            prev.class = e.class(lang);
            prev.nation = e.nation;
            prev.group = e.group;
            prev_end = end;
            continue;
        }
        let entry = lx.entry(key);
        if let Some(e) = entry {
            let (fr, en) = (e.class(Lang::Fr).0 != 0, e.class(Lang::En).0 != 0);
            votes.fr += usize::from(fr && !en);
            votes.en += usize::from(en && !fr);
        }
        let (mut class, nation, group) =
            entry.map_or((Class(0), 0, 0), |e| (e.class(lang), e.nation, e.group));
        // Verbs the lexicon does not list, by their endings: English `-ed`, French imperfect
        // `-ait`/`-aient`, future `-eront`/`-iront`, past `-èrent`. They end noun phrases and
        // open predicates.
        // After a determiner or an adverb they are adjectives ("a retired firefighter").
        let after_modifier = out
            .last()
            .is_some_and(|p| p.class.has(Class::DET | Class::ADV));
        if class.0 == 0 && end - start > 4 && !after_modifier {
            // PERF: endings compared as bytes (slicing the text checks character boundaries,
            // for every unknown word of a book).
            let word = &text.as_bytes()[start..end];
            let verbal = match lang {
                Lang::En => word.ends_with(b"ed") && word[0].is_ascii_lowercase(),
                Lang::Fr => {
                    (word.ends_with(b"ait")
                        || word.ends_with(b"aient")
                        || word.ends_with(b"eront")
                        || word.ends_with(b"iront")
                        || word.ends_with("èrent".as_bytes())
                        // Any form after `ne` or a subject pronoun ("ne manquent pas", "ils
                        // tablent"): a verb.
                        || out.last().is_some_and(|p| {
                            p.class.has(Class::PRONOUN) && !p.class.has(Class::DET | Class::CLITIC)
                                || p.class.has(Class::NEG)
                                    && (p.key == crate::core::text::words::word_key("ne")
                                        || p.key == crate::core::text::words::word_key("n"))
                        }))
                        && !text[start..end].starts_with(char::is_uppercase)
                }
            };
            if verbal {
                class.0 |= Class::VERB;
            }
            // French adverbs in `-ment` the lexicon does not list ("a déclaré prudemment X",
            // "diplomatiquement"): after no determiner or preposition, a lower-case `-ment`
            // word is no noun ("le gouvernement", "en mouvement").
            let after_prep = out
                .last()
                .is_some_and(|p| p.class.has(Class::PREP | Class::COMPL));
            // An infinitive the lexicon does not list, after a preposition ("s'engagent à
            // adopter", "pour engager", "de renforcer"): no noun follows `à` or `de` without
            // its determiner so often.
            if lang == Lang::Fr
                && after_prep
                && (word.ends_with(b"er") || word.ends_with(b"ir"))
                && word[0].is_ascii_lowercase()
            {
                class.0 |= Class::INFINITIVE;
            }
            if lang == Lang::Fr
                && end - start >= 7
                && word.ends_with(b"ment")
                && word[0].is_ascii_lowercase()
                && !after_prep
            {
                class.0 |= Class::ADV;
            }
        }
        // A capitalised word the lexicon does not know, ending in `-ant`, opening a sentence
        // and followed by a determiner, a preposition, a clitic or `que` is a present
        // participle opening a participial clause ("Evoquant les critiques, le ministre…"),
        // not a name: names are followed by their verb.
        if lang == Lang::Fr
            && class.has(Class::DET | Class::PREP | Class::COMPL | Class::CLITIC | Class::REL)
            && let Some(prev) = out.last_mut()
            && prev.class.0 == 0
            && prev.gap.has(Gap::START)
            && gap.plain()
            && prev.end - prev.start > 5
            && text[prev.start..prev.end].ends_with("ant")
            && shape_of(&text[prev.start..prev.end]) == Shape::Capital
        {
            prev.class.0 |= Class::VERB | Class::GERUND;
        }
        // Folding makes `déclaré` and `déclare` one key: the accent tells the participle.
        if lang == Lang::Fr && class.all(Class::FINITE | Class::PARTICIPLE) {
            let word = &text.as_bytes()[start..end];
            let participle = ["é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES"]
                .iter()
                .any(|e| word.ends_with(e.as_bytes()));
            class.0 &= !if participle {
                Class::FINITE
            } else {
                Class::PARTICIPLE
            };
        }
        out.push(Word {
            start,
            end,
            key,
            class,
            nation,
            group,
            shape: shape_at(text, start, end),
            gap,
            quote: NO_QUOTE,
        });
        prev_end = end;
        if lang == Lang::En {
            english_possessive(out);
        }
    }
    votes
}

/// English `'s` before a name or a person, organisation or text noun (the last word of `out`)
/// is the possessive ("Franklin County Commonwealth's Attorney Janet Greer", "the company's
/// statement"), not `is`: no verb, so no clause with the possessor for subject.
fn english_possessive(out: &mut [Word]) {
    let n = out.len();
    if n < 3 {
        return;
    }
    let (w, s, before) = (&out[n - 1], &out[n - 2], &out[n - 3]);
    let possessive = s.class.has(Class::AUX)
        && s.gap.has(Gap::APOSTROPHE)
        && !s.gap.has(Gap::SPACE)
        && s.key == crate::core::text::words::word_key("s")
        // Not after a pronoun: "it's Paul", "he's President".
        && !before.class.has(Class::PRONOUN | Class::REL | Class::FIRST_PERSON | Class::ADV)
        && !w.gap.has(Gap::PUNCT)
        && (matches!(w.shape, Shape::Capital | Shape::Upper) && !w.class.has(Class::FUNCTION)
            || w.class.has(Class::ROLE | Class::ORG | Class::TEXT | Class::RELATION))
        && !w.class.has(Class::PARTICIPLE | Class::GERUND | Class::DET | Class::ADV);
    if possessive {
        out[n - 2].class.0 &= !Class::AUX;
    }
}

/// The words of `text[range]` (for tests and small windows).
pub fn words(text: &str, range: Range<usize>, lang: Lang) -> Vec<Word> {
    let mut tokens = Vec::new();
    let mut out = Vec::new();
    words_into(text, range, lang, &mut tokens, &mut out);
    out
}

/// Marks the words inside each quotation's outer range (`outers` sorted by start, not
/// overlapping: top-level quotations) with the quotation's index.
pub fn mark_quotes(words: &mut [Word], outers: &[(u32, Range<usize>)]) {
    let mut q = 0;
    for w in words.iter_mut() {
        while q < outers.len() && outers[q].1.end <= w.start {
            q += 1;
        }
        if let Some((index, outer)) = outers.get(q)
            && outer.start <= w.start
            && w.end <= outer.end
        {
            w.quote = *index;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::words::word_key;

    #[test]
    fn gaps_shapes_and_classes() {
        let s = "l'île, Kim Jong-un M. Dupont a-t-il dit: PCF (TF1) — fin";
        let w = words(s, 0..s.len(), Lang::Fr);
        let texts: Vec<&str> = w.iter().map(|w| &s[w.range()]).collect();
        assert_eq!(
            texts,
            [
                "l", "île", "Kim", "Jong", "un", "M", "Dupont", "a", "t", "il", "dit", "PCF",
                "TF1", "fin"
            ]
        );
        assert!(w[0].gap.has(Gap::START));
        assert!(w[1].gap.joins() && w[1].gap.has(Gap::APOSTROPHE));
        assert!(w[2].gap.has(Gap::COMMA));
        assert!(w[4].gap.has(Gap::HYPHEN) && w[4].gap.joins());
        assert!(w[6].gap.has(Gap::STOP), "the period after M.");
        assert!(w[11].gap.has(Gap::COLON));
        assert!(w[12].gap.has(Gap::OPEN_PAREN));
        assert!(w[13].gap.has(Gap::DASH) && w[13].gap.has(Gap::CLOSE_PAREN));
        assert_eq!(w[2].shape, Shape::Capital);
        assert_eq!(w[4].shape, Shape::Lower);
        assert_eq!(w[5].shape, Shape::Initial);
        assert_eq!(w[11].shape, Shape::Upper);
        assert_eq!(w[12].shape, Shape::Upper);
        assert!(w[7].has(Class::AUX));
        assert!(w[9].has(Class::PRONOUN));
        assert!(w[10].has(Class::SAY));
        assert!(w[5].has(Class::TITLE));
        assert_eq!(w[3].key, word_key("jong"));
    }

    #[test]
    fn ascii_gaps_read_from_the_table_as_character_by_character() {
        // Every gap of up to three ASCII characters that are no word characters.
        let gap_bytes: Vec<u8> = (0u8..128).filter(|b| !b.is_ascii_alphanumeric()).collect();
        let mut gaps: Vec<String> = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = gaps
                .iter()
                .filter(|g| g.len() < 3)
                .flat_map(|g| gap_bytes.iter().map(move |&b| format!("{g}{}", b as char)))
                .collect();
            gaps.extend(longer);
        }
        for g in &gaps {
            assert_eq!(
                classify_gap(g, 0..g.len()),
                classify_gap_chars(g),
                "gap {g:?}"
            );
        }
    }

    #[test]
    fn gaps_in_french_and_english_sentences() {
        let fr = "« Non », a-t-il dit ; l'élu (PS) — furieux — s’en va... puis : \"rien\" !";
        let en = "\"No,\" he said; the mayor's aide (D-Ill.) - angry - left... then: 'nothing'!";
        for s in [fr, en] {
            let w = words(s, 0..s.len(), Lang::Fr);
            let mut prev_end = 0;
            for (k, word) in w.iter().enumerate() {
                let mut expected = classify_gap_chars(&s[prev_end..word.start]);
                if k == 0 {
                    expected.0 |= Gap::START;
                }
                assert_eq!(word.gap, expected, "before {:?} in {s:?}", &s[word.range()]);
                prev_end = word.end;
            }
        }
        let w = words(fr, 0..fr.len(), Lang::Fr);
        let t = w.iter().position(|w| &fr[w.range()] == "t").unwrap();
        assert!(w[t].gap.joins() && w[t].gap.has(Gap::HYPHEN));
        let furieux = w.iter().position(|w| &fr[w.range()] == "furieux").unwrap();
        assert!(w[furieux].gap.has(Gap::DASH | Gap::CLOSE_PAREN));
        let w = words(en, 0..en.len(), Lang::En);
        let s = w.iter().position(|w| &en[w.range()] == "s").unwrap();
        assert!(w[s].gap.has(Gap::APOSTROPHE) && w[s].gap.joins());
        let angry = w.iter().position(|w| &en[w.range()] == "angry").unwrap();
        assert!(w[angry].gap.has(Gap::DASH) && !w[angry].gap.has(Gap::HYPHEN));
        let nothing = w.iter().position(|w| &en[w.range()] == "nothing").unwrap();
        assert!(w[nothing].gap.has(Gap::QUOTE | Gap::COLON));
    }

    #[test]
    fn shapes_told_from_the_bytes_as_from_the_characters() {
        let fr = "Le PCF, l'Élysée, M. Dupont, À Paris, TF1, 2008, McCain, ÉTATS, Œuvre, élu";
        let en = "The CIA, Mr. O'Neill, NASA's X, I, A-10, iPhone, U.S., DeSantis said";
        for s in [fr, en] {
            for w in words(s, 0..s.len(), Lang::Fr) {
                let word = &s[w.range()];
                assert_eq!(shape_at(s, w.start, w.end), shape_of(word), "{word:?}");
                assert_eq!(w.shape, shape_of(word), "{word:?}");
            }
        }
        assert_eq!(shape_at("PCF", 0, 3), Shape::Upper);
        assert_eq!(shape_at("McCain", 0, 6), Shape::Capital);
        assert_eq!(shape_at("A", 0, 1), Shape::Initial);
        assert_eq!(shape_at("ÉTATS", 0, "ÉTATS".len()), Shape::Upper);
        assert_eq!(shape_at("Pékin", 0, "Pékin".len()), Shape::Capital);
        // Latin-1 capitals, and words that leave the Latin-1 path (Œ, ×).
        for word in [
            "État",
            "ÉTATS",
            "À",
            "Élysée",
            "Ørsted",
            "Ñ1",
            "Àß",
            "É2",
            "ÉÉ",
            "Ève-Marie",
            "ÉŒ",
            "É×",
            "Ça",
            "ÇA",
            "Ådne",
            "Þór",
            "Éa1",
        ] {
            assert_eq!(shape_at(word, 0, word.len()), shape_of(word), "{word:?}");
        }
    }

    #[test]
    fn compounds_the_lexicon_knows_are_one_word() {
        let s = "le porte-parole et le vice-président, Jong-un";
        let w = words(s, 0..s.len(), Lang::Fr);
        let texts: Vec<&str> = w.iter().map(|w| &s[w.range()]).collect();
        assert_eq!(
            texts,
            [
                "le",
                "porte-parole",
                "et",
                "le",
                "vice-président",
                "Jong",
                "un"
            ]
        );
        assert!(w[1].has(Class::ROLE));
    }

    #[test]
    fn the_accent_tells_a_participle_from_a_finite_form() {
        let s = "déclare déclaré déclarée";
        let w = words(s, 0..s.len(), Lang::Fr);
        assert!(w[0].has(Class::FINITE) && !w[0].has(Class::PARTICIPLE));
        assert!(w[1].has(Class::PARTICIPLE) && !w[1].has(Class::FINITE));
        assert!(w[2].has(Class::PARTICIPLE) && !w[2].has(Class::FINITE));
    }

    #[test]
    fn an_unlisted_french_infinitive_after_a_preposition() {
        let s = "s'engagent à adopter, pour engager, le dossier, des dossiers";
        let w = words(s, 0..s.len(), Lang::Fr);
        let inf: Vec<&str> = w
            .iter()
            .filter(|w| w.has(Class::INFINITIVE))
            .map(|w| &s[w.range()])
            .collect();
        assert_eq!(inf, ["adopter", "engager"]);
    }

    #[test]
    fn words_inside_quotations_are_marked() {
        let s = "Il a dit « non merci » puis partit.";
        let mut w = words(s, 0..s.len(), Lang::Fr);
        let open = s.find('«').unwrap();
        let close = s.find('»').unwrap() + '»'.len_utf8();
        mark_quotes(&mut w, &[(0, open..close)]);
        let quoted: Vec<&str> = w
            .iter()
            .filter(|w| w.quoted())
            .map(|w| &s[w.range()])
            .collect();
        assert_eq!(quoted, ["non", "merci"]);
    }
}
