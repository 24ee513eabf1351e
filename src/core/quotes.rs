//! Quotations: finding them in an article (marks, nesting, incises, paragraphs, fragments,
//! subheadings), attributing them to a speaker, and linking each to its counterparts in the
//! other article. Terminal-free; every span is a byte range into `Document::text`.
//!
//! `extract` reads one article on its own; `analyse` reads both, so that what one article says
//! of a person ("le président russe Vladimir Poutine") helps attribute the other's quotations,
//! gives speakers one canonical name across both, and fills `matches`.
//!
//! Both return a plain `Vec<Quote>` in reading order, which is also id order (`quotes[i].id ==
//! i`; for `analyse` the left article's quotations come first), so an id indexes the vector.
//! Nested quotations follow the one that encloses them.
//!
//! The work is linear in the input: one pass over the bytes finds the marks (skipping every
//! byte that cannot start one), attribution only reads a few hundred bytes around each
//! quotation, persons are collected in one pass when a quotation needs them, and resolution
//! looks back a bounded number of mentions.

mod attribution;
mod lexicon;
mod matching;
mod scan;

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use attribution::{Found, Pattern, Persons, Resolved, Scene};
use scan::{RawQuote, ends_sentence};

use crate::core::document::Document;
use crate::core::sentence;
use crate::core::side::DocId;
use crate::core::text::boundary::{ceil_char_boundary, floor_char_boundary};

/// How a counterpart in the other article relates to a quotation, from the quotation's point
/// of view: `truncated` when the counterpart is a shortened form of it (its words are a
/// contiguous part of this quotation's), `extended` when the counterpart contains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The same words once normalised (case, accents, apostrophes, hyphens, marks).
    Verbatim,
    Truncated,
    Extended,
    /// Similar (2·LCS/(n+m) ≥ 0.6 over words) with words changed.
    Altered,
}

impl MatchKind {
    /// The kind as the reader and the text commands say it: a truncated counterpart is "cut"
    /// (JSON keeps its serialised names: `verbatim`, `truncated`, `extended`, `altered`).
    pub fn label(self) -> &'static str {
        match self {
            MatchKind::Verbatim => "verbatim",
            MatchKind::Truncated => "cut",
            MatchKind::Extended => "extended",
            MatchKind::Altered => "altered",
        }
    }
}

/// A counterpart of a quotation in the other article.
#[derive(Debug, Clone, serde::Serialize)]
pub struct QuoteMatch {
    /// Global id of the counterpart.
    pub id: usize,
    pub kind: MatchKind,
    /// 2·LCS/(n+m) over normalised words; 1.0 for verbatim.
    pub similarity: f32,
    /// Both are attributed, to different speakers.
    pub speaker_conflict: bool,
}

/// One quotation.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Global across both documents (left document's quotations first); local to the document
    /// for `extract`.
    pub id: usize,
    /// The document it is in (serialised as its number).
    pub doc: DocId,
    /// The quoted words: marks, incises and continuation marks excluded, trimmed.
    pub spans: Vec<Range<usize>>,
    /// From the opening mark to the end of the closing mark (to the end of the paragraph when
    /// unclosed).
    pub outer: Range<usize>,
    /// The spans joined: a space between paragraphs, " … " where an incise was left out.
    pub text: String,
    /// Canonical name, `None` when nothing supports one.
    pub speaker: Option<String>,
    /// How the speaker was found, for people: "«…», a déclaré le président russe → Vladimir
    /// Poutine (role)", "continues quote #3", "subheading abridging quote #3"…
    pub how: String,
    /// A short phrase quoted inside a sentence (`les "liens historiques"`).
    pub fragment: bool,
    /// Never closed: ended with its paragraph.
    pub unclosed: bool,
    /// In a subheading.
    pub heading: bool,
    /// For a nested quotation, the id of the enclosing one.
    pub parent: Option<usize>,
    /// For a subheading quotation, the id of the body quotation it abridges.
    pub abridges: Option<usize>,
    /// Counterparts in the other document, best first (only the verbatim ones when any).
    pub matches: Vec<QuoteMatch>,
}

/// How a speaker was found, kept structured until ids are final.
#[derive(Debug, Clone)]
enum How {
    Nothing,
    Own {
        found: Found,
        via: Option<&'static str>,
    },
    Continues(usize),
    Abridges(usize),
    Nested(usize),
    LoneHeading,
}

/// A quotation being built.
struct Draft {
    raw: RawQuote,
    spans: Vec<Range<usize>>,
    text: String,
    keys: Vec<u64>,
    fragment: bool,
    sentence_start: usize,
    speaker: Option<Resolved>,
    how: How,
    abridges: Option<usize>,
}

