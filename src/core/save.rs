//! Writing a file so that it is either all there or not at all: a temporary file beside the
//! target, flushed to disk, then renamed over it. A failure at any step leaves no half-written
//! file (and no temporary one).

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically; the error names the path and says why.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let shown = super::load::display_path(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| format!("{shown}: not a file name"))?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        let reason = match e.kind() {
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::NotFound => "no such directory".to_string(),
            _ => e.to_string(),
        };
        format!("{shown}: cannot write: {reason}")
    })
}

/// True when `a` and `b` name the same existing file (through links, `..` or another name).
pub fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("visavis-save-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn writes_whole_and_leaves_no_temporary_file() {
        let dir = scratch("ok");
        let path = dir.join("r.html");
        std::fs::write(&path, b"old").unwrap();
        write_atomically(&path, b"new report").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new report");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        assert!(same_file(&path, &dir.join(".").join("r.html")));
        assert!(!same_file(&path, &dir.join("other")));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failure_leaves_nothing_behind() {
        let dir = scratch("fail");
        // A directory where the file should go: the rename fails, the old content stays.
        let target = dir.join("taken");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), b"x").unwrap();
        let err = write_atomically(&target, b"report").unwrap_err();
        assert!(
            err.starts_with(&format!("{}: cannot write: ", target.display())),
            "{err}"
        );
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["taken"]);
        let err = write_atomically(&dir.join("missing/r.html"), b"report").unwrap_err();
        assert!(err.ends_with("no such directory"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
