//! The overview of the rewrites: the rank table (rank, number, words, what it took, passages
//! and quotations by kind), with a strip per rewrite showing where in the source its borrowings
//! come from, over the whole screen but the status line. Columns give way on narrow screens.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::fit::fit;
use super::panes::put_text;
use super::theme::Theme;
use crate::app::analysis::Analysis;
use crate::app::overview::Overview;
use crate::app::state::State;
use crate::core::compare::PassageKind;
use crate::core::compare::rank::headline;
use crate::core::side::{DocId, Side};

/// The table's columns, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Rank,
    Number,
    Words,
    Taken,
    Carried,
    /// How the rewrite carries the stretch listed (carriers' list only).
    Passage,
    Passages,
    Quotes,
    Strip,
    File,
}

impl Column {
    fn title(self) -> &'static str {
        match self {
            Column::Rank => "rank",
            Column::Number => "#",
            Column::Words => "words",
            Column::Taken => "taken",
            Column::Carried => "carried",
            Column::Passage => "this passage",
            Column::Passages => "v/n/p",
            Column::Quotes => "v/c/a/m",
            Column::Strip => "where in the source",
            Column::File => "rewrite",
        }
    }

    /// Fixed widths (the strip and the file share what is left).
    fn width(self) -> usize {
        match self {
            Column::Rank => 4,
            Column::Number => 3,
            Column::Words => 5,
            Column::Taken => 5,
            Column::Carried => 7,
            Column::Passage => 12,
            Column::Passages => 7,
            Column::Quotes => 7,
            Column::Strip | Column::File => 0,
        }
    }

    fn right_aligned(self) -> bool {
        !matches!(self, Column::Passage | Column::Strip | Column::File)
    }
}

/// Cells of the strip at least, and at most.
const STRIP_MIN: usize = 8;
const STRIP_MAX: usize = 48;
/// The file column keeps at least this many cells, or columns are dropped.
const FILE_MIN: usize = 24;
/// Columns dropped first when the screen is narrow.
const DROP_ORDER: [Column; 5] = [
    Column::Words,
    Column::Passages,
    Column::Carried,
    Column::Quotes,
    Column::Number,
];

/// The columns that fit in `width`, with the strip's width and the file's.
fn columns(width: usize, carriers: bool) -> (Vec<Column>, usize, usize) {
    use Column::*;
    let mut columns = vec![Rank, Number, Words, Taken, Carried];
    if carriers {
        columns.push(Passage);
    }
    columns.extend([Passages, Quotes, Strip, File]);
    // The selection marker, then a space after each column.
    let fixed = |columns: &[Column]| 2 + columns.iter().map(|c| c.width() + 1).sum::<usize>();
    let mut dropped = DROP_ORDER.iter();
    loop {
        let rest = width.saturating_sub(fixed(&columns));
        let strip = (rest * 2 / 5).clamp(STRIP_MIN, STRIP_MAX);
        let file = rest.saturating_sub(strip);
        if file >= FILE_MIN {
            return (columns, strip, file);
        }
        match dropped.next() {
            Some(drop) => columns.retain(|c| c != drop),
            None => return (columns, strip.min(rest), rest.saturating_sub(strip)),
        }
    }
}

