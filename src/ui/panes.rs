//! Drawing the two article panes: a title row, then only the visible wrapped rows, each split
//! into styled segments where highlights (passages, differences, quotations, search) begin or end.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use super::status::reading_label;
use super::theme::Theme;
use crate::app::analysis::{Analysis, RowCursor, overlapping};
use crate::app::documents::AnalysisStatus;
use crate::app::documents::Fate;
use crate::app::state::{Focus, State};
use crate::core::side::Side;
use crate::core::text::count::count;
use crate::view::wrap::{Row, RowKind, is_simple};

/// Draws pane `side` (title and text) into `buf`.
pub fn render_pane(state: &State, side: Side, theme: &Theme, buf: &mut Buffer) {
    render_title(state, side, theme, state.areas.titles[side], buf);
    let area = state.areas.texts[side];
    let pane = state.pane(side);
    if pane.wrapped.is_empty() {
        let notice = if pane.doc.partial && pane.doc.text.is_empty() {
            format!("(waiting for {}…)", pane.doc.path)
        } else if pane.doc.partial {
            "(reading…)".to_string()
        } else if pane.doc.notices.is_empty() {
            "(nothing to show)".to_string()
        } else {
            format!("({})", pane.doc.notices.join(", "))
        };
        if area.height > 0 {
            buf.set_stringn(area.x, area.y, notice, area.width as usize, theme.dim);
        }
        return;
    }
    let view = PaneView {
        side,
        text: &pane.doc.text,
        analysis: state.analysis(),
        active: state.active_passage(),
        selected_quotes: state.selected_quote_spans(side),
        hits: &state.search.hits[side],
        current_hit: match state.search.current {
            Some((s, index)) if s == side => Some(index),
            _ => None,
        },
    };
    let mut scratch = Scratch::default();
    // PERF: only the rows on screen are looked at; cost does not depend on document size.
    let visible = pane
        .wrapped
        .rows
        .iter()
        .skip(pane.top)
        .take(area.height as usize);
    for (y, row) in (area.y..).zip(visible) {
        draw_row(
            &view,
            theme,
            &mut scratch,
            row,
            Rect::new(area.x, y, area.width, 1),
            buf,
        );
    }
}

fn render_title(state: &State, side: Side, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let pane = state.pane(side);
    let doc = &pane.doc;
    let focused = state.focus == Focus::Pane(side);
    let style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    let mut details = Vec::new();
    // A web page's own metadata: the site and byline, then the date.
    details.extend(doc.site.iter().cloned());
    details.extend(doc.byline.iter().cloned());
    if let Some(date) = &doc.date {
        details.push(date.clone());
    }
    details.push(count(doc.word_count, "word", "words"));
    let rewrites = &state.rewrites;
    match state.analysis_status() {
        _ if !state.documents.is_whole(pane.id) => {
            details.extend(reading_label(state.documents.reading(pane.id)));
        }
        // The comparison starts once both documents are whole.
        _ if !state.shown_whole() => {}
        // The prefilter found nothing to align: no comparison will come.
        _ if state.documents.fate(state.panes.shown().right) == Fate::NotCandidate => {
            details.push("took nothing".into());
        }
        AnalysisStatus::Ready(a) => details.push(format!("{:.0} % shared", a.shared(side) * 100.0)),
        // Pairs of a set are compared whole, one after the other: say how far the set is.
        AnalysisStatus::Running(_) if rewrites.several() => details.push(format!(
            "comparing… {}/{} pairs",
            rewrites.compared, rewrites.total
        )),
        AnalysisStatus::Running(p) => details.push(format!("comparing… {:.0} %", p * 100.0)),
    }
    details.extend(doc.notices.iter().cloned());
    let marker = if focused { "▶ " } else { "  " };
    let name = match &doc.headline {
        Some(headline) => format!("{} — {headline}", doc.title),
        None => doc.title.clone(),
    };
    // The right title ends with `‹ rewrite 3/12 ›` (clickable) when several are open.
    let switcher = match side {
        Side::Right => rewrites.switcher(pane.id),
        Side::Left => None,
    };
    let switcher_width = switcher
        .as_deref()
        .map_or(0, unicode_width::UnicodeWidthStr::width);
    let room = match switcher_width {
        0 => area.width as usize,
        w => (area.width as usize).saturating_sub(w + 1),
    };
    let title = fit_title(marker, &name, &details.join(" · "), room);
    buf.set_style(area, style);
    buf.set_stringn(area.x, area.y, title, room, style);
    if let Some(switcher) = switcher {
        let x = area.right().saturating_sub(switcher_width as u16);
        buf.set_stringn(x, area.y, switcher, switcher_width, style);
    }
}

