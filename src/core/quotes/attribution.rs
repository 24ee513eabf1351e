//! Who said it: the words around a quotation (verbs of saying before, after or inside the
//! marks), the persons an article names with their roles and nationalities, and the resolution
//! of a role ("le président russe") or a pronoun to one of them.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use super::lexicon::{Lexicon, nations_agree};
use crate::core::document::Document;
use crate::core::sentence;
use crate::core::text::words::{KEY_SEED, mix, word_key};

/// What separates a word from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    Start,
    Space,
    Hyphen,
    Apostrophe,
    /// Any punctuation: comma, period, colon, brackets, quote marks, dashes.
    Punct,
}

/// A word of the text (letters and digits), with what precedes it.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub key: u64,
    /// Starts with a capital letter and is not an all-capitals acronym.
    pub cap: bool,
    pub gap: Gap,
}

fn classify_gap(gap: &str) -> Gap {
    let mut kind = Gap::Space;
    for c in gap.chars() {
        match c {
            '-' | '\u{2010}' | '\u{2011}' => {
                if kind == Gap::Space && !gap.contains(char::is_whitespace) {
                    kind = Gap::Hyphen;
                }
            }
            '\'' | '’' => {
                if kind != Gap::Punct {
                    kind = Gap::Apostrophe;
                }
            }
            c if c.is_whitespace() => {}
            _ => return Gap::Punct,
        }
    }
    kind
}

/// The words of `text[range]`. A period after a title (`M. Dupont`) does not separate.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    words_upto(text, range, usize::MAX)
}

/// The first `max` words of `text[range]`: attribution never needs more than a clause.
pub fn words_upto(text: &str, range: Range<usize>, max: usize) -> Vec<Word> {
    let mut out = Vec::with_capacity(max.min(range.len() / 4 + 1));
    words_into(text, range, max, &mut out);
    out
}

/// The character starting at byte `i` (a UTF-8 lead byte) and its length; two-byte sequences
/// (accented Latin letters, « », no-break space) are decoded inline.
#[inline]
fn decode_at(bytes: &[u8], i: usize, end: usize) -> Option<(char, usize)> {
    let b0 = bytes[i];
    if (0xC2..0xE0).contains(&b0) && i + 1 < end {
        let b1 = bytes[i + 1];
        let c = (u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F);
        return char::from_u32(c).map(|c| (c, 2));
    }
    let len = match b0 {
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(bytes.get(i..(i + len).min(end))?).ok()?;
    s.chars().next().map(|c| (c, len))
}

/// The folded form (`fold::fold_char`) of the accented Latin letters of French and other
/// Western European text, so that words made of them are hashed on the way; other characters
/// go through `word_key`.
#[inline]
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

/// True for letters and digits; Latin-1 and Latin Extended-A letters (French accents) without
/// the general Unicode lookup.
#[inline]
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0xC0..=0x17F => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// Appends to `out` (cleared first) the first `max` words of `text[range]`.
pub fn words_into(text: &str, range: Range<usize>, max: usize, out: &mut Vec<Word>) {
    let lx = Lexicon::get();
    let bytes = text.as_bytes();
    out.clear();
    let mut i = range.start;
    let end = range.end;
    let mut prev_end = range.start;
    while i < end && out.len() < max {
        let b = bytes[i];
        let (is_word, len) = if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match decode_at(bytes, i, end) {
                Some((c, len)) => (is_word_char(c), len),
                None => (false, 1),
            }
        };
        if !is_word {
            i += len;
            continue;
        }
        let start = i;
        // The key is hashed on the way for ASCII words, exactly as `text::words::word_key` does.
        let mut hash = KEY_SEED;
        let mut ascii = true;
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    hash = mix(hash, b.to_ascii_lowercase() as char);
                    i += 1;
                } else {
                    break;
                }
            } else {
                match decode_at(bytes, i, end) {
                    Some((c, len)) if is_word_char(c) => {
                        match fold_latin(c) {
                            Some(folded) => {
                                for f in folded.chars() {
                                    hash = mix(hash, f);
                                }
                            }
                            None => ascii = false,
                        }
                        i += len;
                    }
                    _ => break,
                }
            }
        }
        let word = &text[start..i];
        let key = if ascii { hash } else { word_key(word) };
        let between = &text[prev_end..start];
        let mut gap = if out.is_empty() && prev_end == start {
            Gap::Start
        } else if between == " " {
            Gap::Space
        } else {
            classify_gap(between)
        };
        if gap == Gap::Punct
            && let Some(prev) = out.last()
            && lx.is_title(prev.key)
            && between.trim() == "."
        {
            gap = Gap::Space;
        }
        let first = bytes[start];
        let (first_upper, rest) = if first < 0x80 {
            (first.is_ascii_uppercase(), &word[1..])
        } else {
            let mut chars = word.chars();
            let upper = chars.next().is_some_and(char::is_uppercase);
            (upper, chars.as_str())
        };
        // URSS, RPDC: all capitals (digits allowed); McCain is a name.
        let acronym = first_upper && !rest.is_empty() && rest.chars().all(|c| !c.is_lowercase());
        out.push(Word {
            start,
            end: i,
            key,
            cap: first_upper && !acronym,
            gap,
        });
        prev_end = i;
    }
}

/// A run of capitalised words that names someone: `Kim Jong-un`, `Charles de Gaulle`.
#[derive(Debug, Clone)]
pub struct NameRun {
    /// Index of the first and one past the last word of the run.
    pub first: usize,
    pub end: usize,
    /// Folded keys of the words, particles included: the canonical identity.
    pub key: Vec<u64>,
}

