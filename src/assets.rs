//! The two bundled articles, embedded in the binary so `visavis` opens them from any directory.

use std::path::Path;

use crate::core::document::Document;
use crate::core::load::LoadError;

/// The 2019 wire story (left by default).
pub const WIRE_NAME: &str = "000_843fbf8397b90504.txt";
pub const WIRE: &[u8] = include_bytes!("../assets/000_843fbf8397b90504.txt");
/// The newspaper rewrite of it (right by default).
pub const REWRITE_NAME: &str = "002_3142bb842cecfb83.txt";
pub const REWRITE: &[u8] = include_bytes!("../assets/002_3142bb842cecfb83.txt");

/// The bundled pair, parsed.
pub fn bundled_pair() -> (Document, Document) {
    let parse = |name: &str, bytes: &[u8]| {
        Document::from_bytes(&format!("assets/{name}"), bytes)
            .expect("bundled articles are valid UTF-8 text")
    };
    (parse(WIRE_NAME, WIRE), parse(REWRITE_NAME, REWRITE))
}

/// Opens the two files given on the command line, or the bundled pair when none is given.
pub fn open_pair(
    left: Option<&Path>,
    right: Option<&Path>,
) -> Result<(Document, Document), LoadError> {
    match (left, right) {
        (Some(l), Some(r)) => {
            // PERF: the two files are independent; on book-size input reading and parsing them
            // on two cores halves the wait for the first frame.
            let (left, right) = std::thread::scope(|scope| {
                let left = scope.spawn(|| Document::open(l));
                let right = Document::open(r);
                (left.join(), right)
            });
            let left = left.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok((left?, right?))
        }
        _ => Ok(bundled_pair()),
    }
}
