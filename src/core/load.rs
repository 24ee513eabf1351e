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

/// A file that passed the checks that need no reading.
#[derive(Debug)]
pub enum Opened {
    /// A regular file, open, and its size.
    File(std::fs::File, u64),
    /// A pipe, a device or a socket: opening a FIFO waits for a writer, so it is opened where
    /// waiting does no harm (a background thread).
    Special(std::path::PathBuf),
}

/// Refuses what is missing, a directory, a regular file over [`MAX_FILE_BYTES`] or one that
/// cannot be opened, with a one-line reason; opens regular files.
pub fn open_checked(path: &Path) -> Result<Opened, LoadError> {
    let shown = display_path(path);
    match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(LoadError::NotFound(shown)),
        Err(e) => Err(LoadError::Io(shown, e)),
        Ok(m) if m.is_dir() => Err(LoadError::IsDirectory(shown)),
        Ok(m) if m.is_file() && m.len() > MAX_FILE_BYTES => Err(LoadError::TooLarge(shown)),
        Ok(m) if m.is_file() => {
            let file = std::fs::File::open(path).map_err(|e| LoadError::Io(shown, e))?;
            Ok(Opened::File(file, m.len()))
        }
        Ok(_) => Ok(Opened::Special(path.to_path_buf())),
    }
}

/// Reads a file, refusing directories, files over [`MAX_FILE_BYTES`] and unreadable ones with a
/// one-line reason. Endless input (a device, a pipe) is read up to the limit, no further.
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let shown = display_path(path);
    // PERF: a regular file's size is known: read it into a buffer of that size at once, not
    // in growing steps (a folder of ten thousand articles is ten thousand reads).
    let (file, expected) = match open_checked(path)? {
        Opened::File(file, size) => (file, size),
        Opened::Special(path) => (
            std::fs::File::open(path).map_err(|e| LoadError::Io(shown.clone(), e))?,
            0,
        ),
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

/// How many leading bytes tell UTF-16 without a byte order mark from 8-bit text (the sample
/// `utf16_without_bom` looks at), and whether a NUL byte means a binary file: an encoding decided
/// on fewer bytes is provisional.
pub const SNIFF_BYTES: usize = 64 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encoding a text is read in, and how many leading bytes (a byte order mark) it skips.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf16 {
        encoding: &'static encoding_rs::Encoding,
        skip: usize,
    },
    Utf8 {
        skip: usize,
    },
    Windows1252 {
        skip: usize,
    },
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf16 { encoding, .. } if encoding == encoding_rs::UTF_16LE => "utf-16le",
            Encoding::Utf16 { .. } => "utf-16be",
            Encoding::Utf8 { .. } => "utf-8",
            Encoding::Windows1252 { .. } => "windows-1252",
        }
    }

    fn skip(self) -> usize {
        match self {
            Encoding::Utf16 { skip, .. }
            | Encoding::Utf8 { skip }
            | Encoding::Windows1252 { skip } => skip,
        }
    }
}

/// Decodes bytes into display-safe text. `name` is only used in the error message.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, LoadError> {
    let mut decoder = Decoder::new(name);
    decoder.push(bytes)?;
    decoder.finish()
}

/// Bytes → display-safe text, fed in pieces as they are read, with the same result as decoding
/// them all at once: UTF-8 characters and UTF-16 code units cut between two pieces wait for the
/// rest, and the tab column and a `\r` just turned into a line end carry over.
///
/// The encoding is decided on what has arrived: for good as to UTF-16 and binary input once
/// [`SNIFF_BYTES`] are in, and as to UTF-8 or Windows-1252 only at the end, since one invalid
/// byte in the last line can tip it. When a later decision differs from the one the text was
/// decoded in, the text is decoded again from the first byte (`generation` counts these
/// restarts), so the decoder keeps every byte until [`Decoder::finish`].
pub struct Decoder {
    name: String,
    raw: Vec<u8>,
    text: String,
    /// The encoding `text` is decoded in, once one is decided.
    encoding: Option<Encoding>,
    /// The encoding was decided on at least [`SNIFF_BYTES`] bytes (or on the whole input).
    sniffed: bool,
    /// Bytes of `raw` decoded into `text`.
    decoded: usize,
    utf16: Option<encoding_rs::Decoder>,
    sanitizer: Sanitizer,
    utf8: Utf8Count,
    has_nul: bool,
    generation: u32,
}

