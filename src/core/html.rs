//! Saved web pages → an article: telling HTML from text (name, then content), gzip, the page's
//! character encoding, the article body (through `dom_smoothie`, a port of Mozilla's
//! Readability) turned into blocks of plain text, and the page's headline, byline, site name and
//! publication date. Nothing here fetches anything: links and images are never followed.

use std::io::Read;
use std::ops::Range;

use dom_query::NodeRef;

use super::load::{self, LoadError, MAX_FILE_BYTES};
use super::text::words::count_words;

/// Pages nested deeper than this are refused before parsing. html5ever's tree builder costs
/// O(depth) per tag, so 100 000 nested elements take minutes; real article pages stay under 60
/// (34 at most in our collection of 44 sites), and Blink caps its own tree at 512.
pub const MAX_NESTING: usize = 512;

/// What kind of element an extracted block came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    /// `<h1>`…`<h6>`.
    Heading,
    /// `<p>`, a list item, a table cell, loose text: running text.
    Paragraph,
    /// A paragraph inside `<blockquote>`.
    Blockquote,
}

/// An article read from a page: its body as plain text and its blocks as byte ranges of it.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Blocks separated by a blank line (`\n\n`), or by one newline where the page had a `<br>`.
    pub text: String,
    pub blocks: Vec<(Element, Range<usize>)>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    /// The publication date, `YYYY-MM-DD` when the page says it that way.
    pub published: Option<String>,
    /// The character encoding the page was decoded from (`utf-8`, `windows-1252`…).
    pub encoding: &'static str,
    /// True when control characters had to be shown as symbols.
    pub had_controls: bool,
    /// True when the page came gzip-compressed.
    pub gzipped: bool,
}

/// What a file turned out to be.
pub enum Opened<'a> {
    /// An HTML page, read as an article.
    Page(Box<Page>),
    /// Not HTML: text to decode as usual (decompressed first when it came gzipped).
    Text(std::borrow::Cow<'a, [u8]>),
}

/// Reads `bytes` (from `name`) as a page when its name or content says it is HTML, and hands
/// anything else back as text. A `.gz` name or the gzip magic bytes mean compressed input.
pub fn open<'a>(name: &str, bytes: &'a [u8]) -> Result<Opened<'a>, LoadError> {
    let lower = name.to_ascii_lowercase();
    let gzipped = bytes.starts_with(&[0x1f, 0x8b]);
    let (stem, bytes) = if gzipped {
        let stem = lower.strip_suffix(".gz").unwrap_or(&lower).to_string();
        (stem, std::borrow::Cow::Owned(gunzip(bytes, name)?))
    } else {
        (lower, std::borrow::Cow::Borrowed(bytes))
    };
    let is_html = match extension(&stem) {
        Some("html" | "htm" | "xhtml" | "shtml") => true,
        Some("txt" | "text" | "md") => false,
        _ => sniff(&bytes),
    };
    if !is_html {
        return Ok(Opened::Text(bytes));
    }
    let mut page = read_page(&bytes, name)?;
    page.gzipped = gzipped;
    Ok(Opened::Page(Box::new(page)))
}

/// Whether input from `name` that begins with `head` is a page or gzip data, which are read
/// whole before any of it is shown (`open` needs all of it); `None` while `head` is too short to
/// tell and more may come (`complete`: nothing more will). Decides as `open` does.
pub fn needs_whole(name: &str, head: &[u8], complete: bool) -> Option<bool> {
    if head.starts_with(&[0x1f, 0x8b]) {
        return Some(true);
    }
    if head.len() < 2 && !complete {
        return None;
    }
    match extension(&name.to_ascii_lowercase()) {
        Some("html" | "htm" | "xhtml" | "shtml") => return Some(true),
        Some("txt" | "text" | "md") => return Some(false),
        _ => {}
    }
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = body
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
    if complete {
        return Some(sniff(head));
    }
    if b"\xEF\xBB\xBF".starts_with(head) {
        return None;
    }
    let start = start?;
    // `sniff` wants a `<` first, then 16 bytes (a kilobyte after `<?xml`): plain text is
    // told at its first letter, so a slow pipe of text is shown as it comes.
    let seen = &body[start..];
    let enough = seen[0] != b'<'
        || seen.len() >= 1024
        || (seen.len() >= 16 && !seen[..5].eq_ignore_ascii_case(b"<?xml"));
    enough.then(|| sniff(head))
}

/// The last extension of a file name, if it has one (`a.html` → `html`; `Makefile` → none).
fn extension(name: &str) -> Option<&str> {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|e| !e.is_empty())
}

