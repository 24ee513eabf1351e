//! Reading an article once, block by block: its words, its sentences (a sentence end inside a
//! quotation does not end the sentence that quotes it), the entities it names with what it
//! says of them, the subject of each sentence near a quotation, the texts it mentions with
//! their authors, and the attribution of each quotation as its grammar gives it. What is kept
//! is owned and small; the words of a block are dropped when the next block is read.

use std::ops::Range;

use super::entities::{self, Entities, Mention as EntityMention};
use super::grammar::{self, Found, Position, Sentence, Who};
use super::lexicon::{Class, Lang};
use super::mention::{self, Mention, Subject};
use super::phrase::{self, Kind, Phrase};
use super::tokens::{self, Gap, Shape, Word};
use crate::core::document::{BlockKind, Document};
use crate::core::sentence;
use crate::core::text::words::Token;

/// What reading needs of a quotation.
#[derive(Debug, Clone)]
pub struct Site {
    pub outer: Range<usize>,
    pub block: usize,
    pub last_block: usize,
    /// Nested in another quotation: read as part of it.
    pub nested: bool,
    /// An attribution found inside its marks (an incise).
    pub incise: Option<Attribution>,
}

/// Who an attribution designates.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Mention(Mention),
    /// No subject in the sentence: the previous speaker.
    Previous,
    /// Said by several or indefinitely (`on`, `they` with no antecedent).
    Nobody,
}

/// An attribution of a quotation, in owned form.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub position: Position,
    pub said: Said,
    /// The words of the attribution (verb and subject), as a byte range.
    pub clause: Range<usize>,
    pub introduces: bool,
}

/// What reading found of one quotation.
#[derive(Debug, Clone, Default)]
pub struct QuoteReading {
    pub own: Option<Attribution>,
    /// Index of its sentence in `DocReading::sentences`.
    pub sentence: usize,
    /// Nothing but the quotation and punctuation before it in its sentence.
    pub opens_sentence: bool,
    /// A colon right before it.
    pub after_colon: bool,
    /// After a colon that ends a presentative clause ("C'est une fin de non-recevoir : « … »",
    /// "Voici sa réponse : « … »"), which says whose words follow no more than nothing would.
    pub presented: bool,
}

/// Words `start..first` are a presentative clause: "c'est …", "ce sont …", "voici …",
/// "voilà …", with no other verb.
fn presentative(words: &[Word], start: usize, first: usize) -> bool {
    use crate::core::text::words::word_key as k;
    if first <= start + 1 || words[start].quoted() {
        return false;
    }
    let w = &words[start];
    let skip = if w.key == k("voici") || w.key == k("voilà") {
        1
    } else if (w.key == k("c") || w.key == k("ce"))
        && [k("est"), k("sont"), k("était")].contains(&words[start + 1].key)
    {
        2
    } else {
        return false;
    };
    (start + skip..first)
        .all(|j| !words[j].quoted() && !words[j].has(Class::VERB | Class::AUX | Class::SAY))
}

/// A sentence near a quotation.
#[derive(Debug, Clone)]
pub struct SentenceInfo {
    pub block: usize,
    /// The subject of its main clause, when one is found.
    pub subject: Option<Mention>,
    /// Who reports in it: the subject of its first verb of saying, when it has one.
    pub reporter: Option<Mention>,
    /// The main clause's own subject when `subject` is who reports it (`actor_given`).
    pub actor: Option<Mention>,
}

/// A text the article mentions, with its author when the article says it.
#[derive(Debug, Clone)]
pub struct TextMention {
    pub at: usize,
    pub head: u64,
    pub author: Subject,
    pub author_text: String,
}

/// One article read.
#[derive(Debug, Clone)]
pub struct DocReading {
    pub lang: Lang,
    pub sentences: Vec<SentenceInfo>,
    pub quotes: Vec<QuoteReading>,
    pub texts: Vec<TextMention>,
}

/// The articles of a pair (or one article) read, sharing their entities.
#[derive(Debug, Clone)]
pub struct Reading {
    pub entities: Entities,
    pub docs: Vec<DocReading>,
    /// Acronyms waiting for the name whose initials they are: (letters, entity).
    acronyms: Vec<(String, usize)>,
    initials: std::collections::HashMap<String, Vec<usize>>,
}

/// Words read to tell the language.
const LANGUAGE_WORDS: usize = 2000;