pub fn render_overview(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 8 {
        return;
    }
    Clear.render(area, buf);
    let overview = &state.overview;
    let rewrites = &state.rewrites;
    let (columns, strip_width, file_width) =
        columns(usize::from(area.width), overview.filter.is_some());
    let widths = |c: Column| match c {
        Column::Strip => strip_width,
        Column::File => file_width,
        other => other.width(),
    };

    // The title: what is listed, how far the comparison is, the keys.
    let source = state.documents.get(DocId::SOURCE);
    let source_title = source.map_or("", |d| d.title.as_str());
    let open = rewrites.open().len();
    let what = match &overview.filter {
        Some(stretch) => {
            let text = source.map_or("", |d| d.text.get(stretch.range.clone()).unwrap_or(""));
            format!(
                " {} of {open} rewrites carry «{}»",
                overview.rows.len(),
                fit(text.trim(), 40).trim_end()
            )
        }
        None => format!(
            " {open} rewrite{} of {source_title}",
            if open == 1 { "" } else { "s" }
        ),
    };
    let mut parts = vec![what];
    parts.extend(rewrites.progress());
    if rewrites.set_aside() > 0 {
        parts.push(format!("{} took nothing (set aside)", rewrites.set_aside()));
    }
    parts.push("Enter opens · Esc back".into());
    let title_row = Rect::new(area.x, area.y, area.width, 1);
    buf.set_style(title_row, theme.title_focused);
    buf.set_stringn(
        area.x,
        area.y,
        parts.join(" · "),
        usize::from(area.width),
        theme.title_focused,
    );
    if area.height < 2 {
        return;
    }

    // The column names; over the strip, in the carriers' list, where the stretch is.
    let header_y = area.y + 1;
    let mut x = area.x + 2;
    for &column in &columns {
        let width = widths(column);
        let title = if column == Column::Strip {
            strip_header(state, width)
        } else {
            aligned(column.title(), width, column.right_aligned())
        };
        buf.set_stringn(x, header_y, title, width, theme.dim);
        x += width as u16 + 1;
    }

    let Some(list) = Overview::list_in(area, !state.notes.is_empty()) else {
        return;
    };
    if list.bottom() < area.bottom() {
        draw_notes(
            state,
            theme,
            Rect::new(area.x, list.bottom(), area.width, 1),
            buf,
        );
    }
    if overview.rows.is_empty() {
        buf.set_stringn(
            list.x + 2,
            list.y,
            "no rewrite open",
            usize::from(list.width),
            theme.dim,
        );
        return;
    }
    let shown = state.panes.shown().right;
    let rows = overview.rows.iter().enumerate().skip(overview.scroll);
    for ((index, &rewrite), y) in rows.zip(list.y..list.bottom()) {
        let selected = index == overview.selected;
        let base = if selected {
            theme.panel_selected
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(list.x, y, list.width, 1), base);
        let marker = if rewrite == shown { "▶ " } else { "  " };
        // PERF: the rows go through the panes' cell writer (equal to `set_stringn`, by its
        // proptest): with fifty rows, ratatui's grapheme writer was most of the overview's
        // frame, the first frame of a set.
        put_text(buf, list.x, y, marker, list.x + 2, base);
        let analysis = state.documents.analysis(rewrite).ready();
        let pending = analysis.is_none();
        let mut x = list.x + 2;
        for &column in &columns {
            let width = widths(column);
            if column == Column::Strip {
                match analysis {
                    Some(a) => draw_strip(state, a, theme, x, y, width, base, buf),
                    None => {
                        let right = x.saturating_add(width as u16);
                        put_text(buf, x, y, "comparing…", right, base.patch(theme.dim));
                    }
                }
            } else {
                let text = cell(state, column, rewrite, pending);
                let style = if pending && column != Column::File {
                    base.patch(theme.dim)
                } else {
                    base
                };
                let text = aligned(&text, width, column.right_aligned());
                put_text(buf, x, y, &text, x.saturating_add(width as u16), style);
            }
            x += width as u16 + 1;
        }
    }
}

/// The notes line: the folder entries that are no rewrite, as many as fit (all are printed
/// after exit).
fn draw_notes(state: &State, theme: &Theme, row: Rect, buf: &mut Buffer) {
    let notes = &state.notes;
    let line = format!(
        " {} skipped (listed again on exit): {}",
        notes.len(),
        notes.join(" · ")
    );
    buf.set_stringn(row.x, row.y, line, usize::from(row.width), theme.dim);
}

/// The text of one cell of the table.
fn cell(state: &State, column: Column, rewrite: DocId, pending: bool) -> String {
    let rewrites = &state.rewrites;
    let doc = state.documents.get(rewrite);
    let row = rewrites.row(rewrite);
    let percent = |x: f64| format!("{:.0} %", x * 100.0);
    match (column, row) {
        (Column::Number, _) => rewrites
            .number(rewrite)
            .map_or(String::new(), |n| n.to_string()),
        (Column::Words, _) => doc.map_or(String::new(), |d| d.word_count.to_string()),
        (Column::File, _) => doc.map_or(String::new(), |d| match headline(d) {
            Some(h) => format!("{} — {h}", d.title),
            None => d.title.clone(),
        }),
        (Column::Rank, _) if pending => "…".into(),
        (_, None) => String::new(),
        (Column::Rank, Some(_)) => rewrites
            .rank(rewrite)
            .map_or(String::new(), |r| r.to_string()),
        (Column::Taken, Some(row)) => percent(row.share_of_rewrite),
        (Column::Carried, Some(row)) => percent(row.share_of_source),
        (Column::Passage, Some(_)) => {
            let carrier = state.overview.carrier(rewrite);
            let analysis = state.documents.analysis(rewrite).ready();
            match (carrier, analysis) {
                (Some(c), Some(a)) => {
                    let p = a.passage(c.passage);
                    match p.kind {
                        PassageKind::Verbatim => "verbatim".into(),
                        kind => format!("{} {:.0} %", short_kind(kind), p.similarity * 100.0),
                    }
                }
                _ => String::new(),
            }
        }
        (Column::Passages, Some(row)) => {
            let p = row.passages;
            format!("{}/{}/{}", p.verbatim, p.near, p.paraphrase)
        }
        (Column::Quotes, Some(row)) => {
            let q = row.quotes;
            format!("{}/{}/{}/{}", q.verbatim, q.cut, q.altered, q.missing)
        }
        (Column::Strip, Some(_)) => String::new(),
    }
}