/// Quotations longer than this many words are never fragments.
const FRAGMENT_MAX_WORDS: usize = 8;
/// How many quotations after (then before) a subheading may be the one it abridges.
const ABRIDGE_WINDOW: usize = 24;
/// How far before and after a quotation attribution is looked for, in bytes.
const CONTEXT_BYTES: usize = 400;

/// Trims white space off a range of `text`.
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    r.start + lead..r.start + lead + t.len()
}

/// Builds the quotations of one document with attribution resolved against `persons`.
fn drafts(doc: &Document, persons: &OnceCell<Persons>) -> Vec<Draft> {
    let text = doc.text.as_str();
    let raws = scan::scan(doc);
    let mut drafts: Vec<Draft> = Vec::with_capacity(raws.len());
    let mut own: Vec<Option<Found>> = Vec::with_capacity(raws.len());
    // Parent indices refer to `raws`; a raw quotation without words is skipped.
    let mut raw_to_draft: Vec<Option<usize>> = vec![None; raws.len()];
    let mut sentence_of_raw: Vec<Option<usize>> = vec![None; raws.len()];
    let mut tokens = Vec::new();
    for (i, raw) in raws.iter().enumerate() {
        let Some(block) = doc.blocks.get(raw.block) else {
            continue;
        };
        // Spans, incises cut out of top-level quotations; the text joins paragraphs with a
        // space and the two sides of an incise with " … ".
        let mut spans = Vec::with_capacity(raw.pieces.len());
        let quoted_len: usize = raw.pieces.iter().map(|p| p.len() + 5).sum();
        let mut quoted = String::with_capacity(quoted_len);
        let mut keys = Vec::with_capacity(quoted_len / 5);
        let mut incise: Option<Found> = None;
        for piece in &raw.pieces {
            let found = if raw.parent.is_none() {
                attribution::incises(text, piece.clone())
            } else {
                Vec::new()
            };
            let mut from = piece.start;
            let cuts = found
                .iter()
                .map(|(r, _)| r.clone())
                .chain(std::iter::once(piece.end..piece.end));
            for (k, cut) in cuts.enumerate() {
                let r = trim_range(text, from..cut.start.max(from));
                from = cut.end;
                if r.is_empty() {
                    continue;
                }
                if !spans.is_empty() {
                    quoted.push_str(if k == 0 { " " } else { " … " });
                }
                quoted.push_str(&text[r.clone()]);
                // The same words and keys as `text::words::tokenize`, hashed faster.
                attribution::words_into(text, r.clone(), usize::MAX, &mut tokens);
                keys.extend(tokens.iter().map(|t| t.key));
                spans.push(r);
            }
            if incise.is_none() {
                incise = found.into_iter().map(|f| f.1).next();
            }
        }
        // English puts the comma before an attribution inside the marks ("…," said X): it
        // belongs to the sentence, not to the quotation.
        if let Some(last) = spans.last_mut() {
            let kept = text[last.clone()]
                .trim_end_matches([',', ' ', '\u{a0}'])
                .len();
            if kept > 0 && kept < last.len() {
                let cut = last.len() - kept;
                last.end -= cut;
                quoted.truncate(quoted.len() - cut);
            }
        }
        if spans.is_empty() {
            continue;
        }
        // The sentence before the opening mark, bounded by the paragraph, the enclosing
        // quotation and the previous quotation.
        let mut bound = block.range.start;
        // The quotation whose end bounds the window, if one does: its sentence may go on.
        let mut bounded_by: Option<usize> = None;
        if let Some(p) = raw.parent.and_then(|p| raws.get(p)) {
            bound = bound.max(
                p.pieces
                    .first()
                    .map_or(p.outer.start, |r| r.start)
                    .min(raw.outer.start),
            );
        }
        for j in (i.saturating_sub(8)..i).rev() {
            let end = raws[j].outer.end;
            if end <= raw.outer.start && end > bound {
                bound = end;
                bounded_by = Some(j);
            }
        }
        let window_start = ceil_char_boundary(
            text,
            raw.outer.start.saturating_sub(CONTEXT_BYTES).max(bound),
        );
        // Without any sentence-final punctuation the window is one piece: no need to split it.
        let window = &text[window_start..raw.outer.start];
        let last_piece = match window.rfind(['.', '!', '?', '…']) {
            None => Some(trim_range(text, window_start..raw.outer.start)).filter(|r| !r.is_empty()),
            // Splitting only around the last possible end is enough when it is one (the
            // splitter needs the word before it to rule out "M." and initials); otherwise
            // the whole window is split.
            Some(p) => {
                let near = ceil_char_boundary(
                    text,
                    (window_start + p).saturating_sub(64).max(window_start),
                );
                let pieces = sentence::split(text, near..raw.outer.start);
                match pieces.last() {
                    Some(last)
                        if pieces.len() >= 2
                            || near == window_start
                            || ends_sentence(&text[last.clone()]) =>
                    {
                        Some(last.clone())
                    }
                    _ => sentence::split(text, window_start..raw.outer.start).pop(),
                }
            }
        };
        let (sentence_start, pre) = match last_piece {
            Some(last) if ends_sentence(&text[last.clone()]) => {
                (raw.outer.start, raw.outer.start..raw.outer.start)
            }
            Some(last) => (last.start, last.start..raw.outer.start),
            None => (raw.outer.start, raw.outer.start..raw.outer.start),
        };
        // No sentence boundary since the previous quotation: same sentence as it.
        let sentence_start = match bounded_by.and_then(|j| sentence_of_raw[j]) {
            Some(earlier) if text[window_start..sentence_start].trim().is_empty() => earlier,
            _ => sentence_start,
        };
        sentence_of_raw[i] = Some(sentence_start);
        let pre_text = text[pre.clone()].trim();
        // The text after the closing mark, up to the next quotation.
        let last_block_end = doc
            .blocks
            .get(raw.last_block)
            .map_or(text.len(), |b| b.range.end);
        let next_start = raws[i + 1..]
            .iter()
            .find(|q| q.outer.start >= raw.outer.end)
            .map_or(usize::MAX, |q| q.outer.start);
        let post_end = floor_char_boundary(
            text,
            last_block_end
                .min(next_start)
                .min(raw.outer.end + CONTEXT_BYTES),
        )
        .max(raw.outer.end);
        let after = if raw.unclosed {
            None
        } else {
            attribution::after(text, raw.outer.end..post_end)
        };
        let found = incise.or(after).or_else(|| {
            if raw.parent.is_none() {
                attribution::before(text, pre, true)
            } else {
                None
            }
        });
        // A fragment is a short phrase mentioned inside a sentence, not introduced as speech.
        let fragment = !raw.heading
            && keys.len() <= FRAGMENT_MAX_WORDS
            && !found.as_ref().is_some_and(|f| f.introduces)
            && !pre_text.is_empty()
            && !pre_text.ends_with(':')
            && !quoted.contains(['.', '!', '?', '…']);
        own.push(found);
        raw_to_draft[i] = Some(drafts.len());
        drafts.push(Draft {
            // Everything but the pieces, which the spans replace.
            raw: RawQuote {
                outer: raw.outer.clone(),
                pieces: Vec::new(),
                ..*raw
            },
            spans,
            text: quoted,
            keys,
            fragment,
            sentence_start,
            speaker: None,
            how: How::Nothing,
            abridges: None,
        });
    }
    for d in &mut drafts {
        d.raw.parent = d.raw.parent.and_then(|p| raw_to_draft[p]);
    }
    attribute(doc, persons, &mut drafts, own);
    drafts
}