/// The language of a document, from its first words.
pub fn language(doc: &Document) -> Lang {
    let mut tokens: Vec<Token> = Vec::new();
    let mut keys = Vec::new();
    // Words with the accents of French are a sign of their own.
    let mut accented = 0;
    for block in &doc.blocks {
        tokens.clear();
        crate::core::text::words::tokenize_into(&doc.text, block.range.clone(), &mut tokens);
        keys.extend(tokens.iter().map(|t| t.key));
        accented += tokens
            .iter()
            .filter(|t| {
                doc.text[t.range()]
                    .contains(['é', 'è', 'ê', 'à', 'ç', 'ù', 'â', 'î', 'ô', 'û', 'ë', 'ï'])
            })
            .count();
        if keys.len() >= LANGUAGE_WORDS {
            break;
        }
    }
    super::lexicon::Lexicon::get().language(keys.into_iter(), accented)
}

/// Blocks each preparing thread may have ready before they are read.
const BLOCKS_AHEAD: usize = 32;

/// Threads preparing a book's blocks (fewer on a machine with fewer cores): preparing is about
/// three quarters of reading, the rest (entities, attributions) runs on the calling thread.
const PREPARING_THREADS: usize = 2;

/// What preparing a block needs to know of the quotations: which blocks are near one, and the
/// top-level quotations.
struct Plan {
    /// Blocks near a quotation (the block itself and the two before it): their sentence
    /// subjects serve pronouns and continuations.
    near: Vec<bool>,
    /// Top-level quotations (index, outer range), in text order.
    top: Vec<(u32, Range<usize>)>,
}

impl Plan {
    fn new(doc: &Document, sites: &[Site]) -> Plan {
        let mut near = vec![false; doc.blocks.len()];
        for s in sites {
            let last = s.last_block.min(doc.blocks.len().saturating_sub(1));
            for flag in near
                .iter_mut()
                .take(last + 1)
                .skip(s.block.saturating_sub(3))
            {
                *flag = true;
            }
        }
        let top: Vec<(u32, Range<usize>)> = sites
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.nested)
            .map(|(i, s)| (i as u32, s.outer.clone()))
            .collect();
        Plan { near, top }
    }
}

/// What a block's reading needs that depends on its words only: the language they were read
/// in and its sentences, with, near a quotation, their predicates of saying and subject.
struct Prepared {
    lang: Lang,
    sentences: Vec<SentenceRead>,
}

/// A sentence as word indices, with what the grammar reads of it near a quotation.
struct SentenceRead {
    range: Range<usize>,
    /// Its `entity_phrases`.
    phrases: Vec<Phrase>,
    preds: Option<grammar::Predicates>,
    subject: Option<Mention>,
    /// `SentenceInfo::reporter`.
    reporter: Option<Mention>,
    /// `SentenceInfo::actor`.
    actor: Option<Mention>,
    /// The texts it names, with their authors (`texts_named`).
    texts: Vec<TextMention>,
}

/// The phrases of `words[range]` that may name or describe an entity, outside quotations, in
/// order: each phrase is read where the previous one's core, coordination or complement ends
/// (names in a complement are mentions too: "le porte-parole de Vladimir Poutine").
fn entity_phrases(words: &[Word], range: Range<usize>) -> Vec<Phrase> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let w = &words[i];
        if w.quoted() {
            i += 1;
            continue;
        }
        let Some(p) = entities::phrase_at(words, i, range.end) else {
            i += 1;
            continue;
        };
        // Only phrases outside quotations count.
        if words[p.core.start..p.core.end].iter().any(Word::quoted) {
            i += 1;
            continue;
        }
        let next = p
            .coordination
            .or(p.complement.as_ref().map(|c| c.start))
            .unwrap_or(p.core.end);
        i = next.max(i + 1);
        out.push(p);
    }
    out
}