/// Cells a file name keeps in a title however long the details: its end tells two files apart.
const TITLE_NAME_MIN: usize = 16;

/// `marker name · details` in `width` cells: when it does not fit, the file name is shortened in
/// the middle first (the details — date, words, reuse, notices — matter more), down to
/// `TITLE_NAME_MIN` cells; then the details are cut at their end.
pub(crate) fn fit_title(marker: &str, name: &str, details: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let full = format!("{marker}{name} · {details}");
    if full.width() <= width {
        return full;
    }
    let fixed = marker.width() + 3;
    let name_floor = name.width().min(TITLE_NAME_MIN);
    let name_room = width
        .saturating_sub(fixed + details.width())
        .max(name_floor);
    let name = crate::view::fit::cut_middle(name, name_room);
    let details_room = width.saturating_sub(fixed + name.width());
    let details = crate::view::fit::fit(details, details_room);
    format!("{marker}{name} · {}", details.trim_end())
}

/// One row: its text cut into segments at every highlight boundary, each with its style.
fn draw_row(
    view: &PaneView,
    theme: &Theme,
    scratch: &mut Scratch,
    row: &Row,
    area: Rect,
    buf: &mut Buffer,
) {
    if row.kind == RowKind::Gap {
        return;
    }
    let text = view.text;
    let range = row.range();
    let base = match row.kind {
        RowKind::Heading => theme.heading,
        _ => theme.text,
    };
    let Scratch {
        layers,
        cuts,
        styles,
    } = scratch;
    layers.collect(view, theme, range.clone());
    cut(text, range, &layers.layers, cuts);
    segment_styles(cuts, &layers.layers, base, styles);
    let mut x = area.x;
    for (pair, &style) in cuts.windows(2).zip(styles.iter()) {
        let (a, b) = (pair[0], pair[1]);
        if x >= area.right() {
            break;
        }
        x = put_text(buf, x, area.y, &text[a..b], area.right(), style);
    }
}

/// Each segment's style (`styles[k]` for `cuts[k]..cuts[k + 1]`): `base`, patched by every
/// layer over the segment's start, in paint order. PERF: each layer patches the run of segments
/// it covers (found by a binary search over the sorted cuts), rather than each segment testing
/// every layer: whether a segment is inside a layer follows no pattern the processor can
/// predict, and a compared page has hundreds of segments.
#[inline]
fn segment_styles(
    cuts: &[usize],
    layers: &[(Range<usize>, Style)],
    base: Style,
    styles: &mut Vec<Style>,
) {
    let starts = &cuts[..cuts.len().saturating_sub(1)];
    styles.clear();
    styles.resize(starts.len(), base);
    for (r, s) in layers {
        let first = cuts.partition_point(|&at| at < r.start);
        for (style, &at) in styles.iter_mut().zip(starts).skip(first) {
            if at >= r.end {
                break;
            }
            *style = style.patch(*s);
        }
    }
}

