//! The source pane's gutter, with several rewrites: on each line of the source carried by some
//! of them, how many (the most on that line), shaded by the share of the rewrites open.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use crate::app::state::State;
use crate::core::side::Side;
use crate::view::wrap::RowKind;

pub fn render_gutter(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let pane = state.pane(Side::Left);
    let carriers = state.rewrites.carriers();
    let open = state.rewrites.open().len().max(1);
    let width = usize::from(area.width.saturating_sub(1));
    // PERF: only the rows on screen, each a binary search among the stretches.
    let visible = pane
        .wrapped
        .rows
        .iter()
        .skip(pane.top)
        .take(usize::from(area.height));
    for (y, row) in (area.y..).zip(visible) {
        if row.kind == RowKind::Gap {
            continue;
        }
        let count = carriers
            .within(row.range())
            .iter()
            .map(|s| s.carriers.len())
            .max();
        let Some(count) = count else { continue };
        let text = format!("{count:>width$}");
        buf.set_stringn(area.x, y, text, width, theme.gutter(count, open));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tests::{bundled_state, draw, several};

    #[test]
    fn each_line_shows_how_many_rewrites_carry_it_shaded_by_their_share() {
        let s = several(120, 30);
        let gutter = s.areas.gutter.expect("three rewrites: a gutter");
        let buf = draw(&s);
        let theme = Theme::colour();
        // The row of the source pane whose text starts with `needle`, right of the gutter.
        let cell = |needle: &str| {
            let text = s.areas.texts.left;
            let y = (text.y..text.bottom())
                .find(|&y| {
                    let row: String = (text.x..text.right())
                        .map(|x| buf[(x, y)].symbol())
                        .collect();
                    row.starts_with(needle)
                })
                .expect(needle);
            &buf[(gutter.x, y)]
        };
        // The last paragraph: the copy and the brief (two of three, most).
        let both = cell("Les syndicats");
        assert_eq!(both.symbol(), "2");
        assert_eq!(
            (both.fg, both.bg),
            (theme.gutter_most.fg.unwrap(), theme.gutter_most.bg.unwrap())
        );
        // The minister's sentence: the copy alone (a third: some).
        let one = cell("Le ministre");
        assert_eq!(one.symbol(), "1");
        assert_eq!(one.fg, theme.gutter_some.fg.unwrap());
        // The headline: nobody.
        assert_eq!(cell("Trois usines").symbol(), " ");
    }

    #[test]
    fn a_single_rewrite_has_no_gutter() {
        let s = bundled_state(120, 40);
        assert!(s.areas.gutter.is_none());
    }
}
