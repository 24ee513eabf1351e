//! The terminal-free heart of visavis: loading documents, comparing them, finding quotations.

pub mod document;
pub mod fold;
pub mod load;
pub mod normalize;
pub mod sentence;
pub mod quotes;