/// Resolves speakers in reading order: own attributions, then continuations, then subheadings.
fn attribute(
    doc: &Document,
    persons: &OnceCell<Persons>,
    drafts: &mut [Draft],
    own: Vec<Option<Found>>,
) {
    // (index of the quotation that set it, its speaker, its block)
    let mut previous: Option<(usize, Option<Resolved>, usize)> = None;
    for (i, found) in own.into_iter().enumerate() {
        let d = &drafts[i];
        if let Some(p) = d.raw.parent {
            drafts[i].how = How::Nested(p);
            continue;
        }
        // A subheading takes the speaker of the body quotation it abridges (below), unless it
        // is attributed itself ("« … » — Paul Martin").
        if d.raw.heading && found.is_none() {
            continue;
        }
        let block = d.raw.block;
        if let Some(found) = found {
            let persons = persons.get_or_init(|| Persons::scan(doc));
            let prev_speaker = previous
                .as_ref()
                .and_then(|(_, s, b)| s.as_ref().map(|s| (s, *b)));
            let scene = Scene {
                doc,
                persons,
                at: found.at,
                sentence_start: d.sentence_start,
                previous_speaker: prev_speaker,
                block,
            };
            let resolved = scene.resolve(&found.subject);
            let via = resolved.as_ref().map(|r| r.via);
            drafts[i].speaker = resolved.clone();
            drafts[i].how = How::Own { found, via };
            previous = Some((i, resolved, block));
            continue;
        }
        // No attribution of its own: it continues the previous speaker within the sentence, or
        // (for a full statement) in the same or the next paragraph.
        let continues = previous.as_ref().and_then(|(p, speaker, prev_block)| {
            let speaker = speaker.as_ref()?;
            let same_sentence =
                *prev_block == block && d.sentence_start <= drafts[*p].raw.outer.end;
            let near = block.saturating_sub(*prev_block) <= 1 && !d.fragment;
            (same_sentence || near).then(|| (*p, speaker.clone()))
        });
        match continues {
            Some((p, speaker)) => {
                drafts[i].speaker = Some(speaker.clone());
                drafts[i].how = How::Continues(p);
                if !drafts[i].fragment {
                    previous = Some((i, Some(speaker), block));
                }
            }
            None if !drafts[i].fragment => previous = Some((i, None, block)),
            None => {}
        }
    }
    // Subheadings take the speaker of the body quotation they abridge: the nearest one that
    // contains their words (or most of them, in order).
    for h in 0..drafts.len() {
        if !drafts[h].raw.heading
            || drafts[h].raw.parent.is_some()
            || matches!(drafts[h].how, How::Own { .. })
        {
            continue;
        }
        let heading = &drafts[h].keys;
        let abridged = |b: &Draft| {
            !b.raw.heading
                && b.raw.parent.is_none()
                && b.keys.len() >= heading.len()
                && matching::similarity(heading, &b.keys) * (heading.len() + b.keys.len()) as f32
                    / 2.0
                    >= 0.8 * heading.len() as f32
        };
        // The body quotation is near its subheading: looking at a few keeps this linear.
        let found = (h + 1..drafts.len().min(h + 1 + ABRIDGE_WINDOW))
            .find(|&b| abridged(&drafts[b]))
            .or_else(|| {
                (h.saturating_sub(ABRIDGE_WINDOW)..h)
                    .rev()
                    .find(|&b| abridged(&drafts[b]))
            });
        match found {
            Some(b) => {
                drafts[h].speaker = drafts[b].speaker.clone();
                drafts[h].abridges = Some(b);
                drafts[h].how = How::Abridges(b);
            }
            None => drafts[h].how = How::LoneHeading,
        }
    }
}

