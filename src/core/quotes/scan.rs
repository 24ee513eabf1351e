//! Finding quotation marks in one pass over the bytes of each block: which marks open and close
//! (straight ones by context), nesting, quotations that run over several paragraphs, and those
//! never closed. Apostrophes inside words are never marks.

use std::ops::Range;

use crate::core::document::{BlockKind, Document};

/// The kind of mark a quotation opened with; it decides which marks close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    /// « … »
    Guillemet,
    /// “ … ”
    Double,
    /// „ … “ (or „ … ”)
    LowDouble,
    /// ‹ … ›
    SingleGuillemet,
    /// ‘ … ’
    SingleCurly,
    /// " … "
    Straight,
    /// ' … '
    StraightSingle,
}

impl QuoteMark {
    /// Single quotes that are never closed were most likely apostrophes (`'90s`, `'tis`): they
    /// are dropped instead of being reported as unclosed quotations.
    fn dropped_when_unclosed(self) -> bool {
        matches!(self, QuoteMark::SingleCurly | QuoteMark::StraightSingle)
    }
}

/// A quotation as the marks delimit it, before incises and attribution.
#[derive(Debug, Clone)]
pub struct RawQuote {
    /// From the opening mark to the end of the closing mark (or where it was closed by force).
    pub outer: Range<usize>,
    /// The text between the marks, one range per paragraph, not trimmed.
    pub pieces: Vec<Range<usize>>,
    /// Index of the block holding the opening mark.
    pub block: usize,
    /// Index of the block where it ends.
    pub last_block: usize,
    pub unclosed: bool,
    #[allow(dead_code)] // kept for debugging output and future rules on mark kinds
    pub mark: QuoteMark,
    /// Index (in the returned list) of the quotation this one is nested in.
    pub parent: Option<usize>,
    pub heading: bool,
}

/// A quotation still open while scanning.
struct Open {
    mark: QuoteMark,
    start: usize,
    content_start: usize,
    pieces: Vec<Range<usize>>,
    block: usize,
}

/// Deeper nesting than this is not a real text; capping it keeps the scan linear on inputs made
/// of thousands of opening marks (the innermost open quotation is closed where the next opens).
const MAX_DEPTH: usize = 4;

/// Where the next byte that can start a mark lies: `"`, `'`, and the lead bytes of « » (C2)
/// and of “ ” „ ‘ ’ ‹ › (E2).
///
/// PERF: `memchr` finds them many bytes at a time (a byte-by-byte table lookup was most of the
/// scan on a book, on the calling thread while the other cores waited). The next position of
/// each group is kept until passed, so that every byte is searched once.
struct Marks<'a> {
    bytes: &'a [u8],
    end: usize,
    /// Next `"`, `'` or C2 at or after the last search, `end` when none.
    ascii: usize,
    /// Next E2 at or after the last search, `end` when none.
    e2: usize,
    /// Where the cached positions were searched from.
    from: usize,
}

impl<'a> Marks<'a> {
    fn new(bytes: &'a [u8], start: usize, end: usize) -> Marks<'a> {
        let mut marks = Marks {
            bytes,
            end,
            ascii: start,
            e2: start,
            from: start,
        };
        marks.ascii = marks.find_ascii(start);
        marks.e2 = marks.find_e2(start);
        marks
    }

    fn find_ascii(&self, from: usize) -> usize {
        let rest = self.bytes.get(from..self.end).unwrap_or_default();
        memchr::memchr3(b'"', b'\'', 0xC2, rest).map_or(self.end, |k| from + k)
    }

    fn find_e2(&self, from: usize) -> usize {
        let rest = self.bytes.get(from..self.end).unwrap_or_default();
        memchr::memchr(0xE2, rest).map_or(self.end, |k| from + k)
    }

    /// The first byte at or after `i` that can start a mark.
    fn next(&mut self, i: usize) -> Option<usize> {
        if i >= self.end {
            return None;
        }
        debug_assert!(i >= self.from, "searched forward only");
        self.from = i;
        if self.ascii < i {
            self.ascii = self.find_ascii(i);
        }
        if self.e2 < i {
            self.e2 = self.find_e2(i);
        }
        let next = self.ascii.min(self.e2);
        (next < self.end).then_some(next)
    }
}

fn decode_mark(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    match bytes[i] {
        b'"' => Some(('"', 1)),
        b'\'' => Some(('\'', 1)),
        0xC2 => match bytes.get(i + 1)? {
            0xAB => Some(('«', 2)),
            0xBB => Some(('»', 2)),
            _ => None,
        },
        0xE2 => {
            if *bytes.get(i + 1)? != 0x80 {
                return None;
            }
            let c = match bytes.get(i + 2)? {
                0x98 => '‘',
                0x99 => '’',
                0x9C => '“',
                0x9D => '”',
                0x9E => '„',
                0xB9 => '‹',
                0xBA => '›',
                _ => return None,
            };
            Some((c, 3))
        }
        _ => None,
    }
}

/// Straight quotes nest at most this deep (a quotation quoting a word).
const MAX_STRAIGHT_DEPTH: usize = 2;

/// Punctuation a straight quote never opens before: `alias "Enrique gafas ".` closes.
fn closes_before(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '…')
}