/// Content sniffing as browsers do it for a resource of unknown type (the WHATWG MIME sniffing
/// standard's HTML patterns): after white space, a tag that only HTML starts with.
pub fn sniff(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        .unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 16)];
    const TAGS: &[&[u8]] = &[
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<script",
        b"<iframe",
        b"<h1",
        b"<div",
        b"<font",
        b"<table",
        b"<a",
        b"<style",
        b"<title",
        b"<b",
        b"<body",
        b"<br",
        b"<p",
        b"<!--",
    ];
    TAGS.iter().any(|tag| {
        head.len() > tag.len()
            && head[..tag.len()].eq_ignore_ascii_case(tag)
            // The tag name must end there: `<b>` is HTML, `<bonjour` is not.
            && (matches!(head[tag.len()], b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'\x0c')
                || *tag == b"<!--")
    }) || (head.len() >= 5 && head[..5].eq_ignore_ascii_case(b"<?xml") && {
        // XHTML: an XML declaration, then an html root in the first kilobyte.
        let window = &bytes[start..bytes.len().min(start + 1024)];
        window.windows(5).any(|w| w.eq_ignore_ascii_case(b"<html"))
    })
}

/// Decompresses gzip input, refusing more than [`MAX_FILE_BYTES`] of output (a small file can
/// expand a thousandfold).
fn gunzip(bytes: &[u8], name: &str) -> Result<Vec<u8>, LoadError> {
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut out = Vec::with_capacity(bytes.len() * 4);
    decoder
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| LoadError::BadPage(name.to_string(), format!("bad gzip data ({e})")))?;
    if out.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge(name.to_string()));
    }
    Ok(out)
}

/// The page's text and the name of its encoding: a byte order mark first, then the charset a
/// `<meta>` declares in the first kilobytes, then detection (UTF-8 when the bytes are, else
/// Windows-1252, the superset of Latin-1 that browsers use for it).
pub fn decode_page(bytes: &[u8], name: &str) -> Result<(String, &'static str), LoadError> {
    use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return Ok((text.into_owned(), encoding_name(enc)));
    }
    if let Some(mut enc) = declared_charset(bytes) {
        // A page declaring UTF-16 without a BOM is ASCII-compatible text, as the spec says.
        if enc == UTF_16LE || enc == UTF_16BE {
            enc = UTF_8;
        }
        let valid_utf8 = std::str::from_utf8(bytes).ok();
        match valid_utf8 {
            // A page declared legacy but valid UTF-8 with accents was converted when saved.
            Some(text) if enc != UTF_8 && !text.is_ascii() => {
                return Ok((text.to_string(), "utf-8"));
            }
            Some(text) if enc == UTF_8 => return Ok((text.to_string(), "utf-8")),
            // Declared UTF-8 but not: fall through to detection.
            None if enc == UTF_8 => {}
            _ => {
                let (text, _) = enc.decode_without_bom_handling(bytes);
                return Ok((text.into_owned(), encoding_name(enc)));
            }
        }
    }
    let decoded = load::decode(bytes, name)?;
    Ok((decoded.text, decoded.encoding))
}

fn encoding_name(enc: &'static encoding_rs::Encoding) -> &'static str {
    match enc.name() {
        "UTF-8" => "utf-8",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1252" => "windows-1252",
        "ISO-8859-15" => "iso-8859-15",
        other => other,
    }
}

/// The encoding named by `<meta charset=…>` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` in the first 4 KiB (the standard's prescan reads 1 KiB; saved pages
/// often put a long comment or script first).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let mut at = 0;
    while let Some(found) = find_ci(&head[at..], b"<meta") {
        let tag_start = at + found;
        let tag_end = head[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| tag_start + e);
        let tag = &head[tag_start..tag_end];
        if let Some(c) = find_ci(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(value) = rest.strip_prefix(b"=") {
                let value = value.trim_ascii_start();
                let value = value.strip_prefix(b"\"").unwrap_or(value);
                let value = value.strip_prefix(b"'").unwrap_or(value);
                let end = value
                    .iter()
                    .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':')))
                    .unwrap_or(value.len());
                if let Some(enc) = encoding_rs::Encoding::for_label(&value[..end]) {
                    return Some(enc);
                }
            }
        }
        at = tag_end;
    }
    None
}

