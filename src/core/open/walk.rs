//! A folder's files, recursively and in name order: links followed, folder loops and repeated
//! files noticed, hidden entries and anything that is not a regular file left out, every
//! entry that cannot be a rewrite reported with its reason instead of failing the walk.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::core::load::display_path;

/// Where a file or folder lives, whatever path reaches it: (device, inode) on Unix, the
/// canonical path elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileKey(Identity);

#[cfg(unix)]
type Identity = (u64, u64);
#[cfg(not(unix))]
type Identity = PathBuf;

impl FileKey {
    #[cfg(unix)]
    pub fn of(_path: &Path, metadata: &std::fs::Metadata) -> FileKey {
        use std::os::unix::fs::MetadataExt;
        FileKey((metadata.dev(), metadata.ino()))
    }

    #[cfg(not(unix))]
    pub fn of(path: &Path, _metadata: &std::fs::Metadata) -> FileKey {
        FileKey(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// What the walk found, in walk order.
#[derive(Debug)]
pub enum Entry {
    /// A regular file to read.
    File(PathBuf),
    /// Something that will not be read: its path (as printable text) and why.
    Skip(String, String),
}

/// Folders nested deeper than this are not entered (a chain of links can nest without end
/// without ever looping back).
pub const MAX_DEPTH: usize = 64;

/// The entries of `root`, recursively: files in name order, each sub-folder's files where the
/// sub-folder sorts. `source` is the source's identity: met in the folder, it is skipped.
pub fn walk(root: &Path, source: Option<&FileKey>) -> Vec<Entry> {
    let mut out = Vec::new();
    walk_each(root, source, &mut |entry| out.push(entry));
    out
}

/// The same entries, each handed to `found` as soon as it is met (the reader lists a folder of
/// thousands of files while it walks, rather than after).
pub fn walk_each(root: &Path, source: Option<&FileKey>, found: &mut dyn FnMut(Entry)) {
    let mut walker = Walker {
        source,
        ancestors: Vec::new(),
        folders: HashSet::new(),
        files: HashSet::new(),
        out: found,
    };
    match std::fs::metadata(root) {
        Ok(metadata) => walker.folder(root, FileKey::of(root, &metadata)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => walker.skip(root, "no such folder"),
        Err(e) => walker.skip(root, cannot_read(&e)),
    }
}

struct Walker<'a> {
    source: Option<&'a FileKey>,
    /// The folders from the root down to the one being read.
    ancestors: Vec<FileKey>,
    /// Every folder and file met so far, to read each once.
    folders: HashSet<FileKey>,
    files: HashSet<FileKey>,
    out: &'a mut dyn FnMut(Entry),
}

fn cannot_read(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "cannot read: permission denied".to_string(),
        std::io::ErrorKind::NotFound => "a link to nothing".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

impl Walker<'_> {
    fn skip(&mut self, path: &Path, reason: impl Into<String>) {
        (self.out)(Entry::Skip(display_path(path), reason.into()));
    }

    fn folder(&mut self, path: &Path, key: FileKey) {
        if self.ancestors.contains(&key) {
            self.skip(path, "a folder loop through a link");
            return;
        }
        if self.ancestors.len() >= MAX_DEPTH {
            self.skip(path, format!("nested deeper than {MAX_DEPTH} folders"));
            return;
        }
        if !self.folders.insert(key.clone()) {
            self.skip(path, "a link to a folder already read");
            return;
        }
        let mut names = match std::fs::read_dir(path) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok().map(|e| e.file_name()))
                .collect::<Vec<_>>(),
            Err(e) => {
                self.skip(path, cannot_read(&e));
                return;
            }
        };
        names.sort();
        self.ancestors.push(key);
        for name in names {
            // Hidden entries (`.git`, `.DS_Store`, editors' swap files) are not articles.
            if name.as_encoded_bytes().starts_with(b".") {
                continue;
            }
            let child = path.join(&name);
            // Links are followed: the metadata is the target's.
            let metadata = match std::fs::metadata(&child) {
                Ok(m) => m,
                Err(e) => {
                    self.skip(&child, cannot_read(&e));
                    continue;
                }
            };
            let key = FileKey::of(&child, &metadata);
            if metadata.is_dir() {
                self.folder(&child, key);
            } else if !metadata.is_file() {
                // A pipe would block the read; a device may never end.
                self.skip(&child, "not a regular file");
            } else if self.source == Some(&key) {
                self.skip(&child, "the source itself");
            } else if !self.files.insert(key) {
                self.skip(&child, "a link to a file already read");
            } else {
                (self.out)(Entry::File(child));
            }
        }
        self.ancestors.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::core::scratch::Scratch;

    fn described(entries: &[Entry], root: &Path) -> Vec<String> {
        let root = display_path(root);
        entries
            .iter()
            .map(|e| match e {
                Entry::File(p) => display_path(p).replacen(&root, "", 1),
                Entry::Skip(p, why) => format!("{}: {why}", p.replacen(&root, "", 1)),
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn files_come_in_name_order_with_loops_links_and_hidden_entries_handled() {
        let dir = Scratch::new("walk-order");
        dir.file("b.txt", b"Un article.\n");
        dir.file("a.txt", b"Un article.\n");
        dir.file("sub/c.txt", b"Un article.\n");
        dir.file(".hidden/d.txt", b"Un article.\n");
        dir.file(".swp", b"Un article.\n");
        let source = dir.file("source.txt", b"Un article.\n");
        std::os::unix::fs::symlink(&dir.0, dir.0.join("sub/loop")).expect("link");
        std::os::unix::fs::symlink(dir.0.join("a.txt"), dir.0.join("z-link.txt")).expect("link");
        std::os::unix::fs::symlink(dir.0.join("gone.txt"), dir.0.join("y-broken.txt"))
            .expect("link");
        let source_key = FileKey::of(&source, &std::fs::metadata(&source).expect("stat"));
        let entries = walk(&dir.0, Some(&source_key));
        assert_eq!(
            described(&entries, &dir.0),
            [
                "/a.txt",
                "/b.txt",
                "/source.txt: the source itself",
                "/sub/c.txt",
                "/sub/loop: a folder loop through a link",
                "/y-broken.txt: a link to nothing",
                "/z-link.txt: a link to a file already read",
            ]
        );
    }

    #[test]
    fn a_missing_folder_is_one_skipped_entry() {
        let entries = walk(Path::new("/nonexistent/visavis/folder"), None);
        assert_eq!(
            described(&entries, Path::new("")),
            ["/nonexistent/visavis/folder: no such folder"]
        );
    }
}
