//! What the command line names, opened for the text commands: the files given, or the bundled
//! pair when none is given, read by the background loader (two files on two threads) and waited
//! for whole. The reader uses the same loader without waiting (`term::run`).

use std::path::Path;
use std::sync::Arc;

use crate::core::document::Document;
use crate::core::load::LoadError;
use crate::core::loader::{self, Loader, Send};

/// Opens the two files given on the command line, or the bundled pair when none is given.
pub fn open_pair(
    left: Option<&Path>,
    right: Option<&Path>,
) -> Result<(Document, Document), LoadError> {
    let sources = loader::pair_sources(left, right)?;
    let first_shown = sources
        .first()
        .map(|(_, s)| s.shown().to_string())
        .unwrap_or_default();
    // PERF: the two files are independent; on book-size input reading and parsing them on two
    // cores halves the wait.
    let loader = Loader::start(sources, Send::WholeOnly)
        .map_err(|e| LoadError::Io(first_shown.clone(), e))?;
    let mut docs = loader.finish_all()?.into_iter().map(Arc::unwrap_or_clone);
    match (docs.next(), docs.next()) {
        (Some(left), Some(right)) => Ok((left, right)),
        _ => Err(LoadError::Io(
            first_shown,
            std::io::Error::other("the loader gave fewer than two documents"),
        )),
    }
}