/// Where `text[range]` is cut into segments, in order: its start, every boundary of a layer
/// strictly inside it that is a character boundary, its end. PERF: only the boundaries inside
/// the row are sorted (a passage, a quotation often starts and ends on other rows), none for a
/// row without highlights.
fn cut(text: &str, range: Range<usize>, layers: &[(Range<usize>, Style)], cuts: &mut Vec<usize>) {
    cuts.clear();
    cuts.push(range.start);
    for (r, _) in layers {
        for at in [r.start, r.end] {
            if range.start < at && at < range.end && text.is_char_boundary(at) {
                cuts.push(at);
            }
        }
    }
    if cuts.len() > 2 {
        cuts[1..].sort_unstable();
        cuts.dedup();
    }
    cuts.push(range.end);
}

/// Writes `piece` from column `x`, stopping before `right`; returns the next column.
/// PERF: simple characters (one cell each) go straight into the cells, printable ASCII copied
/// from a table; from the first other character on, the rest goes through ratatui's
/// grapheme-aware `set_stringn`, starting again from the character before it, which a
/// combining mark would belong to.
pub(crate) fn put_text(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    piece: &str,
    right: u16,
    style: Style,
) -> u16 {
    let mut x = x;
    // Runs are written as slices of the row: never past its end.
    let right = right.min(buf.area.right());
    if x >= right {
        return x;
    }
    let mut index = cell_index(buf, x, y);
    // PERF: what `style` makes of a cell with no style of its own (the usual case: the buffer is
    // reset before each frame), worked out once per piece instead of patched into every cell.
    let blank = {
        let mut cell = Cell::EMPTY;
        cell.set_style(style);
        (cell.fg, cell.bg, cell.underline_color, cell.modifier)
    };
    let bytes = piece.as_bytes();
    let mut offset = 0;
    // Byte offset and column of the last character written.
    let mut last_written: Option<(usize, u16)> = None;
    while offset < bytes.len() && x < right {
        // PERF: a run of printable ASCII is copied byte by byte, without decoding characters,
        // in the pass that finds it.
        let room = usize::from(right - x);
        let mut run = 0;
        for (cell, &byte) in buf.content[index..index + room]
            .iter_mut()
            .zip(&bytes[offset..])
        {
            if byte != b'\n' && !(b' '..=b'~').contains(&byte) {
                break;
            }
            run += 1;
            let byte = if byte == b'\n' { b' ' } else { byte };
            let symbol = &PRINTABLE_ASCII_CELLS[usize::from(byte - b' ')];
            if matches!(
                (cell.fg, cell.bg, cell.underline_color),
                (Color::Reset, Color::Reset, Color::Reset)
            ) && cell.modifier.is_empty()
            {
                cell.clone_from(symbol);
                (cell.fg, cell.bg, cell.underline_color, cell.modifier) = blank;
                continue;
            }
            // The cell keeps its style; only its symbol comes from the table.
            let (fg, bg, underline_color, modifier) =
                (cell.fg, cell.bg, cell.underline_color, cell.modifier);
            cell.clone_from(symbol);
            (cell.fg, cell.bg, cell.underline_color, cell.modifier) =
                (fg, bg, underline_color, modifier);
            cell.set_style(style);
        }
        if run > 0 {
            last_written = Some((offset + run - 1, x + run as u16 - 1));
            offset += run;
            x += run as u16;
            index += run;
            continue;
        }
        let Some(c) = piece[offset..].chars().next() else {
            break;
        };
        if !is_simple(c) {
            let (from, at) = last_written.unwrap_or((offset, x));
            return put_graphemes(buf, at, y, &piece[from..], right, style);
        }
        if unicode_width::UnicodeWidthChar::width(c) != Some(0) {
            buf.content[index].set_char(c).set_style(style);
            last_written = Some((offset, x));
            x += 1;
            index += 1;
        }
        offset += c.len_utf8();
    }
    // At the right edge, a combining mark (or any complex character) right after the last
    // character written still belongs to it.
    if let (Some(c), Some((from, at))) = (piece[offset..].chars().next(), last_written)
        && c != '\n'
        && !is_simple(c)
    {
        return put_graphemes(buf, at, y, &piece[from..], right, style);
    }
    x
}