/// The name run starting at word `i`, if one does.
pub fn name_run_at(words: &[Word], i: usize) -> Option<NameRun> {
    let lx = Lexicon::get();
    let w = words.get(i)?;
    let starts = |w: &Word| {
        w.cap
            && !lx.is_function_word(w.key)
            && !lx.is_role(w.key)
            && !lx.is_title(w.key)
            && lx.nation(w.key).is_none()
    };
    if !starts(w)
        || words.get(i + 1).is_some_and(|n| n.gap == Gap::Apostrophe)
        || w.end - w.start < 2
    {
        return None;
    }
    // "Corée du Sud", "White House"; but "Mrs. May" is a person.
    let titled = i > 0 && lx.is_title(words[i - 1].key) && w.gap == Gap::Space;
    if lx.is_not_person(w.key) && !titled {
        return None;
    }
    let mut end = i + 1;
    while let Some(next) = words.get(end) {
        match next.gap {
            Gap::Space | Gap::Hyphen if next.cap && !lx.is_role(next.key) => end += 1,
            // Jong-un, Jae-in: a lower-case part hyphenated to a name; not a pronoun of an
            // imperative ("Présentez-vous", "Donnez-moi").
            Gap::Hyphen if !lx.is_clitic(next.key) => end += 1,
            Gap::Space | Gap::Apostrophe
                if lx.is_particle(next.key)
                    && words.get(end + 1).is_some_and(|n| {
                        n.cap && matches!(n.gap, Gap::Space | Gap::Apostrophe | Gap::Hyphen)
                    }) =>
            {
                end += 2
            }
            _ => break,
        }
    }
    Some(NameRun {
        first: i,
        end,
        key: words[i..end].iter().map(|w| w.key).collect(),
    })
}

/// Roles and nationalities named by a few words.
fn descriptors(words: &[Word], roles: &mut Vec<u64>, nats: &mut Vec<u8>) {
    let lx = Lexicon::get();
    for (j, w) in words.iter().enumerate() {
        if is_role_at(words, j) {
            let group = lx.role_group(w.key);
            if !roles.contains(&group) {
                roles.push(group);
            }
        }
    }
    if words.iter().any(|w| lx.nation(w.key).is_some()) {
        let keys: Vec<u64> = words.iter().map(|w| w.key).collect();
        for n in lx.nationalities(&keys) {
            if !nats.contains(&n) {
                nats.push(n);
            }
        }
    }
}

/// Word `j` is a role (`porte` only in `porte-parole`).
fn is_role_at(words: &[Word], j: usize) -> bool {
    let lx = Lexicon::get();
    let k = words[j].key;
    if k == lx.porte {
        words.get(j + 1).is_some_and(|w| w.key == lx.parole)
    } else {
        lx.is_role(k)
    }
}

/// Word `j` can stand before a name and describe it: a role, a nationality, a determiner or
/// another short grammatical word, a particle, a title, a capitalised word ("Transport
/// Minister").
fn describes_name(words: &[Word], j: usize) -> bool {
    let lx = Lexicon::get();
    let w = &words[j];
    w.cap
        || is_role_at(words, j)
        || lx.nation(w.key).is_some()
        || lx.nord.contains(&w.key)
        || lx.sud.contains(&w.key)
        || lx.is_function_word(w.key)
        || lx.is_particle(w.key)
        || lx.is_title(w.key)
}

fn has_role(words: &[Word]) -> bool {
    (0..words.len()).any(|j| is_role_at(words, j))
}

/// A person an article names.
#[derive(Debug, Clone)]
pub struct Person {
    pub key: Rc<[u64]>,
    /// The name as first written.
    pub display: Rc<str>,
    pub roles: Vec<u64>,
    pub nats: Vec<u8>,
}

/// How many mentions back resolution looks: far enough for any article, and it keeps the work
/// per quotation bounded on book-length inputs.
const LOOKBACK: usize = 400;

/// The persons of one article and where each is mentioned.
#[derive(Debug, Clone, Default)]
pub struct Persons {
    pub list: Vec<Person>,
    by_key: HashMap<Rc<[u64]>, usize>,
    /// For each word of a name of several words, the first person whose name has it.
    by_token: HashMap<u64, usize>,
    /// (byte offset, person), sorted by offset.
    pub mentions: Vec<(usize, usize)>,
}