impl std::fmt::Debug for Decoder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decoder")
            .field("name", &self.name)
            .field("bytes_in", &self.raw.len())
            .field("decoded", &self.decoded)
            .field("encoding", &self.encoding.map(Encoding::name))
            .field("sniffed", &self.sniffed)
            .field("generation", &self.generation)
            .finish_non_exhaustive()
    }
}

/// The UTF-8 accounting of the bytes after a UTF-8 byte order mark, on which UTF-8 or
/// Windows-1252 is decided: lead bytes of valid multi-byte characters, and invalid bytes.
#[derive(Debug, Default, Clone, Copy)]
struct Utf8Count {
    /// Where counting started (after the byte order mark), once at least 3 bytes have come.
    started: bool,
    /// Bytes of `raw` counted; an incomplete character at the end waits.
    counted: usize,
    multibyte: usize,
    invalid: usize,
}

impl Decoder {
    pub fn new(name: &str) -> Decoder {
        Decoder {
            name: name.to_string(),
            raw: Vec::new(),
            text: String::new(),
            encoding: None,
            sniffed: false,
            decoded: 0,
            utf16: None,
            sanitizer: Sanitizer::default(),
            utf8: Utf8Count::default(),
            has_nul: false,
            generation: 0,
        }
    }

    /// Room for `bytes` more input (and about as much text), so that book-size input is not
    /// copied again and again as it grows.
    pub fn reserve(&mut self, bytes: usize) {
        self.raw.reserve(bytes);
        self.text.reserve(bytes + bytes / 32);
    }