fn short_kind(kind: PassageKind) -> &'static str {
    match kind {
        PassageKind::Verbatim => "verbatim",
        PassageKind::Near => "near",
        PassageKind::Paraphrase => "para.",
    }
}

/// `text` cut or padded to `width`, on the right or the left.
fn aligned(text: &str, width: usize, right: bool) -> String {
    let text = fit(text, width);
    if right {
        let trimmed = text.trim_end();
        format!("{}{trimmed}", " ".repeat(width - trimmed.width()))
    } else {
        text
    }
}

/// The strip's column name; in the carriers' list, `▾` over where the stretch is.
fn strip_header(state: &State, width: usize) -> String {
    let title = aligned(Column::Strip.title(), width, false);
    let (Some(stretch), Some(source)) =
        (&state.overview.filter, state.documents.get(DocId::SOURCE))
    else {
        return title;
    };
    let len = source.text.len().max(1);
    let first = stretch.range.start * width / len;
    let last = (stretch.range.end.saturating_sub(1) * width / len).max(first);
    (0..width)
        .map(|c| {
            if (first..=last).contains(&c) {
                '▾'
            } else {
                ' '
            }
        })
        .collect()
}

/// How much of each cell of a strip of `cells` over the source's `len` bytes each kind of
/// passage covers; a cell shows the kind covering most of it when passages cover a quarter of
/// it or one lies wholly inside it (a short sentence in a long source), else nothing.
pub(crate) fn strip(analysis: &Analysis, len: usize, cells: usize) -> Vec<Option<PassageKind>> {
    let mut covered = vec![[0usize; 3]; cells];
    let mut whole = vec![false; cells];
    if cells == 0 || len == 0 {
        return Vec::new();
    }
    let bounds = |c: usize| (c * len / cells, (c + 1) * len / cells);
    for &p in analysis.passage_order(Side::Left) {
        let span = analysis.span(p, Side::Left);
        if span.is_empty() {
            continue;
        }
        let kind = kind_index(analysis.passage(p).kind);
        let first = (span.start * cells / len).min(cells - 1);
        let last = ((span.end - 1) * cells / len).min(cells - 1);
        for (c, cover) in covered.iter_mut().enumerate().take(last + 1).skip(first) {
            let (a, b) = bounds(c);
            cover[kind] += span.end.min(b).saturating_sub(span.start.max(a));
        }
        if first == last {
            whole[first] = true;
        }
    }
    covered
        .iter()
        .zip(&whole)
        .enumerate()
        .map(|(c, (cover, &whole))| {
            let (a, b) = bounds(c);
            let total: usize = cover.iter().sum();
            if total == 0 || (total * 4 < b - a && !whole) {
                return None;
            }
            let best = (0..3).max_by_key(|&k| (cover[k], std::cmp::Reverse(k)))?;
            Some(KINDS[best])
        })
        .collect()
}

/// The kinds in the order `strip` counts them in (ties go to the first).
const KINDS: [PassageKind; 3] = [
    PassageKind::Verbatim,
    PassageKind::Near,
    PassageKind::Paraphrase,
];

fn kind_index(kind: PassageKind) -> usize {
    match kind {
        PassageKind::Verbatim => 0,
        PassageKind::Near => 1,
        PassageKind::Paraphrase => 2,
    }
}

