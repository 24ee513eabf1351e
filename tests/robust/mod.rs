//! The invariants hostile input must keep, shared by `tests/robustness.rs` (property tests) and
//! `benches/robustness.rs` (the same checks for minutes): seeds to mutate, mutations, and one
//! check of the whole pipeline on a pair of byte strings.
#![allow(dead_code)] // the test and the bench use different parts

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use visavis::core::bundled::{REWRITE, WIRE};
use visavis::core::compare::compare;
use visavis::core::document::Document;
use visavis::core::quotes::analyse;
use visavis::view::wrap::Wrapped;

/// One edit of a byte string; positions wrap around its length.
#[derive(Debug, Clone)]
pub enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    /// XOR the byte at the position with the mask.
    Flip(usize, u8),
}

/// Real articles to mutate: the bundled pair, and a few news articles of the shared corpus when
/// it is beside the checkout.
pub fn seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut seeds = vec![WIRE.to_vec(), REWRITE.to_vec()];
        let rpm2 = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/rpm2");
        for name in [
            "T03_C1_01.txt",
            "T10_C2_01.txt",
            "T14_C1_05.txt",
            "T19_C2_07.txt",
        ] {
            if let Ok(bytes) = std::fs::read(rpm2.join(name)) {
                seeds.push(bytes);
            }
        }
        seeds
    })
}

pub fn mutate(seed: &[u8], edits: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for edit in edits {
        let len = bytes.len();
        match edit {
            Mutation::Insert(at, new) => {
                let at = at % (len + 1);
                bytes.splice(at..at, new.iter().copied());
            }
            Mutation::Delete(at, n) if len > 0 => {
                let at = at % len;
                let end = (at + n).min(len);
                bytes.drain(at..end);
            }
            Mutation::Flip(at, mask) if len > 0 => bytes[at % len] ^= mask,
            _ => {}
        }
    }
    bytes
}

/// Panics unless `span` is a range of `text` on character boundaries.
pub fn check_span(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} inside a character"
    );
}

/// Loads both byte strings as articles and runs everything visavis does with a pair: the
/// wrapping at three widths, the quotations with their speakers and matches, the comparison
/// with its difference marks. Input that is refused must be refused with a one-line reason.
/// Returns how many bytes of text went through (0 when an input was refused).
pub fn check_pair(left: &[u8], right: &[u8]) -> usize {
    let (Some(left), Some(right)) = (load(left, "left.txt"), load(right, "right.txt")) else {
        return 0;
    };
    for doc in [&left, &right] {
        check_document(doc);
    }
    let quotes = analyse(&left, &right);
    for (i, quote) in quotes.iter().enumerate() {
        assert_eq!(quote.id, i, "quotation ids are positions");
        let doc = match quote.doc.index() {
            0 => &left,
            1 => &right,
            other => panic!("quotation in document {other} of a pair"),
        };
        check_span(&doc.text, &quote.outer, "quotation");
        for span in &quote.spans {
            check_span(&doc.text, span, "quotation span");
            assert!(
                quote.outer.start <= span.start && span.end <= quote.outer.end,
                "span {span:?} outside its quotation {:?}",
                quote.outer
            );
        }
        for m in &quote.matches {
            assert!(
                m.id < quotes.len(),
                "match to a quotation that does not exist"
            );
            assert_ne!(
                quotes[m.id].doc, quote.doc,
                "a counterpart is in the other article"
            );
        }
    }
    let comparison = compare(&left, &right);
    for p in &comparison.passages {
        check_span(&left.text, &p.left, "passage (left)");
        check_span(&right.text, &p.right, "passage (right)");
        for m in &p.left_marks {
            check_span(&left.text, &m.range, "mark (left)");
        }
        for m in &p.right_marks {
            check_span(&right.text, &m.range, "mark (right)");
        }
    }
    for share in [comparison.shared_left, comparison.shared_right] {
        assert!((0.0..=1.0).contains(&share), "reuse share {share}");
    }
    left.text.len() + right.text.len()
}

fn load(bytes: &[u8], name: &str) -> Option<Document> {
    match Document::from_bytes(name, bytes) {
        Ok(doc) => Some(doc),
        Err(err) => {
            let message = err.to_string();
            assert!(
                message.starts_with(name) && !message.contains('\n'),
                "a refusal is one line naming the file: {message:?}"
            );
            None
        }
    }
}

fn check_document(doc: &Document) {
    let mut last_end = 0;
    for block in &doc.blocks {
        check_span(&doc.text, &block.range, "block");
        assert!(
            block.range.start >= last_end,
            "blocks overlap or go backwards"
        );
        last_end = block.range.end;
    }
    assert!(
        !doc.text.chars().any(|c| c.is_control() && c != '\n'),
        "no control character reaches the text"
    );
    for width in [1, 7, 40] {
        let wrapped = Wrapped::new(doc, width);
        for row in &wrapped.rows {
            check_span(&doc.text, &row.range(), "row");
        }
    }
}