    /// The next bytes of the input. Fails once the input is known to be binary.
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), LoadError> {
        self.has_nul |= memchr::memchr(0, bytes).is_some();
        self.raw.extend_from_slice(bytes);
        self.advance(false)
    }

    /// Like [`Decoder::push`], taking the bytes over when they are the first (no copy).
    pub fn push_vec(&mut self, bytes: Vec<u8>) -> Result<(), LoadError> {
        if !self.raw.is_empty() {
            return self.push(&bytes);
        }
        self.has_nul |= memchr::memchr(0, &bytes).is_some();
        self.raw = bytes;
        self.advance(false)
    }

    /// Decides an encoding on what has arrived, if none is decided yet, so that a first screen
    /// can be shown before [`SNIFF_BYTES`] have come (from a slow pipe). Provisional.
    pub fn decide_now(&mut self) -> Result<(), LoadError> {
        if self.encoding.is_none() {
            let encoding = self.decide(false)?;
            self.restart(encoding);
            self.decode_available(false);
        }
        Ok(())
    }

    /// The text decoded so far: it only grows, until a new encoding decision starts it over.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Bytes received so far.
    pub fn bytes_in(&self) -> usize {
        self.raw.len()
    }

    /// Changes each time the text is decoded again from the start.
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// What a title says of the decoding so far: the encoding (if decided), whether control
    /// characters were shown as symbols, and the invalid UTF-8 bytes shown as U+FFFD.
    pub fn state(&self) -> (Option<&'static str>, bool, usize) {
        let invalid = match self.encoding {
            Some(Encoding::Utf8 { .. }) => self.utf8.invalid,
            _ => 0,
        };
        (
            self.encoding.map(Encoding::name),
            self.sanitizer.had_controls,
            invalid,
        )
    }

    /// The end of the input: the final decision, and the whole text.
    pub fn finish(mut self) -> Result<Decoded, LoadError> {
        self.end()?;
        Ok(self.into_decoded())
    }

    /// The end of the input: the final decision is taken and the whole text decoded (in a new
    /// generation if the decision differs), still readable through [`Decoder::text`].
    pub fn end(&mut self) -> Result<(), LoadError> {
        self.advance(true)
    }

    /// The text and what was learnt decoding it (after [`Decoder::end`]; the bytes are dropped).
    pub fn into_decoded(self) -> Decoded {
        let (encoding, had_controls, invalid_bytes) = self.state();
        Decoded {
            text: self.text,
            encoding: encoding.unwrap_or("utf-8"),
            had_controls,
            invalid_bytes,
        }
    }

    /// Counts, decides where a decision is due, and decodes what can be decoded.
    fn advance(&mut self, last: bool) -> Result<(), LoadError> {
        self.count_utf8(last);
        if last || (!self.sniffed && self.raw.len() >= SNIFF_BYTES) {
            let encoding = self.decide(last)?;
            self.sniffed = true;
            if self.encoding != Some(encoding) {
                self.restart(encoding);
            }
        } else if self.encoding.is_none() {
            // Too few bytes to tell UTF-16 from 8-bit text: wait for more (or `decide_now`).
            return Ok(());
        } else if self.sniffed
            && self.has_nul
            && !matches!(self.encoding, Some(Encoding::Utf16 { .. }))
        {
            return Err(LoadError::Binary(self.name.clone()));
        }
        self.decode_available(last);
        Ok(())
    }

    /// The encoding the bytes so far call for (the whole input when `last`).
    fn decide(&self, last: bool) -> Result<Encoding, LoadError> {
        let bytes = &self.raw[..];
        // UTF-16 with a BOM is text even though it is full of NUL bytes.
        if let Some((encoding, skip)) = encoding_rs::Encoding::for_bom(bytes)
            && encoding != encoding_rs::UTF_8
        {
            return Ok(Encoding::Utf16 { encoding, skip });
        }
        if let Some(encoding) = utf16_without_bom(bytes) {
            return Ok(Encoding::Utf16 { encoding, skip: 0 });
        }
        if self.has_nul && (last || bytes.len() >= SNIFF_BYTES) {
            return Err(LoadError::Binary(self.name.clone()));
        }
        let skip = if bytes.starts_with(UTF8_BOM) { 3 } else { 0 };
        let (multibyte, invalid) = if self.utf8.started {
            (self.utf8.multibyte, self.utf8.invalid)
        } else {
            let (_, multibyte, invalid) = utf8_scan(&bytes[skip..], last);
            (multibyte, invalid)
        };
        // A file that is UTF-8 but for a few bytes (a stray 0xFF, a cut character) stays UTF-8,
        // the bad bytes shown as U+FFFD: decoding it all as Windows-1252 would garble every
        // accent. Legacy 8-bit text is the other way round: its accents are nearly all invalid
        // UTF-8. French legacy files are Latin-1 or its Windows superset; windows-1252 decodes
        // both (it is what browsers do with a `iso-8859-1` label).
        Ok(if invalid == 0 || multibyte > invalid {
            Encoding::Utf8 { skip }
        } else {
            Encoding::Windows1252 { skip }
        })
    }

    /// Starts the text over in `encoding`.
    fn restart(&mut self, encoding: Encoding) {
        self.text.clear();
        self.decoded = encoding.skip();
        self.sanitizer = Sanitizer::default();
        self.utf16 = match encoding {
            Encoding::Utf16 { encoding, .. } => Some(encoding.new_decoder_without_bom_handling()),
            _ => None,
        };
        self.encoding = Some(encoding);
        self.generation += 1;
    }

    /// Advances the UTF-8 accounting over the bytes that came.
    fn count_utf8(&mut self, last: bool) {
        let count = &mut self.utf8;
        if !count.started {
            if self.raw.len() < UTF8_BOM.len() && !last {
                return;
            }
            count.started = true;
            count.counted = if self.raw.starts_with(UTF8_BOM) { 3 } else { 0 };
        }
        let (used, multibyte, invalid) = utf8_scan(&self.raw[count.counted..], last);
        count.counted += used;
        count.multibyte += multibyte;
        count.invalid += invalid;
    }

    /// Decodes the bytes not decoded yet; an incomplete character at the end waits, unless
    /// `last`.
    fn decode_available(&mut self, last: bool) {
        let Decoder {
            raw,
            text,
            encoding,
            decoded,
            utf16,
            sanitizer,
            ..
        } = self;
        let new = &raw[*decoded..];
        match encoding {
            None => {}
            Some(Encoding::Utf16 { .. }) => {
                let Some(utf16) = utf16 else { return };
                let room = utf16
                    .max_utf8_buffer_length(new.len())
                    .unwrap_or(new.len() * 3 + 16);
                let mut piece = String::with_capacity(room);
                let (_, read, _) = utf16.decode_to_string(new, &mut piece, last);
                *decoded += read;
                sanitizer.push(&piece, text);
            }
            Some(Encoding::Utf8 { .. }) => {
                let mut at = 0;
                while at < new.len() {
                    match std::str::from_utf8(&new[at..]) {
                        Ok(valid) => {
                            sanitizer.push(valid, text);
                            at = new.len();
                        }
                        Err(e) => {
                            let valid = e.valid_up_to();
                            if let Ok(piece) = std::str::from_utf8(&new[at..at + valid]) {
                                sanitizer.push(piece, text);
                            }
                            at += valid;
                            let bad = match e.error_len() {
                                Some(n) => n,
                                None if last => new.len() - at,
                                // A character cut at the end of what came: wait for the rest.
                                None => break,
                            };
                            for _ in 0..bad {
                                sanitizer.push("\u{FFFD}", text);
                            }
                            at += bad;
                        }
                    }
                }
                *decoded += at;
            }
            Some(Encoding::Windows1252 { .. }) => {
                // One character per byte: nothing to wait for.
                let (piece, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(new);
                sanitizer.push(&piece, text);
                *decoded = raw.len();
            }
        }
    }
}

