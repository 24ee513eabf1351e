//! The terminal-free heart of visavis: loading documents, comparing them, finding quotations.

pub mod bundled;
pub mod compare;
pub mod diff;
pub mod document;
pub mod html;
pub mod lcs;
pub mod load;
pub mod loader;
pub mod open;
pub mod parallel;
pub mod quotes;
pub mod report;
pub mod save;
#[cfg(test)]
pub mod scratch;
pub mod search;
pub mod sentence;
pub mod side;
pub mod text;
