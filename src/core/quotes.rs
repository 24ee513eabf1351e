//! Quotations: finding them in an article (marks, nesting, incises, paragraphs, fragments,
//! subheadings), attributing them to a speaker, and linking each to its counterparts in the
//! other article. Terminal-free; every span is a byte range into `Document::text`.
//!
//! `extract` reads one article on its own; `analyse` reads both, so that what one article says
//! of a person ("le président russe Vladimir Poutine") helps attribute the other's quotations,
//! gives speakers one canonical name across both, and fills `matches`.
//!
//! The modules, in the order the work runs: `scan` (marks), `draft` (quoted words, incises cut,
//! fragments), `attribution` (reading each article, the grammar of saying, entities,
//! resolution), `links` (subheadings, repetitions, counterparts carrying a speaker),
//! `matching` (counterparts across the articles).
//!
//! Both return a plain `Vec<Quote>` in reading order, which is also id order (`quotes[i].id ==
//! i`; for `analyse` the left article's quotations come first), so an id indexes the vector.
//! Nested quotations follow the one that encloses them.
//!
//! The work is linear in the input: one pass over the bytes finds the marks (skipping every
//! byte that cannot start one), attribution reads each block once, and resolution looks back
//! a bounded number of sentences, mentions and paragraphs.

mod attribution;
mod draft;
mod links;
mod matching;
mod scan;

use std::ops::Range;

use attribution::{Facts, Ident, Lang, Position, Reading, Resolved, Site};
pub use attribution::{SpeakerType, Via};
use draft::Draft;

use crate::core::document::Document;
use crate::core::parallel::WORDS_WORTH_A_THREAD;
use crate::core::side::DocId;

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
    /// Who said it: the canonical name of the person or organisation when the articles make
    /// it knowable (one name per entity across both articles and all spellings), else the noun
    /// phrase that designates the speaker ("une source proche du dossier", "les syndicats");
    /// `None` only when nobody is said to have said it.
    pub speaker: Option<String>,
    /// What kind of speaker it is.
    pub speaker_type: Option<SpeakerType>,
    /// The words of this document designating the speaker at the attribution (for a
    /// continuation, at the attribution continued), as a byte range.
    pub speaker_mention: Option<Range<usize>>,
    /// How the speaker was found.
    pub via: Option<Via>,
    /// How the speaker was found, for people: "«…», a déclaré le président russe → Vladimir
    /// Poutine (described so in the articles)", "continues quote #3", "subheading abridging
    /// quote #3"…
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
        position: Position,
        clause: Range<usize>,
        rule: &'static str,
    },
    Continues(usize),
    Abridges(usize),
    Repeats(usize),
    Nested(usize),
    LoneHeading,
    OtherArticle(usize),
}

/// One document's quotations, built and attributed.
struct Built {
    drafts: Vec<Draft>,
    resolved: Vec<Resolved>,
    fragment: Vec<bool>,
    how: Vec<How>,
    abridges: Vec<Option<usize>>,
}

/// What a document's quotations are before reading: its language, its quotations drafted, and
/// what reading needs of each.
fn drafted(doc: &Document) -> (Lang, Vec<Draft>, Vec<Site>) {
    let lang = attribution::language(doc);
    let raws = scan::scan(doc);
    let drafts = draft::build(doc, &raws, lang);
    let sites: Vec<Site> = drafts
        .iter()
        .map(|d| Site {
            outer: d.raw.outer.clone(),
            block: d.raw.block,
            last_block: d.raw.last_block,
            nested: d.raw.parent.is_some(),
            incise: d.incise.clone(),
        })
        .collect();
    (lang, drafts, sites)
}