/// Case-insensitive (ASCII) search.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// `html` without its scripts, styles and comments (JSON-LD scripts stay: they carry the
/// metadata). One pass, copying the rest in runs; the end of each is found as the HTML
/// tokenizer finds it (`-->`, `</script`, `</style` in any case).
pub fn strip_scripts(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let (mut copied, mut at) = (0usize, 0usize);
    while let Some(off) = memchr::memchr(b'<', &b[at..]) {
        let start = at + off;
        let rest = &b[start + 1..];
        let end = if rest.starts_with(b"!--") {
            memchr::memmem::find(&rest[3..], b"-->").map(|e| start + 1 + 3 + e + 3)
        } else {
            let raw = [&b"script"[..], b"style"].into_iter().find(|name| {
                rest.get(..name.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
                    && rest.get(name.len()).is_some_and(|c| {
                        matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')
                    })
            });
            raw.and_then(|name| {
                let open_end = start + memchr::memchr(b'>', &b[start..])?;
                if find_ci(&b[start..open_end], b"ld+json").is_some() {
                    return None;
                }
                let closes = |p: &usize| {
                    b.get(open_end + p + 2..open_end + p + 2 + name.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
                };
                let close =
                    open_end + memchr::memmem::find_iter(&b[open_end..], b"</").find(closes)?;
                Some(memchr::memchr(b'>', &b[close..]).map_or(b.len(), |e| close + e + 1))
            })
        };
        match end {
            Some(end) => {
                out.push_str(&html[copied..start]);
                copied = end;
                at = end;
            }
            None => at = start + 1,
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// A linear estimate of how deeply the page nests its elements: start tags minus end tags,
/// leaving out void elements, self-closed tags, elements whose end tag is optional (`<p>`,
/// `<li>`…, which a later sibling closes), comments and the bodies of `<script>`, `<style>`,
/// `<textarea>` and `<title>`. It never underestimates a page built to nest deeply.
pub fn nesting_estimate(html: &str) -> usize {
    const UNCOUNTED: &[&[u8]] = &[
        // void
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"keygen",
        b"frame",
        // optional end tags: closed by the next sibling of the same kind
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"option",
        b"optgroup",
        b"tr",
        b"td",
        b"th",
        b"thead",
        b"tbody",
        b"tfoot",
        b"colgroup",
        b"caption",
        b"rt",
        b"rp",
        b"html",
        b"head",
        b"body",
    ];
    const RAW: &[&[u8]] = &[
        b"script",
        b"style",
        b"textarea",
        b"title",
        b"xmp",
        b"noembed",
    ];
    let b = html.as_bytes();
    let (mut i, mut depth, mut deepest) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr_lt(&b[i..]) {
        i += off + 1;
        let Some(&first) = b.get(i) else { break };
        if b[i..].starts_with(b"!--") {
            // A comment: skip to its end.
            match memchr::memmem::find(&b[i..], b"-->") {
                Some(end) => {
                    i += end + 3;
                    continue;
                }
                None => break,
            }
        }
        let close = first == b'/';
        let name_start = if close { i + 1 } else { i };
        let name_len = b[name_start..]
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b':'))
            .unwrap_or(b.len() - name_start);
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = &b[name_start..name_start + name_len];
        let gt = memchr::memchr(b'>', &b[name_start..]).map_or(b.len(), |e| name_start + e);
        let counted = !UNCOUNTED.iter().any(|u| u.eq_ignore_ascii_case(name));
        if close {
            if counted {
                depth = depth.saturating_sub(1);
            }
        } else if counted && !(gt > 0 && b.get(gt - 1) == Some(&b'/')) {
            depth += 1;
            deepest = deepest.max(depth);
            if let Some(raw) = RAW.iter().find(|r| r.eq_ignore_ascii_case(name)) {
                // Raw text: nothing in it is a tag, up to `</name`.
                let from = gt.min(b.len());
                let closes = |at: &usize| {
                    b.get(from + at + 2..from + at + 2 + raw.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(raw))
                };
                match memchr::memmem::find_iter(&b[from..], b"</").find(closes) {
                    Some(p) => {
                        i = from + p;
                        continue;
                    }
                    None => break,
                }
            }
        }
        i = gt.min(b.len());
    }
    deepest
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', b)
}

/// Decodes and extracts a page: the article body as blocks, and its metadata. A page with no
/// article (a section front, an app shell) or too deeply nested is an error naming `name`.
pub fn read_page(bytes: &[u8], name: &str) -> Result<Page, LoadError> {
    let (html, encoding) = decode_page(bytes, name)?;
    extract(&html, encoding, name)
}

/// The article of an already decoded page.
pub fn extract(html: &str, encoding: &'static str, name: &str) -> Result<Page, LoadError> {
    // PERF: scripts, styles and comments are half the bytes of a news page and never text;
    // html5ever need not build them (Readability would remove them first thing).
    let html = strip_scripts(html);
    let depth = nesting_estimate(&html);
    if depth > MAX_NESTING {
        return Err(LoadError::BadPage(
            name.to_string(),
            format!(
                "HTML nested {depth} levels deep (more than {MAX_NESTING}): not an article page"
            ),
        ));
    }
    let no_article = || {
        LoadError::BadPage(
            name.to_string(),
            "no article text found in this HTML page".to_string(),
        )
    };
    let mut readability =
        dom_smoothie::Readability::new(html.as_ref(), None, None).map_err(|_| no_article())?;
    let probably_article = readability.is_probably_readable();
    let fallback_date = visible_date(&readability.doc);
    let lang_hint = readability
        .doc
        .select("html")
        .attr("lang")
        .map(|l| l.to_ascii_lowercase());
    let article = readability.parse().map_err(|_| no_article())?;
    // The article is left in Readability's document, under its page element: walked there, not
    // re-parsed from `article.content`.
    let content = readability.doc.select_single("#readability-page-1");
    let Some(root) = content.nodes().first().cloned() else {
        return Err(no_article());
    };

    let lang = match lang_hint.as_deref().or(article.lang.as_deref()) {
        Some(l) if l.starts_with("fr") => Lang::French,
        Some(l) if l.starts_with("en") => Lang::English,
        _ => guess_lang(&article.text_content),
    };
    let mut walker = Walker {
        lang,
        blocks: Vec::new(),
        line: String::new(),
        lines: Vec::new(),
        space: false,
        quote_depth: 0,
    };
    walker.walk(&root, Element::Paragraph);
    walker.flush(Element::Paragraph);

    let clean = |s: Option<String>| {
        s.map(|s| collapse(&s))
            .filter(|s| !s.is_empty() && s.chars().count() <= 300)
    };
    let headline = clean(Some(article.title));
    let mut byline = clean(article.byline).map(|b| strip_by(&b).to_string());
    let site = clean(article.site_name);
    let published = clean(article.published_time)
        .or(fallback_date)
        .map(|d| iso_day(&d).unwrap_or(d));

    let mut blocks = walker.blocks;
    drop_repeated_headline(&mut blocks, headline.as_deref());
    take_byline_block(&mut blocks, &mut byline);

    // Unrendered template placeholders (`{{user.name}}`, an app shell's) and the labels of ad
    // slots are not text.
    blocks.retain(|b| !b.lines.iter().all(|l| is_template(l) || is_ad_label(l)));
    let words: usize = blocks.iter().map(|b| count_words(&b.lines.join(" "))).sum();
    // Readability always returns something. A page is refused when that is nothing, a page of
    // links (a section front), or a few words on a page Readability itself doubts.
    if words == 0 || link_heavy(&root) || (!probably_article && words < SHORTEST_ARTICLE) {
        return Err(no_article());
    }

    let mut page = Page {
        headline,
        byline,
        site,
        published,
        encoding,
        ..Page::default()
    };
    for block in blocks {
        for (n, line) in block.lines.iter().enumerate() {
            if !page.text.is_empty() {
                page.text.push_str(if n == 0 { "\n\n" } else { "\n" });
            }
            let safe = load::sanitize(line, encoding);
            page.had_controls |= safe.had_controls;
            let start = page.text.len();
            page.text.push_str(safe.text.trim());
            page.blocks.push((block.kind, start..page.text.len()));
        }
    }
    Ok(page)
}

/// The fewest words of an article on a page that Readability doubts is one: a news brief has
/// forty or more, a cookie notice or an error message fewer.
const SHORTEST_ARTICLE: usize = 30;

/// The label of an ad slot, alone on its line.
fn is_ad_label(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "publicité",
        "publicite",
        "pub",
        "annonce",
        "contenu sponsorisé",
        "advertisement",
        "advertising",
        "ad",
        "sponsored",
        "sponsored content",
    ];
    let line = line
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    LABELS.contains(&line.as_str())
}

/// A line that is mostly `{{…}}` placeholders.
fn is_template(line: &str) -> bool {
    let mut inside = 0usize;
    let mut rest = line;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}") else {
            break;
        };
        inside += close + 2;
        rest = &rest[open + close + 2..];
    }
    inside * 2 > line.len()
}