/// Writes `how` with `push_str` (formatting machinery was a tenth of extraction time on
/// quote-dense text).
fn render_how(text: &str, how: &How, offset: usize, speaker: Option<&str>) -> String {
    let mut out = String::with_capacity(64);
    match how {
        How::Nothing => out.push_str("no attribution found"),
        How::Own { found, via } => {
            let written = text.get(found.clause.clone()).unwrap_or_default();
            match found.pattern {
                Pattern::After => {
                    out.push_str("«…»");
                    out.push_str(written.trim_end());
                }
                Pattern::Before => {
                    out.push_str(written.trim());
                    out.push_str(" «…»");
                }
                Pattern::Incise => {
                    out.push_str("«…");
                    out.push_str(written.trim());
                    out.push_str("…»");
                }
            }
            match (speaker, via) {
                (Some(name), Some(via)) => {
                    out.push_str(" → ");
                    out.push_str(name);
                    out.push_str(" (");
                    out.push_str(via);
                    out.push(')');
                }
                _ => out.push_str(" → speaker unknown"),
            }
        }
        How::Continues(p) => push_id(&mut out, "continues quote #", p + offset),
        How::Abridges(b) => push_id(&mut out, "subheading abridging quote #", b + offset),
        How::Nested(p) => push_id(&mut out, "nested in quote #", p + offset),
        How::LoneHeading => out.push_str("subheading; no body quotation abridged"),
    }
    out
}

fn push_id(out: &mut String, label: &str, id: usize) {
    out.push_str(label);
    out.push_str(&id.to_string());
}

/// Quotations with their ids, plus what matching needs: normalised words and speaker keys.
type Finished = (Vec<Quote>, Vec<Vec<u64>>, Vec<Option<Vec<u64>>>);

