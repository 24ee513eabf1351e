//! `visavis align [LEFT RIGHT] [--json]`: the shared passages of two articles and the share of
//! each article they cover, as text for people or JSON for scripts; with a source and many
//! rewrites (`SOURCE REWRITE... | DIR`), the same for each pair.

use crate::core::text::count::count;
use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use super::set;
use crate::core::compare::rank::pairs::PairOptions;
use crate::core::compare::{CompareOptions, Comparison, compare_with_options};
use crate::core::document::Document;
use crate::core::open::{DocumentSet, open_pair};

#[derive(Serialize)]
struct Shared {
    left: f64,
    right: f64,
}

/// Three decimals are plenty for figures people read.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Compares the two files (or the bundled pair when none is given) and writes the result.
pub fn run(
    left: Option<&Path>,
    right: Option<&Path>,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    // open_pair loads two files on two threads; errors read `PATH: reason`.
    let (left_doc, right_doc) = open_pair(left, right)?;
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

/// Writes the JSON report. The passages are written by hand: their texts are most of the
/// output (11 MB for the Bible pair), and serde's fragment-by-fragment writes and escaping cost
/// as much as a fifth of the whole comparison there. The small parts still go through serde.
fn write_json(
    left: &Document,
    right: &Document,
    comparison: &Comparison,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (1 << 12));
    buf.extend_from_slice(b"{\"documents\":");
    serde_json::to_writer(&mut buf, &[left.info(), right.info()])?;
    buf.push(b',');
    push_pair(&mut buf, left, right, comparison, out)?;
    buf.extend_from_slice(b"}\n");
    out.write_all(&buf)?;
    Ok(())
}

/// `"passages":[…],"shared":{…}` for one pair, handing full chunks of `buf` on to `out`.
fn push_pair(
    buf: &mut Vec<u8>,
    left: &Document,
    right: &Document,
    comparison: &Comparison,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    buf.extend_from_slice(b"\"passages\":[");
    for (n, p) in comparison.passages.iter().enumerate() {
        if n > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"left\":");
        push_span(buf, left, &p.left)?;
        buf.extend_from_slice(b",\"right\":");
        push_span(buf, right, &p.right)?;
        buf.extend_from_slice(b",\"kind\":");
        serde_json::to_writer(&mut *buf, &p.kind)?;
        buf.extend_from_slice(b",\"similarity\":");
        serde_json::to_writer(&mut *buf, &round3(f64::from(p.similarity)))?;
        buf.extend_from_slice(if p.crossing {
            b",\"crossing\":true}"
        } else {
            b",\"crossing\":false}"
        });
        if buf.len() >= FLUSH_AT {
            out.write_all(buf)?;
            buf.clear();
        }
    }
    buf.extend_from_slice(b"],\"shared\":");
    let shared = Shared {
        left: round3(comparison.shared_left),
        right: round3(comparison.shared_right),
    };
    serde_json::to_writer(&mut *buf, &shared)?;
    Ok(())
}

/// Compares the source of `set` with its rewrites (every file named; a folder's files that took
/// something, or all of them with `all`) and writes one entry per rewrite shown.
pub fn run_set(
    set: &DocumentSet,
    json: bool,
    all: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    // The output shows no word marks: skip computing them.
    let analysed = set::analyse(set, all, PairOptions { word_marks: false });
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let Some(source) = set.documents.first() else {
        return Ok(());
    };
    let rewrites = analysed
        .shown
        .iter()
        .filter_map(|a| Some((a, set.documents.get(a.rewrite.index())?)));
    if json {
        // {"documents":[…],"rewrites":[{"doc":1,"passages":[…],"shared":{…}},…]}
        let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (1 << 12));
        buf.extend_from_slice(b"{\"documents\":");
        serde_json::to_writer(&mut buf, &set::infos(set))?;
        buf.extend_from_slice(b",\"rewrites\":[");
        for (n, (analysis, rewrite)) in rewrites.enumerate() {
            if n > 0 {
                buf.push(b',');
            }
            write!(buf, "{{\"doc\":{},", analysis.rewrite)?;
            push_pair(&mut buf, source, rewrite, &analysis.comparison, &mut out)?;
            buf.push(b'}');
        }
        buf.extend_from_slice(b"]}\n");
        out.write_all(&buf)?;
    } else {
        let total = analysed.shown.len();
        for (n, (analysis, rewrite)) in rewrites.enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            writeln!(out, "== rewrite {} of {total}: {}", n + 1, rewrite.path)?;
            write_text(source, rewrite, &analysis.comparison, &mut out)?;
        }
        if total == 0 {
            writeln!(out, "no rewrite took anything from {}", source.path)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Output is handed on in chunks of about this many bytes.
const FLUSH_AT: usize = 1 << 16;

/// `{"start":…,"end":…,"text":"…"}` for a span of `doc`.
fn push_span(buf: &mut Vec<u8>, doc: &Document, range: &Range<usize>) -> std::io::Result<()> {
    write!(
        buf,
        "{{\"start\":{},\"end\":{},\"text\":",
        range.start, range.end
    )?;
    push_json_string(buf, doc.text.get(range.clone()).unwrap_or(""));
    buf.push(b'}');
    Ok(())
}

/// A JSON string: quotes, backslashes and control characters escaped, everything else (UTF-8
/// included) copied in runs. Eight bytes are checked at a time: texts rarely need escaping.
fn push_json_string(buf: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    buf.push(b'"');
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let clean_chunk = bytes
            .get(i..i + 8)
            .and_then(|chunk| chunk.try_into().ok())
            .is_some_and(|chunk: [u8; 8]| !needs_escape(u64::from_le_bytes(chunk)));
        if clean_chunk {
            i += 8;
            continue;
        }
        let byte = bytes[i];
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(byte >> 4) as usize],
                HEX[(byte & 0xf) as usize],
            ],
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[copied..i]);
        buf.extend_from_slice(escape);
        i += 1;
        copied = i;
    }
    buf.extend_from_slice(&bytes[copied..]);
    buf.push(b'"');
}