/// The texts sentence `s` names, with their authors, in reading order: those its phrases
/// name with their author ("un communiqué du PCF", "le rapport de l'inspection"), then each text
/// noun after a determiner named without its author, which the sentence's subject wrote
/// ("L'équipe a élaboré un document de travail", "In a statement, the committee said").
///
/// PERF: the subject is read only for such a noun (`Sentence::subject` reads every predicate of
/// the sentence, and a book's paragraph far from quotations is one long sentence); reading it
/// for every sentence with a text noun was an eighth of a book's reading.
fn texts_named(text: &str, s: &Sentence, phrases: &[Phrase]) -> Vec<TextMention> {
    let (words, range) = (s.words, s.range.clone());
    let mut texts = Vec::new();
    for p in phrases {
        let at = words[p.core.start].start;
        for t in [p].into_iter().chain(p.appositions.iter()) {
            if t.kind == Kind::Text {
                let m = mention::of_phrase(text, words, t);
                if let Subject::Text {
                    head,
                    author: Some(author),
                    ..
                } = m.subject
                {
                    texts.push(TextMention {
                        at,
                        head,
                        author: author.subject,
                        author_text: author.text,
                    });
                }
            }
        }
    }
    let mut subject: Option<Vec<Phrase>> = None;
    for k in range.clone() {
        let w = &words[k];
        if w.quoted() || !w.has(Class::TEXT) || k == range.start {
            continue;
        }
        // Its determiner, past a few modifiers: "un document", "a 146-page safety study",
        // "une longue note interne".
        let modifier = |m: &Word| {
            !m.quoted()
                && matches!(m.shape, Shape::Lower | Shape::Digit)
                && !m.has(Class::DET | Class::VERB | Class::AUX | Class::PREP | Class::COMPL)
                && !m.gap.has(Gap::PUNCT)
        };
        let mut d = k - 1;
        while d > range.start && d + 4 > k && !words[d].has(Class::DET) && modifier(&words[d]) {
            d -= 1;
        }
        // Texts of earlier sentences lie before this one.
        let already = texts
            .iter()
            .any(|t| t.at >= words[range.start].start && t.at <= w.start && t.head == w.key);
        if already {
            continue;
        }
        // A text in a complement, with its own author: "Le constat du rapport de l'inspection
        // générale … serait accablant" (the phrases above start at a determiner).
        if words[d].has(Class::COMPL)
            && let Some(t) = phrase::parse(words, k, range.end)
            && t.kind == Kind::Text
            && let Subject::Text {
                head,
                author: Some(author),
                ..
            } = mention::of_phrase(text, words, &t).subject
        {
            texts.push(TextMention {
                at: w.start,
                head,
                author: author.subject,
                author_text: author.text,
            });
            continue;
        }
        if !words[d].has(Class::DET) {
            continue;
        }
        let subject = subject.get_or_insert_with(|| {
            Sentence {
                words,
                range: range.clone(),
                lang: s.lang,
                heading: false,
            }
            .subjects()
        });
        // The subject before the text ("L'équipe a élaboré un document"), or after a text that
        // opens the sentence as where it speaks ("In a statement, the committee said", "Dans un
        // communiqué, le PCF écrit").
        let key = crate::core::text::words::word_key;
        let opening_in = d > range.start
            && (d - 1 == range.start || words[d - 1].gap.has(Gap::PUNCT))
            && [key("in"), key("dans")].contains(&words[d - 1].key);
        if let Some(subj) = subject
            .iter()
            .find(|p| p.core.start < d || opening_in && p.core.start > k)
        {
            let m = mention::of_phrase(text, words, subj);
            if !matches!(m.subject, Subject::Text { .. }) {
                texts.push(TextMention {
                    at: w.start,
                    head: w.key,
                    author: m.subject,
                    author_text: m.text,
                });
            }
        }
    }
    texts
}

/// Reads block `b` into `words` (quotations marked) and what depends on its words only.
/// `q0` is the first top-level quotation not ending before the block (blocks come in order).
fn prepare_block(
    doc: &Document,
    b: usize,
    lang: Lang,
    plan: &Plan,
    q0: &mut usize,
    tokens: &mut Vec<Token>,
    words: &mut Vec<Word>,
) -> Prepared {
    let (text, block, near, top) = (doc.text.as_str(), &doc.blocks[b], &plan.near, &plan.top);
    let lang = block_words(doc, b, lang, tokens, words);
    // Top-level quotations overlapping this block.
    while *q0 < top.len() && top[*q0].1.end <= block.range.start {
        *q0 += 1;
    }
    let overlapping: Vec<(u32, Range<usize>)> = top[*q0..]
        .iter()
        .take_while(|(_, o)| o.start < block.range.end)
        .filter(|(_, o)| o.end > block.range.start)
        .cloned()
        .collect();
    tokens::mark_quotes(words, &overlapping);
    let heading = block.kind == BlockKind::Heading;
    // Far from every quotation only entities matter: the block is one range.
    let sentences: Vec<Range<usize>> = if near[b] {
        sentences_of(text, block.range.clone(), heading, words, &overlapping)
    } else {
        std::iter::once(0..words.len())
            .filter(|r| !r.is_empty())
            .collect()
    };
    let sentences = sentences
        .into_iter()
        .map(|range| dateline_end(words, range.clone())..range.end)
        .map(|range| {
            let s = Sentence {
                words,
                range: range.clone(),
                lang,
                heading,
            };
            let preds = near[b].then(|| s.saying());
            let subject = preds
                .as_ref()
                .and_then(|preds| s.subject_given(preds))
                .map(|p| mention::of_phrase(text, words, &p));
            let reporter = preds
                .as_ref()
                .and_then(|preds| preds.reporter())
                .map(|p| mention::of_phrase(text, words, p));
            let actor = preds
                .as_ref()
                .and_then(|preds| s.actor_given(preds))
                .map(|p| mention::of_phrase(text, words, &p));
            let phrases = entity_phrases(words, range.clone());
            let texts = texts_named(text, &s, &phrases);
            SentenceRead {
                phrases,
                range,
                preds,
                subject,
                reporter,
                actor,
                texts,
            }
        })
        .collect();
    Prepared { lang, sentences }
}