fn finish(
    text: &str,
    drafts: Vec<Draft>,
    doc: DocId,
    offset: usize,
    names: &HashMap<Vec<u64>, String>,
) -> Finished {
    let mut quotes = Vec::with_capacity(drafts.len());
    let mut keys = Vec::with_capacity(drafts.len());
    let mut speakers = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        let speaker = d.speaker.as_ref().map(|s| {
            names
                .get(&*s.key)
                .cloned()
                .unwrap_or_else(|| s.display.to_string())
        });
        quotes.push(Quote {
            id: offset + i,
            doc,
            spans: d.spans,
            outer: d.raw.outer.clone(),
            text: d.text,
            how: render_how(text, &d.how, offset, speaker.as_deref()),
            speaker,
            fragment: d.fragment,
            unclosed: d.raw.unclosed,
            heading: d.raw.heading,
            parent: d.raw.parent.map(|p| p + offset),
            abridges: d.abridges.map(|b| b + offset),
            matches: Vec::new(),
        });
        keys.push(d.keys);
        speakers.push(d.speaker.map(|s| s.key.to_vec()));
    }
    (quotes, keys, speakers)
}

/// The quotations of one document on its own, ids local (0, 1, …), `matches` empty.
pub fn extract(doc: &Document, id: DocId) -> Vec<Quote> {
    let persons = OnceCell::new();
    let drafts = drafts(doc, &persons);
    finish(&doc.text, drafts, id, 0, &HashMap::new()).0
}

/// Canonical names: the first way a person is written, left document first; a surname alone
/// becomes the full name when one person of either document has it.
fn canonical_names(all: &[&Persons]) -> HashMap<Vec<u64>, String> {
    let mut names: HashMap<Vec<u64>, String> = HashMap::new();
    for persons in all {
        for p in &persons.list {
            names
                .entry(p.key.to_vec())
                .or_insert_with(|| p.display.to_string());
        }
    }
    names
}

/// Both documents: global ids (left first), speakers resolved with what both articles say of
/// each person and named alike, counterparts linked.
pub fn analyse(left: &Document, right: &Document) -> Vec<Quote> {
    let left_scan = Persons::scan(left);
    let right_scan = Persons::scan(right);
    let mut left_persons = left_scan.clone();
    left_persons.absorb(&right_scan);
    let mut right_persons = right_scan;
    right_persons.absorb(&left_scan);
    let names = canonical_names(&[&left_persons, &right_persons]);
    let left_cell = OnceCell::from(left_persons);
    let right_cell = OnceCell::from(right_persons);
    let mut left_drafts = drafts(left, &left_cell);
    let mut right_drafts = drafts(right, &right_cell);
    // A surname alone becomes the full name of the one person of either document who has it;
    // then every speaker takes its canonical spelling.
    let mut by_surname: HashMap<u64, Option<&Vec<u64>>> = HashMap::new();
    for key in names.keys().filter(|k| k.len() > 1) {
        if let Some(&last) = key.last() {
            by_surname
                .entry(last)
                .and_modify(|o| *o = None)
                .or_insert(Some(key));
        }
    }
    for d in left_drafts.iter_mut().chain(right_drafts.iter_mut()) {
        if let Some(speaker) = &mut d.speaker {
            if let [surname] = *speaker.key
                && let Some(Some(full)) = by_surname.get(&surname)
            {
                speaker.key = full.as_slice().into();
            }
            if let Some(name) = names.get(&*speaker.key) {
                speaker.display = name.as_str().into();
            }
        }
    }
    let offset = left_drafts.len();
    let (mut quotes, mut keys, mut speakers) = finish(&left.text, left_drafts, DocId(0), 0, &names);
    let (rq, rk, rs) = finish(&right.text, right_drafts, DocId(1), offset, &names);
    quotes.extend(rq);
    keys.extend(rk);
    speakers.extend(rs);
    let left_keys: Vec<&[u64]> = keys[..offset].iter().map(Vec::as_slice).collect();
    let right_keys: Vec<&[u64]> = keys[offset..].iter().map(Vec::as_slice).collect();
    for (i, j, kind, similarity) in matching::link(&left_keys, &right_keys) {
        let (a, b) = (i, offset + j);
        let conflict = matches!((&speakers[a], &speakers[b]), (Some(x), Some(y)) if x != y);
        let mirrored = match kind {
            MatchKind::Truncated => MatchKind::Extended,
            MatchKind::Extended => MatchKind::Truncated,
            k => k,
        };
        quotes[a].matches.push(QuoteMatch {
            id: b,
            kind,
            similarity,
            speaker_conflict: conflict,
        });
        quotes[b].matches.push(QuoteMatch {
            id: a,
            kind: mirrored,
            similarity,
            speaker_conflict: conflict,
        });
    }
    for q in &mut quotes {
        matching::prune(&mut q.matches, |m| (m.kind, m.similarity));
    }
    quotes
}

#[cfg(test)]
mod tests;
