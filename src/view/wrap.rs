//! Width-aware wrapping of a document's blocks into display rows (byte ranges), computed once
//! per pane width so that a frame only looks up the rows it shows.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::core::document::{BlockKind, Document};
use crate::core::text::boundary::common_prefix_len;

/// What a row shows, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Paragraph,
    Heading,
    /// The blank row between two blocks.
    Gap,
}

/// One display row: a byte range of the document's text (empty for gaps). A row never contains
/// the white space at which it was broken; `\n` inside a hard-wrapped paragraph shows as a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: u32,
    pub end: u32,
    pub block: u32,
    pub kind: RowKind,
}

impl Row {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A document wrapped at one width: all of it, or its first `blocks_done` blocks while the rest
/// is wrapped in steps (a document still arriving, or a book after a resize).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub width: u16,
    pub rows: Vec<Row>,
    /// How many of the document's blocks the rows are of.
    pub blocks_done: usize,
}

impl Wrapped {
    /// Wraps every block of `doc` at `width` columns (at least 1), with a gap row between blocks.
    pub fn new(doc: &Document, width: u16) -> Wrapped {
        let mut wrapped = Wrapped::start(width);
        wrapped.wrap_more(doc, usize::MAX);
        wrapped
    }

    /// Nothing wrapped yet, at `width` columns (at least 1).
    pub fn start(width: u16) -> Wrapped {
        Wrapped {
            width: width.max(1),
            rows: Vec::new(),
            blocks_done: 0,
        }
    }

    /// Wraps the next blocks of `doc`, at least one, until about `budget` bytes of text are
    /// wrapped; true once every block is. Wrapping in steps gives the rows wrapping at once gives.
    pub fn wrap_more(&mut self, doc: &Document, budget: usize) -> bool {
        let width = self.width.max(1) as usize;
        let Some(first) = doc.blocks.get(self.blocks_done) else {
            return true;
        };
        // PERF: one row per ~width bytes of text; reserving avoids regrowth on book-size input,
        // and exactly for a whole document (a doubled capacity would be a tenth of its memory).
        let ahead = doc.text.len().saturating_sub(first.range.start) / width
            + (doc.blocks.len() - self.blocks_done) * 2;
        if doc.partial {
            self.rows.reserve(ahead);
        } else {
            self.rows.reserve_exact(ahead);
        }
        let mut wrapped = 0usize;
        while let Some(block) = doc.blocks.get(self.blocks_done) {
            if wrapped >= budget {
                return false;
            }
            let index = self.blocks_done;
            if index > 0 {
                let at = block.range.start as u32;
                self.rows.push(Row {
                    start: at,
                    end: at,
                    block: index as u32,
                    kind: RowKind::Gap,
                });
            }
            let kind = match block.kind {
                BlockKind::Heading => RowKind::Heading,
                BlockKind::Paragraph | BlockKind::Quote => RowKind::Paragraph,
            };
            let rows = &mut self.rows;
            wrap_block(&doc.text, block.range.clone(), width, &mut |range| {
                rows.push(Row {
                    start: range.start as u32,
                    end: range.end as u32,
                    block: index as u32,
                    kind,
                })
            });
            wrapped += block.range.len();
            self.blocks_done += 1;
        }
        true
    }

    /// Every block of `doc` is wrapped.
    pub fn is_complete(&self, doc: &Document) -> bool {
        self.blocks_done >= doc.blocks.len()
    }

    /// Keeps the rows of the first `blocks` blocks only (to wrap the rest again).
    pub fn truncate_blocks(&mut self, blocks: usize) {
        if blocks >= self.blocks_done {
            return;
        }
        let keep = self.rows.partition_point(|r| (r.block as usize) < blocks);
        self.rows.truncate(keep);
        self.blocks_done = blocks;
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row showing byte `offset` (the last row starting at or before it).
    pub fn row_of(&self, offset: usize) -> usize {
        let offset = offset as u32;
        // A gap row shares its start with the block after it; the block's row comes later and wins.
        self.rows
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1)
            .min(self.rows.len().saturating_sub(1))
    }
}

/// How many leading blocks `old` and `new` share, in range, kind and text: their rows stay
/// valid when `new` replaces `old` (a longer prefix of the same file, or the whole of it).
pub fn common_blocks(old: &Document, new: &Document) -> usize {
    let same = common_prefix_len(&old.text, &new.text);
    old.blocks
        .iter()
        .zip(&new.blocks)
        .take_while(|(a, b)| a == b && a.range.end <= same)
        .count()
}

/// Display width of one grapheme cluster, as ratatui's buffer measures it (a single byte is one
/// cell; anything else is its unicode-width).
#[inline]
pub fn grapheme_width(g: &str) -> usize {
    if g.len() == 1 { 1 } else { g.width() }
}