/// Characters after which a straight quote opens: `("`, `—"`, `«'`, `:"`.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '['
                | '{'
                | '«'
                | '“'
                | '‘'
                | '‹'
                | '„'
                | '—'
                | '–'
                | '-'
                | '/'
                | ':'
                | '"'
                | '\''
        )
}

struct Scanner<'a> {
    text: &'a str,
    out: Vec<RawQuote>,
    stack: Vec<Open>,
    heading: bool,
}

impl Scanner<'_> {
    fn open(&mut self, mark: QuoteMark, at: usize, len: usize, block: usize) {
        if self.stack.len() >= MAX_DEPTH
            && let Some(top) = self.stack.pop()
        {
            self.finish(top, at, at, true, block);
        }
        self.stack.push(Open {
            mark,
            start: at,
            content_start: at + len,
            pieces: Vec::new(),
            block,
        });
    }

    /// Index in the stack of the innermost open quotation of one of `marks`.
    fn find(&self, marks: &[QuoteMark]) -> Option<usize> {
        self.stack.iter().rposition(|o| marks.contains(&o.mark))
    }

    /// Closes stack entry `index` with the mark at `at..at + len`; the ones opened inside it and
    /// still open end there, unclosed.
    fn close(&mut self, index: usize, at: usize, len: usize, block: usize) {
        while self.stack.len() > index + 1 {
            if let Some(inner) = self.stack.pop() {
                self.finish(inner, at, at, true, block);
            }
        }
        if let Some(open) = self.stack.pop() {
            self.finish(open, at, at + len, false, block);
        }
    }

    fn finish(
        &mut self,
        mut open: Open,
        content_end: usize,
        outer_end: usize,
        unclosed: bool,
        block: usize,
    ) {
        if unclosed && open.mark.dropped_when_unclosed() {
            return;
        }
        open.pieces
            .push(open.content_start..content_end.max(open.content_start));
        let empty = open
            .pieces
            .iter()
            .all(|p| self.text[p.clone()].trim().is_empty());
        if empty {
            return;
        }
        self.out.push(RawQuote {
            outer: open.start..outer_end.max(open.content_start),
            pieces: open.pieces,
            block: open.block,
            last_block: block,
            unclosed,
            mark: open.mark,
            parent: None,
            heading: self.heading,
        });
    }

    fn scan_block(&mut self, start: usize, end: usize, block: usize) {
        let bytes = self.text.as_bytes();
        // Closing guillemets still ahead in the paragraph: a « opened inside an open « nests
        // only if enough » remain to close both; otherwise the open one was never closed
        // (thousands of « without », or a forgotten »).
        // PERF: both counts by `memchr` (`str::matches` searched byte by byte: 18 M instructions
        // of the Bible pair, while drafting).
        let paragraph = &bytes[start..end];
        let mut closers_ahead = memchr::memmem::find_iter(paragraph, "»".as_bytes()).count();
        // Straight quotes still ahead in the paragraph (this one included once reached): one
        // opened inside an open straight quotation nests only if enough remain to close both
        // (`"pas besoin de ce "guichet public""`); otherwise the open one was stray.
        let mut straight_ahead = memchr::memchr_iter(b'"', paragraph).count();
        let mut marks = Marks::new(bytes, start, end);
        let mut i = start;
        while let Some(at) = marks.next(i) {
            i = at;
            let Some((mark, len)) = decode_mark(bytes, i) else {
                i += 1;
                continue;
            };
            let prev = self.text[start..i].chars().next_back();
            let next = self.text[i + len..end].chars().next();
            let prev_word = prev.is_some_and(char::is_alphanumeric);
            let next_word = next.is_some_and(char::is_alphanumeric);
            let prev_open = prev.is_none_or(opens_after);
            let next_space = next.is_none_or(char::is_whitespace);
            match mark {
                '"' => {
                    let ahead = straight_ahead;
                    straight_ahead = straight_ahead.saturating_sub(1);
                    let open_straight = self
                        .stack
                        .iter()
                        .filter(|o| o.mark == QuoteMark::Straight)
                        .count();
                    // A mark before punctuation or at the end of the paragraph closes (`gafas ".`).
                    // A mark spaced on both sides (`: " Certes, … retour. "`, straight quotes
                    // typed with the spaces of « ») opens when none is open, a word follows
                    // and an even number of marks remains to pair it.
                    let spaced = prev.is_none_or(char::is_whitespace)
                        && next.is_some_and(char::is_whitespace)
                        && open_straight == 0
                        && ahead >= 2
                        && ahead % 2 == 0
                        && self.text[i + len..end]
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric);
                    let opening =
                        prev_open && !next_space && !next.is_some_and(closes_before) || spaced;
                    match self.find(&[QuoteMark::Straight]) {
                        // Nested: this one, its closing mark and the enclosing one's are ahead.
                        Some(_)
                            if opening
                                && open_straight < MAX_STRAIGHT_DEPTH
                                && ahead > open_straight + 1 =>
                        {
                            self.open(QuoteMark::Straight, i, len, block);
                        }
                        // Otherwise the open one was stray: it ends here.
                        Some(index) if opening => {
                            self.close_unclosed(index, i, block);
                            self.open(QuoteMark::Straight, i, len, block);
                        }
                        Some(index) => self.close(index, i, len, block),
                        None if opening => self.open(QuoteMark::Straight, i, len, block),
                        None => {}
                    }
                }
                '\'' => {
                    if prev_word && next_word {
                        // l'île, we've: an apostrophe.
                    } else if let Some(index) = self
                        .find(&[QuoteMark::StraightSingle])
                        .filter(|_| !prev_open && !next_word)
                    {
                        self.close(index, i, len, block);
                    } else if prev_open && next.is_some_and(char::is_alphabetic) {
                        self.open(QuoteMark::StraightSingle, i, len, block);
                    }
                }
                '‘' if !prev_word && !next_space => {
                    self.open(QuoteMark::SingleCurly, i, len, block)
                }
                '’' => {
                    if prev_word && next_word {
                        // aujourd’hui: an apostrophe.
                    } else if let Some(index) = self
                        .find(&[QuoteMark::SingleCurly])
                        .filter(|_| !prev_open && !next_word)
                    {
                        self.close(index, i, len, block);
                    }
                }
                '“' => match self.find(&[QuoteMark::LowDouble, QuoteMark::Double]) {
                    Some(index) if self.stack[index].mark == QuoteMark::LowDouble => {
                        self.close(index, i, len, block)
                    }
                    // “text“ typed with one mark: closes when it cannot open.
                    Some(index) if !prev_open && !next_word => self.close(index, i, len, block),
                    _ => self.open(QuoteMark::Double, i, len, block),
                },
                '”' => {
                    if let Some(index) = self.find(&[QuoteMark::Double, QuoteMark::LowDouble]) {
                        self.close(index, i, len, block);
                    }
                }
                '„' => self.open(QuoteMark::LowDouble, i, len, block),
                '«' => {
                    let open = self
                        .stack
                        .iter()
                        .filter(|o| o.mark == QuoteMark::Guillemet)
                        .count();
                    if open > 0
                        && closers_ahead <= open
                        && let Some(index) = self.find(&[QuoteMark::Guillemet])
                    {
                        self.close_unclosed(index, i, block);
                    }
                    self.open(QuoteMark::Guillemet, i, len, block);
                }
                '»' => {
                    closers_ahead = closers_ahead.saturating_sub(1);
                    if let Some(index) = self.find(&[QuoteMark::Guillemet]) {
                        self.close(index, i, len, block);
                    }
                }
                '‹' => self.open(QuoteMark::SingleGuillemet, i, len, block),
                '›' => {
                    if let Some(index) = self.find(&[QuoteMark::SingleGuillemet]) {
                        self.close(index, i, len, block);
                    }
                }
                _ => {}
            }
            i += len;
        }
    }

    /// Ends stack entry `index` (and those inside it) at `at`, unclosed.
    fn close_unclosed(&mut self, index: usize, at: usize, block: usize) {
        while self.stack.len() > index {
            if let Some(open) = self.stack.pop() {
                self.finish(open, at, at, true, block);
            }
        }
    }
}

