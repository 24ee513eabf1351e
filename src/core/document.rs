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
#[derive(Debug, Clone)]
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
        let path = &load::visible_controls(path);
        let title = Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string());
        // A web page (by name or content, gzipped or not) is read as its article.
        let bytes = match html::open(path, bytes)? {
            Opened::Page(page) => return Ok(Document::from_page(path, &title, *page)),
            Opened::Text(bytes) => bytes,
        };
        let decoded = load::decode(&bytes, path)?;
        let mut notices = Vec::new();
        if decoded.encoding != "utf-8" {
            notices.push(format!("decoded as {}", decoded.encoding));
        }
        if decoded.had_controls {
            notices.push("control chars shown as symbols".to_string());
        }
        match decoded.invalid_bytes {
            0 => {}
            1 => notices.push("1 invalid byte shown as �".to_string()),
            n => notices.push(format!("{n} invalid bytes shown as �")),
        }
        Ok(Document::from_text(
            path,
            &title,
            decoded.text,
            decoded.encoding,
            notices,
        ))
    }

    /// A web page's article: its blocks as the page made them, its metadata from the page.
    fn from_page(path: &str, title: &str, page: Page) -> Document {
        let mut notices = Vec::new();
        if page.encoding != "utf-8" {
            notices.push(format!("decoded as {}", page.encoding));
        }
        if page.had_controls {
            notices.push("control chars shown as symbols".to_string());
        }
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
        }
    }

    /// Builds a document from already decoded, sanitised text.
    pub fn from_text(
        path: &str,
        title: &str,
        text: String,
        encoding: &'static str,
        mut notices: Vec<String>,
    ) -> Document {
        let (date, body_start) = match load::date_marker(&text) {
            Some((value, start)) => (Some(value), start),
            None => (None, 0),
        };
        let blocks = split_blocks(&text, body_start);
        let word_count = blocks
            .iter()
            .map(|b| count_words(&text[b.range.clone()]))
            .sum();
        if blocks.is_empty() {
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
            date,
            headline: None,
            byline: None,
            site: None,
            from_html: false,
            encoding,
            text,
            blocks,
            word_count,
            notices,
        }
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

/// The file name that means standard input.
pub const STDIN: &str = "-";
/// How standard input is named in titles and messages.
pub const STDIN_NAME: &str = "standard input";

/// Splits the body into blocks. A file whose paragraphs are runs of short lines separated by
/// blank lines is hard-wrapped: its runs are joined. Otherwise every non-blank line is a block
/// (one bundled article separates paragraphs by blank lines, the other by single newlines).
fn split_blocks(text: &str, body_start: usize) -> Vec<Block> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut offset = body_start;
    for line in text[body_start..].split('\n') {
        lines.push(offset..offset + line.len());
        offset += line.len() + 1;
    }
    let is_blank = |r: &Range<usize>| text[r.clone()].trim().is_empty();
    let nonblank = lines.iter().filter(|r| !is_blank(r)).count();
    let followed_by_text = lines
        .windows(2)
        .filter(|w| !is_blank(&w[0]) && !is_blank(&w[1]))
        .count();
    // Only a blank line between two lines of text separates paragraphs (not the empty "line"
    // after a final newline, nor leading or trailing blank lines).
    let first_text = lines.iter().position(|r| !is_blank(r));
    let last_text = lines.iter().rposition(|r| !is_blank(r));
    let has_blank = match (first_text, last_text) {
        (Some(first), Some(last)) => lines[first..last].iter().any(is_blank),
        _ => false,
    };
    // PERF: a line of more than 400 bytes is wider than 100 columns; only short ones are measured.
    let is_short = |r: &Range<usize>| r.len() <= 400 && text[r.clone()].width() <= 100;
    let hard_wrapped = has_blank && nonblank >= 4 && followed_by_text * 2 >= nonblank && {
        let short = lines.iter().filter(|r| !is_blank(r) && is_short(r)).count();
        short * 10 >= nonblank * 8
    };

    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for line in &lines {
        if is_blank(line) {
            runs.extend(current.take());
        } else if hard_wrapped {
            current = Some(match current.take() {
                Some(run) => run.start..line.end,
                None => line.clone(),
            });
        } else {
            runs.push(line.clone());
        }
    }
    runs.extend(current);

    let many = runs.len() > 1;
    runs.into_iter()
        .filter_map(|r| {
            let raw = &text[r.clone()];
            let lead = raw.len() - raw.trim_start().len();
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                return None;
            }
            let range = r.start + lead..r.start + lead + trimmed.len();
            let kind = if many && !trimmed.contains('\n') && looks_like_heading(trimmed) {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
            Some(Block { kind, range })
        })
        .collect()
}

const CLOSING_QUOTES: &[char] = &['"', '»', '”', '“', '›', '\'', '’'];

/// A short stand-alone line without final punctuation. Final punctuation is looked for inside
/// closing quote marks, so a line that is only a quotation is a subheading when it does not end
/// a sentence (`"Nous avons beaucoup à faire"`) and a paragraph when it does
/// (`« Rien ne sera simple. »`).
fn looks_like_heading(line: &str) -> bool {
    // PERF: words first; the width is measured only for short lines (most lines are long).
    if count_words(line) > 15 || line.width() > 100 {
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