/// True when most of the extracted text is link text: a list of headlines, not an article.
fn link_heavy(root: &NodeRef) -> bool {
    let visible = |n: &NodeRef| n.text().chars().filter(|c| !c.is_whitespace()).count();
    let all = visible(root);
    let links: usize = root
        .descendants_it()
        .filter(|n| {
            n.is_element()
                && n.node_name()
                    .is_some_and(|name| name.eq_ignore_ascii_case("a"))
        })
        .map(|a| visible(&a))
        .sum();
    all == 0 || links * 2 > all
}

/// Quotation marks follow the article's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    French,
    English,
}

impl Lang {
    /// Opening and closing marks for a quotation at nesting `depth` (0 outermost).
    fn marks(self, depth: usize) -> (&'static str, &'static str) {
        match (self, depth % 2) {
            (Lang::French, 0) => ("«\u{a0}", "\u{a0}»"),
            (Lang::French, _) => ("“", "”"),
            (Lang::English, 0) => ("“", "”"),
            (Lang::English, _) => ("‘", "’"),
        }
    }
}

/// French or English from the commonest short words, when the page does not say.
fn guess_lang(text: &str) -> Lang {
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text.split_whitespace().take(2000) {
        match word.to_lowercase().as_str() {
            "le" | "la" | "les" | "des" | "est" | "et" | "une" | "du" | "dans" | "pour" => fr += 1,
            "the" | "and" | "of" | "is" | "to" | "in" | "that" | "for" | "with" | "was" => en += 1,
            _ => {}
        }
    }
    if fr > en { Lang::French } else { Lang::English }
}