/// True for characters that are their own grapheme cluster with a fixed width, so that text made
/// only of them can be wrapped char by char (PERF: Latin text skips grapheme segmentation).
#[inline]
pub fn is_simple(c: char) -> bool {
    ((' '..'\u{300}').contains(&c) && c != '\u{ad}')
        || ('\u{2010}'..='\u{2027}').contains(&c)
        || ('\u{2030}'..='\u{205e}').contains(&c)
        || ('\u{20a0}'..='\u{20c0}').contains(&c)
        // Arrows, mathematical operators and the first technical signs: "≠" and "⌂" in the
        // quotations panel's columns.
        || ('\u{2190}'..='\u{2319}').contains(&c)
        || ('\u{2400}'..='\u{2426}').contains(&c)
}

/// Break opportunities are ordinary spaces and newlines only: never a no-break space (U+00A0,
/// U+202F, U+2007, U+2060), so `«` stays with its word.
#[inline]
fn is_break_space(g: &str) -> bool {
    g == " " || g == "\n"
}

/// Greedy wrapping of `text[range]` into rows of at most `width` cells, calling `emit` with each
/// row's byte range. Words longer than the width are broken between graphemes; a grapheme wider
/// than the whole width gets a row of its own.
pub fn wrap_block(
    text: &str,
    range: Range<usize>,
    width: usize,
    emit: &mut dyn FnMut(Range<usize>),
) {
    let slice = &text[range.clone()];
    let base = range.start;
    // PERF: first try char by char, which is right as long as every character is simple (its
    // own grapheme, fixed width); on the first other character, start over with graphemes.
    let mut simple_rows: Vec<Range<usize>> = Vec::new();
    let mut all_simple = true;
    let chars = slice.char_indices().map_while(|(i, c)| {
        if c == ' ' || c == '\n' {
            Some((i, 1, 1, true))
        } else if c < '\u{80}' {
            Some((i, 1, 1, false))
        } else if is_simple(c) {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            Some((i, c.len_utf8(), w, false))
        } else {
            all_simple = false;
            None
        }
    });
    wrap_graphemes(chars, base, width, &mut |r| simple_rows.push(r));
    if all_simple {
        simple_rows.into_iter().for_each(&mut *emit);
    } else {
        let graphemes = slice.grapheme_indices(true).map(|(i, g)| {
            let space = is_break_space(g);
            (i, g.len(), if space { 1 } else { grapheme_width(g) }, space)
        });
        wrap_graphemes(graphemes, base, width, emit);
    }
}