/// Where a block's body starts after its dateline ("LONDON (AP) —", "WASHINGTON, March 3
/// (Reuters) -", "PARIS (AFP) -"), else `range.start`: the place in capitals and the agency
/// that opens a wire story are neither a sentence's subject nor an organisation that speaks
/// ("the company said" is not "AP" or "LONDON"). Only capitalised words, dates and a
/// parenthesised credit stand before the dash.
fn dateline_end(words: &[Word], range: Range<usize>) -> usize {
    let start = range.start;
    let opens = words.get(start).is_some_and(|w| {
        w.gap.has(Gap::START) && w.shape == Shape::Upper && w.end - w.start >= 3 && !w.quoted()
    });
    if !opens {
        return start;
    }
    let end = range.end.min(start + 10).min(words.len());
    for (k, w) in words.iter().enumerate().take(end).skip(start + 1) {
        if w.gap.has(Gap::DASH) {
            return k;
        }
        if w.shape == Shape::Lower || w.quoted() || w.gap.has(Gap::STOP | Gap::QUOTE) {
            return start;
        }
    }
    start
}

/// Fills `words` with the words of block `b`, in `lang` or, for a paragraph clearly in the
/// other language (a quoted statement, a mixed text), in that one; returns the language.
fn block_words(
    doc: &Document,
    b: usize,
    lang: Lang,
    tokens: &mut Vec<Token>,
    words: &mut Vec<Word>,
) -> Lang {
    let range = doc.blocks[b].range.clone();
    let votes = tokens::words_into(&doc.text, range.clone(), lang, tokens, words);
    match votes.other_than(lang) {
        Some(other) => {
            tokens::words_into(&doc.text, range, other, tokens, words);
            other
        }
        None => lang,
    }
}

/// Converts what the grammar found (word indices) into an owned attribution.
pub fn own(text: &str, words: &[Word], f: &Found) -> Attribution {
    let said = match &f.who {
        Who::Phrase(p) => Said::Mention(mention::of_phrase(text, words, p)),
        Who::Previous => Said::Previous,
        Who::Nobody => Said::Nobody,
    };
    let clause = if f.clause.is_empty() || f.clause.end > words.len() {
        0..0
    } else {
        words[f.clause.start].start..words[f.clause.end - 1].end
    };
    Attribution {
        position: f.position,
        said,
        clause,
        introduces: f.introduces,
    }
}

/// Incises inside a quotation piece, as byte ranges to cut with their attribution.
pub fn incises(text: &str, piece: Range<usize>, lang: Lang) -> Vec<(Range<usize>, Attribution)> {
    grammar::incises(text, piece, lang)
        .into_iter()
        .map(|(cut, ws, found)| (cut, own(text, &ws, &found)))
        .collect()
}