/// One block as the walk finds it: its lines (more than one where the page had `<br>`).
#[derive(Debug)]
struct RawBlock {
    kind: Element,
    lines: Vec<String>,
}

/// Turns the cleaned article HTML into blocks of text: block elements end a block, `<br>` a
/// line, `<q>` gives quotation marks; white space collapses as a browser collapses it.
struct Walker {
    lang: Lang,
    blocks: Vec<RawBlock>,
    /// The line being collected, and the lines of the current block before it.
    line: String,
    lines: Vec<String>,
    /// White space seen since the last character (collapsed into one space).
    space: bool,
    quote_depth: usize,
}

/// Elements whose content never reaches the text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "figcaption",
    "head",
    "title",
    "audio",
    "video",
    "picture",
    "img",
    "form",
    "nav",
];

/// Elements that end the block before them and start a new one.
const BLOCK: &[&str] = &[
    "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "dl", "li", "dd",
    "dt", "figure", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "details",
    "summary", "address", "center", "fieldset", "hgroup", "hr", "body", "html", "menu", "legend",
];

impl Walker {
    fn walk(&mut self, node: &NodeRef, kind: Element) {
        for child in node.children_it(false) {
            if child.is_text() {
                self.push_text(&child.text());
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let Some(name) = child.node_name() else {
                continue;
            };
            let name = name.to_ascii_lowercase();
            let name = name.as_str();
            if SKIPPED.contains(&name) || is_hidden(&child) {
                continue;
            }
            match name {
                "br" => self.break_line(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.flush(kind);
                    self.walk(&child, Element::Heading);
                    self.flush(Element::Heading);
                }
                "p" => {
                    self.flush(kind);
                    self.walk(&child, kind);
                    self.flush(kind);
                }
                "blockquote" => {
                    self.flush(kind);
                    let first = self.blocks.len();
                    self.walk(&child, Element::Blockquote);
                    self.flush(Element::Blockquote);
                    self.mark_quotation(first);
                }
                "pre" => {
                    self.flush(kind);
                    for line in child.text().lines() {
                        if !line.trim().is_empty() {
                            self.lines.push(line.trim_end().to_string());
                        }
                    }
                    self.flush(kind);
                }
                "q" => {
                    let (open, close) = self.lang.marks(self.quote_depth);
                    self.push_text(open);
                    self.space = false;
                    self.quote_depth += 1;
                    self.walk(&child, kind);
                    self.quote_depth -= 1;
                    self.space = false;
                    self.line.push_str(close);
                }
                _ if BLOCK.contains(&name) => {
                    self.flush(kind);
                    self.walk(&child, kind);
                    self.flush(kind);
                }
                // Inline: a, em, strong, span, abbr, time, sup…
                _ => self.walk(&child, kind),
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                self.space = true;
            } else {
                if self.space && !self.line.is_empty() {
                    self.line.push(' ');
                }
                self.space = false;
                self.line.push(c);
            }
        }
    }

    /// `<br>`: the line ends; two in a row end the paragraph.
    fn break_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.space = false;
        if line.trim().is_empty() {
            if !self.lines.is_empty() {
                // An empty line: a paragraph break. The kind is decided by the caller's flush.
                let lines = std::mem::take(&mut self.lines);
                self.blocks.push(RawBlock {
                    kind: Element::Paragraph,
                    lines,
                });
            }
        } else {
            self.lines.push(line);
        }
    }

    /// Ends the current block, if it has text, as a block of `kind`.
    fn flush(&mut self, kind: Element) {
        let line = std::mem::take(&mut self.line);
        self.space = false;
        if !line.trim().is_empty() {
            self.lines.push(line);
        }
        if !self.lines.is_empty() {
            let lines = std::mem::take(&mut self.lines);
            self.blocks.push(RawBlock { kind, lines });
        }
    }

    /// The blocks from `first` on came from one `<blockquote>`: they are block quotations, and
    /// get quotation marks when they have none, so the quotation scanner finds them. A closing
    /// attribution line (`— Victor Hugo`) stays outside the marks.
    fn mark_quotation(&mut self, first: usize) {
        for block in &mut self.blocks[first..] {
            block.kind = Element::Blockquote;
        }
        let mut last = self.blocks.len();
        while last > first
            && self.blocks[last - 1]
                .lines
                .first()
                .is_some_and(|l| l.starts_with(['—', '–', '-', '―']))
        {
            last -= 1;
        }
        if last <= first {
            return;
        }
        let opens = |s: &str| s.starts_with(['«', '“', '"', '‘', '„', '‹', '\'', '”']);
        let first_line = &self.blocks[first].lines[0];
        if opens(first_line) {
            return;
        }
        let (open, close) = self.lang.marks(0);
        self.blocks[first].lines[0].insert_str(0, open);
        if let Some(line) = self.blocks[last - 1].lines.last_mut() {
            line.push_str(close);
        }
    }
}

