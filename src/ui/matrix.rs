//! The quotations panel as a matrix, with several rewrites: a letter per rewrite for how it
//! carries each quotation of the source (`v` verbatim, `e` extended, `c` cut, `a` altered, `≠`
//! another speaker, `·` missing), the rewrites' numbers above; and the variants view, each
//! text a quotation is given in, side by side with the source's, the words that differ marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::matrix::{CELL_WIDTH, VariantLine, Variants};
use crate::app::state::State;
use crate::core::compare::rank::quote_matrix::{Carried, Cell};
use crate::core::diff::Mark;
use crate::core::side::DocId;
use crate::view::fit::fit;

/// A cell's letter and style.
pub fn cell_symbol(cell: &Cell, theme: &Theme) -> (&'static str, Style) {
    if cell.other_speaker {
        return ("≠", theme.cell_other_speaker);
    }
    match cell.carried {
        Carried::Verbatim => ("v", theme.cell_verbatim),
        Carried::Extended => ("e", theme.cell_verbatim),
        Carried::Cut => ("c", theme.cell_cut),
        Carried::Altered => ("a", theme.cell_altered),
        Carried::Missing => ("·", theme.cell_missing),
    }
}

pub fn render_matrix(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 8 {
        return;
    }
    let view = &state.matrix;
    let matrix = state.rewrites.matrix();
    let focused = state.focus.is_quotes();
    let header_style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    buf.set_style(Rect::new(area.x, area.y, area.width, 1), header_style);
    let rewrites = &state.rewrites;
    let header = format!(
        " {}Quotations × {} rewrite{}{} · v verbatim · e extended · c cut · a altered · ≠ other speaker · · missing · Enter variants · x the pair's list",
        if focused { "▶ " } else { "" },
        matrix.rewrites.len(),
        if matrix.rewrites.len() == 1 { "" } else { "s" },
        if rewrites.compared < rewrites.total {
            format!(" (comparing {}/{})", rewrites.compared, rewrites.total)
        } else {
            String::new()
        },
    );
    buf.set_stringn(
        area.x,
        area.y,
        header,
        usize::from(area.width),
        header_style,
    );
    let Some(geometry) = view.geometry(matrix.rewrites.len()) else {
        return;
    };
    if view.rows.is_empty() || matrix.rewrites.is_empty() {
        if area.height > 1 {
            let note = if matrix.rewrites.is_empty() {
                "comparing…"
            } else {
                "no quotation in the source"
            };
            buf.set_stringn(
                area.x + 1,
                area.y + 1,
                note,
                usize::from(area.width - 1),
                theme.dim,
            );
        }
        return;
    }
    let columns =
        view.column_scroll..(view.column_scroll + geometry.visible).min(matrix.rewrites.len());
    // The rewrites' numbers over their columns (the first, every fifth and the selected one:
    // side by side, two-digit numbers would run together), the selected one reversed.
    if area.height > 1 {
        let y = area.y + 1;
        for (i, c) in columns.clone().enumerate() {
            let rewrite = matrix.rewrites[c];
            let number = rewrites.number(rewrite).unwrap_or(0);
            let (text, style) = if c == view.column {
                let style = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
                (format!("{:>2}", number % 100), style)
            } else if number == 1 || number % 5 == 0 {
                (format!("{:>2}", number % 100), theme.dim)
            } else {
                (" ·".to_string(), theme.dim)
            };
            let x = geometry.cells_x + i as u16 * CELL_WIDTH;
            buf.set_stringn(x, y, text, 2, style);
        }
        let after = geometry.cells_x + geometry.visible as u16 * CELL_WIDTH + 1;
        if after < area.right() {
            let more = if columns.end < matrix.rewrites.len() || columns.start > 0 {
                format!(
                    "rewrites {}–{} of {} (h/l)",
                    columns.start + 1,
                    columns.end,
                    matrix.rewrites.len()
                )
            } else {
                "rewrites".to_string()
            };
            buf.set_stringn(after, y, more, usize::from(area.right() - after), theme.dim);
        }
    }
    let label_x = geometry.cells_x + geometry.visible as u16 * CELL_WIDTH + 1;
    for (index, y) in (view.scroll..view.rows.len()).zip(geometry.rows_y..area.bottom()) {
        let quote_index = view.rows[index];
        let quote = &matrix.quotes[quote_index];
        let selected = index == view.row;
        let base = if selected {
            theme.panel_selected
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(area.x, y, area.width, 1), base);
        for (i, c) in columns.clone().enumerate() {
            let (symbol, style) = cell_symbol(&matrix.cell(quote_index, c), theme);
            let mut style = base.patch(style);
            if selected && c == view.column {
                style = style.add_modifier(Modifier::REVERSED);
            }
            buf.set_stringn(
                geometry.cells_x + i as u16 * CELL_WIDTH,
                y,
                symbol,
                1,
                style,
            );
        }
        if label_x >= area.right() {
            continue;
        }
        let room = usize::from(area.right() - label_x);
        let carried = matrix.carried_by(quote_index);
        let speaker = quote
            .speaker
            .as_deref()
            .map_or(String::new(), |s| format!("{s}: "));
        let text = quote.text.replace('\n', " ");
        let text = if quote.fragment {
            format!("«{text}»")
        } else {
            text
        };
        let label = format!("{carried:>2}/{} {speaker}{text}", matrix.rewrites.len());
        buf.set_stringn(label_x, y, fit(&label, room), room, base);
    }
}