/// Sentences of a block as word-index ranges: the splitter's sentences, joined where a
/// boundary falls inside a quotation.
fn sentences_of(
    text: &str,
    block: Range<usize>,
    heading: bool,
    words: &[Word],
    outers: &[(u32, Range<usize>)],
) -> Vec<Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    if heading {
        return std::iter::once(0..words.len()).collect();
    }
    let pieces = sentence::split(text, block);
    let mut ends: Vec<usize> = Vec::with_capacity(pieces.len());
    // Pieces come in text order and `outers` are sorted by start: one pointer walks both.
    // Once a quotation ends at or before a piece's end it contains no later end; the first
    // one left is the only one that may contain it (any after it starts later). Testing every
    // quotation for every piece made a paragraph full of quotations quadratic.
    let mut q = 0;
    let mut w = 0;
    for (i, p) in pieces.iter().enumerate() {
        while q < outers.len() && outers[q].1.end <= p.end {
            q += 1;
        }
        let inside = outers.get(q).is_some_and(|(_, o)| o.start < p.end);
        // The quotation just before (the last that ends in this piece).
        let last = q.checked_sub(1).map(|k| &outers[k].1);
        while w < words.len() && words[w].start < p.end {
            w += 1;
        }
        let asked = pieces.get(i + 1).is_some_and(|next| {
            last.is_some_and(|o| asked_after(text, p.clone(), o.clone(), &words[w..], next.end))
        });
        if !inside && !asked {
            ends.push(p.end);
        }
    }
    let mut out = Vec::with_capacity(ends.len());
    let mut start = 0;
    let mut e = 0;
    for (i, w) in words.iter().enumerate() {
        while e < ends.len() && ends[e] <= w.start {
            if i > start {
                out.push(start..i);
                start = i;
            }
            e += 1;
        }
    }
    if start < words.len() {
        out.push(start..words.len());
    }
    out
}

/// True when `piece` is only the quotation `quote`, ended by `?` or `!`, and the words after
/// it (up to `next_end`) open with the speaker and a verb of saying: `"Is it over?" Jake
/// Tapper asked.`, `« Assez ! » Paul Martin a crié.` — one sentence, the attribution after
/// its quotation, not a new sentence.
fn asked_after(
    text: &str,
    piece: Range<usize>,
    quote: Range<usize>,
    after: &[Word],
    next_end: usize,
) -> bool {
    // Most pieces do not end with a quotation: a cheap test first (this runs on books).
    if quote.end > piece.end || quote.end + 8 < piece.end || quote.start < piece.start {
        return false;
    }
    let only_quote = text[piece.start..quote.start.max(piece.start)]
        .trim()
        .is_empty()
        && text[quote.end.min(piece.end)..piece.end].trim().is_empty();
    let inner = text[quote.clone()]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '?' | '!'));
    if !only_quote || !inner.ends_with(['?', '!']) {
        return false;
    }
    // A name or a short phrase, then a finite verb of saying, within a few words.
    for (k, x) in after.iter().take(8).enumerate() {
        if x.start >= next_end || x.quoted() || k > 0 && x.gap.has(Gap::PUNCT) {
            return false;
        }
        if x.has(Class::SAY) && x.shape == tokens::Shape::Lower && k > 0 {
            return x.has(Class::FINITE)
                || x.has(Class::PARTICIPLE) && after[k - 1].has(Class::AUX);
        }
        if x.has(Class::VERB | Class::PRONOUN) && x.shape == tokens::Shape::Lower {
            return false;
        }
    }
    false
}

impl Reading {
    pub fn new(documents: usize) -> Reading {
        Reading {
            entities: Entities::new(documents),
            docs: Vec::with_capacity(documents),
            acronyms: Vec::new(),
            initials: std::collections::HashMap::new(),
        }
    }

