//! Bytes → safe display text: encoding detection (UTF-8, BOMs, UTF-16, Windows-1252), the size
//! limit, line endings, tabs, control characters made visible, and the leading `date <value>`
//! metadata marker.

use std::fmt;
use std::io::{self, Read};
use std::path::Path;

/// Files larger than this are refused: a book is 4 MB, and a reader holding two files of this
/// size stays within a few GB. It also ends the read of endless input (`/dev/zero`).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// Why a file could not be opened as an article. Displayed as `PATH: reason`.
#[derive(Debug)]
pub enum LoadError {
    NotFound(String),
    IsDirectory(String),
    Binary(String),
    TooLarge(String),
    Io(String, io::Error),
    /// An HTML page that cannot be read as an article: the path and why (no article body,
    /// nested beyond reason, bad gzip data).
    BadPage(String, String),
}

impl LoadError {
    /// The path as it may be printed.
    pub fn path(&self) -> &str {
        match self {
            LoadError::NotFound(p)
            | LoadError::IsDirectory(p)
            | LoadError::Binary(p)
            | LoadError::TooLarge(p)
            | LoadError::Io(p, _)
            | LoadError::BadPage(p, _) => p,
        }
    }

    /// Why the file was refused, without its path (`looks like a binary file`): a folder's
    /// files are skipped with this reason rather than refused.
    pub fn reason(&self) -> String {
        match self {
            LoadError::NotFound(_) => "no such file".to_string(),
            LoadError::IsDirectory(_) => "is a directory, not a text file".to_string(),
            LoadError::Binary(_) => "looks like a binary file".to_string(),
            LoadError::TooLarge(_) => format!(
                "larger than {} MiB, the most visavis reads",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            LoadError::Io(_, e) => {
                let reason = match e.kind() {
                    io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ => e.to_string(),
                };
                format!("cannot read: {reason}")
            }
            LoadError::BadPage(_, reason) => reason.clone(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.reason())
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
    /// Bytes that were not valid UTF-8 in a text that otherwise is, each shown as U+FFFD.
    pub invalid_bytes: usize,
}

/// Tab stops every this many columns; tabs are expanded at load because ratatui drops them.
pub const TAB_WIDTH: usize = 8;

/// A path as it may be printed: control characters (a file may be named `\e]0;title\a`) shown
/// as symbols, the way the panes show them, so that no name can drive the terminal.
pub fn display_path(path: &Path) -> String {
    visible_controls(&path.display().to_string())
}

/// `text` with every control character replaced by its visible symbol (U+2400 block).
pub fn visible_controls(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Reads a file, refusing directories, files over [`MAX_FILE_BYTES`] and unreadable ones with a
/// one-line reason. Endless input (a device, a pipe) is read up to the limit, no further.
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let shown = display_path(path);
    let metadata = match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(LoadError::NotFound(shown)),
        Err(e) => return Err(LoadError::Io(shown, e)),
        Ok(m) if m.is_dir() => return Err(LoadError::IsDirectory(shown)),
        Ok(m) if m.is_file() && m.len() > MAX_FILE_BYTES => return Err(LoadError::TooLarge(shown)),
        Ok(m) => m,
    };
    let file = std::fs::File::open(path).map_err(|e| LoadError::Io(shown.clone(), e))?;
    // PERF: a regular file's size is known: read it into a buffer of that size at once, not
    // in growing steps (a folder of ten thousand articles is ten thousand reads).
    let expected = if metadata.is_file() {
        metadata.len()
    } else {
        0
    };
    read_limited_sized(file, &shown, expected)
}

/// Reads `source` to its end, or fails once it holds more than [`MAX_FILE_BYTES`].
pub fn read_limited(source: impl Read, shown: &str) -> Result<Vec<u8>, LoadError> {
    read_limited_sized(source, shown, 0)
}

/// [`read_limited`] into a buffer sized for `expected` bytes.
fn read_limited_sized(source: impl Read, shown: &str, expected: u64) -> Result<Vec<u8>, LoadError> {
    // One byte more, so that the read that finds the end needs no new room.
    let mut bytes = Vec::with_capacity(expected.min(MAX_FILE_BYTES) as usize + 1);
    source
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::Io(shown.to_string(), e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge(shown.to_string()));
    }
    Ok(bytes)
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
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        let name = if enc == encoding_rs::UTF_16LE {
            "utf-16le"
        } else {
            "utf-16be"
        };
        return Ok(sanitize(&text, name));
    }
    if bytes.contains(&0) {
        return Err(LoadError::Binary(name.to_string()));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(body) {
        return Ok(sanitize(text, "utf-8"));
    }
    // A file that is UTF-8 but for a few bytes (a stray 0xFF, a cut character) stays UTF-8, the
    // bad bytes shown as U+FFFD: decoding it all as Windows-1252 would garble every accent.
    // Legacy 8-bit text is the other way round: its accents are nearly all invalid UTF-8.
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in body.utf8_chunks() {
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += chunk.invalid().len();
    }
    if multibyte > invalid {
        let mut text = String::with_capacity(body.len() + 2 * invalid);
        for chunk in body.utf8_chunks() {
            text.push_str(chunk.valid());
            text.extend(std::iter::repeat_n('\u{FFFD}', chunk.invalid().len()));
        }
        let mut decoded = sanitize(&text, "utf-8");
        decoded.invalid_bytes = invalid;
        return Ok(decoded);
    }
    // French legacy files are Latin-1 or its Windows superset; windows-1252 decodes both (it is
    // what browsers do with a `iso-8859-1` label).
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(body);
    Ok(sanitize(&text, "windows-1252"))
}

/// UTF-16 without a byte order mark, told by its NUL bytes: text in a Latin script has a NUL
/// as the high byte of nearly every character, all on the same side of each pair. Binary
/// files have NULs on both sides.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let (enc, nul_side, other_side) = if odd > even {
        (encoding_rs::UTF_16LE, odd, even)
    } else {
        (encoding_rs::UTF_16BE, even, odd)
    };
    // Most characters on one side, (almost) none on the other: a few NUL characters happen.
    (nul_side * 10 >= pairs * 6 && other_side * 100 <= pairs).then_some(enc)
}