/// The UTF-8 accounting of `bytes`: how many it used (an incomplete character at the end is
/// left unless `last`, where it counts as invalid), lead bytes of valid multi-byte characters,
/// and invalid bytes.
fn utf8_scan(bytes: &[u8], last: bool) -> (usize, usize, usize) {
    let leads = lead_bytes;
    let (mut at, mut multibyte, mut invalid) = (0, 0, 0);
    while at < bytes.len() {
        match std::str::from_utf8(&bytes[at..]) {
            Ok(_) => {
                multibyte += leads(&bytes[at..]);
                at = bytes.len();
            }
            Err(e) => {
                let valid = e.valid_up_to();
                multibyte += leads(&bytes[at..at + valid]);
                at += valid;
                match e.error_len() {
                    Some(n) => {
                        invalid += n;
                        at += n;
                    }
                    None if last => {
                        invalid += bytes.len() - at;
                        at = bytes.len();
                    }
                    None => break,
                }
            }
        }
    }
    (at, multibyte, invalid)
}

/// How many bytes of `bytes` are lead bytes of multi-byte UTF-8 characters (`0xC0` and up).
///
/// PERF: this runs over every byte of a file opened; counted in one-byte sums over runs of 255
/// bytes (which cannot overflow), the loop is vectorised (a filtered count was not: 4
/// instructions a byte).
fn lead_bytes(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|run| {
            let n = run
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(b >= 0xC0)));
            usize::from(n)
        })
        .sum()
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

/// Sanitises already decoded text at once (a web page's lines), as `Sanitizer` does in pieces.
pub fn sanitize(text: &str, encoding: &'static str) -> Decoded {
    let mut sanitizer = Sanitizer::default();
    let mut out = String::with_capacity(text.len());
    sanitizer.push(text, &mut out);
    Decoded {
        text: out,
        encoding,
        had_controls: sanitizer.had_controls,
        invalid_bytes: 0,
    }
}

/// Normalises line endings to `\n`, expands tabs, and replaces every other control character
/// (C0, DEL, C1) by a visible symbol so no article can drive the terminal. Fed in pieces (whole
/// characters), it carries what crosses a cut: the column, for tab stops, and a `\r` just made
/// a line end, whose `\n` must then be dropped.
#[derive(Debug, Default, Clone)]
struct Sanitizer {
    column: usize,
    after_cr: bool,
    had_controls: bool,
}