/// The greedy line breaker over (byte offset, byte length, width, is break space) items.
fn wrap_graphemes(
    graphemes: impl Iterator<Item = (usize, usize, usize, bool)>,
    base: usize,
    width: usize,
    emit: &mut dyn FnMut(Range<usize>),
) {
    let mut row_start: Option<usize> = None;
    let mut used = 0usize;
    // End of the last non-space grapheme: where the row ends if it breaks here.
    let mut text_end = 0usize;
    // While inside a run of spaces: the text end before it.
    let mut spaces_after: Option<usize> = None;
    // The last break opportunity of this row: (text end before the spaces, start of the next
    // word, cells used when that word started).
    let mut last_break: Option<(usize, usize, usize)> = None;
    for (i, glen, w, space) in graphemes {
        if space {
            if row_start.is_some() {
                spaces_after.get_or_insert(text_end);
                used += w;
            }
            continue;
        }
        match row_start {
            None => {
                row_start = Some(i);
                used = 0;
                last_break = None;
            }
            Some(_) => {
                if let Some(end) = spaces_after.take() {
                    last_break = Some((end, i, used));
                }
            }
        }
        if used + w > width && row_start != Some(i) {
            let start = row_start.unwrap_or(i);
            match last_break.take() {
                Some((end, word_start, used_then)) => {
                    emit(base + start..base + end);
                    row_start = Some(word_start);
                    used -= used_then;
                    if used + w > width && word_start < i {
                        // The word alone is wider than the row: break inside it.
                        emit(base + word_start..base + text_end);
                        row_start = Some(i);
                        used = 0;
                    }
                }
                None => {
                    emit(base + start..base + text_end);
                    row_start = Some(i);
                    used = 0;
                }
            }
        }
        used += w;
        text_end = i + glen;
    }
    if let Some(start) = row_start
        && text_end > start
    {
        emit(base + start..base + text_end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_simple_character_is_one_cell_and_a_grapheme_of_its_own() {
        use unicode_segmentation::UnicodeSegmentation;
        let simple: Vec<char> = (' '..=char::MAX).filter(|&c| is_simple(c)).collect();
        assert!(simple.contains(&'≠') && simple.contains(&'⌂') && simple.contains(&'é'));
        for c in simple {
            let alone = c.to_string();
            assert_eq!(grapheme_width(&alone), 1, "{c:?} U+{:04X}", c as u32);
            // Not joined to the character before it, nor to one after it.
            let text = format!("a{c}b");
            assert_eq!(text.graphemes(true).count(), 3, "U+{:04X}", c as u32);
        }
    }

    fn rows(text: &str, width: usize) -> Vec<&str> {
        let mut out = Vec::new();
        wrap_block(text, 0..text.len(), width, &mut |r| out.push(&text[r]));
        out
    }

    fn width_of(s: &str) -> usize {
        s.graphemes(true)
            .map(|g| if g == "\n" { 1 } else { grapheme_width(g) })
            .sum()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            rows("le chat dort sur le tapis", 10),
            ["le chat", "dort sur", "le tapis"]
        );
    }

    #[test]
    fn runs_of_spaces_and_newlines_are_break_points() {
        assert_eq!(rows("aaa   bbb\nccc", 5), ["aaa", "bbb", "ccc"]);
        assert_eq!(rows("aaa bbb", 7), ["aaa bbb"]);
    }

    #[test]
    fn never_breaks_at_no_break_spaces() {
        let text = "il a dit «\u{a0}liens historiques\u{a0}» hier";
        let r = rows(text, 15);
        assert_eq!(
            r,
            ["il a dit", "«\u{a0}liens", "historiques\u{a0}»", "hier"]
        );
        assert!(r.iter().any(|row| row.contains("«\u{a0}liens")), "{r:?}");
        let text = "prix\u{202f}: 12\u{202f}000\u{202f}€";
        assert_eq!(rows(text, 10), ["prix\u{202f}:", "12\u{202f}000\u{202f}€"]);
    }

    #[test]
    fn breaks_overlong_words() {
        assert_eq!(rows("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(rows("ab abcdefghij", 4), ["ab", "abcd", "efgh", "ij"]);
    }

    #[test]
    fn cjk_is_two_cells_and_never_split() {
        let r = rows("北京欢迎你", 5);
        assert_eq!(r, ["北京", "欢迎", "你"]);
        assert_eq!(rows("北京", 1), ["北", "京"]);
    }

    #[test]
    fn emoji_and_combining_marks_stay_whole() {
        let family = "👨\u{200d}👩\u{200d}👧";
        let text = format!("a {family} e\u{301}te\u{301} fin");
        let r = rows(&text, 3);
        assert!(r.contains(&family), "{r:?}");
        assert!(r.contains(&"e\u{301}te\u{301}"), "{r:?}");
    }

    #[test]
    fn french_accents_count_one_cell() {
        assert_eq!(rows("été là-bas où", 7), ["été", "là-bas", "où"]);
    }

    #[test]
    fn document_rows_have_gaps_between_blocks() {
        let doc =
            Document::from_bytes("a", "Premier.\n\nSecond paragraphe ici.".as_bytes()).unwrap();
        let w = Wrapped::new(&doc, 10);
        let kinds: Vec<RowKind> = w.rows.iter().map(|r| r.kind).collect();
        use RowKind::*;
        assert_eq!(kinds, [Paragraph, Gap, Paragraph, Paragraph, Paragraph]);
        assert_eq!(w.row_of(doc.blocks[1].range.start), 2);
        assert_eq!(w.row_of(doc.text.len()), 4);
    }

    /// A document of `paragraphs` drawn from the text strategy, separated as `blank` says.
    fn doc_of(paragraphs: &[String], blank: bool) -> Document {
        let sep = if blank { "\n\n" } else { "\n" };
        Document::from_bytes("t.txt", paragraphs.join(sep).as_bytes()).expect("text loads")
    }

    #[test]
    fn a_document_growing_keeps_the_rows_of_the_blocks_it_had() {
        let text = "Premier paragraphe.\n\nSecond paragraphe assez long.\n\nTroisi\u{e8}me.";
        let mut builder = crate::core::document::DocumentBuilder::new("t.txt");
        builder.push(&text.as_bytes()[..40]).unwrap();
        let prefix = builder.snapshot().unwrap();
        builder.push(&text.as_bytes()[40..]).unwrap();
        let whole = builder.finish().unwrap();
        // The first block is the same; the second was cut short in the prefix.
        assert_eq!(common_blocks(&prefix, &whole), 1);
        let mut wrapped = Wrapped::new(&prefix, 12);
        wrapped.truncate_blocks(common_blocks(&prefix, &whole));
        assert_eq!(wrapped.rows, Wrapped::new(&whole, 12).rows[..wrapped.len()]);
        while !wrapped.wrap_more(&whole, 1) {}
        assert_eq!(wrapped, Wrapped::new(&whole, 12));
    }

    /// Text drawn from the cases that matter: spaces, NBSP, accents, CJK, emoji, combining marks.
    fn text_strategy() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            Just("a".to_string()),
            Just("mot".to_string()),
            Just("anticonstitutionnellement".to_string()),
            Just(" ".to_string()),
            Just("  ".to_string()),
            Just("\n".to_string()),
            Just("\u{a0}".to_string()),
            Just("\u{202f}".to_string()),
            Just("é".to_string()),
            Just("e\u{301}".to_string()),
            Just("«".to_string()),
            Just("北京".to_string()),
            Just("👍🏽".to_string()),
            Just("👨\u{200d}👩\u{200d}👧".to_string()),
            Just("\u{200b}".to_string()),
        ];
        proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn rows_fit_reassemble_and_respect_graphemes(text in text_strategy(), width in 1usize..30) {
            let mut ranges = Vec::new();
            wrap_block(&text, 0..text.len(), width, &mut |r| ranges.push(r));
            let boundaries: std::collections::HashSet<usize> =
                text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
            let mut previous_end = 0;
            for r in &ranges {
                let row = &text[r.clone()];
                // No row wider than the width, unless it is one grapheme wider than the width.
                prop_assert!(width_of(row) <= width || row.graphemes(true).count() == 1,
                    "row {row:?} wider than {width}");
                // No grapheme split.
                prop_assert!(boundaries.contains(&r.start) && boundaries.contains(&r.end));
                // What lies between rows is only break spaces (or nothing, for a forced break).
                let between = &text[previous_end..r.start];
                prop_assert!(between.chars().all(|c| c == ' ' || c == '\n'), "lost {between:?}");
                prop_assert!(!row.is_empty());
                previous_end = r.end;
            }
            let tail = &text[previous_end..];
            prop_assert!(tail.chars().all(|c| c == ' ' || c == '\n'), "lost tail {tail:?}");
        }

        #[test]
        fn wrapping_in_steps_equals_wrapping_at_once(
            paragraphs in proptest::collection::vec(text_strategy(), 0..8),
            blank in any::<bool>(),
            width in 1u16..30,
            budget in 1usize..200,
        ) {
            let doc = doc_of(&paragraphs, blank);
            let mut steps = Wrapped::start(width);
            while !steps.wrap_more(&doc, budget) {}
            prop_assert!(steps.is_complete(&doc));
            prop_assert_eq!(steps, Wrapped::new(&doc, width));
        }

        #[test]
        fn rows_kept_from_a_prefix_and_the_rest_wrapped_equal_the_whole_wrapped(
            paragraphs in proptest::collection::vec(text_strategy(), 0..8),
            blank in any::<bool>(),
            cuts in proptest::collection::vec(0usize..400, 1..4),
            width in 1u16..30,
        ) {
            // Each snapshot of a document being read replaces the one before in a pane, which
            // keeps the rows of the blocks they share and wraps the rest.
            let bytes = paragraphs.join(if blank { "\n\n" } else { "\n" }).into_bytes();
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(bytes.len())).collect();
            cuts.sort_unstable();
            let mut builder = crate::core::document::DocumentBuilder::new("t.txt");
            let mut shown = Document::pending("t.txt");
            let mut wrapped = Wrapped::start(width);
            let mut from = 0;
            for cut in cuts {
                builder.push(&bytes[from..cut]).unwrap();
                from = cut;
                let next = builder.snapshot().unwrap();
                wrapped.truncate_blocks(common_blocks(&shown, &next));
                shown = next;
                wrapped.wrap_more(&shown, 50);
            }
            builder.push(&bytes[from..]).unwrap();
            let whole = builder.finish().unwrap();
            wrapped.truncate_blocks(common_blocks(&shown, &whole));
            while !wrapped.wrap_more(&whole, 50) {}
            prop_assert_eq!(wrapped, Wrapped::new(&whole, width));
        }

        #[test]
        fn no_row_starts_or_ends_next_to_a_no_break_space_break(text in text_strategy(), width in 1usize..30) {
            let mut ranges = Vec::new();
            wrap_block(&text, 0..text.len(), width, &mut |r| ranges.push(r));
            for pair in ranges.windows(2) {
                if pair[0].end < pair[1].start {
                    // A break at spaces: the row must not end with a no-break space unless it
                    // was forced (no space break in range).
                    let gap = &text[pair[0].end..pair[1].start];
                    prop_assert!(!gap.contains('\u{a0}'), "gap {:?}", gap);
                }
            }
        }
    }
}
