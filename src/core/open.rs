//! What the command line names, opened: the files given (read and parsed on two threads), or the
//! bundled pair when none is given. The one loader behind the reader and every subcommand.

use std::path::Path;

use crate::core::bundled::bundled_pair;
use crate::core::document::Document;
use crate::core::load::LoadError;

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
