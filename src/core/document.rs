//! `Document`: an article's decoded text, its metadata and its blocks (headings, paragraphs,
//! block quotations) as byte ranges into that text.

use std::ops::Range;
use std::path::Path;

use super::html::{self, Element, Opened, Page};
use super::load::{self, LoadError};
use super::text::words::count_words;
use unicode_width::UnicodeWidthStr;

/// What a block is, for styling and for the analyses that treat headings apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// A paragraph of a block quotation (`<blockquote>` in a web page).
    Quote,
}

/// A paragraph or a subheading: a byte range of the document's text, trimmed of white space.
/// A paragraph may contain `\n` when the file is hard-wrapped; layout treats it as a space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

/// One article, decoded and split into blocks. Every span anywhere in visavis is a byte range
/// into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The path as given (or the asset name for the bundled articles).
    pub path: String,
    /// File name shown in the pane title.
    pub title: String,
    pub date: Option<String>,
    /// What a web page says of itself (none for text files).
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    /// True when `text` is the article body extracted from an HTML page.
    pub from_html: bool,
    pub encoding: &'static str,
    pub text: String,
    pub blocks: Vec<Block>,
    pub word_count: usize,
    /// Short remarks for the pane title ("decoded as windows-1252", "empty file").
    pub notices: Vec<String>,
    /// Only a prefix of the file, while the rest is read: positions in it are those of the
    /// whole (unless the whole decides on another encoding), its last block may be cut short.
    pub partial: bool,
}

/// What `align --json` and `quotes --json` say about each document.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocumentInfo<'a> {
    pub path: &'a str,
    pub title: &'a str,
    pub date: Option<&'a str>,
    pub encoding: &'a str,
    pub words: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<&'a str>,
    /// For a web page, what the text (and so every offset) is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'static str>,
}

/// What `documents[].text` says of a web page's text.
pub const EXTRACTED_TEXT: &str = "article body extracted from the HTML page; offsets are bytes into it (visavis text FILE prints it)";

impl Document {
    /// The metadata block of the JSON outputs.
    pub fn info(&self) -> DocumentInfo<'_> {
        DocumentInfo {
            path: &self.path,
            title: &self.title,
            date: self.date.as_deref(),
            encoding: self.encoding,
            words: self.word_count,
            headline: self.headline.as_deref(),
            byline: self.byline.as_deref(),
            site: self.site.as_deref(),
            text: self.from_html.then_some(EXTRACTED_TEXT),
        }
    }

    /// Reads and parses a file (`-`: standard input); errors are one line naming the path.
    pub fn open(path: &Path) -> Result<Document, LoadError> {
        if path == Path::new(STDIN) {
            let bytes = load::read_limited(std::io::stdin().lock(), STDIN_NAME)?;
            return Document::from_bytes(STDIN_NAME, &bytes);
        }
        let bytes = load::read_file(path)?;
        Document::from_bytes(&load::display_path(path), &bytes)
    }

    /// Parses bytes that came from `path` (used for the embedded articles too). `path` is kept
    /// for display, with its control characters made visible.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Result<Document, LoadError> {
        let shown = load::visible_controls(path);
        // A web page (by name or content, gzipped or not) is read as its article.
        let bytes = match html::open(&shown, bytes)? {
            Opened::Page(page) => return Ok(Document::from_page(&shown, &title_of(&shown), *page)),
            Opened::Text(bytes) => bytes,
        };
        let mut builder = DocumentBuilder::new(path);
        builder.push(&bytes)?;
        builder.finish()
    }

    /// A web page's article: its blocks as the page made them, its metadata from the page.
    fn from_page(path: &str, title: &str, page: Page) -> Document {
        let notices = decoding_notices(page.encoding, page.had_controls, 0);
        let blocks: Vec<Block> = page
            .blocks
            .into_iter()
            .map(|(element, range)| Block {
                kind: match element {
                    Element::Heading => BlockKind::Heading,
                    Element::Paragraph => BlockKind::Paragraph,
                    Element::Blockquote => BlockKind::Quote,
                },
                range,
            })
            .collect();
        let word_count = blocks
            .iter()
            .map(|b| count_words(&page.text[b.range.clone()]))
            .sum();
        Document {
            path: path.to_string(),
            title: title.to_string(),
            date: page.published,
            headline: page.headline,
            byline: page.byline,
            site: page.site,
            from_html: true,
            encoding: page.encoding,
            text: page.text,
            blocks,
            word_count,
            notices,
            partial: false,
        }
    }

    /// Builds a document from already decoded, sanitised text.
    pub fn from_text(
        path: &str,
        title: &str,
        text: String,
        encoding: &'static str,
        notices: Vec<String>,
    ) -> Document {
        let mut split = LineSplit::default();
        split.take(&text, true);
        split.document(path, title, text, encoding, notices, false)
    }

    /// The document at `path` before any of it has arrived (a pipe whose writer has not written
    /// yet): no text, `partial`.
    pub fn pending(path: &str) -> Document {
        let path = load::visible_controls(path);
        let title = title_of(&path);
        LineSplit::default().document(&path, &title, String::new(), "utf-8", Vec::new(), true)
    }

    /// The text of a block.
    pub fn block_text(&self, block: &Block) -> &str {
        &self.text[block.range.clone()]
    }

    /// Index of the block containing (or following) byte `offset`.
    pub fn block_at(&self, offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.range.end <= offset)
            .min(self.blocks.len().saturating_sub(1))
    }
}

