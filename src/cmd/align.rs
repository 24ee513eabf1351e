//! `visavis align [LEFT RIGHT] [--json]`: the shared passages of two articles and the share of
//! each article they cover, as text for people or JSON for scripts.

use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::assets::open_pair;
use crate::core::compare::{CompareOptions, Comparison, PassageKind, compare_with_options};
use crate::core::document::{Document, DocumentInfo};
use crate::core::load::LoadError;

#[derive(Serialize)]
struct Report<'a> {
    documents: [DocumentInfo<'a>; 2],
    passages: Vec<PassageJson<'a>>,
    shared: Shared,
}

#[derive(Serialize)]
struct Span<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct PassageJson<'a> {
    left: Span<'a>,
    right: Span<'a>,
    kind: PassageKind,
    similarity: f32,
    crossing: bool,
}

#[derive(Serialize)]
struct Shared {
    left: f64,
    right: f64,
}

fn span<'a>(doc: &'a Document, range: &Range<usize>) -> Span<'a> {
    Span {
        start: range.start,
        end: range.end,
        text: doc.text.get(range.clone()).unwrap_or(""),
    }
}

/// Compares the two files (or the bundled pair when none is given) and writes the result.
pub fn run(
    left: Option<&Path>,
    right: Option<&Path>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let (left_doc, right_doc) = match (left, right) {
        // Two book-sized files load in half the time side by side; errors read as open_pair's.
        (Some(l), Some(r)) => std::thread::scope(|scope| {
            let right_job = scope.spawn(|| Document::open(r));
            let left_doc = Document::open(l);
            let right_doc = right_job.join().unwrap_or_else(|_| Document::open(r));
            Ok::<_, LoadError>((left_doc?, right_doc?))
        })?,
        _ => open_pair(left, right)?,
    };
    // The output shows no word marks: skip computing them.
    let options = CompareOptions { word_marks: false };
    let comparison =
        compare_with_options(&left_doc, &right_doc, options, &mut |_| true).unwrap_or_default();
    let mut out = BufWriter::with_capacity(1 << 16, out);
    if json {
        write_json(&left_doc, &right_doc, &comparison, &mut out)?;
    } else {
        write_text(&left_doc, &right_doc, &comparison, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn write_json(
    left: &Document,
    right: &Document,
    comparison: &Comparison,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let report = Report {
        documents: [left.info(), right.info()],
        passages: comparison
            .passages
            .iter()
            .map(|p| PassageJson {
                left: span(left, &p.left),
                right: span(right, &p.right),
                kind: p.kind,
                similarity: (p.similarity * 1000.0).round() / 1000.0,
                crossing: p.crossing,
            })
            .collect(),
        shared: Shared {
            left: (comparison.shared_left * 1000.0).round() / 1000.0,
            right: (comparison.shared_right * 1000.0).round() / 1000.0,
        },
    };
    serde_json::to_writer(&mut *out, &report)?;
    writeln!(out)?;
    Ok(())
}

fn kind_name(kind: PassageKind) -> &'static str {
    match kind {
        PassageKind::Verbatim => "verbatim",
        PassageKind::Near => "near",
        PassageKind::Paraphrase => "paraphrase",
    }
}

/// One line per side, white space (line breaks of hard-wrapped files) shown as single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_text(
    left: &Document,
    right: &Document,
    comparison: &Comparison,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    writeln!(out, "left:  {} ({} words)", left.path, left.word_count)?;
    writeln!(out, "right: {} ({} words)", right.path, right.word_count)?;
    writeln!(out)?;
    for (n, p) in comparison.passages.iter().enumerate() {
        let moved = if p.crossing { ", moved" } else { "" };
        writeln!(
            out,
            "#{} {} {:.2}{}",
            n + 1,
            kind_name(p.kind),
            p.similarity,
            moved
        )?;
        writeln!(
            out,
            "  left  {}..{}: {}",
            p.left.start,
            p.left.end,
            one_line(left.text.get(p.left.clone()).unwrap_or(""))
        )?;
        writeln!(
            out,
            "  right {}..{}: {}",
            p.right.start,
            p.right.end,
            one_line(right.text.get(p.right.clone()).unwrap_or(""))
        )?;
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} shared passages; shared words: left {:.1} %, right {:.1} %",
        comparison.passages.len(),
        comparison.shared_left * 100.0,
        comparison.shared_right * 100.0
    )?;
    Ok(())
}
