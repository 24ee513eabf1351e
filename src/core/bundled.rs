//! The two bundled articles, embedded in the binary so `visavis` opens them from any directory.

use crate::core::document::Document;

/// The 2019 wire story (left by default).
pub const WIRE_NAME: &str = "000_843fbf8397b90504.txt";
pub const WIRE: &[u8] = include_bytes!("../../assets/000_843fbf8397b90504.txt");
/// The newspaper rewrite of it (right by default).
pub const REWRITE_NAME: &str = "002_3142bb842cecfb83.txt";
pub const REWRITE: &[u8] = include_bytes!("../../assets/002_3142bb842cecfb83.txt");

/// The bundled pair, parsed.
pub fn bundled_pair() -> (Document, Document) {
    let parse = |name: &str, bytes: &[u8]| {
        Document::from_bytes(&format!("assets/{name}"), bytes)
            .expect("bundled articles are valid UTF-8 text")
    };
    (parse(WIRE_NAME, WIRE), parse(REWRITE_NAME, REWRITE))
}