/// The strip's symbol and colour for a kind: the panes' tint as a full block, and a shape
/// that tells the kinds apart without colour.
pub(crate) fn strip_cell(kind: Option<PassageKind>, theme: &Theme) -> (&'static str, Style) {
    match kind {
        None => ("·", theme.dim),
        Some(kind) => {
            let symbol = match kind {
                PassageKind::Verbatim => "█",
                PassageKind::Near => "▓",
                PassageKind::Paraphrase => "░",
            };
            let tint = theme.passage(kind);
            let style = match tint.bg {
                Some(colour) => Style::new().fg(colour),
                None => Style::new().add_modifier(Modifier::BOLD),
            };
            (symbol, style)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_strip(
    state: &State,
    analysis: &Analysis,
    theme: &Theme,
    x: u16,
    y: u16,
    width: usize,
    base: Style,
    buf: &mut Buffer,
) {
    let len = state
        .documents
        .get(DocId::SOURCE)
        .map_or(0, |d| d.text.len());
    for (c, kind) in strip(analysis, len, width).into_iter().enumerate() {
        let (symbol, style) = strip_cell(kind, theme);
        buf.set_stringn(x + c as u16, y, symbol, 1, base.patch(style));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::analysis::tests::{passage, with_passages};
    use crate::ui::tests::{draw, find, row_text};
    use ratatui::style::Color;

    #[test]
    fn the_strip_shows_where_in_the_source_the_passages_lie() {
        let mut near = passage(300..500, 0..200, false);
        near.kind = PassageKind::Near;
        let verbatim = |left, right| {
            let mut p = passage(left, right, false);
            p.kind = PassageKind::Verbatim;
            p
        };
        let analysis = with_passages(vec![
            verbatim(0..100, 0..100),
            near,
            // Wholly inside cell 9 though far from covering a quarter of it.
            verbatim(905..915, 300..310),
        ]);
        let cells = strip(&analysis, 1000, 10);
        use PassageKind::*;
        assert_eq!(
            cells,
            [
                Some(Verbatim),
                None,
                None,
                Some(Near),
                Some(Near),
                None,
                None,
                None,
                None,
                Some(Verbatim)
            ]
        );
        assert!(strip(&analysis, 0, 10).is_empty());
    }

    #[test]
    fn columns_give_way_on_narrow_screens() {
        let (wide, strip, file) = columns(200, false);
        assert!(wide.contains(&Column::Words) && wide.contains(&Column::Passages));
        assert_eq!(strip, STRIP_MAX);
        assert!(file >= FILE_MIN);
        let (narrow, strip, file) = columns(80, false);
        assert!(!narrow.contains(&Column::Words), "{narrow:?}");
        assert!(narrow.contains(&Column::Rank) && narrow.contains(&Column::Taken));
        assert!(strip >= STRIP_MIN && file >= FILE_MIN, "{strip} {file}");
        let used = 2 + narrow.iter().map(|c| c.width() + 1).sum::<usize>() + strip + file;
        assert!(used <= 80, "{used}");
    }

    #[test]
    fn the_overview_lists_the_rewrites_best_first_with_their_strips() {
        let mut s = crate::ui::tests::several(120, 30);
        s.update(Action::ToggleOverview);
        let buf = draw(&s);
        let title = row_text(&buf, 0);
        assert!(title.contains("3 rewrites of source.txt"), "{title}");
        let theme = Theme::colour();
        assert_eq!(buf[(1, 0)].bg, theme.title_focused.bg.expect("a colour"));
        let header = row_text(&buf, 1);
        for name in ["rank", "taken", "where in the source", "rewrite"] {
            assert!(header.contains(name), "{name} in {header}");
        }
        // The copy first (rank 1), marked as the one shown; the festival took nothing.
        let first = row_text(&buf, 2);
        assert!(first.starts_with("▶    1"), "{first}");
        assert!(first.contains("copy.txt"), "{first}");
        assert_eq!(
            buf[(3, 2)].bg,
            theme.panel_selected.bg.expect("a colour"),
            "selected"
        );
        let (x, y) = find(&buf, "█").expect("a verbatim cell in the strip");
        assert_eq!(y, 2);
        assert_eq!(buf[(x, y)].fg, theme.verbatim.bg.expect("a colour"));
        let last = row_text(&buf, 4);
        assert!(
            last.contains("festival.txt") && last.contains("0 %"),
            "{last}"
        );
        assert!(!last.contains('█'), "nothing taken: {last}");
        assert_eq!(buf[(1, 4)].bg, Color::Reset, "not selected");
    }

    #[test]
    fn rewrites_still_being_compared_are_listed_last_and_dim() {
        let s = crate::ui::tests::several_pending(100, 24);
        let buf = draw(&s);
        assert!(s.overview.visible, "six rewrites: the first screen");
        assert!(
            row_text(&buf, 0).contains("comparing 0/6"),
            "{}",
            row_text(&buf, 0)
        );
        let (x, y) = find(&buf, "comparing…").expect("a pending strip");
        assert_eq!(buf[(x, y)].fg, Theme::colour().dim.fg.expect("a colour"));
        assert!(row_text(&buf, y).contains('…'));
    }
}