/// Hidden by the page itself: never shown, never read (`hidden`, `aria-hidden`, inline
/// `display: none` or `visibility: hidden`).
fn is_hidden(node: &NodeRef) -> bool {
    if node.has_attr("hidden") {
        return true;
    }
    if node
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    node.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// White space runs → one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `By Jane Doe` / `Par Léa Martin` → the name.
fn strip_by(byline: &str) -> &str {
    for prefix in ["By ", "by ", "BY ", "Par ", "par ", "PAR "] {
        if let Some(rest) = byline.strip_prefix(prefix) {
            return rest.trim_start();
        }
    }
    byline
}

/// Readability usually removes the headline from the body; when the first block still is the
/// headline, it goes (it is metadata).
fn drop_repeated_headline(blocks: &mut Vec<RawBlock>, headline: Option<&str>) {
    let Some(headline) = headline else { return };
    if blocks
        .first()
        .is_some_and(|b| b.kind == Element::Heading && fold_eq(&b.lines.join(" "), headline))
    {
        blocks.remove(0);
    }
}

fn fold_eq(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// A byline left in the body (`Par Léa Martin`, `By Tom Reyes and Ann Lee`, often followed by a
/// date or a role) among the first blocks: it goes to the metadata when the page named none, and
/// out of the body either way.
fn take_byline_block(blocks: &mut Vec<RawBlock>, byline: &mut Option<String>) {
    let found = blocks.iter().take(4).position(|b| {
        b.kind == Element::Paragraph && b.lines.len() <= 2 && looks_like_byline(&b.lines[0])
    });
    let Some(index) = found else { return };
    let line = blocks[index].lines[0].clone();
    let name = strip_by(&line);
    match byline {
        None => *byline = Some(name.to_string()),
        Some(known) if !line.contains(known.as_str()) && !known.contains(name) => return,
        Some(_) => {}
    }
    blocks.remove(index);
}

/// `By` or `Par` then a capitalised name, short, and not a sentence.
fn looks_like_byline(line: &str) -> bool {
    let rest = strip_by(line);
    if rest.len() == line.len() {
        return false;
    }
    let words = count_words(rest);
    (1..=12).contains(&words)
        && rest.chars().next().is_some_and(char::is_uppercase)
        && !rest.trim_end().ends_with(['.', '!', '?', ':', ';'])
        || rest.trim_end().ends_with(|c: char| c.is_uppercase()) && words <= 12
}

/// A date the page shows but does not declare in its metadata: `<time datetime>`, or an
/// `itemprop="datePublished"` or `date`-like `<meta>` that Readability does not read.
fn visible_date(doc: &dom_query::Document) -> Option<String> {
    for selector in [
        "[itemprop=datePublished]",
        "meta[name=date]",
        "meta[name='DC.date.issued']",
        "meta[name='dc.date']",
        "meta[name=pubdate]",
        "meta[name='parsely-pub-date']",
        "meta[name='sailthru.date']",
        "article time[datetime]",
        "time[pubdate]",
        "time[datetime]",
    ] {
        let found = doc.select_single(selector);
        let value = found
            .attr("content")
            .or_else(|| found.attr("datetime"))
            .map(|v| v.trim().to_string())
            .filter(|v| iso_day(v).is_some());
        if value.is_some() {
            return value;
        }
    }
    None
}

/// `2024-01-23T18:05:00Z` → `2024-01-23`; None when the value does not start with a date.
fn iso_day(value: &str) -> Option<String> {
    let b = value.trim().as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    (digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10))
    .then(|| value.trim()[..10].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_whole_decides_as_open_does_from_the_first_bytes() {
        let page = b"<!DOCTYPE html><html><body><p>Un article.</p></body></html>";
        let text = "Un article qui commence comme du texte.\n".repeat(40);
        // Too short to tell while more may come; told at the end.
        assert_eq!(needs_whole("-", b"<", false), None);
        assert_eq!(needs_whole("-", b"  <!DOC", false), None);
        assert_eq!(needs_whole("-", b"\xEF\xBB", false), None);
        assert_eq!(needs_whole("-", b"  Premier", false), Some(false));
        assert_eq!(needs_whole("-", b"<?xml version=\"1.0\"?>", false), None);
        assert_eq!(needs_whole("-", page, true), Some(true));
        assert_eq!(needs_whole("-", b"Hello", true), Some(false));
        // A kilobyte past the white space is enough.
        assert_eq!(needs_whole("-", text.as_bytes(), false), Some(false));
        // By name, by gzip magic.
        assert_eq!(needs_whole("a.HTML", b"Hello", false), Some(true));
        assert_eq!(needs_whole("a.txt", page, false), Some(false));
        assert_eq!(needs_whole("a.txt", &[0x1f, 0x8b, 8], false), Some(true));
        for bytes in [&page[..], text.as_bytes()] {
            let opened_as_page = !matches!(open("-", bytes), Ok(Opened::Text(_)));
            assert_eq!(needs_whole("-", bytes, true), Some(opened_as_page));
        }
    }

    fn page(html: &str) -> Page {
        read_page(html.as_bytes(), "t.html").unwrap()
    }

    fn blocks(p: &Page) -> Vec<(Element, &str)> {
        p.blocks
            .iter()
            .map(|(k, r)| (*k, &p.text[r.clone()]))
            .collect()
    }

    const FILLER: &str = "The council met on Tuesday evening to discuss the state of the old bridge, which engineers had inspected during the winter and found to be in a worse condition than the last survey suggested.";

    fn article(body: &str) -> String {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bridge to close | Westbay Courier</title>\
             <meta property=\"og:site_name\" content=\"Westbay Courier\"></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
             <article><h1>Bridge to close</h1><p>{FILLER}</p>{body}<p>{FILLER}</p></article>\
             <footer>© Westbay Courier</footer></body></html>"
        )
    }

    #[test]
    fn names_and_content_say_what_is_html() {
        assert!(sniff(b"  <!DOCTYPE html><html>"));
        assert!(sniff(b"\n<html lang=fr>"));
        assert!(sniff(b"<p>Bonjour</p>"));
        assert!(sniff(
            b"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        ));
        assert!(!sniff(b"<bonjour> dit-il"));
        assert!(!sniff(b"Le texte commence ici. <p> plus loin"));
        assert!(!sniff(b""));
        assert!(matches!(
            open("a.txt", b"<html><body><p>x</p></body></html>"),
            Ok(Opened::Text(_))
        ));
        assert!(matches!(open("notes", b"Plain text."), Ok(Opened::Text(_))));
    }

    #[test]
    fn charset_from_bom_meta_or_detection() {
        let latin = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>d\xe9j\xe0 \x80</body></html>";
        let (text, enc) = decode_page(latin, "p").unwrap();
        assert!(text.contains("déjà €"), "{text}");
        assert_eq!(enc, "windows-1252");
        let meta = b"<meta charset='windows-1252'><p>\x93cit\xe9\x94</p>";
        assert!(decode_page(meta, "p").unwrap().0.contains("“cité”"));
        let (text, enc) =
            decode_page("<meta charset=\"iso-8859-1\"><p>déjà</p>".as_bytes(), "p").unwrap();
        assert_eq!(
            (text.contains("déjà"), enc),
            (true, "utf-8"),
            "converted when saved"
        );
        let undeclared = b"<p>Le pr\xe9sident a d\xe9clar\xe9</p>";
        let (text, enc) = decode_page(undeclared, "p").unwrap();
        assert!(text.contains("président"));
        assert_eq!(enc, "windows-1252");
        let bom: Vec<u8> = "\u{feff}<p>été</p>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode_page(&bom, "p").unwrap(),
            ("<p>été</p>".to_string(), "utf-16le")
        );
    }

    #[test]
    fn article_blocks_metadata_and_no_boilerplate() {
        let p = page(&article(
            "<h2>What the engineers found</h2><p>They found &quot;cracks&quot; &amp; rust.<br>A second line.</p>\
             <blockquote><p>We would rather close it now than wait for an accident.</p><p>— Ann Lee, engineer</p></blockquote>\
             <script>var x = '<p>not text</p>';</script><style>p{}</style>\
             <p hidden>hidden text</p><p style=\"display: none\">also hidden</p>\
             <p>She said <q>it is <q>unsafe</q> now</q>.</p>",
        ));
        assert_eq!(
            p.headline.as_deref(),
            Some("Bridge to close | Westbay Courier")
        );
        assert_eq!(p.site.as_deref(), Some("Westbay Courier"));
        let b = blocks(&p);
        assert_eq!(b[1], (Element::Heading, "What the engineers found"));
        assert_eq!(b[2], (Element::Paragraph, "They found \"cracks\" & rust."));
        assert_eq!(b[3], (Element::Paragraph, "A second line."));
        assert_eq!(
            b[4],
            (
                Element::Blockquote,
                "“We would rather close it now than wait for an accident.”"
            )
        );
        assert_eq!(b[5], (Element::Blockquote, "— Ann Lee, engineer"));
        assert_eq!(b[6], (Element::Paragraph, "She said “it is ‘unsafe’ now”."));
        assert!(
            p.text.contains("rust.\nA second line.\n\n“We"),
            "{:?}",
            p.text
        );
        for gone in ["not text", "hidden", "Home", "©", "p{}"] {
            assert!(!p.text.contains(gone), "{gone} in {:?}", p.text);
        }
        for (_, r) in &p.blocks {
            assert_eq!(p.text[r.clone()].trim(), &p.text[r.clone()]);
        }
    }

    #[test]
    fn french_pages_get_french_marks_and_bylines() {
        let html = "<html lang=\"fr\"><head><title>Le pont fermé</title><meta property=\"article:published_time\" content=\"2024-03-12T08:00:00+01:00\"></head><body><article>\
             <h1>Le pont fermé</h1><p>Par Léa Martin</p>\
             <p>Le conseil municipal s'est réuni mardi soir pour discuter de l'état du vieux pont, que les ingénieurs avaient inspecté pendant l'hiver.</p>\
             <blockquote><p>Nous préférons le fermer maintenant.</p></blockquote>\
             <p>Le maire a répondu : <q>pas question</q>. Les travaux devraient durer plusieurs mois selon les services techniques de la ville.</p></article></body></html>";
        let p = page(html);
        assert_eq!(p.byline.as_deref(), Some("Léa Martin"));
        assert_eq!(p.published.as_deref(), Some("2024-03-12"));
        assert!(!p.text.contains("Par Léa"), "{:?}", p.text);
        assert!(
            p.text
                .contains("«\u{a0}Nous préférons le fermer maintenant.\u{a0}»")
        );
        assert!(p.text.contains("répondu : «\u{a0}pas question\u{a0}»."));
    }

    #[test]
    fn dates_the_page_shows_without_declaring() {
        let html = article("<p>Updated <time datetime=\"2023-11-05T10:00\">5 Nov</time>.</p>");
        assert_eq!(page(&html).published.as_deref(), Some("2023-11-05"));
        assert_eq!(iso_day("2024-1-2"), None);
    }

    #[test]
    fn pages_without_an_article_are_refused_with_their_name() {
        let links: String = (0..40)
            .map(|n| {
                format!(
                    "<li><a href=\"/a{n}\">Headline number {n} about the local news today</a></li>"
                )
            })
            .collect();
        let front = format!("<html><body><h1>News</h1><ul>{links}</ul></body></html>");
        let err = read_page(front.as_bytes(), "front.html").unwrap_err();
        assert_eq!(
            err.to_string(),
            "front.html: no article text found in this HTML page"
        );
        let shell = "<html><head><script src=app.js></script></head><body><div id=app></div><noscript>Enable JavaScript</noscript></body></html>";
        assert!(read_page(shell.as_bytes(), "app.html").is_err());
    }

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let deep = format!(
            "<html><body>{}x{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let started = std::time::Instant::now();
        let err = read_page(deep.as_bytes(), "deep.html").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("deep.html: HTML nested 100000 levels deep"),
            "{err}"
        );
        assert!(started.elapsed().as_secs() < 5);
        // Unclosed paragraphs and list items do not nest.
        let flat = format!(
            "<html><body><div>{}</div></body></html>",
            "<p>para <li>item ".repeat(5000)
        );
        assert!(nesting_estimate(&flat) < 10);
        for shape in [
            "<span>",
            "<b>",
            "<table><tr><td>",
            "<ul><li>",
            "<a href=x>",
            "<font>",
        ] {
            let deep = shape.repeat(20_000);
            assert!(nesting_estimate(&deep) > MAX_NESTING, "{shape}");
        }
    }

    #[test]
    fn scripts_styles_and_comments_are_stripped_before_parsing() {
        let html = "<p>a</p><script>if (x < 1) document.write('</p>');</SCRIPT ><p>b</p><!-- c <p>x</p> -->\
                    <style type=text/css>p { }</style><script type=\"application/ld+json\">{}</script><scripts>d</scripts>";
        assert_eq!(
            strip_scripts(html),
            "<p>a</p><p>b</p><script type=\"application/ld+json\">{}</script><scripts>d</scripts>"
        );
        assert_eq!(strip_scripts("<p>rien</p>"), "<p>rien</p>");
        assert_eq!(
            strip_scripts("<p>a</p><script>unclosed"),
            "<p>a</p><script>unclosed"
        );
    }

    #[test]
    fn gzip_pages_are_read() {
        use std::io::Write;
        let html = article("");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(html.as_bytes()).unwrap();
        let bytes = gz.finish().unwrap();
        match open("page.html.gz", &bytes).unwrap() {
            Opened::Page(p) => {
                assert!(p.gzipped);
                assert!(p.text.starts_with("The council met"));
            }
            Opened::Text(_) => panic!("not read as a page"),
        }
        let err = open("page.html.gz", &bytes[..bytes.len() / 2]);
        assert!(err.is_err());
    }

    #[test]
    fn escaped_markup_in_the_article_stays_text() {
        let p = page(&article(
            "<p>Type &lt;script&gt;alert(1)&lt;/script&gt; and \"&gt;&lt;img src=x onerror=alert(2)&gt; to test.</p>",
        ));
        assert!(p.text.contains("<script>alert(1)</script>"));
        assert!(p.text.contains("\"><img src=x onerror=alert(2)>"));
    }
}