    /// Reads document `d` (documents are read in order, 0 first) with its quotations `sites`
    /// (in reading order).
    ///
    /// PERF: what a book's blocks need that depends on their own words only (words, sentences,
    /// predicates and subjects, entity phrases: `prepare_block`) is prepared on other threads,
    /// a few blocks ahead; entities, texts and attributions, which depend on what came before,
    /// are read in block order on this one. A news article is read on one thread.
    pub fn read(&mut self, doc: &Document, lang: Lang, sites: &[Site]) {
        let plan = Plan::new(doc, sites);
        if doc.word_count < crate::core::parallel::WORDS_WORTH_A_THREAD {
            let mut tokens: Vec<Token> = Vec::new();
            let mut q0 = 0;
            let mut next = |b: usize, words: &mut Vec<Word>| {
                prepare_block(doc, b, lang, &plan, &mut q0, &mut tokens, words)
            };
            return self.read_blocks(doc, lang, sites, &mut next);
        }
        std::thread::scope(|scope| {
            // Preparing is most of the work: it is shared by `workers` threads, block `b` going
            // to thread `b % workers`, each a few blocks ahead (bounded), their word buffers
            // handed back for reuse; this thread takes the blocks in order.
            let workers = crate::core::parallel::workers(PREPARING_THREADS);
            let plan = &plan;
            let mut lanes = Vec::with_capacity(workers);
            for first in 0..workers {
                let (ready, receive) =
                    std::sync::mpsc::sync_channel::<(Vec<Word>, Prepared)>(BLOCKS_AHEAD);
                let (give_back, reuse) = std::sync::mpsc::channel::<Vec<Word>>();
                scope.spawn(move || {
                    let mut tokens: Vec<Token> = Vec::new();
                    let mut q0 = 0;
                    for b in (first..doc.blocks.len()).step_by(workers) {
                        let mut words = reuse.try_recv().unwrap_or_default();
                        let prepared =
                            prepare_block(doc, b, lang, plan, &mut q0, &mut tokens, &mut words);
                        if ready.send((words, prepared)).is_err() {
                            return;
                        }
                    }
                });
                lanes.push((receive, give_back));
            }
            let mut next = |b: usize, words: &mut Vec<Word>| {
                let (receive, give_back) = &lanes[b % workers];
                match receive.recv() {
                    Ok((mut read, prepared)) => {
                        std::mem::swap(words, &mut read);
                        // The preparing thread may have stopped; the buffer is then dropped.
                        let _ = give_back.send(read);
                        prepared
                    }
                    // A preparing thread panicked: its panic is raised when the scope ends.
                    Err(_) => {
                        words.clear();
                        Prepared {
                            lang,
                            sentences: Vec::new(),
                        }
                    }
                }
            };
            self.read_blocks(doc, lang, sites, &mut next);
        })
    }

    /// `read`, with `next(b, words)` filling `words` with the words of block `b` (blocks are
    /// asked for in order) and giving what `prepare_block` read of it.
    fn read_blocks(
        &mut self,
        doc: &Document,
        lang: Lang,
        sites: &[Site],
        next: &mut dyn FnMut(usize, &mut Vec<Word>) -> Prepared,
    ) {
        let d = self.docs.len();
        let text = doc.text.as_str();
        let mut reading = DocReading {
            lang,
            sentences: Vec::new(),
            quotes: vec![QuoteReading::default(); sites.len()],
            texts: Vec::new(),
        };
        let mut attributed = vec![false; sites.len()];
        for (i, s) in sites.iter().enumerate() {
            if let Some(a) = &s.incise {
                reading.quotes[i].own = Some(a.clone());
                attributed[i] = true;
            }
        }
        let mut words: Vec<Word> = Vec::new();
        let mut opened = vec![false; sites.len()];
        for b in 0..doc.blocks.len() {
            let Prepared { lang, sentences } = next(b, &mut words);
            let heading = doc.blocks[b].kind == BlockKind::Heading;
            for SentenceRead {
                range,
                phrases,
                preds,
                subject,
                reporter,
                actor,
                texts,
            } in sentences
            {
                let index = reading.sentences.len();
                let s = Sentence {
                    words: &words,
                    range: range.clone(),
                    lang,
                    heading,
                };
                self.scan_entities(d, text, &s, b, phrases);
                reading.texts.extend(texts);
                reading.sentences.push(SentenceInfo {
                    block: b,
                    subject,
                    reporter,
                    actor,
                });
                // The quotations opened (or, for one opened in an earlier block, closed) here.
                let mut here: Vec<u32> = Vec::new();
                // Each quotation's first word in the sentence, and the sentence's first word
                // outside quotations, in one pass: scanning the sentence once per quotation
                // made a long sentence full of quotations quadratic.
                let mut firsts: Vec<(u32, usize)> = Vec::new();
                for k in range.clone() {
                    let q = words[k].quote;
                    if q != tokens::NO_QUOTE && firsts.last().is_none_or(|&(last, _)| last != q) {
                        firsts.push((q, k));
                    }
                }
                firsts.sort_unstable();
                firsts.dedup_by_key(|&mut (q, _)| q);
                let first_unquoted = range
                    .clone()
                    .find(|&k| !words[k].quoted())
                    .unwrap_or(range.end);
                // Only the quotations with words in this sentence (in text order, as in
                // `overlapping`): going through all of the block's for each of its sentences
                // made a long paragraph of many quotations quadratic.
                for &(id, first) in &firsts {
                    let q = &id;
                    // A quotation opens in the first sentence of its first block that holds
                    // its words.
                    let opened_here = sites[*q as usize].block == b && !opened[*q as usize];
                    if opened_here {
                        opened[*q as usize] = true;
                        let qr = &mut reading.quotes[*q as usize];
                        qr.sentence = index;
                        qr.opens_sentence = first <= first_unquoted;
                        qr.after_colon = words[first].gap.has(Gap::COLON);
                        qr.presented = qr.after_colon && presentative(&words, range.start, first);
                    }
                    if !attributed[*q as usize] {
                        here.push(*q);
                    }
                }
                if here.is_empty() {
                    continue;
                }
                let preds = preds.unwrap_or_else(|| s.saying());
                for (q, found) in grammar::attribute_given(&s, &here, &preds) {
                    if let Some(f) = found {
                        reading.quotes[q as usize].own = Some(own(text, &words, &f));
                        attributed[q as usize] = true;
                    }
                }
            }
        }
        self.docs.push(reading);
    }