/// Reads the documents (their entities shared) and attributes their quotations.
///
/// PERF: drafting depends on a document alone; a second book is drafted on another thread
/// while the first is drafted and read, instead of on this one while the other core waits.
fn build(docs: &[&Document]) -> Vec<Built> {
    let mut reading = Reading::new(docs.len());
    let mut drafts_of = Vec::with_capacity(docs.len());
    std::thread::scope(|scope| {
        let mut ahead = docs
            .get(1)
            .filter(|d| d.word_count >= WORDS_WORTH_A_THREAD)
            .map(|&d| scope.spawn(move || drafted(d)));
        for (d, doc) in docs.iter().enumerate() {
            let (lang, drafts, sites) = match ahead.take_if(|_| d == 1) {
                Some(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                None => drafted(doc),
            };
            reading.read(doc, lang, &sites);
            drafts_of.push((drafts, lang));
        }
    });
    reading.finish();
    let mut out = Vec::with_capacity(docs.len());
    for (d, (drafts, lang)) in drafts_of.into_iter().enumerate() {
        let doc = docs[d];
        let quotes = &reading.docs[d].quotes;
        let fragment: Vec<bool> = drafts
            .iter()
            .zip(quotes)
            .map(|(dr, q)| draft::is_fragment(dr, q.own.as_ref(), q.opens_sentence, q.after_colon))
            .collect();
        let facts: Vec<Facts> = drafts
            .iter()
            .zip(&fragment)
            .map(|(dr, &fragment)| Facts {
                nested: dr.raw.parent.is_some(),
                heading: dr.raw.heading,
                fragment,
                first_person: attribution::first_person(&doc.text, &dr.spans, lang),
                block: dr.raw.block,
                last_block: dr.raw.last_block,
                start: dr.raw.outer.start,
            })
            .collect();
        let mut resolved = attribution::resolve(&reading, d, &facts);
        let mut how: Vec<How> = resolved
            .iter()
            .zip(quotes)
            .zip(&drafts)
            .map(|((r, q), dr)| match (&q.own, r.continues, dr.raw.parent) {
                (_, _, Some(p)) => How::Nested(p),
                (Some(a), None, _) => How::Own {
                    position: a.position,
                    clause: a.clause.clone(),
                    rule: r.rule,
                },
                (_, Some(c), _) => How::Continues(c),
                (None, None, _) if r.speaker.is_some() => How::Own {
                    position: Position::Before,
                    clause: r.mention.as_ref().map_or(0..0, |m| m.1.clone()),
                    rule: r.rule,
                },
                _ => How::Nothing,
            })
            .collect();
        // A title's own attribution (`X : « … »`) gives way to the body quotation it abridges,
        // whose attribution is the article's word on who said it.
        let attributed: Vec<bool> = resolved
            .iter()
            .zip(quotes)
            .map(|(r, q)| {
                r.attributed
                    && !q
                        .own
                        .as_ref()
                        .is_some_and(|a| a.position == Position::Headline)
            })
            .collect();
        // Subheadings take the speaker of the body quotation they abridge.
        let abridges = links::abridged(&linked(&drafts, &resolved), &attributed);
        for (h, b) in abridges.iter().enumerate() {
            if let Some(b) = *b {
                let from = resolved[b].clone();
                resolved[h].speaker = from.speaker;
                resolved[h].mention = from.mention;
                resolved[h].via = resolved[h].speaker.as_ref().map(|_| Via::Headline);
                how[h] = How::Abridges(b);
            } else if drafts[h].raw.heading && !attributed[h] && drafts[h].raw.parent.is_none() {
                how[h] = How::LoneHeading;
            }
        }
        // Quotations repeating the words of an attributed one take its speaker.
        let repeats = links::repeated(&linked(&drafts, &resolved));
        for (i, j) in repeats.into_iter().enumerate() {
            if let Some(j) = j {
                let from = resolved[j].clone();
                resolved[i].speaker = from.speaker;
                resolved[i].mention = from.mention;
                resolved[i].via = Some(Via::Continuation);
                how[i] = How::Repeats(j);
            }
        }
        out.push(Built {
            drafts,
            resolved,
            fragment,
            how,
            abridges,
        });
    }
    out
}

/// What linking reads of each quotation.
fn linked<'a>(drafts: &'a [Draft], resolved: &[Resolved]) -> Vec<links::Linked<'a>> {
    drafts
        .iter()
        .zip(resolved)
        .map(|(d, r)| links::Linked {
            keys: &d.keys,
            heading: d.raw.heading,
            nested: d.raw.parent.is_some(),
            outer: d.raw.outer.clone(),
            spoken: r.speaker.is_some(),
        })
        .collect()
}

/// Writes `how` with `push_str` (formatting machinery was a tenth of extraction time on
/// quote-dense text).
fn render_how(
    text: &str,
    how: &How,
    offset: usize,
    outer: &Range<usize>,
    speaker: Option<&str>,
) -> String {
    let mut out = String::with_capacity(64);
    match how {
        How::Nothing => out.push_str("no attribution found"),
        How::Own {
            position,
            clause,
            rule,
        } => {
            let written = text.get(clause.clone()).unwrap_or_default().trim();
            let after = clause.start >= outer.end;
            match position {
                Position::Incise if clause.start >= outer.start && clause.end <= outer.end => {
                    out.push_str("«…, ");
                    out.push_str(written);
                    out.push_str("…»");
                }
                // Between commas outside the marks, earlier in the sentence.
                Position::Incise => {
                    out.push_str("…, ");
                    out.push_str(written);
                    out.push_str(", … «…»");
                }
                _ if after => {
                    out.push_str("«…», ");
                    out.push_str(written);
                }
                // No words of its own (found from the paragraphs before): the marks alone.
                _ if written.is_empty() => out.push_str("«…»"),
                _ => {
                    out.push_str(written);
                    out.push_str(" «…»");
                }
            }
            match speaker {
                Some(name) => {
                    out.push_str(" → ");
                    out.push_str(name);
                    out.push_str(" (");
                    out.push_str(rule);
                    out.push(')');
                }
                None => out.push_str(" → speaker unknown"),
            }
        }
        How::Continues(p) => push_id(&mut out, "continues quote #", p + offset),
        How::Abridges(b) => push_id(&mut out, "subheading abridging quote #", b + offset),
        How::Repeats(j) => push_id(&mut out, "repeats the words of quote #", j + offset),
        How::Nested(p) => push_id(&mut out, "nested in quote #", p + offset),
        How::LoneHeading => out.push_str("subheading; no body quotation abridged"),
        How::OtherArticle(id) => push_id(&mut out, "as its counterpart #", *id),
    }
    out
}