/// The variants view over the screen.
pub fn render_variants(state: &State, theme: &Theme, variants: &Variants, buf: &mut Buffer) {
    let area = variants.area;
    if area.width < 12 || area.height < 4 {
        return;
    }
    let total = state.rewrites.matrix().rewrites.len();
    let carried: usize = variants.groups.iter().map(|g| g.carriers.len()).sum();
    let inner = super::overlay_box(
        &format!(
            "variants: the source's text left, each rewrite's right · {carried} of {total} carry it · Esc closes"
        ),
        area.width,
        area.height,
        area,
        buf,
    );
    let column = variants.column_width;
    let left_x = inner.x + 1;
    let right_x = left_x + column + 3;
    let width = usize::from(inner.width.saturating_sub(1));
    let lines = variants.lines.iter().skip(variants.scroll);
    for (line, y) in lines.zip(inner.y..inner.bottom()) {
        match line {
            VariantLine::Title => {
                let speaker = variants
                    .source_speaker
                    .as_deref()
                    .unwrap_or("speaker unknown");
                let text = format!("Source · {speaker}");
                buf.set_stringn(
                    left_x,
                    y,
                    text,
                    width,
                    Style::new().add_modifier(Modifier::BOLD),
                );
            }
            VariantLine::Heading(g) => {
                let group = &variants.groups[*g];
                let who: Vec<String> = group
                    .carriers
                    .iter()
                    .map(|(id, cell)| format!("{} {}", rewrite_name(state, *id), cell.label()))
                    .collect();
                let speaker = group.speaker.as_deref().unwrap_or("speaker unknown");
                let text = format!("{} · {speaker}", who.join(", "));
                buf.set_stringn(left_x, y, fit(&text, width), width, theme.heading);
            }
            VariantLine::Texts {
                group,
                source,
                variant,
            } => {
                let group = &variants.groups[*group];
                if let Some(range) = source {
                    draw_marked(
                        &variants.source_text,
                        range.clone(),
                        &group.source_marks,
                        left_x,
                        y,
                        theme,
                        buf,
                    );
                }
                buf.set_stringn(left_x + column + 1, y, "│", 1, theme.separator);
                if let Some(range) = variant {
                    draw_marked(
                        &group.text,
                        range.clone(),
                        &group.marks,
                        right_x,
                        y,
                        theme,
                        buf,
                    );
                }
            }
            VariantLine::Missing => {
                let names: Vec<String> = variants
                    .missing
                    .iter()
                    .map(|&id| rewrite_name(state, id))
                    .collect();
                let text = format!("Not in: {}", names.join(", "));
                buf.set_stringn(left_x, y, fit(&text, width), width, theme.dim);
            }
            VariantLine::Blank => {}
        }
    }
}

/// `#3 name.txt`.
fn rewrite_name(state: &State, id: DocId) -> String {
    let number = state
        .rewrites
        .number(id)
        .map_or(String::new(), |n| format!("#{n} "));
    let title = state.documents.get(id).map_or("", |d| d.title.as_str());
    format!("{number}{title}")
}