/// A subheading: a heading block whose text does not end a sentence. The document also calls
/// "heading" a short paragraph made of one quoted sentence (`« Rien ne sera simple. »`); for
/// quotations that is a paragraph (it can continue a quotation and be attributed).
pub fn is_subheading(doc: &Document, block: usize) -> bool {
    doc.blocks
        .get(block)
        .is_some_and(|b| b.kind == BlockKind::Heading && !ends_sentence(&doc.text[b.range.clone()]))
}

/// True when `s` ends with sentence-final punctuation, possibly inside closing marks.
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches([
        '"', '»', '”', '’', '\'', ')', ']', '›', ' ', '\u{a0}', '\u{202f}',
    ]);
    t.ends_with(['.', '!', '?', '…'])
}

/// The mark that opens a paragraph continuing a quotation of kind `mark`, with the white space
/// after it: its length in bytes.
fn continuation_mark(text: &str, at: usize, mark: QuoteMark) -> Option<usize> {
    let mut chars = text[at..].chars();
    let c = chars.next()?;
    let continues = match mark {
        QuoteMark::Guillemet => matches!(c, '«' | '»'),
        QuoteMark::Double => matches!(c, '“' | '"'),
        QuoteMark::LowDouble => matches!(c, '„' | '»' | '«'),
        QuoteMark::Straight => c == '"',
        _ => false,
    };
    if !continues {
        return None;
    }
    let rest = &text[at + c.len_utf8()..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
    Some(c.len_utf8() + spaces)
}

/// Every quotation of `doc`, sorted by position, with `parent` set for nested ones.
pub fn scan(doc: &Document) -> Vec<RawQuote> {
    let text = doc.text.as_str();
    let mut scanner = Scanner {
        text,
        out: Vec::new(),
        stack: Vec::new(),
        heading: false,
    };
    let mut carried: Option<Open> = None;
    let blocks = &doc.blocks;
    for (index, block) in blocks.iter().enumerate() {
        let subheading = is_subheading(doc, index);
        scanner.heading = subheading;
        let mut start = block.range.start;
        if let Some(mut open) = carried.take() {
            // The caller checked that this paragraph opens with a continuation mark.
            let len = continuation_mark(text, start, open.mark).unwrap_or(0);
            start += len;
            open.content_start = start;
            scanner.stack.push(open);
        }
        scanner.scan_block(start, block.range.end, index);
        let end = block.range.end;
        // A quotation still open continues into the next paragraph only if that paragraph
        // opens with a continuation mark; everything else ends with the paragraph, unclosed.
        let next = blocks.get(index + 1);
        let carry = scanner.stack.first().is_some_and(|outer| {
            !subheading
                && !is_subheading(doc, index + 1)
                && next
                    .and_then(|n| continuation_mark(text, n.range.start, outer.mark))
                    .is_some()
        });
        let keep = usize::from(carry);
        scanner.close_unclosed(keep.min(scanner.stack.len()), end, index);
        if carry && let Some(mut outer) = scanner.stack.pop() {
            outer.pieces.push(outer.content_start..end);
            carried = Some(outer);
        }
    }
    let mut out = scanner.out;
    out.sort_by(|a, b| {
        a.outer
            .start
            .cmp(&b.outer.start)
            .then(b.outer.end.cmp(&a.outer.end))
    });
    // Parents: a sweep with the chain of quotations enclosing the current position.
    let mut chain: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        while let Some(&top) = chain.last() {
            if out[top].outer.end <= out[i].outer.start {
                chain.pop();
            } else {
                break;
            }
        }
        out[i].parent = chain.last().copied();
        chain.push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", "t.txt", text.to_string(), "utf-8", Vec::new())
    }

    /// (content of each quotation, trimmed and pieces joined by " | ", unclosed, parent)
    fn quotes(text: &str) -> Vec<(String, bool, Option<usize>)> {
        let d = doc(text);
        scan(&d)
            .into_iter()
            .map(|q| {
                let pieces: Vec<&str> = q.pieces.iter().map(|p| d.text[p.clone()].trim()).collect();
                (pieces.join(" | "), q.unclosed, q.parent)
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.0).collect()
    }

    #[test]
    fn every_kind_of_mark() {
        assert_eq!(
            texts("Il a dit « oui » puis «\u{a0}non\u{a0}» et «\u{202f}peut-être\u{202f}»."),
            ["oui", "non", "peut-être"]
        );
        assert_eq!(texts("«sans espace»"), ["sans espace"]);
        assert_eq!(texts("He said “yes” and ‘no’."), ["yes", "no"]);
        assert_eq!(texts("Er sagte „ja“ und ‹ non ›."), ["ja", "non"]);
        assert_eq!(texts("He said \"yes\", then \"no\"."), ["yes", "no"]);
    }

    #[test]
    fn apostrophes_inside_words_are_not_marks() {
        assert!(texts("l'île, aujourd’hui, we've, it’s, jusqu'à l’objectif").is_empty());
        assert_eq!(texts("the 'Big Apple' of l'île"), ["Big Apple"]);
        // A lone opening single quote is an elision, not an unclosed quotation.
        assert!(texts("rock 'til dawn, the '90s").is_empty());
    }

    #[test]
    fn straight_quotes_open_or_close_by_context() {
        assert_eq!(
            texts("\"Je suis là\", a-t-il dit. \"Ensuite\"."),
            ["Je suis là", "Ensuite"]
        );
        assert_eq!(
            texts("les \"liens historiques\" entre"),
            ["liens historiques"]
        );
        assert_eq!(texts("(\"entre parenthèses\")"), ["entre parenthèses"]);
    }

    #[test]
    fn straight_quotes_spaced_like_guillemets() {
        assert_eq!(
            texts("Comme l'explique Paul Vidal : \" Certes, il a gagné. Mais il doute. \" Fin."),
            ["Certes, il a gagné. Mais il doute."]
        );
        assert_eq!(
            texts("As he put it: \" We won. We will win again. \" Then he left."),
            ["We won. We will win again."]
        );
        // An odd mark left alone, or one before no word, opens nothing.
        assert!(texts("Il mesure 6 \" de haut.").is_empty());
        assert_eq!(texts("\"Oui\", dit-il \" .").len(), 1);
    }

    #[test]
    fn nested_quotations_have_a_parent() {
        let q = quotes("« Il m'a dit “jamais” hier »");
        assert_eq!(q[0].0, "Il m'a dit “jamais” hier");
        assert_eq!(q[1], ("jamais".to_string(), false, Some(0)));
        let q = quotes("\"He called it 'a disgrace' today\"");
        assert_eq!(q[1], ("a disgrace".to_string(), false, Some(0)));
        let q = quotes("« Il a dit ‹ non › »");
        assert_eq!(q[1].2, Some(0));
    }

    #[test]
    fn quotations_over_several_paragraphs() {
        let q = quotes("« Premier paragraphe.\n\n« Deuxième paragraphe.\n\n» Troisième. »\n\nFin.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].0,
            "Premier paragraphe. | Deuxième paragraphe. | Troisième."
        );
        assert!(!q[0].1);
        let q = quotes("“First paragraph.\n\n“Second one, which goes on.” He left.\n\nEnd.");
        assert_eq!(
            q,
            [(
                "First paragraph. | Second one, which goes on.".to_string(),
                false,
                None
            )]
        );
    }

    #[test]
    fn unclosed_quotations_end_with_their_paragraph() {
        let q = quotes("Il a dit « jamais de la vie.\n\nAutre paragraphe sans marque.");
        assert_eq!(q, [("jamais de la vie.".to_string(), true, None)]);
        let q = quotes("He said \"never.\n\n\"Again\" is a word.");
        // The second paragraph opens with a straight quote: it continues the open quotation.
        assert_eq!(q.len(), 1);
    }

    #[test]
    fn thousands_of_opening_marks_stay_linear_and_bounded() {
        // Without any », each « ends where the next begins: 10 000 short unclosed quotations,
        // none nested in another.
        let text = "« a ".repeat(10_000);
        let q = quotes(&text);
        assert_eq!(q.len(), 10_000);
        assert!(q.iter().all(|q| q.1 && q.0 == "a" && q.2.is_none()));
        // A forgotten » does not swallow the rest of the paragraph into a nesting.
        let q = quotes("« un sans fin, puis « deux » et trois.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0], ("un sans fin, puis".to_string(), true, None));
        assert_eq!(q[1], ("deux".to_string(), false, None));
        // Enough » ahead: a real nesting.
        let q = quotes("« Il m'a dit « non » hier »");
        assert_eq!(q[1].2, Some(0));
    }

    #[test]
    fn straight_quotes_nest_when_enough_close_both() {
        let q = quotes("Il a dit : \"pas besoin d'utiliser ce \"guichet public\"\". Fin.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(
            q[0],
            (
                "pas besoin d'utiliser ce \"guichet public\"".to_string(),
                false,
                None
            )
        );
        assert_eq!(q[1], ("guichet public".to_string(), false, Some(0)));
        let q = quotes("She said \"they called it \"a farce\" and left\" yesterday.");
        assert_eq!(q[1], ("a farce".to_string(), false, Some(0)));
        // Two quotations one after the other do not nest.
        assert_eq!(
            texts("\"un\" puis \"deux\" et \"trois\""),
            ["un", "deux", "trois"]
        );
    }

    #[test]
    fn a_straight_quote_before_punctuation_closes() {
        let q = quotes("Le trafiquant, alias \"Enrique gafas \". Puis il partit.\n\nLa suite.");
        assert_eq!(q, [("Enrique gafas".to_string(), false, None)]);
        // A stray mark before a period opens nothing.
        assert!(texts("Il partit \". Et revint.").is_empty());
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        assert!(texts("fin » et ” et ’ et ›").is_empty());
    }

    #[test]
    fn every_byte_that_may_start_a_mark_is_found_once_in_order() {
        for text in [
            "Il a dit « non » puis “peut-être” et l’a répété : \"jamais\" ou 'rarement'.",
            "He said \u{2018}maybe\u{2019} and \u{201e}so\u{201c}, it\u{2019}s ‹fine› — ok.",
            "aucune marque ici, é è à ç",
            "",
        ] {
            let bytes = text.as_bytes();
            let expected: Vec<usize> = (0..bytes.len())
                .filter(|&k| matches!(bytes[k], b'"' | b'\'' | 0xC2 | 0xE2))
                .collect();
            let mut marks = Marks::new(bytes, 0, bytes.len());
            let mut found = Vec::new();
            let mut i = 0;
            while let Some(at) = marks.next(i) {
                found.push(at);
                i = at + 1;
            }
            assert_eq!(found, expected, "{text}");
        }
        // A window of the text: nothing before its start or from its end.
        let text = "« a » « b »";
        let mut marks = Marks::new(text.as_bytes(), 1, text.len() - 2);
        assert_eq!(marks.next(1), Some(5), "the first « is before the window");
        assert_eq!(marks.next(6), Some(8));
        assert_eq!(marks.next(9), None, "the last » is past its end");
    }
}
