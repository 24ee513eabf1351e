//! Bytes → safe display text: encoding detection (UTF-8, BOMs, Windows-1252), line endings, tabs,
//! control characters made visible, and the leading `date <value>` metadata marker.

use std::fmt;
use std::io;
use std::path::Path;

/// Why a file could not be opened as an article. Displayed as `PATH: reason`.
#[derive(Debug)]
pub enum LoadError {
    NotFound(String),
    IsDirectory(String),
    Binary(String),
    Io(String, io::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "{p}: no such file"),
            LoadError::IsDirectory(p) => write!(f, "{p}: is a directory, not a text file"),
            LoadError::Binary(p) => write!(f, "{p}: looks like a binary file"),
            LoadError::Io(p, e) => {
                let reason = match e.kind() {
                    io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ => e.to_string(),
                };
                write!(f, "{p}: cannot read: {reason}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Decoded, display-safe text plus what was learnt while decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Name of the encoding the bytes were decoded from (`utf-8`, `windows-1252`, `utf-16le`…).
    pub encoding: &'static str,
    /// True when control characters had to be replaced by visible symbols.
    pub had_controls: bool,
}

/// Tab stops every this many columns; tabs are expanded at load because ratatui drops them.
pub const TAB_WIDTH: usize = 8;

/// Reads a file, refusing directories and binaries with a one-line reason.
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let shown = path.display().to_string();
    match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(LoadError::NotFound(shown)),
        Err(e) => return Err(LoadError::Io(shown, e)),
        Ok(m) if m.is_dir() => return Err(LoadError::IsDirectory(shown)),
        Ok(_) => {}
    }
    std::fs::read(path).map_err(|e| LoadError::Io(shown, e))
}

