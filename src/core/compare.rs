//! Shared passages between two documents (contract types; the engine lands from the `compare` branch).

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    Verbatim,
    Near,
    Paraphrase,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Word,
    Char,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

#[derive(Debug, Clone)]
pub struct Passage {
    pub left: Range<usize>,
    pub right: Range<usize>,
    pub kind: PassageKind,
    pub similarity: f32,
    pub crossing: bool,
    pub left_marks: Vec<Mark>,
    pub right_marks: Vec<Mark>,
}

#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub passages: Vec<Passage>,
    pub shared_left: f64,
    pub shared_right: f64,
}