    /// Registers the entities a sentence names: `phrases` are its `entity_phrases`.
    fn scan_entities(
        &mut self,
        d: usize,
        text: &str,
        sentence: &Sentence,
        block: usize,
        phrases: Vec<Phrase>,
    ) {
        let (words, range) = (sentence.words, sentence.range.clone());
        let first_free = range
            .clone()
            .find(|&k| !words[k].quoted())
            .unwrap_or(range.end);
        // Names closing a title ("le ministre cambodgien des Affaires étrangères Hor Namhong"),
        // described once the phrases after have named them.
        let mut closing = Vec::new();
        // The end of the latest name phrase, and its entity.
        let mut last_name: Option<(usize, usize)> = None;
        for p in phrases {
            if let Some(name) = mention::closing_name(words, &p)
                && let Some(desc) = entities::description_of(
                    words,
                    &Phrase {
                        name: Some(name.clone()),
                        ..p.clone()
                    },
                )
            {
                let key: Vec<u64> = words[name].iter().map(|w| w.key).collect();
                closing.push((key, desc, p.gender));
            }
            // A generic organisation noun right after a name and a comma says the name is an
            // organisation's, even when a participle or a relative clause keeps it out of the
            // name's appositions ("Ridgeline Constructors, the firm that won the contract,",
            // "Brightwell, a privately held company,").
            if let Some((end, e)) = last_name
                && end == p.words.start
                && words[p.words.start].gap.has(Gap::COMMA)
                && p.head.is_some_and(|h| {
                    words[h].shape == Shape::Lower && mention::generic_organisation(words[h].key)
                })
            {
                self.entities.describe_as_organisation(e);
            }
            let opens =
                p.core.start == first_free || words[p.core.start].gap.has(Gap::STOP | Gap::COLON);
            let at = words[p.core.start].start;
            match p.kind {
                Kind::Name => {
                    if let Some(e) = self.entities.name_entity(text, words, &p, opens) {
                        let name_at = p.name.as_ref().map_or(at, |n| words[n.start].start);
                        self.entities.mention(
                            d,
                            EntityMention {
                                at: name_at,
                                entity: e,
                                block,
                            },
                        );
                        self.note_initials(text, words, &p, e);
                        last_name = Some((p.core.end, e));
                        if p.appositions.iter().any(|a| {
                            matches!(a.kind, Kind::Organisation | Kind::Noun)
                                && a.head.is_some_and(|h| {
                                    words[h].shape == Shape::Lower
                                        && mention::generic_organisation(words[h].key)
                                })
                        }) {
                            self.entities.describe_as_organisation(e);
                        }
                    }
                }
                Kind::Description => {
                    // "Le directeur général, Nicolas Mérindol,": the name in apposition is
                    // described by the phrase.
                    if let Some(a) = p.appositions.iter().find(|a| a.kind == Kind::Name)
                        && let Some(e) = self.entities.name_entity(text, words, a, false)
                    {
                        if let Some(desc) = entities::description_of(words, &p) {
                            self.entities.describe_person(e, desc, p.gender);
                        }
                        self.entities.mention(
                            d,
                            EntityMention {
                                at,
                                entity: e,
                                block,
                            },
                        );
                    }
                }
                // "the Pittsburgh-based firm" after "Ridgeline Constructors,": a generic noun
                // with no complement describes an organisation named otherwise; it names none.
                // Right after a name and a comma, it says the name is an organisation's, even
                // when a relative clause keeps it out of the name's appositions
                // ("Ridgeline Constructors, the firm that won the contract, said").
                Kind::Organisation
                    if p.complement.is_none()
                        && p.head
                            .is_some_and(|h| mention::generic_organisation(words[h].key)) => {}
                Kind::Organisation => {
                    if let Some(e) = self.entities.organisation(text, words, &p) {
                        self.entities.mention(
                            d,
                            EntityMention {
                                at,
                                entity: e,
                                block,
                            },
                        );
                    }
                }
                _ => {}
            }
        }
        for (key, desc, gender) in closing {
            if let Some(e) = self.entities.by_key(&key) {
                self.entities.describe_person(e, desc, gender);
            }
        }
    }