impl Sanitizer {
    fn push(&mut self, piece: &str, out: &mut String) {
        if piece.is_empty() {
            return;
        }
        let mut text = piece;
        if std::mem::take(&mut self.after_cr) {
            text = text.strip_prefix('\n').unwrap_or(text);
        }
        if !needs_sanitizing(text.as_bytes()) {
            out.push_str(text);
            self.column = match text.rfind('\n') {
                Some(p) => text[p + 1..].chars().count(),
                None => self.column + text.chars().count(),
            };
            return;
        }
        // PERF: text between the characters to replace is copied in runs (a file with CR line
        // endings has one every line, and it is most of what sanitizing costs).
        let bytes = text.as_bytes();
        out.reserve(text.len() + text.len() / 16);
        // `text[..copied]` is in `out`; `column` is the column at byte `column_at` of `out`.
        let (mut copied, mut at) = (0usize, 0usize);
        let (mut column_at, mut column) = (out.len(), self.column);
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
                    flush(out, &mut column_at, &mut column);
                    out.push('\n');
                    (column_at, column) = (out.len(), 0);
                    match bytes.get(here + 1) {
                        Some(b'\n') => 2,
                        Some(_) => 1,
                        // The next piece may start with the `\n` of this `\r`.
                        None => {
                            self.after_cr = true;
                            1
                        }
                    }
                }
                '\u{2028}' | '\u{2029}' => {
                    flush(out, &mut column_at, &mut column);
                    out.push('\n');
                    (column_at, column) = (out.len(), 0);
                    c.len_utf8()
                }
                '\t' => {
                    flush(out, &mut column_at, &mut column);
                    let now = column + out[column_at..].chars().count();
                    let spaces = TAB_WIDTH - now % TAB_WIDTH;
                    out.extend(std::iter::repeat_n(' ', spaces));
                    (column_at, column) = (out.len(), now + spaces);
                    1
                }
                c if (c as u32) < 0x20 => {
                    flush(out, &mut column_at, &mut column);
                    // Control Pictures block: U+2400 + code, e.g. ESC → ␛.
                    out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
                    self.had_controls = true;
                    1
                }
                '\u{7f}' => {
                    flush(out, &mut column_at, &mut column);
                    out.push('\u{2421}');
                    self.had_controls = true;
                    1
                }
                c if ('\u{80}'..='\u{9f}').contains(&c) => {
                    flush(out, &mut column_at, &mut column);
                    // C1 controls in UTF-8 news copy are Windows-1252 punctuation that went
                    // through a Latin-1 conversion (U+0092 an apostrophe, U+0085 an ellipsis):
                    // map them back. The five code points Windows-1252 leaves undefined stay
                    // controls, made visible.
                    let mapped = windows_1252_punctuation(c);
                    if mapped == '\u{FFFD}' {
                        self.had_controls = true;
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
        let run = &text[copied..];
        if let Some(newline) = run.rfind('\n') {
            (column_at, column) = (out.len() + newline + 1, 0);
        }
        out.push_str(run);
        self.column = column + out[column_at..].chars().count();
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
    while let Some(p) = next_candidate(rest) {
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

/// The first byte of `bytes` that `is_candidate`, if any.
///
/// PERF: runs of 64 bytes with no candidate (nearly all of a clean text) are told in one
/// vectorised test each, with no branch per byte; `position` stops at each byte.
#[inline]
fn next_candidate(bytes: &[u8]) -> Option<usize> {
    const RUN: usize = 64;
    let mut at = 0;
    for run in bytes.chunks(RUN) {
        if run.iter().fold(false, |any, b| any | is_candidate(b)) {
            return run.iter().position(is_candidate).map(|p| at + p);
        }
        at += run.len();
    }
    None
}

/// Finds a leading `date <value>` marker (value starting with a digit) and returns the value and
/// the byte offset where the body begins.
pub fn date_marker(text: &str) -> Option<(String, usize)> {
    date_marker_so_far(text, true).flatten()
}

/// [`date_marker`] on the start of a text still arriving (`complete` false): `None` while more
/// text could change the answer (`da` may become `date 2019`, and the body start moves past
/// every blank that follows the value), the answer once it cannot.
pub fn date_marker_so_far(text: &str, complete: bool) -> Option<Option<(String, usize)>> {
    const KEYWORDS: [&str; 3] = ["date", "Date", "DATE"];
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let Some(rest) = KEYWORDS.iter().find_map(|k| trimmed.strip_prefix(k)) else {
        let may_become_one = KEYWORDS.iter().any(|k| k.starts_with(trimmed));
        return (complete || !may_become_one).then_some(None);
    };
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let after_ws = rest.trim_start_matches([' ', '\u{a0}']);
    if after_ws.is_empty() && !complete {
        return None;
    }
    if after_ws.len() == rest.len()
        && !rest.is_empty()
        && !rest.starts_with(':')
        && !rest.starts_with(char::is_whitespace)
    {
        // "dates…" or "datebook": not a marker.
        return Some(None);
    }
    let value_len = after_ws.find(char::is_whitespace);
    let value = &after_ws[..value_len.unwrap_or(after_ws.len())];
    let valid = value.starts_with(|c: char| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || "-/.:T".contains(c));
    if value_len.is_none() && !complete {
        // The value may go on; only a character it cannot hold settles it.
        return (!valid).then_some(None);
    }
    if !valid {
        return Some(None);
    }
    let value_end = lead + (trimmed.len() - after_ws.len()) + value.len();
    let body = &text[value_end..];
    let blank = body.len() - body.trim_start().len();
    if blank == body.len() && !complete {
        return None;
    }
    Some(Some((value.to_string(), value_end + blank)))
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
            let mut sanitizer = Sanitizer::default();
            let mut out = String::new();
            sanitizer.push(&text, &mut out);
            let (expected, had_controls) = sanitize_by_characters(&text);
            proptest::prop_assert_eq!(out, expected);
            proptest::prop_assert_eq!(sanitizer.had_controls, had_controls);
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
    fn candidates_and_lead_bytes_are_found_at_every_place_of_a_run() {
        // A candidate (a tab, a C1 control, a line separator) or a lead byte at each offset
        // around the 64- and 255-byte runs, in French and English text.
        for base in [
            "Le président a déclaré « non ». ",
            "The mayor said \"no\" to them. ",
        ] {
            let long = base.repeat(20);
            for at in (0..long.len()).filter(|&i| long.is_char_boundary(i)) {
                for insert in ["\t", "\u{85}", "\u{2028}", "é", "—"] {
                    let mut s = long.clone();
                    s.insert_str(at, insert);
                    let bytes = s.as_bytes();
                    assert_eq!(next_candidate(bytes), bytes.iter().position(is_candidate));
                    let leads = bytes.iter().filter(|&&b| b >= 0xC0).count();
                    assert_eq!(lead_bytes(bytes), leads);
                }
                assert!(
                    !needs_sanitizing(&long.as_bytes()[at..]),
                    "{:?}",
                    &long[at..]
                );
            }
        }
        assert_eq!(next_candidate(b""), None);
        assert_eq!(lead_bytes(&[0xC3; 1000]), 1000);
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

    /// Feeds `bytes` to a decoder cut at `cuts` (offsets, any order), deciding provisionally
    /// after each piece when `provisional` (as a first screen from a slow pipe does).
    fn decode_in_pieces(
        bytes: &[u8],
        cuts: &[usize],
        provisional: bool,
    ) -> Result<Decoded, String> {
        let mut cuts: Vec<usize> = cuts.iter().map(|&c| c.min(bytes.len())).collect();
        cuts.sort_unstable();
        let mut decoder = Decoder::new("f");
        let mut from = 0;
        for cut in cuts.into_iter().chain([bytes.len()]) {
            decoder.push(&bytes[from..cut]).map_err(|e| e.to_string())?;
            if provisional {
                decoder.decide_now().map_err(|e| e.to_string())?;
                assert!(decoder.text().len() <= 4 * decoder.bytes_in() + 16);
            }
            from = cut;
        }
        decoder.finish().map_err(|e| e.to_string())
    }

    fn at_once(bytes: &[u8]) -> Result<Decoded, String> {
        decode(bytes, "f").map_err(|e| e.to_string())
    }

    /// Bytes where every cut matters: multi-byte characters, invalid bytes, CRLF and lone CR,
    /// tabs, controls, C1 punctuation, line separators, byte order marks, NUL.
    fn tricky_bytes() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(b"a".to_vec()),
            Just(b"mot ".to_vec()),
            Just("\u{e9}t\u{e9}".as_bytes().to_vec()),
            Just("\u{20ac}".as_bytes().to_vec()),
            Just("\u{1f44d}".as_bytes().to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"\r".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"\t".to_vec()),
            Just(b"\x1b[1m".to_vec()),
            Just("\u{92}".as_bytes().to_vec()),
            Just("\u{2028}".as_bytes().to_vec()),
            Just(vec![0xFF]),
            Just(vec![0xE9]),
            Just(vec![0xC3]),
            Just(vec![0xE2, 0x82]),
            Just(UTF8_BOM.to_vec()),
            Just(vec![0xFF, 0xFE]),
            Just(vec![0]),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    /// Text in UTF-16, with or without a byte order mark, either byte order.
    fn utf16_bytes() -> impl Strategy<Value = Vec<u8>> {
        let text = proptest::collection::vec(
            prop_oneof![
                Just("P\u{e9}kin "),
                Just("\r\n"),
                Just("\t"),
                Just("\u{1f44d}"),
                Just("cit\u{e9}"),
            ],
            2..30,
        );
        (text, any::<bool>(), any::<bool>()).prop_map(|(text, le, bom)| {
            let text = text.concat();
            let units = text.encode_utf16();
            let mut bytes: Vec<u8> = match (le, bom) {
                (true, true) => vec![0xFF, 0xFE],
                (false, true) => vec![0xFE, 0xFF],
                _ => vec![],
            };
            for u in units {
                bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            bytes
        })
    }

    fn cuts() -> impl Strategy<Value = Vec<usize>> {
        proptest::collection::vec(0usize..200, 0..8)
    }

    proptest! {
        #[test]
        fn decoding_in_pieces_equals_decoding_at_once(
            bytes in prop_oneof![tricky_bytes(), utf16_bytes()],
            cuts in cuts(),
            provisional in any::<bool>(),
        ) {
            prop_assert_eq!(decode_in_pieces(&bytes, &cuts, provisional), at_once(&bytes));
        }

        #[test]
        fn past_the_sniffed_start_pieces_still_equal_the_whole(
            tail in tricky_bytes(),
            cuts in proptest::collection::vec(SNIFF_BYTES - 100..SNIFF_BYTES + 300, 0..6),
            provisional in any::<bool>(),
        ) {
            // The encoding is settled as to UTF-16 and binary at SNIFF_BYTES: a NUL or an
            // invalid byte after it must still give what decoding it all gives.
            let mut bytes = "Un long d\u{e9}but.\n".repeat(SNIFF_BYTES / 18).into_bytes();
            bytes.extend_from_slice(&tail);
            prop_assert_eq!(decode_in_pieces(&bytes, &cuts, provisional), at_once(&bytes));
        }
    }

    use proptest::prelude::*;

    #[test]
    fn a_start_read_as_utf8_is_decoded_again_when_the_whole_is_windows_1252() {
        let mut bytes = "Le d\u{e9}but est en UTF-8. ".as_bytes().to_vec();
        bytes.extend(b"La suite est en Latin-1 : \xe9t\xe9, d\xe9j\xe0, \xe0 l'\xe9cole.\n");
        let mut decoder = Decoder::new("f");
        decoder.push(&bytes[..20]).unwrap();
        decoder.decide_now().unwrap();
        assert_eq!(decoder.state().0, Some("utf-8"));
        assert!(decoder.text().starts_with("Le d\u{e9}but"));
        let before = decoder.generation();
        decoder.push(&bytes[20..]).unwrap();
        let decoded = decoder.finish().unwrap();
        assert_eq!(decoded, decode(&bytes, "f").unwrap());
        assert_eq!(decoded.encoding, "windows-1252");
        let mut again = Decoder::new("f");
        again.push(&bytes).unwrap();
        again.decide_now().unwrap();
        assert!(again.generation() > 0 && before > 0);
    }

    #[test]
    fn a_nul_after_the_sniffed_start_fails_as_soon_as_it_comes() {
        let mut decoder = Decoder::new("x.bin");
        decoder.push(&vec![b'a'; SNIFF_BYTES]).unwrap();
        assert_eq!(decoder.state().0, Some("utf-8"));
        let err = decoder.push(b"b\0c").unwrap_err();
        assert_eq!(err.to_string(), "x.bin: looks like a binary file");
    }

    proptest! {
        #[test]
        fn a_date_marker_settled_on_a_prefix_is_the_whole_text_s(
            pieces in proptest::collection::vec(prop_oneof![
                Just("date"), Just("Date"), Just("da"), Just(":"), Just(" "), Just("\u{a0}"),
                Just("2019"), Just("-04"), Just("T"), Just("\n"), Just("x"), Just("\u{e9}"),
            ], 0..12),
        ) {
            let text = pieces.concat();
            let whole = date_marker(&text);
            for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                if let Some(settled) = date_marker_so_far(&text[..cut], false) {
                    prop_assert_eq!(&settled, &whole, "settled on {:?}", &text[..cut]);
                }
            }
            prop_assert_eq!(date_marker_so_far(&text, true), Some(whole));
        }
    }

    #[test]
    fn missing_file_and_directory_errors_name_the_path() {
        let err = read_file(Path::new("/nonexistent/x.txt")).unwrap_err();
        assert_eq!(err.to_string(), "/nonexistent/x.txt: no such file");
        let err = read_file(Path::new("/tmp")).unwrap_err();
        assert_eq!(err.to_string(), "/tmp: is a directory, not a text file");
    }
}
