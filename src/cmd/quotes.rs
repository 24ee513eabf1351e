//! `visavis quotes [LEFT RIGHT] [--json]`: the quotations of both articles, grouped by article
//! with speaker and status, or as JSON.

use crate::core::text::count::count;
use std::io::Write;
use std::path::Path;

use crate::core::document::{Document, DocumentInfo};
use crate::core::open::open_pair;
use crate::core::quotes::{self, Quote, QuoteMatch, SpeakerType, Via};

/// The words designating a speaker, with their byte range.
#[derive(serde::Serialize)]
struct JsonMention<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// One quotation in the JSON output.
#[derive(serde::Serialize)]
pub(crate) struct JsonQuote<'a> {
    id: usize,
    doc: usize,
    text: &'a str,
    spans: Vec<[usize; 2]>,
    outer: [usize; 2],
    speaker: Option<&'a str>,
    speaker_mention: Option<JsonMention<'a>>,
    speaker_type: Option<SpeakerType>,
    via: Option<Via>,
    how: &'a str,
    fragment: bool,
    unclosed: bool,
    heading: bool,
    parent: Option<usize>,
    abridges: Option<usize>,
    matches: &'a [QuoteMatch],
}

#[derive(serde::Serialize)]
struct JsonOutput<'a> {
    documents: [DocumentInfo<'a>; 2],
    quotes: Vec<JsonQuote<'a>>,
}

/// Prints the quotations of the pair (the bundled one without files) to `out`.
pub fn run(
    left: Option<&Path>,
    right: Option<&Path>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let (left, right) = open_pair(left, right)?;
    let quotes = quotes::analyse(&left, &right);
    if json {
        write_json(&left, &right, &quotes, out)
    } else {
        write_text(&left, &right, &quotes, out)
    }
}

/// A quotation as the JSON outputs give it (one pair, or each pair of a set).
/// The JSON of quotation `q` of the pair `docs` (its `doc` indexes them).
pub(crate) fn json_quote<'a>(q: &'a Quote, docs: [&'a Document; 2]) -> JsonQuote<'a> {
    JsonQuote {
        id: q.id,
        doc: q.doc.index(),
        text: &q.text,
        spans: q.spans.iter().map(|r| [r.start, r.end]).collect(),
        outer: [q.outer.start, q.outer.end],
        speaker: q.speaker.as_deref(),
        speaker_mention: q.speaker_mention.as_ref().and_then(|r| {
            let doc = docs[q.doc.index().min(1)];
            doc.text.get(r.clone()).map(|text| JsonMention {
                text,
                start: r.start,
                end: r.end,
            })
        }),
        speaker_type: q.speaker_type,
        via: q.via,
        how: &q.how,
        fragment: q.fragment,
        unclosed: q.unclosed,
        heading: q.heading,
        parent: q.parent,
        abridges: q.abridges,
        matches: &q.matches,
    }
}

fn write_json(
    left: &Document,
    right: &Document,
    quotes: &[Quote],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let output = JsonOutput {
        documents: [left.info(), right.info()],
        quotes: quotes
            .iter()
            .map(|q| json_quote(q, [left, right]))
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)?;
    Ok(())
}

/// Quotation texts longer than this are cut in the human-readable listing (JSON has them all).
const SHOWN_CHARS: usize = 300;

fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

fn write_text(
    left: &Document,
    right: &Document,
    quotes: &[Quote],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    for (index, (side, doc)) in [("Left", left), ("Right", right)].into_iter().enumerate() {
        let mine: Vec<&Quote> = quotes.iter().filter(|q| q.doc.index() == index).collect();
        let date = doc
            .date
            .as_deref()
            .map(|d| format!("{d}, "))
            .unwrap_or_default();
        let quotations = match mine.len() {
            0 => "no quotations".to_string(),
            n => count(n, "quotation", "quotations"),
        };
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{side}: {} ({date}{}) — {quotations}",
            doc.path,
            count(doc.word_count, "word", "words")
        )?;
        for q in mine {
            let mut status = vec![if q.heading {
                "subheading"
            } else if q.fragment {
                "fragment"
            } else {
                "statement"
            }];
            if q.unclosed {
                status.push("unclosed");
            }
            let nested = q
                .parent
                .map(|p| format!(", inside #{p}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  #{} [{}{nested}] “{}”",
                q.id,
                status.join(", "),
                shorten(&q.text)
            )?;
            let speaker = q.speaker.as_deref().unwrap_or("unknown");
            let kind = q
                .speaker_type
                .map(|t| format!(" ({}, {})", t.label(), q.via.map_or("", Via::label)))
                .unwrap_or_default();
            writeln!(out, "      speaker: {speaker}{kind} — {}", q.how)?;
            if !q.matches.is_empty() {
                let list: Vec<String> = q
                    .matches
                    .iter()
                    .map(|m| {
                        let kind = m.kind.label();
                        let conflict = if m.speaker_conflict {
                            ", different speaker"
                        } else {
                            ""
                        };
                        format!("#{} {kind} ({:.2}{conflict})", m.id, m.similarity)
                    })
                    .collect();
                writeln!(out, "      in the other article: {}", list.join(", "))?;
            }
        }
    }
    Ok(())
}