/// The index in `buf.content` of the cell at (`x`, `y`). PERF: `Buffer::index_of` checks more
/// than a row being drawn needs, once per segment; outside the buffer it still panics.
#[inline]
fn cell_index(buf: &Buffer, x: u16, y: u16) -> usize {
    let area = buf.area;
    if (area.x..area.right()).contains(&x) && (area.y..area.bottom()).contains(&y) {
        usize::from(y - area.y) * usize::from(area.width) + usize::from(x - area.x)
    } else {
        buf.index_of(x, y)
    }
}

/// `piece` through ratatui's grapheme-aware writer (newlines as spaces).
fn put_graphemes(buf: &mut Buffer, x: u16, y: u16, piece: &str, right: u16, style: Style) -> u16 {
    let piece: Cow<str> = if piece.contains('\n') {
        Cow::Owned(piece.replace('\n', " "))
    } else {
        Cow::Borrowed(piece)
    };
    buf.set_stringn(x, y, &piece, right.saturating_sub(x) as usize, style)
        .0
}

/// One cell per printable ASCII character, `' '` to `'~'`. PERF: copying a ready-made symbol
/// costs a fraction of building it from a `char` (`Cell::set_char`), which was the dearest step
/// of drawing a row of text.
static PRINTABLE_ASCII_CELLS: [Cell; 95] = printable_ascii_cells();

const fn printable_ascii_cells() -> [Cell; 95] {
    const PRINTABLE: &[u8] =
        b" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    let mut cells = [const { Cell::EMPTY }; 95];
    let mut i = 0;
    while i < 95 {
        let symbol = match std::str::from_utf8(std::slice::from_ref(&PRINTABLE[i])) {
            Ok(symbol) => symbol,
            Err(_) => panic!("printable ASCII is UTF-8"),
        };
        // `forget`: a const fn may not run the destructor of the cell it replaces (it owns nothing).
        std::mem::forget(std::mem::replace(&mut cells[i], Cell::new(symbol)));
        i += 1;
    }
    cells
}

/// What is looked up once per pane and frame rather than once per row.
struct PaneView<'a> {
    side: Side,
    text: &'a str,
    analysis: Option<&'a Analysis>,
    /// The passage emphasised with its counterpart.
    active: Option<usize>,
    /// The quotation selected in the panel, and its counterparts, on this side.
    selected_quotes: &'a [Range<usize>],
    /// Search hits in this pane, and the index of the current one if it is here.
    hits: &'a [Range<usize>],
    current_hit: Option<usize>,
}

/// PERF: a row's layers and cuts, kept from row to row rather than allocated for each.
#[derive(Default)]
struct Scratch {
    layers: Layers,
    cuts: Vec<usize>,
    /// The style of each segment between two cuts.
    styles: Vec<Style>,
}

/// The highlight ranges touching one row, in paint order (later layers win).
#[derive(Default)]
struct Layers {
    layers: Vec<(Range<usize>, Style)>,
    /// Where the previous row's lookups stopped (rows are drawn top to bottom).
    cursor: RowCursor,
    hit_cursor: Option<usize>,
}

impl Layers {
    /// Replaces the layers with those touching `range`.
    fn collect(&mut self, view: &PaneView, theme: &Theme, range: Range<usize>) {
        let side = view.side;
        let layers = &mut self.layers;
        layers.clear();
        if let Some(analysis) = view.analysis {
            let cursor = &mut self.cursor;
            for p in analysis.passages_in(side, range.clone(), cursor) {
                let mut style = theme.passage(analysis.passage(p).kind);
                if view.active == Some(p) {
                    style = style.patch(theme.active_passage);
                }
                layers.push((analysis.span(p, side), style));
            }
            for (r, _) in analysis.quotes_in(side, range.clone(), cursor) {
                layers.push((r.clone(), theme.quote));
            }
            for r in view.selected_quotes.iter().cloned() {
                if r.start < range.end && range.start < r.end {
                    layers.push((r, theme.selected_quote));
                }
            }
            for mark in analysis.marks_in(side, range.clone(), cursor) {
                layers.push((mark.range.clone(), theme.mark(mark.kind)));
            }
        }
        let hits = view.hits;
        let found = overlapping(hits, |h| h.clone(), &range, &mut self.hit_cursor);
        for (index, hit) in hits.iter().enumerate().take(found.end).skip(found.start) {
            let style = if view.current_hit == Some(index) {
                theme.current_hit
            } else {
                theme.hit
            };
            layers.push((hit.clone(), style));
        }
    }
}