fn push_id(out: &mut String, label: &str, id: usize) {
    out.push_str(label);
    out.push_str(&id.to_string());
}

/// Quotations with their ids, plus what matching needs: each one's keys and numbers, and its
/// speaker's identity.
type Finished = (Vec<Quote>, Vec<(Vec<u64>, Vec<u64>)>, Vec<Option<Ident>>);

/// The quotations of one built document, ids from `offset`, with what matching needs.
fn finish(doc: &Document, built: Built, id: DocId, offset: usize) -> Finished {
    let mut quotes = Vec::with_capacity(built.drafts.len());
    let mut keys = Vec::with_capacity(built.drafts.len());
    let mut idents = Vec::with_capacity(built.drafts.len());
    for (i, d) in built.drafts.into_iter().enumerate() {
        let r = &built.resolved[i];
        let speaker = r.speaker.as_ref().map(|s| s.name.clone());
        quotes.push(Quote {
            id: offset + i,
            doc: id,
            how: render_how(
                &doc.text,
                &built.how[i],
                offset,
                &d.raw.outer,
                speaker.as_deref(),
            ),
            speaker,
            speaker_type: r.speaker.as_ref().map(|s| s.kind),
            speaker_mention: r
                .speaker
                .as_ref()
                .and(r.mention.as_ref())
                .map(|m| m.1.clone()),
            via: r.speaker.as_ref().and(r.via),
            spans: d.spans,
            outer: d.raw.outer.clone(),
            text: d.text,
            fragment: built.fragment[i],
            unclosed: d.raw.unclosed,
            heading: d.raw.heading,
            parent: d.raw.parent.map(|p| p + offset),
            abridges: built.abridges[i].map(|b| b + offset),
            matches: Vec::new(),
        });
        keys.push((d.keys, d.numbers));
        idents.push(r.speaker.as_ref().map(|s| s.ident.clone()));
    }
    (quotes, keys, idents)
}

/// The quotations of one document on its own, ids local (0, 1, …), `matches` empty.
pub fn extract(doc: &Document, id: DocId) -> Vec<Quote> {
    let built = build(&[doc]).pop();
    built.map_or_else(Vec::new, |b| finish(doc, b, id, 0).0)
}

/// Both documents: global ids (left first), speakers resolved with what both articles say of
/// each entity and named alike, counterparts linked, and a quotation without a speaker given
/// its counterpart's.
pub fn analyse(left: &Document, right: &Document) -> Vec<Quote> {
    let mut built = build(&[left, right]).into_iter();
    let (Some(lb), Some(rb)) = (built.next(), built.next()) else {
        return Vec::new();
    };
    let offset = lb.drafts.len();
    let (mut quotes, mut keys, mut idents) = finish(left, lb, DocId(0), 0);
    let (rq, rk, ri) = finish(right, rb, DocId(1), offset);
    quotes.extend(rq);
    keys.extend(rk);
    idents.extend(ri);
    fn said((keys, numbers): &(Vec<u64>, Vec<u64>)) -> matching::Said<'_> {
        matching::Said { keys, numbers }
    }
    let left_keys: Vec<matching::Said> = keys[..offset].iter().map(said).collect();
    let right_keys: Vec<matching::Said> = keys[offset..].iter().map(said).collect();
    for (i, j, kind, similarity) in matching::link(&left_keys, &right_keys) {
        let (a, b) = (i, offset + j);
        let conflict = matches!((&idents[a], &idents[b]), (Some(x), Some(y)) if x != y);
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
    // A quotation nobody is said to have said, whose counterpart (the same words, cut or
    // extended) has a speaker: the other article says who.
    for i in 0..quotes.len() {
        if quotes[i].speaker.is_some() || quotes[i].parent.is_some() {
            continue;
        }
        let from = quotes[i]
            .matches
            .iter()
            .filter(|m| m.kind != MatchKind::Altered || m.similarity >= 0.8)
            .map(|m| m.id)
            .find(|&j| quotes[j].speaker.is_some() && quotes[j].via != Some(Via::OtherArticle));
        if let Some(j) = from {
            quotes[i].speaker = quotes[j].speaker.clone();
            quotes[i].speaker_type = quotes[j].speaker_type;
            quotes[i].speaker_mention = None;
            quotes[i].via = Some(Via::OtherArticle);
            let doc = if quotes[i].doc == DocId(0) {
                left
            } else {
                right
            };
            let outer = quotes[i].outer.clone();
            quotes[i].how = render_how(&doc.text, &How::OtherArticle(j), 0, &outer, None);
        }
    }
    quotes
}

#[cfg(test)]
mod tests;