impl Persons {
    /// Collects persons: runs of two or more capitalised words (or one after a title), with the
    /// roles and nationalities written next to them ("le président russe Vladimir Poutine",
    /// "le porte-parole du gouvernement, Paul Martin", "Paul Martin, porte-parole"); then the
    /// single words that repeat a known person's surname.
    pub fn scan(doc: &Document) -> Persons {
        let lx = Lexicon::get();
        let text = doc.text.as_str();
        let mut persons = Persons::default();
        let mut singles: Vec<(usize, u64, Option<String>)> = Vec::new();
        let mut buffer: Vec<Word> = Vec::new();
        for block in &doc.blocks {
            words_into(text, block.range.clone(), usize::MAX, &mut buffer);
            let ws = &buffer;
            let mut i = 0;
            let mut last_run_end = 0;
            while i < ws.len() {
                let Some(run) = name_run_at(ws, i) else {
                    i += 1;
                    continue;
                };
                let titled = i > 0 && lx.is_title(ws[i - 1].key) && ws[i].gap == Gap::Space;
                let name_words = ws[run.first..run.end].iter().filter(|w| w.cap).count();
                if name_words < 2 {
                    let display = titled.then(|| text[ws[i].start..ws[i].end].to_string());
                    singles.push((ws[i].start, ws[i].key, display));
                    i = run.end;
                    continue;
                }
                let mut roles = Vec::new();
                let mut nats = Vec::new();
                // The words just before that describe the name ("le président russe",
                // "nord-coréen"), back to one that does not (a verb: "a reçu Paul Martin"), to
                // punctuation or to the previous name.
                let mut from = i;
                while from > last_run_end
                    && i - from < 5
                    && ws[from].gap != Gap::Punct
                    && describes_name(ws, from - 1)
                {
                    from -= 1;
                }
                descriptors(&ws[from..i], &mut roles, &mut nats);
                // Apposition before: "le porte-parole du gouvernement, Paul Martin".
                if i > 0
                    && ws[i].gap == Gap::Punct
                    && text[ws[i - 1].end..ws[i].start].trim() == ","
                {
                    let mut back = i - 1;
                    while back > last_run_end && i - back < 7 && ws[back].gap != Gap::Punct {
                        back -= 1;
                    }
                    if has_role(&ws[back..i]) {
                        descriptors(&ws[back..i], &mut roles, &mut nats);
                    }
                }
                // Apposition after: "Paul Martin, porte-parole du gouvernement,".
                if let Some(next) = ws.get(run.end)
                    && next.gap == Gap::Punct
                    && text[ws[run.end - 1].end..next.start].trim() == ","
                {
                    let mut stop = run.end + 1;
                    while stop < ws.len() && stop - run.end < 6 && ws[stop].gap != Gap::Punct {
                        stop += 1;
                    }
                    if has_role(&ws[run.end..stop]) {
                        descriptors(&ws[run.end..stop], &mut roles, &mut nats);
                    }
                }
                let display = &text[ws[run.first].start..ws[run.end - 1].end];
                let index = persons.add(&run.key, display);
                let person = &mut persons.list[index];
                for r in roles {
                    if !person.roles.contains(&r) {
                        person.roles.push(r);
                    }
                }
                for n in nats {
                    if !person.nats.contains(&n) {
                        person.nats.push(n);
                    }
                }
                persons.mentions.push((ws[i].start, index));
                last_run_end = run.end;
                i = run.end;
            }
        }
        // A surname alone ("Poutine") is a mention of the person it ends; a family name that
        // opens several names ("Kim") is left alone.
        // A title before an unknown surname ("M. Dupont") makes it a person of its own.
        if !singles.is_empty() {
            let mut by_last: HashMap<u64, Option<usize>> = HashMap::new();
            for (index, p) in persons.list.iter().enumerate() {
                if let Some(&last) = p.key.last() {
                    by_last
                        .entry(last)
                        .and_modify(|e| *e = None)
                        .or_insert(Some(index));
                }
            }
            for (pos, key, titled) in singles {
                if let Some(Some(index)) = by_last.get(&key) {
                    persons.mentions.push((pos, *index));
                } else if let Some(display) = titled {
                    let index = persons.add(&[key], &display);
                    persons.mentions.push((pos, index));
                }
            }
        }
        persons.mentions.sort_unstable();
        for (index, p) in persons.list.iter().enumerate() {
            if p.key.len() > 1 {
                for k in [p.key[0], p.key[p.key.len() - 1]] {
                    persons.by_token.entry(k).or_insert(index);
                }
            }
        }
        persons
    }

    fn add(&mut self, key: &[u64], display: &str) -> usize {
        if let Some(&i) = self.by_key.get(key) {
            return i;
        }
        let i = self.list.len();
        let key: Rc<[u64]> = key.into();
        self.by_key.insert(key.clone(), i);
        self.list.push(Person {
            key,
            display: display.into(),
            roles: Vec::new(),
            nats: Vec::new(),
        });
        i
    }

    pub fn get(&self, key: &[u64]) -> Option<&Person> {
        self.by_key.get(key).map(|&i| &self.list[i])
    }

    /// Adds what `other` knows of the same persons (roles, nationalities): the other article
    /// may introduce as "le président russe Vladimir Poutine" whom this one only names.
    pub fn absorb(&mut self, other: &Persons) {
        for p in &mut self.list {
            if let Some(o) = other.get(&p.key) {
                for &r in &o.roles {
                    if !p.roles.contains(&r) {
                        p.roles.push(r);
                    }
                }
                for &n in &o.nats {
                    if !p.nats.contains(&n) {
                        p.nats.push(n);
                    }
                }
            }
        }
    }

    /// The person a single word names: a known person whose name has it (latest mentioned
    /// before `pos`, else the first).
    fn by_single(&self, key: u64, pos: usize) -> Option<usize> {
        // A surname (last word) or a family name written first ("Kim"), never a particle.
        let has = |i: usize| {
            let k = &self.list[i].key;
            k.len() > 1 && (k.last() == Some(&key) || k.first() == Some(&key))
        };
        let before = self.mentions.partition_point(|&(p, _)| p < pos);
        self.mentions[..before]
            .iter()
            .rev()
            .take(LOOKBACK)
            .map(|&(_, i)| i)
            .find(|&i| has(i))
            .or_else(|| self.by_token.get(&key).copied())
    }
}

/// Who an attribution names, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    Name {
        key: Vec<u64>,
        display: String,
    },
    Role {
        roles: Vec<u64>,
        nats: Vec<u8>,
        definite: bool,
    },
    Pronoun,
    /// "ce dernier", "the latter".
    Latter,
    Unknown,
}

/// Parses the noun phrase that says who speaks.
pub fn subject(text: &str, words: &[Word]) -> Subject {
    let lx = Lexicon::get();
    let Some(first) = words.first() else {
        return Subject::Unknown;
    };
    // A name, with only words that describe it around ("le président russe Vladimir
    // Poutine"): "Parce que tu as dit" is no name.
    for i in 0..words.len() {
        if let Some(run) = name_run_at(words, i) {
            let described = (0..i).all(|j| describes_name(words, j)) || has_role(&words[..i]);
            let trailing = words.len() - run.end;
            if !described
                || trailing > 2
                || !(run.end..words.len()).all(|j| describes_name(words, j))
            {
                break;
            }
            let display = text[words[run.first].start..words[run.end - 1].end].to_string();
            return Subject::Name {
                key: run.key,
                display,
            };
        }
    }
    if words.len() <= 2
        && (lx.is_pronoun(first.key) || ["lui", "him"].iter().any(|p| word_key(p) == first.key))
    {
        return Subject::Pronoun;
    }
    if words.iter().any(|w| lx.is_latter(w.key)) && words.len() <= 3 {
        return Subject::Latter;
    }
    // The role must head the phrase, before any complement: "le candidat de la droite" is a
    // candidate, "l'entourage de la maire" is not the mayor. Nationalities count anywhere
    // ("le président de la Russie").
    let head = words
        .iter()
        .skip(1)
        .position(|w| lx.is_complement(w.key))
        .map_or(words.len(), |p| p + 1);
    let mut roles = Vec::new();
    let mut nats = Vec::new();
    descriptors(&words[..head], &mut roles, &mut Vec::new());
    descriptors(words, &mut Vec::new(), &mut nats);
    if !roles.is_empty() {
        return Subject::Role {
            roles,
            nats,
            definite: lx.is_definite(first.key),
        };
    }
    Subject::Unknown
}