/// The name a pane title shows for `path`: its file name.
fn title_of(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// The file name that means standard input.
pub const STDIN: &str = "-";
/// How standard input is named in titles and messages.
pub const STDIN_NAME: &str = "standard input";

/// A document read in pieces, as the bytes come: each piece is decoded (`load::Decoder`) and its
/// complete lines are split at once, so that [`DocumentBuilder::snapshot`] can give a first
/// screen's worth (a prefix of the document, `partial`) at any point, and
/// [`DocumentBuilder::finish`] the document exactly as [`Document::from_bytes`] gives it.
///
/// What depends on the whole text is decided on what has come and settled at the end: the
/// encoding (a new decision decodes and splits again from the start), whether the file is
/// hard-wrapped (from counts over all its lines), and whether a lone first block may be a
/// subheading (only when there is more than one block).
#[derive(Debug)]
pub struct DocumentBuilder {
    path: String,
    title: String,
    decoder: load::Decoder,
    /// The decoder's generation that `split` is of.
    generation: u32,
    split: LineSplit,
}

impl DocumentBuilder {
    /// A document that will come from `path` (kept for display, its controls made visible).
    pub fn new(path: &str) -> DocumentBuilder {
        let path = load::visible_controls(path);
        let title = title_of(&path);
        DocumentBuilder {
            decoder: load::Decoder::new(&path),
            path,
            title,
            generation: 0,
            split: LineSplit::default(),
        }
    }

    /// Room for `bytes` more input: the size of a file, known before it is read.
    pub fn reserve(&mut self, bytes: usize) {
        self.decoder.reserve(bytes);
    }

    /// The next bytes of the file. Fails once the file is known to be binary.
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), LoadError> {
        self.decoder.push(bytes)?;
        self.split_new_lines(false);
        Ok(())
    }

    /// Like [`DocumentBuilder::push`], taking the bytes over when they are the first.
    pub fn push_vec(&mut self, bytes: Vec<u8>) -> Result<(), LoadError> {
        self.decoder.push_vec(bytes)?;
        self.split_new_lines(false);
        Ok(())
    }

    /// What is known so far, as a document: the text decoded up to here (an encoding is decided
    /// provisionally if none is yet), its blocks, the last one possibly cut short, `partial`.
    pub fn snapshot(&mut self) -> Result<Document, LoadError> {
        self.decoder.decide_now()?;
        self.split_new_lines(false);
        let text = self.decoder.text().to_string();
        let (encoding, controls, invalid) = self.decoder.state();
        let notices = decoding_notices(encoding.unwrap_or("utf-8"), controls, invalid);
        let mut split = self.split.clone_counts();
        // The line still arriving is shown as it is so far, as text: whether it is a short
        // subheading is known once it ends.
        split.take(&text, true);
        for line in &mut split.lines {
            line.heading = false;
        }
        split.lines = self
            .split
            .lines
            .iter()
            .cloned()
            .chain(split.lines)
            .collect();
        let doc = split.document(
            &self.path,
            &self.title,
            text,
            encoding.unwrap_or("utf-8"),
            notices,
            true,
        );
        Ok(doc)
    }

    /// The whole document, once every byte has come.
    pub fn finish(mut self) -> Result<Document, LoadError> {
        self.decoder.end()?;
        self.split_new_lines(true);
        let decoded = self.decoder.into_decoded();
        let notices = decoding_notices(
            decoded.encoding,
            decoded.had_controls,
            decoded.invalid_bytes,
        );
        Ok(self.split.document(
            &self.path,
            &self.title,
            decoded.text,
            decoded.encoding,
            notices,
            false,
        ))
    }

    /// Splits the lines the decoder completed (all of them when `complete`), from the start
    /// again if the decoder started its text over.
    fn split_new_lines(&mut self, complete: bool) {
        if self.decoder.generation() != self.generation {
            self.generation = self.decoder.generation();
            self.split = LineSplit::default();
        }
        self.split.take(self.decoder.text(), complete);
    }
}