/// True when one of the eight bytes may be `"`, `\\` or a control character (bit tricks: a
/// byte equal to a pattern becomes zero, and zero or small bytes borrow into their top bit;
/// a false alarm only sends the chunk through the byte-by-byte check).
fn needs_escape(chunk: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    let has_less_than_space = chunk.wrapping_sub(ONES * 0x20) & !chunk & HIGHS != 0;
    has_less_than_space
        || has_zero(chunk ^ (ONES * u64::from(b'"')))
        || has_zero(chunk ^ (ONES * u64::from(b'\\')))
}

/// One line per side, white space (line breaks of hard-wrapped files) shown as single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "1 word", "416 words".
fn words(n: usize) -> String {
    count(n, "word", "words")
}

fn write_text(
    left: &Document,
    right: &Document,
    comparison: &Comparison,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    writeln!(out, "left:  {} ({})", left.path, words(left.word_count))?;
    writeln!(out, "right: {} ({})", right.path, words(right.word_count))?;
    writeln!(out)?;
    for (n, p) in comparison.passages.iter().enumerate() {
        let moved = if p.crossing { ", moved" } else { "" };
        writeln!(
            out,
            "#{} {} {:.2}{}",
            n + 1,
            p.kind.label(),
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
        "{}; shared words: left {:.1} %, right {:.1} %",
        count(
            comparison.passages.len(),
            "shared passage",
            "shared passages"
        ),
        comparison.shared_left * 100.0,
        comparison.shared_right * 100.0
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn any_string_round_trips(text in "(?s).{0,80}|[\"\\\\\\x00-\\x1f a-z]{0,40}") {
            let mut buf = Vec::new();
            push_json_string(&mut buf, &text);
            let parsed: String = serde_json::from_slice(&buf).expect("valid JSON string");
            proptest::prop_assert_eq!(parsed, text);
        }
    }

    #[test]
    fn counts_of_one_are_singular() {
        let doc = |text: &str| Document::from_bytes("a.txt", text.as_bytes()).expect("loads");
        let (left, right) = (doc("Bonjour.\n"), doc("Bonjour.\n"));
        let comparison = crate::core::compare::compare(&left, &right);
        assert_eq!(comparison.passages.len(), 1);
        let mut out = Vec::new();
        write_text(&left, &right, &comparison, &mut out).expect("written");
        let out = String::from_utf8(out).expect("UTF-8");
        assert!(out.contains("left:  a.txt (1 word)"), "{out}");
        assert!(out.contains("1 shared passage; shared words"), "{out}");
        let (left, right) = (doc("Bonjour Marie.\n"), doc("Au revoir.\n"));
        let comparison = crate::core::compare::compare(&left, &right);
        let mut out = Vec::new();
        write_text(&left, &right, &comparison, &mut out).expect("written");
        let out = String::from_utf8(out).expect("UTF-8");
        assert!(
            out.contains("(2 words)") && out.contains("0 shared passages;"),
            "{out}"
        );
    }

    #[test]
    fn json_strings_round_trip() {
        for text in [
            "0123456789abcdef\"0123456789abcdef\\0123456789\nabcdef",
            "é et « » 北京 😀 long enough to use whole chunks of eight bytes",
            "plain",
            "« guillemets » and \"quotes\"",
            "back\\slash",
            "line\nbreak\ttab\r",
            "\u{1}\u{1f}é北京",
            "",
        ] {
            let mut buf = Vec::new();
            push_json_string(&mut buf, text);
            let parsed: String = serde_json::from_slice(&buf).expect("valid JSON string");
            assert_eq!(parsed, text);
        }
    }
}