/// How the attribution was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// «…», a déclaré X · "…," said X · «…» — X · «…», selon X
    After,
    /// X a déclaré : «…» · selon X, «…» · X said: "…"
    Before,
    /// « …, a promis la maire. … »
    Incise,
}

/// An attribution found next to a quotation.
#[derive(Debug, Clone)]
pub struct Found {
    pub pattern: Pattern,
    /// The attribution as written (for `how`), a range of the text.
    pub clause: Range<usize>,
    pub subject: Subject,
    /// Where the subject is (for resolution: persons mentioned before it).
    pub at: usize,
    /// The quotation is introduced as speech (after a colon, `selon`, a verb of saying right
    /// next to it), not merely mentioned inside a sentence ("a dénoncé une « mascarade »").
    pub introduces: bool,
}

/// Up to this many words may stand between a closing mark and its verb ("le porte-parole du
/// gouvernement a déclaré").
const MAX_SUBJECT_WORDS: usize = 7;
/// Words read after a closing mark: a clause and an apposition.
const AFTER_WORDS: usize = 24;

/// The words of a clause: up to the first punctuation (the first word may follow one).
fn clause_len(words: &[Word]) -> usize {
    words
        .iter()
        .skip(1)
        .position(|w| w.gap == Gap::Punct)
        .map_or(words.len(), |p| p + 1)
}

/// The noun phrase after an inverted verb: `a déclaré Kim Jong Un lors de…`, `dit-il`,
/// `said the mayor of Paris`; with an apposition (`le porte-parole du gouvernement, Paul Martin`).
fn np_after<'w>(text: &str, words: &'w [Word], from: usize) -> &'w [Word] {
    let lx = Lexicon::get();
    let mut start = from;
    // dit-il, estime-t-elle
    while words
        .get(start)
        .is_some_and(|w| w.gap == Gap::Hyphen && w.key == word_key("t"))
    {
        start += 1;
    }
    let mut end = start;
    while let Some(w) = words.get(end) {
        if end > start && (w.gap == Gap::Punct || lx.is_np_stop(w.key)) {
            break;
        }
        if end == start && w.gap == Gap::Punct && end != from {
            break;
        }
        if end - start >= 8 {
            break;
        }
        end += 1;
    }
    // Apposition: a role, a comma, then a name.
    if end > start
        && has_role(&words[start..end])
        && words
            .get(end)
            .is_some_and(|w| w.gap == Gap::Punct && text[words[end - 1].end..w.start].trim() == ",")
        && let Some(run) = name_run_at(words, end)
    {
        return &words[start..run.end];
    }
    &words[start..end]
}

fn is_saying_at(words: &[Word], i: usize) -> bool {
    let lx = Lexicon::get();
    lx.is_saying(words[i].key)
        && !words[i].cap
        && !(i > 0 && lx.is_definite(words[i - 1].key) && words[i].gap != Gap::Hyphen)
}

/// The verb of saying among the first `limit` words, its subject before it (minus auxiliaries)
/// or after it.
fn verb_and_subject(text: &str, words: &[Word], limit: usize) -> Option<(usize, Subject)> {
    let lx = Lexicon::get();
    let v = (0..clause_len(words).min(limit)).find(|&i| is_saying_at(words, i))?;
    let before: Vec<Word> = words[..v]
        .iter()
        .filter(|w| !lx.is_auxiliary(w.key))
        .copied()
        .collect();
    let subj = if before.is_empty() {
        subject(text, np_after(text, words, v + 1))
    } else {
        subject(text, &before)
    };
    Some((v, subj))
}

/// An attribution in the text right after a closing mark: `, a déclaré le président russe`,
/// `," said Smith`, `— Paul Martin`, `, selon le ministre`.
pub fn after(text: &str, window: Range<usize>) -> Option<Found> {
    let lx = Lexicon::get();
    let s = &text[window.clone()];
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let mut rest = trimmed;
    let dash = rest.starts_with(['—', '–']) || rest.starts_with("- ");
    if dash {
        rest = rest.trim_start_matches(['—', '–', '-']);
    } else if let Some(r) = rest.strip_prefix(',') {
        rest = r;
    } else if !rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let from = window.start + lead + (trimmed.len() - rest.len());
    let all = words_upto(text, from..window.end, AFTER_WORDS);
    if all.first().is_some_and(|w| w.gap == Gap::Punct) {
        return None;
    }
    let n = clause_len(&all);
    let ws = &all[..n];
    let first = ws.first()?;
    let clause_end = |k: usize| {
        all[..k.min(all.len()).max(1)]
            .last()
            .map_or(from, |w| w.end)
    };
    if dash {
        let np = np_after(text, &all, 0);
        let subj = subject(text, np);
        if matches!(subj, Subject::Name { .. }) {
            return Some(Found {
                pattern: Pattern::After,
                introduces: true,
                clause: window.start..clause_end(np.len()),
                subject: subj,
                at: first.start,
            });
        }
        return None;
    }
    // selon X · d'après X · according to X
    let according = lx.is_according(first.key) && first.key != word_key("pour")
        || (first.key == lx.d
            && ws
                .get(1)
                .is_some_and(|w| w.key == word_key("après") && w.gap == Gap::Apostrophe));
    if according {
        let skip = if first.key == lx.d || ws.get(1).is_some_and(|w| w.key == lx.to) {
            2
        } else {
            1
        };
        let np = np_after(text, &all, skip);
        let end = skip + np.len();
        return Some(Found {
            pattern: Pattern::After,
            introduces: true,
            clause: window.start..clause_end(end),
            subject: subject(text, np),
            at: first.start,
        });
    }
    let (v, subj) = verb_and_subject(text, &all, MAX_SUBJECT_WORDS)?;
    // Before the verb only a subject may stand (a name, a role, a pronoun, auxiliaries); after
    // an inverted verb something must be named ("ajoutant que…" is no attribution).
    let inverted = ws[..v].iter().all(|w| lx.is_auxiliary(w.key));
    // "ont-ils déclaré", "they said": an attribution to several people, so to no one speaker,
    // but an attribution all the same (the quotation does not continue the previous speaker).
    let plural = {
        let mut named = ws[..v]
            .iter()
            .filter(|w| !lx.is_auxiliary(w.key))
            .peekable();
        named.peek().is_some() && named.all(|w| lx.is_plural_pronoun(w.key))
    };
    if matches!(subj, Subject::Unknown)
        && !plural
        && (!inverted || np_after(text, &all, v + 1).is_empty())
    {
        return None;
    }
    let end = if v == 0 || ws[..v].iter().all(|w| lx.is_auxiliary(w.key)) {
        v + 1
            + np_after(text, &all, v + 1).len()
            + usize::from(all.get(v + 1).is_some_and(|w| w.key == word_key("t")))
    } else {
        v + 1
    };
    Some(Found {
        pattern: Pattern::After,
        introduces: true,
        clause: window.start..clause_end(end),
        subject: subj,
        at: first.start,
    })
}