/// What a title says of the decoding: the encoding when it is not UTF-8, control characters
/// shown as symbols, invalid bytes.
fn decoding_notices(encoding: &str, had_controls: bool, invalid_bytes: usize) -> Vec<String> {
    let mut notices = Vec::new();
    if encoding != "utf-8" {
        notices.push(format!("decoded as {encoding}"));
    }
    if had_controls {
        notices.push("control chars shown as symbols".to_string());
    }
    match invalid_bytes {
        0 => {}
        1 => notices.push("1 invalid byte shown as �".to_string()),
        n => notices.push(format!("{n} invalid bytes shown as �")),
    }
    notices
}

/// A line of text (not blank), as the split into blocks needs it.
#[derive(Debug, Clone)]
struct TextLine {
    /// The line trimmed of white space.
    range: Range<usize>,
    /// A short line without final punctuation: a subheading if it stands alone.
    heading: bool,
    /// The line before it is blank (or there is none): it starts a paragraph of a hard-wrapped
    /// file.
    starts_run: bool,
}

/// The counts over all lines that decide whether a file is hard-wrapped.
#[derive(Debug, Clone, Copy, Default)]
struct LineCounts {
    nonblank: usize,
    /// Lines of text right after a line of text.
    followed_by_text: usize,
    /// Lines of text at most 100 columns wide.
    short: usize,
    /// A blank line between two lines of text (not the empty "line" after a final newline, nor
    /// leading or trailing blank lines).
    has_blank: bool,
}

impl LineCounts {
    /// A file whose paragraphs are runs of short lines separated by blank lines is hard-wrapped:
    /// its runs are joined. Otherwise every non-blank line is a block (one bundled article
    /// separates paragraphs by blank lines, the other by single newlines).
    fn hard_wrapped(&self) -> bool {
        self.has_blank
            && self.nonblank >= 4
            && self.followed_by_text * 2 >= self.nonblank
            && self.short * 10 >= self.nonblank * 8
    }
}

/// The split of a text into lines and blocks, taken as its lines complete.
#[derive(Debug, Clone, Default)]
struct LineSplit {
    /// The leading `date` marker, once settled: its value and where the body starts.
    body: Option<(Option<String>, usize)>,
    /// Start of the first line not taken yet.
    next: usize,
    /// The whole text was taken.
    done: bool,
    /// The line before `next` is a line of text.
    after_text: bool,
    /// A blank line came after the last line of text.
    blank_since_text: bool,
    counts: LineCounts,
    words: usize,
    lines: Vec<TextLine>,
}

impl LineSplit {
    /// Everything but the lines: where a snapshot takes the unfinished last line from.
    fn clone_counts(&self) -> LineSplit {
        LineSplit {
            body: self.body.clone(),
            lines: Vec::new(),
            ..*self
        }
    }

