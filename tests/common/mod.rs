//! Helpers shared by the CLI and pty tests: scratch directories and input files whose content
//! and modification time can be checked afterwards.
#![allow(dead_code)] // each test crate uses a different subset

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

/// The binary under test (cargo builds it for integration tests).
pub const BIN: &str = env!("CARGO_BIN_EXE_visavis");

/// A scratch directory removed on drop (also when the test fails).
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("visavis-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create a scratch directory");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `name` in the directory and gives its modification time a fixed value
    /// in the past, so any write by the program shows up even with coarse timestamps.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write a test input");
        set_mtime(&path, OLD_MTIME);
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // A chmod 000 file inside is still removable: removal needs rights on the directory.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// 2001-09-09T01:46:40Z: the modification time test inputs are given.
pub const OLD_MTIME: i64 = 1_000_000_000;

pub fn set_mtime(path: &Path, seconds: i64) {
    let c = CString::new(path.as_os_str().as_bytes()).expect("path without NUL");
    let t = libc::timespec {
        tv_sec: seconds as libc::time_t,
        tv_nsec: 0,
    };
    let times = [t, t];
    // SAFETY: a valid NUL-terminated path and two timespecs, as utimensat(2) asks.
    let rc = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) };
    assert_eq!(
        rc,
        0,
        "utimensat {}: {}",
        path.display(),
        std::io::Error::last_os_error()
    );
}

/// Content and modification time of a file, to prove the program did not write it.
#[derive(Debug, PartialEq, Eq)]
pub struct FileState {
    pub bytes: Vec<u8>,
    pub mtime: SystemTime,
}

impl FileState {
    pub fn of(path: &Path) -> FileState {
        FileState {
            bytes: std::fs::read(path).expect("read a test input back"),
            mtime: std::fs::metadata(path)
                .and_then(|m| m.modified())
                .expect("mtime"),
        }
    }
}

/// The fixed modification time the inputs were given, as a `SystemTime`.
pub fn old_mtime() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(OLD_MTIME as u64)
}

/// The text of the wire story, in Windows-1252 (é is 0xE9, the curly quotes 0x93/0x94).
pub const LEGACY_1252: &[u8] =
    b"P\xe9kin et Moscou : \x93liens historiques\x94 entre les deux pays.\n";

/// The bundled articles, for inputs given as files.
pub fn bundled(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub const WIRE: &str = "000_843fbf8397b90504.txt";
pub const REWRITE: &str = "002_3142bb842cecfb83.txt";