/// An attribution in the sentence before an opening mark: `X a déclaré : «`, `selon X, «`,
/// `X said: "`, `X a estimé que «`, `X a dénoncé une «`.
pub fn before(text: &str, window: Range<usize>, fragment_context: bool) -> Option<Found> {
    let lx = Lexicon::get();
    let s = text[window.clone()].trim_end();
    if s.is_empty() {
        return None;
    }
    let all = words(text, window.start..window.start + s.len());
    let last_word_end = all.last()?.end;
    let tail = text[last_word_end..window.start + s.len()].trim();
    let clause = |from: usize| from..from + text[from..window.end].trim_end().len();
    // The sentence's clauses, as ranges of word indices between punctuation.
    let mut clauses: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    for (i, w) in all.iter().enumerate().skip(1) {
        if w.gap == Gap::Punct {
            clauses.push(from..i);
            from = i;
        }
    }
    clauses.push(from..all.len());
    let seg_range = clauses.last().cloned().unwrap_or(0..0);
    let seg = &all[seg_range.clone()];
    // selon X, «…» · pour X, le patron de la CGT, «…» · according to X, the leader, "…"
    if tail == "," || tail == ":" {
        let n = clauses.len();
        let candidates = [Some(n - 1), (n >= 2 && has_role(seg)).then(|| n - 2)];
        for c in candidates.into_iter().flatten() {
            let words_of = &all[clauses[c].clone()];
            let Some(first) = words_of.first() else {
                continue;
            };
            let skip = if lx.is_according(first.key) {
                if words_of.get(1).is_some_and(|w| w.key == lx.to) {
                    2
                } else {
                    1
                }
            } else if first.key == lx.d
                && words_of.get(1).is_some_and(|w| w.key == word_key("après"))
            {
                2
            } else {
                continue;
            };
            if words_of.len() <= skip {
                continue;
            }
            let subj = subject(text, &words_of[skip..]);
            // "Pour la Russie, «…»" is not an attribution; "pour Paul Martin" is. "Selon son
            // entourage, «…»" is one, to no one speaker.
            let pour = first.key == word_key("pour");
            let accepted = match &subj {
                Subject::Name { key, .. } => !pour || key.len() >= 2,
                Subject::Role { definite, .. } => *definite || !pour,
                Subject::Pronoun => true,
                _ => !pour,
            };
            if accepted {
                return Some(Found {
                    pattern: Pattern::Before,
                    clause: clause(first.start),
                    subject: subj,
                    at: first.start,
                    introduces: true,
                });
            }
        }
    }
    let introduces = tail == ":" || seg.last().is_some_and(|w| lx.que.contains(&w.key));
    if !introduces && !fragment_context {
        return None;
    }
    // The last verb of saying of the clause, with its subject before it.
    let v = (0..seg.len()).rev().find(|&i| is_saying_at(seg, i))?;
    let before: Vec<Word> = seg[..v]
        .iter()
        .filter(|w| !lx.is_auxiliary(w.key))
        .copied()
        .collect();
    let mut from = seg.first().map_or(window.start, |w| w.start);
    let subj = if !before.is_empty() {
        subject(text, &before)
    } else if let Some((name, start)) = apposed_subject(text, &all, &clauses) {
        // "Laurent Brun, le secrétaire général, a dénoncé une «…»"
        from = start;
        name
    } else if introduces {
        subject(text, np_after(text, seg, v + 1))
    } else {
        return None;
    };
    if matches!(subj, Subject::Unknown) {
        return None;
    }
    Some(Found {
        pattern: Pattern::Before,
        clause: clause(from),
        subject: subj,
        at: from,
        introduces,
    })
}

/// The subject of a verb that opens the last clause, written before it with commas:
/// "Laurent Brun, a dénoncé", "Le secrétaire général de la CGT, Laurent Brun, a dénoncé",
/// "Laurent Brun, the head of the union, called it". Returns it with where it starts.
fn apposed_subject(text: &str, all: &[Word], clauses: &[Range<usize>]) -> Option<(Subject, usize)> {
    let n = clauses.len();
    let name_ending = |c: &Range<usize>| {
        (c.start..c.end).find_map(|i| name_run_at(all, i).filter(|r| r.end == c.end))
    };
    let previous = clauses.get(n.checked_sub(2)?)?;
    let run = match name_ending(previous) {
        Some(run) => Some(run),
        None if has_role(&all[previous.clone()]) => name_ending(clauses.get(n.checked_sub(3)?)?),
        None => None,
    }?;
    let display = text[all[run.first].start..all[run.end - 1].end].to_string();
    Some((
        Subject::Name {
            key: run.key,
            display,
        },
        all[run.first].start,
    ))
}