/// Normalises line endings to `\n`, expands tabs, and replaces every other control character
/// (C0, DEL, C1) by a visible symbol so no article can drive the terminal.
pub fn sanitize(text: &str, encoding: &'static str) -> Decoded {
    if !needs_sanitizing(text.as_bytes()) {
        return Decoded {
            text: text.to_string(),
            encoding,
            had_controls: false,
            invalid_bytes: 0,
        };
    }
    // PERF: text between the characters to replace is copied in runs (a file with CR line
    // endings has one every line, and it is most of what sanitizing costs).
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut had_controls = false;
    // `text[..copied]` is in `out`; `column` is the column at byte `column_at` of `out`.
    let (mut copied, mut at) = (0usize, 0usize);
    let (mut column_at, mut column) = (0usize, 0usize);
    while let Some(found) = bytes[at..].iter().position(is_candidate) {
        let here = at + found;
        // Candidates are ASCII or lead bytes: `here` is a character boundary.
        let Some(c) = text[here..].chars().next() else {
            break;
        };
        let flush = |out: &mut String, column_at: &mut usize, column: &mut usize| {
            let run = &text[copied..here];
            if let Some(newline) = run.rfind('\n') {
                *column_at = out.len() + newline + 1;
                *column = 0;
            }
            out.push_str(run);
        };
        let len = match c {
            '\r' => {
                flush(&mut out, &mut column_at, &mut column);
                out.push('\n');
                (column_at, column) = (out.len(), 0);
                if bytes.get(here + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            '\u{2028}' | '\u{2029}' => {
                flush(&mut out, &mut column_at, &mut column);
                out.push('\n');
                (column_at, column) = (out.len(), 0);
                c.len_utf8()
            }
            '\t' => {
                flush(&mut out, &mut column_at, &mut column);
                let now = column + out[column_at..].chars().count();
                let spaces = TAB_WIDTH - now % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                (column_at, column) = (out.len(), now + spaces);
                1
            }
            c if (c as u32) < 0x20 => {
                flush(&mut out, &mut column_at, &mut column);
                // Control Pictures block: U+2400 + code, e.g. ESC → ␛.
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
                had_controls = true;
                1
            }
            '\u{7f}' => {
                flush(&mut out, &mut column_at, &mut column);
                out.push('\u{2421}');
                had_controls = true;
                1
            }
            c if ('\u{80}'..='\u{9f}').contains(&c) => {
                flush(&mut out, &mut column_at, &mut column);
                // C1 controls in UTF-8 news copy are Windows-1252 punctuation that went through
                // a Latin-1 conversion (U+0092 an apostrophe, U+0085 an ellipsis): map them back.
                // The five code points Windows-1252 leaves undefined stay controls, made visible.
                let mapped = windows_1252_punctuation(c);
                if mapped == '\u{FFFD}' {
                    had_controls = true;
                }
                out.push(mapped);
                c.len_utf8()
            }
            // Another character starting with C2 or E2: kept, with the run it is in.
            _ => {
                at = here + 1;
                continue;
            }
        };
        copied = here + len;
        at = copied;
    }
    out.push_str(&text[copied..]);
    Decoded {
        text: out,
        encoding,
        had_controls,
        invalid_bytes: 0,
    }
}

/// A byte that may start a character `sanitize` replaces: C0 controls but `\n`, DEL, and the
/// lead bytes of C1 controls (`C2 80..9F`) and of U+2028/U+2029 (`E2 80 A8/A9`).
#[inline]
fn is_candidate(b: &u8) -> bool {
    (*b < 0x20 && *b != b'\n') || *b == 0x7f || *b == 0xC2 || *b == 0xE2
}

/// What Windows-1252 puts at byte `c` (U+0080..=U+009F), or U+FFFD where it has nothing.
fn windows_1252_punctuation(c: char) -> char {
    let byte = [c as u32 as u8];
    let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
    match decoded.chars().next() {
        Some(m) if !m.is_control() => m,
        _ => '\u{FFFD}',
    }
}

/// One pass over the bytes: C0 controls but `\n`, DEL, C1 controls (UTF-8 `C2 80..9F`, which
/// includes NEL) and the line/paragraph separators U+2028/U+2029 (`E2 80 A8/A9`).
/// PERF: a byte scan, so clean book-size text costs almost nothing here.
fn needs_sanitizing(bytes: &[u8]) -> bool {
    // A cheap, vectorisable test finds candidates; the rare candidate is then looked at closely.
    let mut rest = bytes;
    while let Some(p) = rest.iter().position(is_candidate) {
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
        // Columns count what is shown: a replaced control is one, an earlier tab its spaces.
        assert_eq!(
            text("é\u{1b}\tx\r\t".as_bytes()),
            "é\u{241b}      x\n        "
        );
    }

    /// Sanitising one character at a time: what `sanitize` does in runs.
    fn sanitize_by_characters(text: &str) -> (String, bool) {
        let mut out = String::new();
        let mut had_controls = false;
        let mut column = 0usize;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let pushed = match c {
                '\r' | '\n' | '\u{2028}' | '\u{2029}' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                    column = 0;
                    continue;
                }
                '\t' => {
                    let spaces = TAB_WIDTH - column % TAB_WIDTH;
                    out.extend(std::iter::repeat_n(' ', spaces));
                    column += spaces;
                    continue;
                }
                c if (c as u32) < 0x20 => {
                    had_controls = true;
                    char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
                }
                '\u{7f}' => {
                    had_controls = true;
                    '\u{2421}'
                }
                c if ('\u{80}'..='\u{9f}').contains(&c) => {
                    let mapped = windows_1252_punctuation(c);
                    had_controls |= mapped == '\u{FFFD}';
                    mapped
                }
                c => c,
            };
            out.push(pushed);
            column += 1;
        }
        (out, had_controls)
    }

    proptest::proptest! {
        #[test]
        fn sanitizing_in_runs_is_sanitizing_each_character(
            text in "[a-zé€\u{2028}\u{2029}\u{80}-\u{9f}\u{0}-\u{1f}\u{7f} \t\r\n]{0,40}"
        ) {
            let decoded = sanitize(&text, "utf-8");
            let (expected, had_controls) = sanitize_by_characters(&text);
            proptest::prop_assert_eq!(decoded.text, expected);
            proptest::prop_assert_eq!(decoded.had_controls, had_controls);
        }
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
    fn line_separators_become_newlines() {
        assert_eq!(text("a\u{2028}b\u{2029}c".as_bytes()), "a\nb\nc");
        assert!(!needs_sanitizing("Pékin « ok » — fin\n".as_bytes()));
    }

    #[test]
    fn c1_punctuation_in_utf8_is_mapped_as_windows_1252_maps_it() {
        let d = decode("l\u{92}été\u{85} 10\u{96}12 \u{81}".as_bytes(), "f").unwrap();
        assert_eq!(d.text, "l’été… 10–12 \u{FFFD}");
        assert_eq!(d.encoding, "utf-8");
        assert!(
            d.had_controls,
            "the undefined U+0081 is a control made visible"
        );
        let clean = decode("l\u{92}été".as_bytes(), "f").unwrap();
        assert!(!clean.had_controls);
    }

    #[test]
    fn a_few_invalid_bytes_leave_utf8_text_utf8() {
        let mut bytes = "Pékin, « la cité » : voilà.".as_bytes().to_vec();
        bytes.insert(3, 0xFF);
        let d = decode(&bytes, "f").unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.text, "Pé\u{FFFD}kin, « la cité » : voilà.");
        assert_eq!(d.invalid_bytes, 1);
        // Mostly Latin-1 accents: the text is not UTF-8 as a whole.
        let d = decode(b"P\xe9kin \xe0 l'\xe9t\xe9, d\xe9j\xe0 \xc3\xa9", "f").unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.invalid_bytes, 0);
    }

    #[test]
    fn utf16_without_bom_is_decoded_and_binary_is_not_mistaken_for_it() {
        let le: Vec<u8> = "Pékin, la cité"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&le, "f").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Pékin, la cité", "utf-16le")
        );
        let be: Vec<u8> = "Pékin, la cité"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let d = decode(&be, "f").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Pékin, la cité", "utf-16be")
        );
        let binary = [
            0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0,
        ];
        assert!(matches!(decode(&binary, "f"), Err(LoadError::Binary(_))));
    }

    #[test]
    fn input_over_the_limit_is_refused_without_reading_it_all() {
        let endless = std::io::repeat(b'a');
        let err = read_limited(endless, "/dev/zero").unwrap_err();
        assert_eq!(
            err.to_string(),
            "/dev/zero: larger than 128 MiB, the most visavis reads"
        );
        assert_eq!(read_limited(&b"short"[..], "f").unwrap(), b"short");
    }

    #[test]
    fn printed_paths_cannot_drive_the_terminal() {
        let name = Path::new("evil\x1b]0;pwned\x07.txt");
        assert_eq!(display_path(name), "evil\u{241b}]0;pwned\u{2407}.txt");
        let err = read_file(name).unwrap_err();
        assert_eq!(
            err.to_string(),
            "evil\u{241b}]0;pwned\u{2407}.txt: no such file"
        );
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
