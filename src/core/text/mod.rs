//! The basic pieces of text handling, one of each, used by every part of `core`: char-boundary
//! helpers (`boundary`), case and accent folding (`fold`), the word tokeniser and its word keys
//! (`words`), and the hasher for maps keyed by those keys (`hash`). A leaf: it imports nothing
//! else of the crate, so anything may use it.

pub mod boundary;
pub mod fold;
pub mod hash;
pub mod words;