    fn note_initials(&mut self, text: &str, words: &[Word], p: &phrase::Phrase, e: usize) {
        let Some(name) = &p.name else { return };
        let ws = &words[name.clone()];
        if ws.len() == 1 && ws[0].shape == tokens::Shape::Upper {
            self.acronyms
                .push((text[ws[0].start..ws[0].end].to_string(), e));
        } else if ws.len() >= 2 {
            for letters in entities::name_initials(text, words, name.clone()) {
                if letters.len() >= 2 {
                    let v = self.initials.entry(letters).or_default();
                    if !v.contains(&e) {
                        v.push(e);
                    }
                }
            }
        }
        if let Some(k) = entities::bracketed_after(text, words, p) {
            // In capitals, as initials are: "(Crif)" is the "CRIF" of a later mention.
            let letters: String = text[words[k].start..words[k].end]
                .chars()
                .flat_map(char::to_uppercase)
                .collect();
            self.entities
                .define_acronym(e, &text[words[k].start..words[k].end]);
            self.acronyms.push((letters.clone(), e));
            self.initials.entry(letters).or_default().push(e);
        }
    }

    /// After every document is read: names linked across spellings and languages.
    pub fn finish(&mut self) {
        self.entities.link();
        let acronyms = std::mem::take(&mut self.acronyms);
        self.entities.link_initials(&self.initials, &acronyms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", "t.txt", text.to_string(), "utf-8", Vec::new())
    }

    #[test]
    fn sentences_do_not_end_inside_quotations() {
        let s = "Il a dit : « Non. Jamais. » Puis il partit. Fin.";
        let d = doc(s);
        let w = tokens::words(s, 0..s.len(), Lang::Fr);
        let open = s.find('«').unwrap();
        let close = s.find('»').unwrap() + 2;
        let mut w = w;
        tokens::mark_quotes(&mut w, &[(0, open..close)]);
        let ss = sentences_of(s, d.blocks[0].range.clone(), false, &w, &[(0, open..close)]);
        let texts: Vec<&str> = ss
            .iter()
            .map(|r| &s[w[r.start].start..w[r.end - 1].end])
            .collect();
        assert_eq!(texts, ["Il a dit : « Non. Jamais", "Puis il partit", "Fin"]);
    }

    /// The authors of the texts sentence `s` names, as their mentions show them.
    fn authors(s: &str, lang: Lang) -> Vec<String> {
        let words = tokens::words(s, 0..s.len(), lang);
        let sentence = Sentence {
            words: &words,
            range: 0..words.len(),
            lang,
            heading: false,
        };
        let phrases = entity_phrases(&words, 0..words.len());
        texts_named(s, &sentence, &phrases)
            .into_iter()
            .map(|t| t.author_text)
            .collect()
    }

    #[test]
    fn texts_are_named_with_their_authors() {
        // The author in the text's own phrase; the sentence's subject for a text named alone
        // (read once for the sentence, not for each text).
        assert_eq!(
            authors("Un communiqué du PCF a été publié hier.", Lang::Fr),
            ["PCF"]
        );
        assert_eq!(
            authors(
                "L'équipe a élaboré un document de travail et une note.",
                Lang::Fr
            ),
            ["l'équipe", "l'équipe"]
        );
        assert_eq!(
            authors("The committee released a statement and a report.", Lang::En),
            ["the committee", "the committee"]
        );
        // No subject before the text: no author.
        assert!(authors("Un document circule.", Lang::Fr).is_empty());
        // A text in a complement: its author.
        assert_eq!(
            authors(
                "Le constat du rapport de l’inspection générale serait accablant.",
                Lang::Fr
            ),
            ["l’inspection générale"]
        );
    }

    #[test]
    fn language_of_a_document() {
        assert_eq!(
            language(&doc("Le ministre a dit que la réforme est prête.")),
            Lang::Fr
        );
        assert_eq!(
            language(&doc("The minister said that the bill was ready.")),
            Lang::En
        );
    }
}
