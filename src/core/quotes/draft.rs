//! A quotation being built: from the marks `scan` found to its quoted words (`spans`: incises
//! cut out, paragraphs joined), the keys and numbers matching reads, and whether it is a
//! fragment (`fragment`) once its sentence is read.

mod fragment;
mod spans;

pub use fragment::is_fragment;

use std::ops::Range;

use super::attribution::{Attribution, Lang};
use super::scan::RawQuote;
use crate::core::document::Document;

/// A quotation being built.
#[derive(Debug, Clone)]
pub struct Draft {
    /// Everything but the pieces, which the spans replace; `parent` is a draft index.
    pub raw: RawQuote,
    pub spans: Vec<Range<usize>>,
    pub text: String,
    /// The house tokeniser's keys of its words.
    pub keys: Vec<u64>,
    /// The numbers it states, for matching.
    pub numbers: Vec<u64>,
    /// An attribution inside its marks.
    pub incise: Option<Attribution>,
}

/// The drafts of one document's quotations (those with words), in reading order.
pub fn build(doc: &Document, raws: &[RawQuote], lang: Lang) -> Vec<Draft> {
    let text = doc.text.as_str();
    let mut drafts: Vec<Draft> = Vec::with_capacity(raws.len());
    // Parent indices refer to `raws`; a raw quotation without words is skipped.
    let mut raw_to_draft: Vec<Option<usize>> = vec![None; raws.len()];
    for (i, raw) in raws.iter().enumerate() {
        let Some(quoted) = spans::quoted(text, raw, lang) else {
            continue;
        };
        raw_to_draft[i] = Some(drafts.len());
        drafts.push(Draft {
            raw: RawQuote {
                outer: raw.outer.clone(),
                pieces: Vec::new(),
                ..*raw
            },
            numbers: super::matching::numbers(text, &quoted.spans),
            spans: quoted.spans,
            text: quoted.text,
            keys: quoted.keys,
            incise: quoted.incise,
        });
    }
    for d in &mut drafts {
        d.raw.parent = d.raw.parent.and_then(|p| raw_to_draft[p]);
    }
    drafts
}
