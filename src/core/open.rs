//! What the command line names, opened: a pair of files (read and parsed on two threads) or
//! the bundled pair when none is given; or a source and its rewrites, named one by one or as
//! folders, read on every core. The one loader behind the reader and every subcommand.
//!
//! A file named on the command line must load (its error is the command's error); a file met
//! in a folder that cannot be a rewrite (binary, unreadable, empty, too large, the source
//! itself) is skipped and reported, so that one bad file never stops a folder of thousands.

pub(crate) mod walk;

use std::path::{Path, PathBuf};

use crate::core::bundled::bundled_pair;
use crate::core::document::Document;
use crate::core::load::{LoadError, display_path};
use crate::core::parallel;
use walk::{Entry, FileKey};

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

/// How a document came into the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The first file named: doc 0.
    Source,
    /// Named on the command line: shown whatever it took from the source.
    Named,
    /// Found in a folder: shown when it took something (unless asked for all).
    Folder,
}

/// A folder's entry that is not among the documents, and why. Shown as
/// `PATH: skipped: REASON` (`corpus/x.bin: skipped: looks like a binary file`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: skipped: {}", self.path, self.reason)
    }
}

/// A source and its rewrites.
#[derive(Debug)]
pub struct DocumentSet {
    /// Indexed by `DocId`: the source first, then the rewrites in the order named, each
    /// folder's files in name order where the folder was named.
    pub documents: Vec<Document>,
    /// Where each document came from (same indices).
    pub origins: Vec<Origin>,
    /// What the folders held that is not a document, in walk order.
    pub skipped: Vec<Skipped>,
}

/// A file to read, or a folder entry already known not to be one.
enum Planned {
    Read(PathBuf, Origin),
    Skip(Skipped),
}