/// French incises inside the marks: `« Nous irons jusqu'au bout, a promis la maire. Rien… »`,
/// `« Je pense, dit-il, que… »`. Returns the incise ranges (from the comma to the punctuation
/// that ends the incise, inclusive) with their attribution.
pub fn incises(text: &str, piece: Range<usize>) -> Vec<(Range<usize>, Found)> {
    let lx = Lexicon::get();
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = piece.start;
    while i < piece.end {
        if bytes[i] != b',' {
            i += 1;
            continue;
        }
        let comma = i;
        i += 1;
        // Cheap test first: an incise opens with an auxiliary, a verb of saying or a pronoun.
        let mut probe_end = (comma + 40).min(piece.end);
        while !text.is_char_boundary(probe_end) {
            probe_end -= 1;
        }
        let first = words_upto(text, comma + 1..probe_end.max(comma + 1), 1);
        if first
            .first()
            .is_none_or(|w| w.cap || !lx.opens_incise(w.key))
        {
            continue;
        }
        let window_end = (comma + 160).min(piece.end);
        let window_end = (window_end..=piece.end)
            .find(|&e| text.is_char_boundary(e))
            .unwrap_or(piece.end);
        let all = words(text, comma + 1..window_end);
        let n = clause_len(&all);
        if n == 0 || n > 8 || all[0].cap || all[0].gap == Gap::Punct {
            continue;
        }
        let ws = &all[..n];
        // Skip auxiliaries (a, nous a, a-t-il), then a verb of saying.
        let mut v = 0;
        while v < n
            && v < 4
            && !lx.is_saying(ws[v].key)
            && (lx.is_auxiliary(ws[v].key) || ws[v].gap == Gap::Hyphen && lx.is_pronoun(ws[v].key))
        {
            v += 1;
        }
        // English: "he said", "she added".
        if v == 0 && n > 1 && lx.is_pronoun(ws[0].key) {
            v = 1;
        }
        if v >= n || !lx.is_saying(ws[v].key) {
            continue;
        }
        let pronoun_before = ws[..v].iter().any(|w| lx.is_pronoun(w.key));
        let np = np_after(text, ws, v + 1);
        let subj = if pronoun_before {
            Subject::Pronoun
        } else if np.is_empty() {
            continue;
        } else {
            subject(text, np)
        };
        // The incise ends with the punctuation after its last word, or with the quotation.
        let last = ws[n - 1].end;
        let after = &text[last..piece.end];
        let punct = after.trim_start();
        let incise_end = if punct.is_empty() {
            piece.end
        } else if punct.starts_with([',', '.', ';']) {
            last + (after.len() - punct.len()) + 1
        } else if punct.starts_with(['!', '?', '…']) {
            // Keep the sentence's own punctuation out of the incise? It belongs to the incise.
            last + (after.len() - punct.len()) + punct.chars().next().map_or(1, char::len_utf8)
        } else {
            continue;
        };
        let clause = comma..last;
        out.push((
            comma..incise_end,
            Found {
                pattern: Pattern::Incise,
                introduces: true,
                clause,
                subject: subj,
                at: ws[0].start,
            },
        ));
        i = incise_end;
    }
    out
}

#[derive(Debug, Clone)]
/// The person a subject points to, and how (`"name"`, `"role"`, `"pronoun"`…).
pub struct Resolved {
    pub key: Rc<[u64]>,
    pub display: Rc<str>,
    pub via: &'static str,
}

/// What resolution may look at around a quotation.
/// The last sentence of `text[range]`. The splitter is only run around the last possible end
/// before it (it needs the word before a period to rule out "M." and initials), and over a
/// wider window when that was no end.
fn last_sentence(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let (start, end) = (range.start, range.end);
    let body = text[start..end].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '!' | '?' | '…' | '"' | '»' | '”' | '’' | ')' | ']')
    });
    let Some(p) = body.rfind(['.', '!', '?', '…']) else {
        // No possible end before: one sentence from the start of the range.
        let s = &text[start..end];
        let lead = s.len() - s.trim_start().len();
        return Some(start + lead..start + s.trim_end().len());
    };
    // Never more than a window: a sentence longer than that is not looked into.
    let ceil = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let limit = ceil(end.saturating_sub(1500).max(start));
    let from = ceil((start + p).saturating_sub(64).max(limit));
    let pieces = sentence::split(text, from..end);
    if let Some(last) = pieces.last()
        && (pieces.len() >= 2 || from == start)
    {
        return Some(last.clone());
    }
    let last = sentence::split(text, limit..end).pop()?;
    let cut = limit > start && text[limit..last.start].trim().is_empty();
    (!cut).then_some(last)
}

pub struct Scene<'a> {
    pub doc: &'a Document,
    pub persons: &'a Persons,
    /// Where the subject is written.
    pub at: usize,
    /// Start of the sentence the quotation is in.
    pub sentence_start: usize,
    /// The speaker of the previous quotation, with its block, if it had one.
    pub previous_speaker: Option<(&'a Resolved, usize)>,
    pub block: usize,
}

