//! The basic pieces of text handling, one of each, used by every part of `core`: char-boundary
//! helpers (`boundary`), case and accent folding (`fold`), the word tokeniser and its word keys
//! (`words`), the hasher for maps keyed by those keys (`hash`), and counts in words (`count`:
//! "1 word", "3 words"). A leaf: it imports nothing
//! else of the crate, so anything may use it.

pub mod boundary;
pub mod count;
pub mod fold;
pub mod hash;
pub mod words;
