//! `visavis text FILE [--json]`: the text exactly as visavis reads it (decoded, extracted from a
//! web page, normalised), the text every offset of the other outputs points into; with `--json`
//! its metadata and blocks too.

use std::io::Write;
use std::path::Path;

use crate::core::document::{BlockKind, Document, DocumentInfo};

#[derive(serde::Serialize)]
struct JsonBlock {
    kind: BlockKind,
    start: usize,
    end: usize,
}

#[derive(serde::Serialize)]
struct JsonOutput<'a> {
    documents: [DocumentInfo<'a>; 1],
    notices: &'a [String],
    text: &'a str,
    blocks: Vec<JsonBlock>,
}

/// Prints the text of `path` (`-`: standard input) to `out`.
pub fn run(path: &Path, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let doc = Document::open(path)?;
    if json {
        let output = JsonOutput {
            documents: [doc.info()],
            notices: &doc.notices,
            text: &doc.text,
            blocks: doc
                .blocks
                .iter()
                .map(|b| JsonBlock {
                    kind: b.kind,
                    start: b.range.start,
                    end: b.range.end,
                })
                .collect(),
        };
        serde_json::to_writer(&mut *out, &output)?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(doc.text.as_bytes())?;
        if !doc.text.ends_with('\n') && !doc.text.is_empty() {
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