    /// Takes the complete lines of `text` not taken yet (and the last one when `complete`).
    /// `text` only ever grows between calls.
    fn take(&mut self, text: &str, complete: bool) {
        if self.done {
            return;
        }
        if self.body.is_none() {
            let Some(marker) = load::date_marker_so_far(text, complete) else {
                return;
            };
            let start = marker.as_ref().map_or(0, |(_, start)| *start);
            self.next = start;
            self.body = Some((marker.map(|(value, _)| value), start));
        }
        // PERF: `memchr`, many bytes at a time (`str::find` went byte by byte).
        while let Some(end) = memchr::memchr(b'\n', &text.as_bytes()[self.next..]) {
            let line = self.next..self.next + end;
            self.line(text, line);
            self.next += end + 1;
        }
        if complete {
            self.line(text, self.next..text.len());
            self.next = text.len();
            self.done = true;
        }
    }

    fn line(&mut self, text: &str, line: Range<usize>) {
        let raw = &text[line.clone()];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            self.blank_since_text |= self.counts.nonblank > 0;
            self.after_text = false;
            return;
        }
        let counts = &mut self.counts;
        counts.nonblank += 1;
        counts.followed_by_text += usize::from(self.after_text);
        counts.has_blank |= self.blank_since_text;
        // PERF: a line of more than 400 bytes is wider than 100 columns; only short ones are
        // measured.
        counts.short += usize::from(raw.len() <= 400 && raw.width() <= 100);
        // Trimming white space removes no word: the count serves the heading test too.
        let words = count_words(raw);
        self.words += words;
        let lead = raw.len() - raw.trim_start().len();
        let start = line.start + lead;
        self.lines.push(TextLine {
            range: start..start + trimmed.len(),
            heading: looks_like_heading(trimmed, words),
            starts_run: !self.after_text,
        });
        self.after_text = true;
        self.blank_since_text = false;
    }

    /// The blocks of the lines taken: runs of lines joined if the file is hard-wrapped, each
    /// line otherwise; subheadings only where there is more than one block.
    fn blocks(&self) -> Vec<Block> {
        let hard_wrapped = self.counts.hard_wrapped();
        let mut blocks: Vec<Block> = Vec::with_capacity(self.lines.len());
        for line in &self.lines {
            if hard_wrapped
                && !line.starts_run
                && let Some(run) = blocks.last_mut()
            {
                run.range.end = line.range.end;
                run.kind = BlockKind::Paragraph;
                continue;
            }
            let kind = if line.heading {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
            blocks.push(Block {
                kind,
                range: line.range.clone(),
            });
        }
        if let [only] = &mut blocks[..] {
            only.kind = BlockKind::Paragraph;
        }
        blocks
    }

    fn document(
        &self,
        path: &str,
        title: &str,
        text: String,
        encoding: &'static str,
        mut notices: Vec<String>,
        partial: bool,
    ) -> Document {
        let blocks = self.blocks();
        if blocks.is_empty() && !partial {
            notices.push(
                if text.trim().is_empty() {
                    "empty file"
                } else {
                    "no text"
                }
                .to_string(),
            );
        }
        Document {
            path: path.to_string(),
            title: title.to_string(),
            date: self.body.as_ref().and_then(|(date, _)| date.clone()),
            headline: None,
            byline: None,
            site: None,
            from_html: false,
            encoding,
            text,
            blocks,
            word_count: self.words,
            notices,
            partial,
        }
    }
}

const CLOSING_QUOTES: &[char] = &['"', '»', '”', '“', '›', '\'', '’'];