/// Opens `source` and the rewrites: each path a file, or a folder read recursively (hidden
/// entries aside). Files are read and parsed on every core. The source and the files named
/// fail the whole with their error, in the order given; a folder's files that cannot be read
/// as articles, or that are the source again (the same file, or the same text), are skipped.
pub fn open_set(source: &Path, rewrites: &[PathBuf]) -> Result<DocumentSet, LoadError> {
    let source_key = std::fs::metadata(source)
        .ok()
        .map(|m| FileKey::of(source, &m));
    let mut plan = vec![Planned::Read(source.to_path_buf(), Origin::Source)];
    for path in rewrites {
        if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            for entry in walk::walk(path, source_key.as_ref()) {
                plan.push(match entry {
                    Entry::File(file) => Planned::Read(file, Origin::Folder),
                    Entry::Skip(path, reason) => Planned::Skip(Skipped { path, reason }),
                });
            }
        } else {
            plan.push(Planned::Read(path.clone(), Origin::Named));
        }
    }
    let loaded = parallel::map(&plan, |_, planned| match planned {
        Planned::Read(path, _) => Some(Document::open(path)),
        Planned::Skip(_) => None,
    });
    let mut set = DocumentSet {
        documents: Vec::with_capacity(plan.len()),
        origins: Vec::with_capacity(plan.len()),
        skipped: Vec::new(),
    };
    for (planned, loaded) in plan.into_iter().zip(loaded) {
        let (path, origin) = match planned {
            Planned::Read(path, origin) => (path, origin),
            Planned::Skip(skipped) => {
                set.skipped.push(skipped);
                continue;
            }
        };
        let Some(result) = loaded else { continue };
        let skip = |reason: String| Skipped {
            path: display_path(&path),
            reason,
        };
        match (origin, result) {
            (Origin::Source | Origin::Named, Err(err)) => return Err(err),
            (Origin::Folder, Err(err)) => set.skipped.push(skip(err.reason())),
            (Origin::Folder, Ok(doc)) if doc.blocks.is_empty() => {
                let reason = if doc.text.trim().is_empty() {
                    "empty file"
                } else {
                    "no text"
                };
                set.skipped.push(skip(reason.to_string()));
            }
            (Origin::Folder, Ok(doc)) if doc.text == set.documents[0].text => {
                set.skipped
                    .push(skip("same text as the source".to_string()));
            }
            (origin, Ok(doc)) => {
                set.documents.push(doc);
                set.origins.push(origin);
            }
        }
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::core::scratch::Scratch;

    const ARTICLE: &[u8] = "Le ministre a annoncé la fermeture de trois usines.\n".as_bytes();

    #[test]
    fn a_folder_gives_its_text_files_and_skips_the_rest_with_a_reason() {
        let dir = Scratch::new("open-folder");
        let source = dir.file("source.txt", ARTICLE);
        let folder = dir.0.join("corpus");
        dir.file(
            "corpus/a.txt",
            "Un autre article, sans rapport.\n".as_bytes(),
        );
        dir.file("corpus/b.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
        dir.file("corpus/c.txt", b"");
        dir.file("corpus/d.txt", b" \n\n  \n");
        // The source's text again, with other line endings: the same text once decoded.
        dir.file(
            "corpus/e.txt",
            "Le ministre a annoncé la fermeture de trois usines.\r\n".as_bytes(),
        );
        dir.file("corpus/sub/f.txt", "Une dépêche.\n".as_bytes());
        let named = dir.file("named.txt", "Un article nommé.\n".as_bytes());
        let set = open_set(&source, &[folder.clone(), named]).expect("opens");
        let titles: Vec<&str> = set.documents.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(titles, ["source.txt", "a.txt", "f.txt", "named.txt"]);
        assert_eq!(
            set.origins,
            [
                Origin::Source,
                Origin::Folder,
                Origin::Folder,
                Origin::Named
            ]
        );
        let shown = display_path(&folder);
        let notes: Vec<String> = set
            .skipped
            .iter()
            .map(|s| s.to_string().replacen(&shown, "DIR", 1))
            .collect();
        assert_eq!(
            notes,
            [
                "DIR/b.bin: skipped: looks like a binary file",
                "DIR/c.txt: skipped: empty file",
                "DIR/d.txt: skipped: empty file",
                "DIR/e.txt: skipped: same text as the source",
            ]
        );
    }

    #[test]
    fn files_named_keep_their_errors_and_may_repeat_the_source() {
        let dir = Scratch::new("open-named");
        let source = dir.file("source.txt", ARTICLE);
        let binary = dir.file("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00");
        let missing = dir.0.join("missing.txt");
        let err = open_set(&source, &[source.clone(), binary.clone(), missing.clone()])
            .expect_err("a named binary file is an error");
        assert_eq!(
            err.to_string(),
            format!("{}: looks like a binary file", display_path(&binary))
        );
        let err = open_set(&missing, std::slice::from_ref(&source)).expect_err("a missing source");
        assert_eq!(
            err.to_string(),
            format!("{}: no such file", display_path(&missing))
        );
        // Named, the source itself is compared like any file (as with two files today).
        let set = open_set(&source, std::slice::from_ref(&source)).expect("opens");
        assert_eq!(set.documents.len(), 2);
        assert!(set.skipped.is_empty());
    }

    #[test]
    fn thousands_of_files_load_in_name_order() {
        let dir = Scratch::new("open-many");
        let source = dir.file("source.txt", ARTICLE);
        for n in 0..2000 {
            dir.file(
                &format!("corpus/{:02}/{n:05}.txt", n % 37),
                format!("Article numéro {n}.\n").as_bytes(),
            );
        }
        let set = open_set(&source, &[dir.0.join("corpus")]).expect("opens");
        assert_eq!(set.documents.len(), 2001);
        assert!(set.skipped.is_empty());
        let paths: Vec<&str> = set.documents[1..].iter().map(|d| d.path.as_str()).collect();
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted, "walk order is name order here");
        assert!(set.documents[1..].iter().all(|d| d.word_count == 3));
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_files_and_folders_are_skipped_not_fatal() {
        use std::os::unix::fs::PermissionsExt;
        // SAFETY: geteuid cannot fail.
        if unsafe { libc::geteuid() } == 0 {
            eprintln!("skipped: root reads chmod 000 files");
            return;
        }
        let dir = Scratch::new("open-unreadable");
        let source = dir.file("source.txt", ARTICLE);
        let secret = dir.file("corpus/secret.txt", ARTICLE);
        dir.file("corpus/closed/x.txt", ARTICLE);
        dir.file("corpus/ok.txt", "Un article lisible.\n".as_bytes());
        let mode = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).expect("chmod")
        };
        mode(&secret, 0o000);
        mode(&dir.0.join("corpus/closed"), 0o000);
        let set = open_set(&source, &[dir.0.join("corpus")]);
        mode(&dir.0.join("corpus/closed"), 0o755);
        let set = set.expect("opens");
        assert_eq!(set.documents.len(), 2);
        let reasons: Vec<&str> = set.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "cannot read: permission denied",
                "cannot read: permission denied"
            ]
        );
    }
}