#[cfg(test)]
mod tests {
    //! What the panes draw where, and with which style; and the fast text path against
    //! ratatui's writer.

    use std::sync::Arc;

    use super::*;
    use crate::app::action::Action;
    use crate::core::bundled;
    use crate::ui::tests::{draw, find, row_text, state, with_analysis};
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};

    #[test]
    fn titles_show_metadata_and_focus() {
        let s = {
            let (l, r) = bundled::bundled_pair();
            let mut s = State::new(Arc::new(l), Arc::new(r));
            s.update(Action::Resize(120, 40));
            s
        };
        let buf = draw(&s);
        let top = row_text(&buf, 0);
        assert!(
            top.contains("000_843f…90504.txt · 2019-04 · 416 words"),
            "{top}"
        );
        assert!(
            top.contains("002_3142bb842cecfb83.txt · 370 words"),
            "{top}"
        );
        let theme = Theme::colour();
        assert_eq!(buf[(2, 0)].bg, theme.title_focused.bg.unwrap());
        assert!(buf[(2, 0)].modifier.contains(Modifier::BOLD));
        let right_title_x = s.areas.titles.right.x + 2;
        assert_eq!(buf[(right_title_x, 0)].bg, theme.title.bg.unwrap());
        // The date marker is metadata, not body text.
        assert!(!row_text(&buf, 1).contains("date 2019"));
        assert!(row_text(&buf, 1).starts_with("Kim Jong Un et Vladimir Poutine"));
    }

    #[test]
    fn long_file_names_shrink_in_the_middle_before_the_details_do() {
        let title = fit_title(
            "▶ ",
            "a_very_long_file_name_for_an_article.txt",
            "2019-04 · 416 words · 27 % shared",
            60,
        );
        assert_eq!(
            title,
            "▶ a_very_lon…article.txt · 2019-04 · 416 words · 27 % shared"
        );
        assert!(unicode_width::UnicodeWidthStr::width(title.as_str()) <= 60);
    }

    #[test]
    fn long_details_leave_the_name_its_end_and_are_cut_at_theirs() {
        let details = "Westbay Courier · Tom Reyes · 2024-01-23 · 412 words · 31 % shared";
        let name = "standard input — Harbour Street bridge to close to cars from March";
        let title = fit_title("▶ ", name, details, 61);
        assert_eq!(
            title,
            "▶ standar…om March · Westbay Courier · Tom Reyes · 2024-01-2…"
        );
        // Two files that differ only at the end stay apart, at any width.
        for width in 20..80 {
            let a = fit_title("  ", "T10_C2_01.txt", details, width);
            let b = fit_title("  ", "T10_C2_09.txt", details, width);
            assert!(
                unicode_width::UnicodeWidthStr::width(a.as_str()) <= width,
                "{a}"
            );
            assert_ne!(a, b, "at {width}");
            assert!(a.contains("01.txt"), "{a}");
        }
        // Wide characters are measured in cells, never split.
        let title = fit_title("", "北京北京北京北京北京北京.txt", "1 word", 24);
        assert!(
            unicode_width::UnicodeWidthStr::width(title.as_str()) <= 24,
            "{title}"
        );
        assert!(title.ends_with(".txt · 1 word"), "{title}");
    }

    #[test]
    fn headings_are_bold_and_body_text_is_plain() {
        let s = state(
            "Un long paragraphe de texte.\n\nSous-titre court\n\nSuite du texte.",
            "x",
            120,
            20,
        );
        let buf = draw(&s);
        let (x, y) = find(&buf, "Sous-titre court").unwrap();
        assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
        let (x, y) = find(&buf, "Suite du texte").unwrap();
        assert_eq!(buf[(x, y)].modifier, Modifier::empty());
        assert_eq!(buf[(x, y)].fg, Color::Reset);
    }

    #[test]
    fn search_hits_and_the_current_hit_are_styled() {
        let mut s = state("Pékin. Pékin encore.", "Et Pekin ici.", 120, 20);
        s.update(Action::SearchOpen);
        for c in "pekin".chars() {
            s.update(Action::SearchInput(c));
        }
        s.update(Action::SearchSubmit);
        let buf = draw(&s);
        let theme = Theme::colour();
        let (x, y) = find(&buf, "Pékin. ").unwrap();
        assert_eq!(buf[(x, y)].bg, theme.current_hit.bg.unwrap(), "current hit");
        let (x2, y2) = find(&buf, "Pékin encore").unwrap();
        assert_eq!(buf[(x2, y2)].bg, theme.hit.bg.unwrap(), "other hit");
        assert_eq!(buf[(x2 + 5, y2)].bg, Color::Reset, "hit ends with the word");
        let (x3, y3) = find(&buf, "Pekin ici").unwrap();
        assert_eq!(
            buf[(x3, y3)].bg,
            theme.hit.bg.unwrap(),
            "hits in both panes"
        );
    }

    #[test]
    fn shared_passages_marks_and_quotations_are_styled() {
        let s = with_analysis(
            "Avant. Pour renforcer les « liens » et le soutien, fin. Après.",
            "Ici. Pour renforcer les liens et le souien, fin. Là.",
        );
        let buf = draw(&s);
        let theme = Theme::colour();
        let (x, y) = find(&buf, "renforcer les «").unwrap();
        assert_eq!(buf[(x, y)].bg, theme.near.bg.unwrap(), "passage tint");
        assert!(
            !buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
            "not at the reading line"
        );
        let (x, y) = find(&buf, "Avant").unwrap();
        assert_eq!(
            buf[(x, y)].bg,
            Color::Reset,
            "text outside passages stays plain"
        );
        let (x, y) = find(&buf, "« liens »").unwrap();
        assert_eq!(buf[(x, y)].fg, theme.quote.fg.unwrap());
        assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
        let (x, y) = find(&buf, "soutien").unwrap();
        assert_eq!(
            buf[(x + 3, y)].bg,
            theme.mark_char.bg.unwrap(),
            "the missing letter"
        );
        assert_eq!(
            buf[(x + 2, y)].bg,
            theme.near.bg.unwrap(),
            "the rest of the word"
        );
        let (x, y) = find(&buf, "souien").unwrap();
        assert_eq!(buf[(x, y)].fg, theme.mark_word.fg.unwrap());
        let (x, y) = find(&buf, "Ici").unwrap();
        assert_eq!(buf[(x, y)].bg, Color::Reset);
        assert!(row_text(&buf, 0).contains("50 % shared"));
        assert!(row_text(&buf, 0).contains("25 % shared"));
    }

    #[test]
    fn the_passage_jumped_to_and_its_counterpart_are_emphasised_together() {
        let mut s = with_analysis(
            "Avant. Pour renforcer les « liens » et le soutien, fin. Après.",
            "Ici. Pour renforcer les liens et le souien, fin. Là.",
        );
        s.update(Action::NextPassage);
        let buf = draw(&s);
        let (x, y) = find(&buf, "renforcer les «").unwrap();
        assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
        let (x, y) = find(&buf, "renforcer les liens").unwrap();
        assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    }

    #[test]
    fn wide_characters_never_cross_the_pane_edge() {
        let cjk = "北京".repeat(200);
        let s = state(&cjk, &cjk, 101, 12);
        let buf = draw(&s);
        let sep = s.areas.separator.unwrap().x;
        for y in 1..11 {
            assert_eq!(
                buf[(sep, y)].symbol(),
                "│",
                "row {y}: {}",
                row_text(&buf, y)
            );
        }
        // The left text area is 49 columns: 24 double-width characters, never a half one (the
        // cell after a double-width character is blank in the buffer).
        let left: String = (0..sep)
            .map(|x| buf[(x, 1)].symbol())
            .collect::<String>()
            .replace(' ', "");
        assert_eq!(left, "北京".repeat(12));
    }

    #[test]
    fn escape_sequences_in_the_text_are_drawn_as_symbols() {
        let mut s = state("rouge \x1b[31m ici \x1b]0;titre\x07", "x", 200, 10);
        // The whole width for the panes, so that the title has room for every notice.
        s.update(Action::ToggleQuotes);
        let buf = draw(&s);
        for cell in buf.content() {
            assert!(!cell.symbol().contains('\x1b') && !cell.symbol().contains('\x07'));
        }
        assert!(find(&buf, "␛[31m").is_some());
        assert!(row_text(&buf, 0).contains("control chars shown as symbols"));
    }

    #[test]
    fn a_one_word_article_says_1_word() {
        let s = state("Bonjour.", "Deux mots.", 120, 10);
        let buf = draw(&s);
        let top = row_text(&buf, 0);
        assert!(top.contains("· 1 word ·"), "{top}");
        assert!(top.contains("· 2 words ·"), "{top}");
    }

    #[test]
    fn empty_pane_shows_its_notice() {
        let s = state("", "texte", 120, 10);
        let buf = draw(&s);
        assert!(row_text(&buf, 1).starts_with("(empty file)"));
        assert!(row_text(&buf, 0).contains("empty file"));
    }

    #[test]
    fn text_is_drawn_cell_by_cell_in_every_script_with_its_style() {
        // ASCII (copied from a table of ready-made cells), accents, a no-break space, CJK (two
        // columns) and a combining accent (through the grapheme path), on one row.
        let s = state("# Titre\n\nA é\u{a0}«x» 東京 e\u{301}!", "autre", 80, 10);
        let buf = draw(&s);
        let (x, y) = find(&buf, "A").expect("the body row");
        let expected = [
            "A", " ", "é", "\u{a0}", "«", "x", "»", " ", "東", " ", "京", " ", " ",
        ];
        for (dx, symbol) in expected.iter().enumerate() {
            assert_eq!(buf[(x + dx as u16, y)].symbol(), *symbol, "column {dx}");
        }
        assert_eq!(buf[(x + 13, y)].symbol(), "e\u{301}");
        assert_eq!(buf[(x + 14, y)].symbol(), "!");
        let theme = Theme::new(false);
        for dx in [0, 2, 8, 14] {
            let cell = &buf[(x + dx, y)];
            assert_eq!(
                cell.fg,
                theme.text.fg.unwrap_or(Color::Reset),
                "colour of column {dx}"
            );
            assert!(
                !cell.modifier.contains(Modifier::BOLD),
                "column {dx} is body text"
            );
        }
        let (hx, hy) = find(&buf, "Titre").expect("the heading");
        assert!(buf[(hx, hy)].modifier.contains(Modifier::BOLD));
    }

    /// The cuts as `draw_row` first made them: every boundary of every layer, clamped to the
    /// row, kept on character boundaries, sorted, without repeats.
    fn reference_cuts(
        text: &str,
        range: Range<usize>,
        layers: &[(Range<usize>, Style)],
    ) -> Vec<usize> {
        let mut cuts = vec![range.start, range.end];
        for (r, _) in layers {
            cuts.push(r.start.clamp(range.start, range.end));
            cuts.push(r.end.clamp(range.start, range.end));
        }
        cuts.retain(|&c| text.is_char_boundary(c));
        cuts.sort_unstable();
        cuts.dedup();
        cuts
    }

    proptest! {
        /// The cuts of a row are those `draw_row` first made, for layers anywhere (before,
        /// across, inside, after the row; empty; inside a character).
        #[test]
        fn rows_are_cut_where_they_were(
            parts in proptest::collection::vec(prop::sample::select(vec![
                "a", " ", "\n", "é", "e\u{301}", "東", "🙂",
            ]), 1..30),
            bounds in (0usize..200, 0usize..200),
            layers in proptest::collection::vec((0usize..220, 0usize..220), 0..12),
        ) {
            let text: String = parts.concat();
            let mut boundaries = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
            let count = text.chars().count() + 1;
            let start = boundaries.clone().nth(bounds.0 % count).unwrap();
            let end = boundaries.nth(bounds.1 % count).unwrap();
            let range = start.min(end)..start.max(end);
            let layers: Vec<(Range<usize>, Style)> = layers
                .into_iter()
                .map(|(a, b)| (a.min(b)..a.max(b), Style::new()))
                .collect();
            let mut cuts = Vec::new();
            cut(&text, range.clone(), &layers, &mut cuts);
            let mut expected = reference_cuts(&text, range.clone(), &layers);
            if range.is_empty() {
                // One cut then: both ways draw nothing.
                expected.push(range.end);
            }
            prop_assert_eq!(cuts, expected);
        }

        /// Painting layer by layer gives each segment the style that testing every layer at
        /// the segment's start gives (the way rows were styled before).
        #[test]
        fn segment_styles_are_each_layer_patched_in_order(
            mut cuts in proptest::collection::vec(0usize..40, 2..12),
            spans in proptest::collection::vec((0usize..40, 0usize..12, 0usize..4), 0..8),
        ) {
            cuts.sort_unstable();
            cuts.dedup();
            prop_assume!(cuts.len() >= 2);
            let palette = [
                Style::new().fg(Color::Red),
                Style::new().bg(Color::Blue),
                Style::new().add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Green).add_modifier(Modifier::UNDERLINED),
            ];
            let layers: Vec<(Range<usize>, Style)> = spans
                .iter()
                .map(|&(start, len, p)| (start..start + len, palette[p]))
                .collect();
            let base = Style::new().fg(Color::Gray);
            let mut styles = Vec::new();
            segment_styles(&cuts, &layers, base, &mut styles);
            let naive: Vec<Style> = cuts
                .windows(2)
                .map(|pair| {
                    layers
                        .iter()
                        .filter(|(r, _)| r.start <= pair[0] && pair[0] < r.end)
                        .fold(base, |style, (_, s)| style.patch(*s))
                })
                .collect();
            prop_assert_eq!(styles, naive);
        }

        /// The fast paths of `put_text` (ASCII runs, simple characters, the fall-back to
        /// graphemes) draw exactly what ratatui's grapheme-aware writer draws.
        #[test]
        fn put_text_draws_what_the_grapheme_writer_draws(
            parts in proptest::collection::vec(prop::sample::select(vec![
                "a", "Z", " ", "~", "\n", "é", "«\u{a0}", "’", "e\u{301}", "東", "\u{200b}", "🙂",
            ]), 0..20),
            x in 0u16..12,
            right in 0u16..16,
            bold in any::<bool>(),
            styled_under in any::<bool>(),
        ) {
            let piece: String = parts.concat();
            let style = if bold {
                Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
            } else {
                Style::new().bg(Color::Indexed(58))
            };
            let area = Rect::new(0, 0, 16, 1);
            let (mut fast, mut reference) = (Buffer::empty(area), Buffer::empty(area));
            if styled_under {
                // Cells with a style of their own (a selected row): patched, not replaced.
                let under = Style::new().bg(Color::Blue).add_modifier(Modifier::ITALIC);
                fast.set_style(Rect::new(3, 0, 6, 1), under);
                reference.set_style(Rect::new(3, 0, 6, 1), under);
            }
            let fast_end = put_text(&mut fast, x, 0, &piece, right, style);
            let reference_end = if x >= right {
                x
            } else {
                put_graphemes(&mut reference, x, 0, &piece, right, style)
            };
            prop_assert_eq!(fast_end, reference_end, "{:?} from {} to {}", piece, x, right);
            prop_assert_eq!(fast, reference, "{:?} from {} to {}", piece, x, right);
        }
    }
}