/// `text[range]` from column `x`, the parts inside `marks` in the marks' styles.
fn draw_marked(
    text: &str,
    range: std::ops::Range<usize>,
    marks: &[Mark],
    x: u16,
    y: u16,
    theme: &Theme,
    buf: &mut Buffer,
) {
    let mut cuts = vec![range.start, range.end];
    for m in marks {
        cuts.extend([m.range.start, m.range.end].map(|c| c.clamp(range.start, range.end)));
    }
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut x = x;
    for pair in cuts.windows(2) {
        let piece = text[pair[0]..pair[1]].replace('\n', " ");
        let mark = marks
            .iter()
            .find(|m| m.range.start <= pair[0] && pair[0] < m.range.end);
        let style = mark.map_or(theme.quote, |m| theme.quote.patch(theme.mark(m.kind)));
        buf.set_stringn(x, y, &piece, piece.width(), style);
        x += piece.width() as u16;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::keymap::Context;
    use crate::app::matrix::tests::texts;
    use crate::ui::tests::{draw, find, row_text, several_of};

    fn panel_open() -> State {
        let mut s = several_of(&texts(), 120, 40);
        crate::app::state::tests::tab_to_quotes(&mut s);
        s
    }

    #[test]
    fn the_panel_shows_a_letter_per_rewrite_for_each_quotation() {
        let s = panel_open();
        assert_eq!(s.context(), Context::Matrix);
        let buf = draw(&s);
        let panel = s.areas.quotes.expect("shown");
        assert!(row_text(&buf, panel.y).contains("Quotations × 3 rewrites"));
        let numbers = row_text(&buf, panel.y + 1);
        assert!(numbers.starts_with("  1 · · rewrites"), "{numbers}");
        assert!(
            buf[(2, panel.y + 1)].modifier.contains(Modifier::REVERSED),
            "the column shown"
        );
        let theme = Theme::colour();
        // Dupont's statement: cut by 1, missing from 2 and 3.
        let first = row_text(&buf, panel.y + 2);
        assert!(first.starts_with(" c · · "), "{first}");
        assert!(
            first.contains(" 1/3 Jean Dupont: Nous n'avons pas le choix"),
            "{first}"
        );
        assert_eq!(
            buf[(1, panel.y + 2)].fg,
            theme.cell_cut.fg.expect("a colour")
        );
        assert!(
            buf[(1, panel.y + 2)].modifier.contains(Modifier::REVERSED),
            "the selected cell"
        );
        assert_eq!(
            buf[(3, panel.y + 2)].fg,
            theme.cell_missing.fg.expect("a colour")
        );
        // Durand's: verbatim, given to Dupont by 2, cut by 3.
        let second = row_text(&buf, panel.y + 3);
        assert!(second.starts_with(" v ≠ c "), "{second}");
        assert_eq!(
            buf[(3, panel.y + 3)].fg,
            theme.cell_other_speaker.fg.expect("a colour")
        );
        assert_eq!(
            buf[(1, panel.y + 3)].bg,
            ratatui::style::Color::Reset,
            "not selected"
        );
    }

    #[test]
    fn moving_right_switches_the_rewrite_and_enter_shows_the_variants() {
        let mut s = panel_open();
        s.update(Action::ScrollRows(1));
        s.update(Action::MatrixColumn(1));
        assert_eq!(
            s.panes.shown().right,
            DocId(2),
            "the pane follows the column"
        );
        assert_eq!(s.matrix.column, 1);
        let buf = draw(&s);
        let title = row_text(&buf, s.areas.titles.right.y);
        assert!(title.contains("‹ rewrite 2/3 ›"), "{title}");
        // The quotation is highlighted on both sides.
        let theme = Theme::colour();
        let right = s.matrix.highlight(crate::core::side::Side::Right);
        assert_eq!(right.len(), 1);

        s.update(Action::OpenVariants);
        assert_eq!(s.context(), Context::Variants);
        let buf = draw(&s);
        let (_, top) = find(&buf, "variants: the source's text left").expect("the box");
        let heading = (top..40)
            .map(|y| row_text(&buf, y))
            .find(|r| r.contains("#1 ") && r.contains("verbatim"))
            .expect("the first group's heading");
        assert!(heading.contains("#2 doc.txt ≠ speaker"), "{heading}");
        // In the source's column, "région" is plain beside the verbatim copies and marked
        // beside the cut variant, which leaves it out.
        let area = s.matrix.variants.as_ref().expect("open").area;
        let found: Vec<(u16, u16)> = (area.y..area.bottom())
            .filter_map(|y| {
                let row: String = (area.x..area.right())
                    .map(|x| buf[(x, y)].symbol())
                    .collect();
                let at = row.find("région")?;
                Some((area.x + row[..at].chars().count() as u16, y))
            })
            .collect();
        assert_eq!(found.len(), 2, "once per group");
        let mark = theme.mark_word.fg.expect("a colour");
        assert_ne!(buf[found[0]].fg, mark, "verbatim: nothing marked");
        assert_eq!(buf[found[0]].fg, theme.quote.fg.expect("a colour"));
        assert_eq!(buf[found[1]].fg, mark, "left out by the cut variant");
        s.update(Action::CloseVariants);
        assert_eq!(s.context(), Context::Matrix);
        s.update(Action::ToggleMatrix);
        assert_eq!(s.context(), Context::Quotes, "the pair's list");
    }
}
