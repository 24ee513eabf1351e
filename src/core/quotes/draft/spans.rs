//! The quoted words of a quotation: its pieces (one per paragraph) trimmed, incises cut out of
//! top-level quotations, the English comma before an attribution left out; the text joins
//! paragraphs with a space and the two sides of an incise with " … ".

use std::ops::Range;

use super::super::attribution::{self, Attribution, Lang};
use super::super::scan::RawQuote;
use crate::core::text::words;

/// What the marks hold.
pub struct Quoted {
    pub spans: Vec<Range<usize>>,
    pub text: String,
    pub keys: Vec<u64>,
    pub incise: Option<Attribution>,
}

/// Trims white space off a range of `text`.
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    r.start + lead..r.start + lead + t.len()
}

/// The quoted words of `raw`, `None` when it has none.
pub fn quoted(text: &str, raw: &RawQuote, lang: Lang) -> Option<Quoted> {
    let mut spans = Vec::with_capacity(raw.pieces.len());
    let quoted_len: usize = raw.pieces.iter().map(|p| p.len() + 5).sum();
    let mut out = String::with_capacity(quoted_len);
    let mut keys = Vec::with_capacity(quoted_len / 5);
    let mut tokens = Vec::new();
    let mut incise: Option<Attribution> = None;
    for piece in &raw.pieces {
        let found = if raw.parent.is_none() {
            attribution::incises(text, piece.clone(), lang)
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
                out.push_str(if k == 0 { " " } else { " … " });
            }
            out.push_str(&text[r.clone()]);
            tokens.clear();
            words::tokenize_into(text, r.clone(), &mut tokens);
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
            out.truncate(out.len() - cut);
        }
    }
    (!spans.is_empty()).then_some(Quoted {
        spans,
        text: out,
        keys,
        incise,
    })
}