impl Scene<'_> {
    fn person(&self, index: usize, via: &'static str) -> Resolved {
        let p = &self.persons.list[index];
        Resolved {
            key: p.key.clone(),
            display: p.display.clone(),
            via,
        }
    }

    /// The person named at the start of the sentence before the quotation's.
    fn previous_sentence_subject(&self) -> Option<usize> {
        let text = self.doc.text.as_str();
        let block_index = self.doc.block_at(self.sentence_start);
        let block = self.doc.blocks.get(block_index)?;
        let mut end = self.sentence_start;
        let mut start = block.range.start;
        if text[start..end].trim().is_empty() {
            let prev = self.doc.blocks.get(block_index.checked_sub(1)?)?;
            start = prev.range.start;
            end = prev.range.end;
        }
        let sentence = last_sentence(text, start..end)?;
        let lo = self
            .persons
            .mentions
            .partition_point(|&(p, _)| p < sentence.start);
        let &(pos, index) = self.persons.mentions.get(lo)?;
        if pos >= sentence.end {
            return None;
        }
        // The name is the subject when what precedes it only describes it: "Le président russe
        // Vladimir Poutine a…", "Jeudi, Paul Martin a…", "La ministre des Transports, Élisabeth
        // Borne, a…", but not "Le président russe a accueilli Kim Jong Un".
        let lead = words_upto(text, sentence.start..pos, 16);
        if lead.len() >= 16 {
            return None;
        }
        let name_after_punct = lead
            .last()
            .is_some_and(|w| text[w.end..pos].contains(|c: char| !c.is_whitespace() && c != '-'));
        let tail = if name_after_punct {
            &lead[lead.len()..]
        } else {
            &lead[lead.iter().rposition(|w| w.gap == Gap::Punct).unwrap_or(0)..]
        };
        (0..tail.len())
            .all(|j| describes_name(tail, j))
            .then_some(index)
    }

    /// The latest person mentioned before the subject, in its paragraph or the previous one.
    fn latest_person(&self) -> Option<usize> {
        let hi = self.persons.mentions.partition_point(|&(p, _)| p < self.at);
        let &(pos, index) = self.persons.mentions[..hi].last()?;
        (self.block.saturating_sub(self.doc.block_at(pos)) <= 1).then_some(index)
    }

    pub fn resolve(&self, subject: &Subject) -> Option<Resolved> {
        match subject {
            Subject::Name { key, display } => {
                if let Some(p) = self.persons.get(key) {
                    return Some(Resolved {
                        key: p.key.clone(),
                        display: p.display.clone(),
                        via: "name",
                    });
                }
                if key.len() == 1
                    && let Some(index) = self.persons.by_single(key[0], self.at)
                {
                    return Some(self.person(index, "name"));
                }
                Some(Resolved {
                    key: key.as_slice().into(),
                    display: display.as_str().into(),
                    via: "name",
                })
            }
            Subject::Role {
                roles,
                nats,
                definite,
            } => {
                if !definite {
                    return None;
                }
                self.resolve_role(roles, nats)
            }
            Subject::Pronoun => {
                if let Some(i) = self.previous_sentence_subject() {
                    return Some(self.person(i, "pronoun, subject of the previous sentence"));
                }
                if let Some((r, block)) = self.previous_speaker
                    && self.block.saturating_sub(block) <= 1
                {
                    return Some(Resolved {
                        key: r.key.clone(),
                        display: r.display.clone(),
                        via: "pronoun, previous speaker",
                    });
                }
                self.latest_person()
                    .map(|i| self.person(i, "pronoun, latest person named"))
            }
            Subject::Latter => self
                .latest_person()
                .map(|i| self.person(i, "latest person named")),
            Subject::Unknown => None,
        }
    }

    /// "le président russe": the latest person introduced with a matching nationality (or,
    /// without one, a matching role); else the subject of the previous sentence if nothing
    /// known contradicts it. Nothing else: a role alone is not enough to guess.
    fn resolve_role(&self, roles: &[u64], nats: &[u8]) -> Option<Resolved> {
        let hi = self.persons.mentions.partition_point(|&(p, _)| p < self.at);
        let matches = |p: &Person| {
            if !nats.is_empty() {
                !p.nats.is_empty() && nations_agree(nats, &p.nats)
            } else {
                roles.iter().any(|r| p.roles.contains(r))
            }
        };
        let mut seen: Vec<usize> = Vec::new();
        for &(_, index) in self.persons.mentions[..hi].iter().rev().take(LOOKBACK) {
            if seen.contains(&index) {
                continue;
            }
            seen.push(index);
            if matches(&self.persons.list[index]) {
                return Some(self.person(index, "role"));
            }
        }
        let index = self.previous_sentence_subject()?;
        let p = &self.persons.list[index];
        let contradicts = !nats.is_empty() && !p.nats.is_empty() && !nations_agree(nats, &p.nats);
        (!contradicts).then(|| self.person(index, "role, subject of the previous sentence"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", "t.txt", text.to_string(), "utf-8", Vec::new())
    }

    fn name_of(s: &Subject) -> String {
        match s {
            Subject::Name { display, .. } => display.clone(),
            other => format!("{other:?}"),
        }
    }

    fn after_of(s: &str) -> Option<Subject> {
        after(s, 0..s.len()).map(|f| f.subject)
    }

    fn before_of(s: &str) -> Option<Subject> {
        before(s, 0..s.len(), false).map(|f| f.subject)
    }

    #[test]
    fn fast_keys_are_word_keys() {
        let s = "Kim jong UN déclaré a x9 Œuvre àáâãäåÀÁÂÃÄÅ çÇ èéêëÈÉÊË ìíîïÌÍÎÏ ñÑ òóôõöøÒÓÔÕÖØ \
                 ùúûüÙÚÛÜ ýÿÝŸ œŒ æÆ ß Ærøskøbing naïve Straße Łódź";
        for w in words(s, 0..s.len()) {
            assert_eq!(
                w.key,
                word_key(&s[w.start..w.end]),
                "{}",
                &s[w.start..w.end]
            );
        }
    }

    #[test]
    fn words_and_gaps() {
        let s = "l'île, Kim Jong-un M. Dupont";
        let w = words(s, 0..s.len());
        let gaps: Vec<Gap> = w.iter().map(|w| w.gap).collect();
        assert_eq!(
            gaps,
            [
                Gap::Start,
                Gap::Apostrophe,
                Gap::Punct,
                Gap::Space,
                Gap::Hyphen,
                Gap::Space,
                Gap::Space
            ]
        );
    }

    #[test]
    fn name_runs() {
        let run = |s: &str| {
            let w = words(s, 0..s.len());
            (0..w.len())
                .find_map(|i| name_run_at(&w, i))
                .map(|r| s[w[r.first].start..w[r.end - 1].end].to_string())
        };
        assert_eq!(
            run("a déclaré Kim Jong-un lors de"),
            Some("Kim Jong-un".into())
        );
        assert_eq!(
            run("selon Charles de Gaulle, hier"),
            Some("Charles de Gaulle".into())
        );
        assert_eq!(
            run("Le président russe Vladimir Poutine"),
            Some("Vladimir Poutine".into())
        );
        assert_eq!(
            run("President Vladimir Putin said"),
            Some("Vladimir Putin".into())
        );
        assert_eq!(run("L'objectif de la Corée du Sud"), None);
    }

    #[test]
    fn after_patterns_french() {
        assert_eq!(
            after_of(", a déclaré le président russe. Ensuite"),
            Some(Subject::Role {
                roles: vec![word_key("président")],
                nats: vec![1],
                definite: true
            })
        );
        assert_eq!(
            name_of(&after_of(", a déclaré Kim Jong Un lors de l'entretien").unwrap()),
            "Kim Jong Un"
        );
        assert_eq!(after_of(", estime-t-il."), Some(Subject::Pronoun));
        assert_eq!(after_of(", a-t-elle ajouté."), Some(Subject::Pronoun));
        assert_eq!(after_of(" dit-elle."), Some(Subject::Pronoun));
        assert_eq!(
            name_of(&after_of(", selon Paul Martin.").unwrap()),
            "Paul Martin"
        );
        assert_eq!(name_of(&after_of(" — Paul Martin").unwrap()), "Paul Martin");
        assert_eq!(
            name_of(&after_of(", d'après Marie Curie.").unwrap()),
            "Marie Curie"
        );
        assert_eq!(
            name_of(&after_of(", Paul Martin a déclaré.").unwrap()),
            "Paul Martin"
        );
        assert_eq!(
            name_of(
                &after_of(", a déclaré le porte-parole du gouvernement, Paul Martin.").unwrap()
            ),
            "Paul Martin"
        );
        assert_eq!(after_of(", et la foule applaudit."), None);
        assert_eq!(after_of(". Il partit."), None);
    }

    #[test]
    fn plural_subjects_attribute_to_no_one() {
        assert_eq!(after_of(", ont-ils déclaré."), Some(Subject::Unknown));
        assert_eq!(after_of(" they said."), Some(Subject::Unknown));
    }

    #[test]
    fn after_patterns_english() {
        assert_eq!(
            name_of(&after_of(" said John Smith.").unwrap()),
            "John Smith"
        );
        assert_eq!(
            name_of(&after_of(" John Smith said.").unwrap()),
            "John Smith"
        );
        assert_eq!(after_of(" he told reporters."), Some(Subject::Pronoun));
        assert!(matches!(
            after_of(" the mayor warned on Monday."),
            Some(Subject::Role { definite: true, .. })
        ));
        assert_eq!(
            name_of(&after_of(", according to Jane Doe.").unwrap()),
            "Jane Doe"
        );
        assert_eq!(after_of(" and then left."), None);
    }

    #[test]
    fn before_patterns() {
        assert_eq!(
            name_of(&before_of("Kim Jong Un a déclaré : ").unwrap()),
            "Kim Jong Un"
        );
        assert_eq!(
            name_of(&before_of("Hier, Paul Martin a estimé que ").unwrap()),
            "Paul Martin"
        );
        assert_eq!(
            name_of(&before_of("Selon Paul Martin, ").unwrap()),
            "Paul Martin"
        );
        assert_eq!(
            name_of(&before_of("D'après Paul Martin, ").unwrap()),
            "Paul Martin"
        );
        assert_eq!(
            name_of(&before_of("Pour Paul Martin, ").unwrap()),
            "Paul Martin"
        );
        assert_eq!(before_of("Pour la Russie, "), None);
        assert_eq!(
            name_of(&before_of("John Smith said: ").unwrap()),
            "John Smith"
        );
        assert_eq!(
            name_of(&before_of("According to John Smith, ").unwrap()),
            "John Smith"
        );
        assert_eq!(
            before_of("Il a déclaré à la presse : "),
            Some(Subject::Pronoun)
        );
        assert_eq!(before_of("Le ciel était bleu et "), None);
        let s = "Le ministre a dénoncé une ";
        assert!(matches!(
            before(s, 0..s.len(), true).map(|f| f.subject),
            Some(Subject::Role { .. })
        ));
    }

    #[test]
    fn incises_inside_the_marks() {
        let s = "Nous irons jusqu'au bout, a promis la maire. Rien ne sera laissé au hasard.";
        let found = incises(s, 0..s.len());
        assert_eq!(found.len(), 1);
        assert_eq!(&s[found[0].0.clone()], ", a promis la maire.");
        assert!(matches!(
            found[0].1.subject,
            Subject::Role { definite: true, .. }
        ));
        let s = "Les deux parties ont convenu, a-t-il précisé. Aucune date.";
        let found = incises(s, 0..s.len());
        assert_eq!(&s[found[0].0.clone()], ", a-t-il précisé.");
        assert_eq!(found[0].1.subject, Subject::Pronoun);
        let s = "Je pense, dit-il, que tout ira bien";
        let found = incises(s, 0..s.len());
        assert_eq!(&s[found[0].0.clone()], ", dit-il,");
        assert_eq!(found[0].1.subject, Subject::Pronoun);
        let s = "We will fight, he said, until the end";
        assert_eq!(incises(s, 0..s.len()).len(), 1);
        let s = "Sur le plan bilatéral, nous avons beaucoup à faire";
        assert!(incises(s, 0..s.len()).is_empty());
    }

    #[test]
    fn persons_with_roles_and_nationalities() {
        let d = doc(
            "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un. Le porte-parole du gouvernement, Paul Martin, était là. Poutine a souri.",
        );
        let p = Persons::scan(&d);
        let names: Vec<&str> = p.list.iter().map(|p| &*p.display).collect();
        assert_eq!(names, ["Vladimir Poutine", "Kim Jong-un", "Paul Martin"]);
        assert_eq!(p.list[0].nats, [1]);
        assert_eq!(p.list[1].nats, [super::super::lexicon::NORTH_KOREA]);
        assert!(p.list[2].roles.contains(&word_key("porte")));
        assert_eq!(p.mentions.iter().filter(|m| m.1 == 0).count(), 2);
    }
}