/// A short stand-alone line without final punctuation. Final punctuation is looked for inside
/// closing quote marks, so a line that is only a quotation is a subheading when it does not end
/// a sentence (`"Nous avons beaucoup à faire"`) and a paragraph when it does
/// (`« Rien ne sera simple. »`). `words` is the line's word count.
fn looks_like_heading(line: &str, words: usize) -> bool {
    // PERF: words first; the width is measured only for short lines (most lines are long).
    if words > 15 || line.width() > 100 {
        return false;
    }
    let last = line
        .trim_end_matches(CLOSING_QUOTES)
        .trim_end()
        .chars()
        .last();
    !matches!(last, Some('.' | '!' | '?' | '…' | ':' | ';' | ','))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_bytes("dir/a.txt", text.as_bytes()).unwrap()
    }

    fn blocks(d: &Document) -> Vec<(BlockKind, &str)> {
        d.blocks.iter().map(|b| (b.kind, d.block_text(b))).collect()
    }

    #[test]
    fn blank_line_and_single_newline_paragraphs() {
        let a = doc("Un paragraphe entier.\n\nUn autre paragraphe.\n\nEt un troisième.");
        let b = doc("Un paragraphe entier.\nUn autre paragraphe.\nEt un troisième.");
        assert_eq!(blocks(&a), blocks(&b));
        assert_eq!(a.blocks.len(), 3);
    }

    #[test]
    fn one_paragraph_per_line_with_a_final_newline_is_not_hard_wrapped() {
        let d = doc("Un.\nDeux.\nTrois.\nQuatre.\nCinq.\n\n");
        assert_eq!(d.blocks.len(), 5);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Ceci est une ligne coupée\nqui continue ici\net se termine là.\n\nSecond paragraphe\nsur deux lignes.\n";
        let d = doc(text);
        assert_eq!(d.blocks.len(), 2, "{:?}", blocks(&d));
        assert!(d.block_text(&d.blocks[0]).ends_with("se termine là."));
    }

    #[test]
    fn headings_are_short_lines_without_final_punctuation() {
        let d = doc(
            "Premier paragraphe, assez long pour être du texte.\n\nPas d'accord attendu\n\n\"Nous avons beaucoup à faire\"\n\nFin du texte.\n\n« Rien ne sera simple. »",
        );
        let kinds: Vec<_> = d.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
            ]
        );
    }

    #[test]
    fn date_marker_goes_to_metadata_not_body() {
        let d = doc(" date 2019-04 Kim Jong Un et Vladimir Poutine.\n\nSuite.");
        assert_eq!(d.date.as_deref(), Some("2019-04"));
        assert_eq!(
            d.block_text(&d.blocks[0]),
            "Kim Jong Un et Vladimir Poutine."
        );
        assert_eq!(d.word_count, 7);
    }

    #[test]
    fn empty_file_is_an_empty_document_with_a_notice() {
        let d = doc("");
        assert!(d.blocks.is_empty());
        assert_eq!(d.notices, ["empty file"]);
        let d = doc("\n \n\t\n");
        assert!(d.blocks.is_empty());
    }

    #[test]
    fn legacy_encoding_is_noticed() {
        let d = Document::from_bytes("x", b"Le pr\xe9sident.").unwrap();
        assert_eq!(d.notices, ["decoded as windows-1252"]);
        assert_eq!(d.word_count, 2);
    }

    /// Builds the document from `bytes` cut at `cuts`, taking a snapshot after each piece, and
    /// checks each snapshot is a document one can draw: blocks in order, inside its text, on
    /// character boundaries, and a prefix of the whole text when the encoding stayed.
    fn built_in_pieces(bytes: &[u8], cuts: &[usize]) -> Result<Document, String> {
        let mut cuts: Vec<usize> = cuts.iter().map(|&c| c.min(bytes.len())).collect();
        cuts.sort_unstable();
        let mut builder = DocumentBuilder::new("dir/a.txt");
        let mut snapshots = Vec::new();
        let mut from = 0;
        for cut in cuts {
            builder.push(&bytes[from..cut]).map_err(|e| e.to_string())?;
            snapshots.push(builder.snapshot().map_err(|e| e.to_string())?);
            from = cut;
        }
        builder.push(&bytes[from..]).map_err(|e| e.to_string())?;
        let whole = builder.finish().map_err(|e| e.to_string())?;
        for snap in &snapshots {
            assert!(snap.partial);
            let mut end = 0;
            for b in &snap.blocks {
                assert!(
                    end <= b.range.start && b.range.start < b.range.end,
                    "{snap:?}"
                );
                assert!(snap.text.get(b.range.clone()).is_some(), "{snap:?}");
                end = b.range.end;
            }
            if snap.encoding == whole.encoding && snap.encoding != "windows-1252" {
                assert!(whole.text.starts_with(&snap.text), "{snap:?} / {whole:?}");
            }
        }
        Ok(whole)
    }

    /// Articles with what the split decides on the whole: blank-line and single-newline
    /// paragraphs, hard-wrapped runs, subheadings, a date marker, CRLF, accents, bad bytes.
    fn article_bytes() -> impl Strategy<Value = Vec<u8>> {
        let line = prop_oneof![
            Just(b"Un paragraphe entier, assez long pour \xc3\xaatre du texte.".to_vec()),
            Just(b"ligne courte".to_vec()),
            Just(b"Sous-titre".to_vec()),
            Just("« Rien ne sera simple. »".as_bytes().to_vec()),
            Just(b"date 2019-04".to_vec()),
            Just(b" date: 2020 ".to_vec()),
            Just(b"   ".to_vec()),
            Just(b"".to_vec()),
            Just(b"\tindent\xe9".to_vec()),
            Just(b"\xff".to_vec()),
            Just("é".repeat(60).into_bytes()),
        ];
        let ending = prop_oneof![Just(&b"\n"[..]), Just(&b"\r\n"[..]), Just(&b"\r"[..])];
        proptest::collection::vec((line, ending), 0..14).prop_map(|lines| {
            lines
                .into_iter()
                .flat_map(|(l, e)| l.into_iter().chain(e.iter().copied()))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn a_document_built_from_pieces_equals_the_document_built_at_once(
            bytes in article_bytes(),
            cuts in proptest::collection::vec(0usize..700, 0..6),
        ) {
            let at_once = Document::from_bytes("dir/a.txt", &bytes).map_err(|e| e.to_string());
            prop_assert_eq!(built_in_pieces(&bytes, &cuts), at_once);
        }
    }

    use proptest::prelude::*;

    #[test]
    fn every_cut_of_the_bundled_articles_gives_the_same_document() {
        for bytes in [
            &include_bytes!("../../assets/000_843fbf8397b90504.txt")[..],
            &include_bytes!("../../assets/002_3142bb842cecfb83.txt")[..],
        ] {
            let at_once = Document::from_bytes("dir/a.txt", bytes).unwrap();
            for cut in (0..bytes.len()).step_by(7) {
                assert_eq!(built_in_pieces(bytes, &[cut, cut + 1]), Ok(at_once.clone()));
            }
        }
    }

    #[test]
    fn a_snapshot_shows_the_lines_that_came_and_the_one_still_coming() {
        let mut builder = DocumentBuilder::new("a.txt");
        builder
            .push(b" date 2019-04 Premier paragraphe.\n\nSous-titre\n\nUn paragraphe en co")
            .unwrap();
        let snap = builder.snapshot().unwrap();
        assert!(snap.partial);
        assert_eq!(snap.date.as_deref(), Some("2019-04"));
        assert_eq!(
            blocks(&snap),
            [
                (BlockKind::Paragraph, "Premier paragraphe."),
                (BlockKind::Heading, "Sous-titre"),
                (BlockKind::Paragraph, "Un paragraphe en co"),
            ]
        );
        builder.push(b"urs.\n").unwrap();
        let whole = builder.finish().unwrap();
        assert!(!whole.partial);
        assert_eq!(
            whole.block_text(&whole.blocks[2]),
            "Un paragraphe en cours."
        );
        // Nothing yet: no text, no block, no "empty file" notice before the end.
        let pending = Document::pending("dir/fifo");
        assert!(pending.partial && pending.blocks.is_empty() && pending.notices.is_empty());
        assert_eq!(pending.title, "fifo");
    }

    #[test]
    fn bundled_articles_parse_as_expected() {
        let wire = Document::from_bytes(
            "000.txt",
            include_bytes!("../../assets/000_843fbf8397b90504.txt"),
        )
        .unwrap();
        assert_eq!(wire.date.as_deref(), Some("2019-04"));
        let kinds: Vec<_> = wire.blocks.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                Paragraph, Paragraph, Heading, Paragraph, Paragraph, Heading, Paragraph
            ]
        );
        let rewrite = Document::from_bytes(
            "002.txt",
            include_bytes!("../../assets/002_3142bb842cecfb83.txt"),
        )
        .unwrap();
        assert_eq!(rewrite.blocks.len(), 5);
        assert!(rewrite.blocks.iter().all(|b| b.kind == Paragraph));
    }
}