/// Decodes bytes into display-safe text. `name` is only used in the error message.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, LoadError> {
    // UTF-16 with a BOM is text even though it is full of NUL bytes.
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let name = if enc == encoding_rs::UTF_16LE {
            "utf-16le"
        } else {
            "utf-16be"
        };
        return Ok(sanitize(&text, name));
    }
    if memchr_nul(bytes) {
        return Err(LoadError::Binary(name.to_string()));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) => Ok(sanitize(text, "utf-8")),
        Err(_) => {
            // French legacy files are Latin-1 or its Windows superset; windows-1252 decodes both
            // (it is what browsers do with a `iso-8859-1` label).
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(body);
            Ok(sanitize(&text, "windows-1252"))
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

/// Normalises line endings to `\n`, expands tabs, and replaces every other control character
/// (C0, DEL, C1) by a visible symbol so no article can drive the terminal.
pub fn sanitize(text: &str, encoding: &'static str) -> Decoded {
    if !needs_sanitizing(text.as_bytes()) {
        return Decoded {
            text: text.to_string(),
            encoding,
            had_controls: false,
        };
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut had_controls = false;
    let mut column = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
                column = 0;
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            c if (c as u32) < 0x20 => {
                // Control Pictures block: U+2400 + code, e.g. ESC → ␛.
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
                had_controls = true;
                column += 1;
            }
            '\u{7f}' => {
                out.push('\u{2421}');
                had_controls = true;
                column += 1;
            }
            c if ('\u{80}'..='\u{9f}').contains(&c) => {
                out.push('\u{FFFD}');
                had_controls = true;
                column += 1;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Decoded {
        text: out,
        encoding,
        had_controls,
    }
}

/// One pass over the bytes: C0 controls but `\n`, DEL, C1 controls (UTF-8 `C2 80..9F`, which
/// includes NEL) and the line/paragraph separators U+2028/U+2029 (`E2 80 A8/A9`).
/// PERF: a byte scan, so clean book-size text costs almost nothing here.
fn needs_sanitizing(bytes: &[u8]) -> bool {
    // A cheap, vectorisable test finds candidates; the rare candidate is then looked at closely.
    let candidate = |b: &u8| (*b < 0x20 && *b != b'\n') || *b == 0x7f || *b == 0xC2 || *b == 0xE2;
    let mut rest = bytes;
    while let Some(p) = rest.iter().position(candidate) {
        let next = rest.get(p + 1).copied();
        match rest[p] {
            0xC2 if next.is_some_and(|b| (0x80..=0x9f).contains(&b)) => return true,
            0xE2 if next == Some(0x80)
                && rest.get(p + 2).is_some_and(|b| *b == 0xA8 || *b == 0xA9) =>
            {
                return true;
            }
            0xC2 | 0xE2 => {}
            _ => return true,
        }
        rest = &rest[p + 1..];
    }
    false
}

/// Finds a leading `date <value>` marker (value starting with a digit) and returns the value and
/// the byte offset where the body begins.
pub fn date_marker(text: &str) -> Option<(String, usize)> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let rest = trimmed
        .strip_prefix("date")
        .or_else(|| trimmed.strip_prefix("Date"))
        .or_else(|| trimmed.strip_prefix("DATE"))?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let after_ws = rest.trim_start_matches([' ', '\u{a0}']);
    if after_ws.len() == rest.len() && !rest.is_empty() && !rest.starts_with(':') {
        // "dates…" or "datebook": not a marker.
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
    }
    let value_len = after_ws.find(char::is_whitespace).unwrap_or(after_ws.len());
    let value = &after_ws[..value_len];
    if !value.starts_with(|c: char| c.is_ascii_digit())
        || !value
            .chars()
            .all(|c| c.is_ascii_digit() || "-/.:T".contains(c))
    {
        return None;
    }
    let value_start = lead + (trimmed.len() - after_ws.len());
    let body = &text[value_start + value_len..];
    let body_start = value_start + value_len + (body.len() - body.trim_start().len());
    Some((value.to_string(), body_start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes, "f").unwrap().text
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text("Pékin".as_bytes()), "Pékin");
        assert_eq!(text(b"\xEF\xBB\xBFP\xC3\xA9kin"), "Pékin");
        assert_eq!(decode(b"abc", "f").unwrap().encoding, "utf-8");
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(text(b"a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(text(b"a\tb"), "a       b");
        assert_eq!(text(b"\tx\n12345678\ty"), "        x\n12345678        y");
    }

    #[test]
    fn latin1_and_windows1252_are_decoded() {
        let d = decode(b"P\xe9kin \x93cit\xe9\x94 \x80", "f").unwrap();
        assert_eq!(d.text, "Pékin “cité” €");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let d = decode(b"\xFF\xFEa\x00\xe9\x00", "f").unwrap();
        assert_eq!(d.text, "aé");
        assert_eq!(d.encoding, "utf-16le");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = decode(b"abc\0def", "x.bin").unwrap_err();
        assert_eq!(err.to_string(), "x.bin: looks like a binary file");
    }

    #[test]
    fn escape_sequences_are_made_visible() {
        let d = decode(b"a\x1b[31mred\x1b]0;title\x07\x7f\xc2\x9b", "f").unwrap();
        assert!(d.had_controls);
        assert!(
            !d.text.chars().any(|c| c.is_control() && c != '\n'),
            "{:?}",
            d.text
        );
        assert!(
            d.text
                .starts_with("a\u{241b}[31mred\u{241b}]0;title\u{2407}\u{2421}")
        );
    }

    #[test]
    fn line_separators_and_nel_become_newlines() {
        assert_eq!(text("a\u{2028}b\u{85}c".as_bytes()), "a\nb\nc");
        assert!(!needs_sanitizing("Pékin « ok » — fin\n".as_bytes()));
    }

    #[test]
    fn date_marker_is_recognised() {
        assert_eq!(
            date_marker(" date 2019-04 Kim Jong Un et"),
            Some(("2019-04".to_string(), 14))
        );
        assert_eq!(
            date_marker("date: 2020-01-02\nBody"),
            Some(("2020-01-02".into(), 17))
        );
        assert_eq!(date_marker("dates 2019 are"), None);
        assert_eq!(date_marker("date limite fixée"), None);
        assert_eq!(date_marker("Kim"), None);
        assert_eq!(date_marker("date 2019"), Some(("2019".into(), 9)));
    }

    #[test]
    fn missing_file_and_directory_errors_name_the_path() {
        let err = read_file(Path::new("/nonexistent/x.txt")).unwrap_err();
        assert_eq!(err.to_string(), "/nonexistent/x.txt: no such file");
        let err = read_file(Path::new("/tmp")).unwrap_err();
        assert_eq!(err.to_string(), "/tmp: is a directory, not a text file");
    }
}
