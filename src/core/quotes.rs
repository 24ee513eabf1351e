//! Quotations (contract types; the engine lands from the `quotes` branch).

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    Verbatim,
    Truncated,
    Extended,
    Altered,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct QuoteMatch {
    pub id: usize,
    pub kind: MatchKind,
    pub similarity: f32,
    pub speaker_conflict: bool,
}

#[derive(Debug, Clone)]
pub struct Quote {
    pub id: usize,
    pub doc: usize,
    pub spans: Vec<Range<usize>>,
    pub outer: Range<usize>,
    pub text: String,
    pub speaker: Option<String>,
    pub how: String,
    pub fragment: bool,
    pub unclosed: bool,
    pub heading: bool,
    pub parent: Option<usize>,
    pub abridges: Option<usize>,
    pub matches: Vec<QuoteMatch>,
}
