//! The help overlay: the lines in view of the help (`app::help`, generated from the keymap
//! table), in a box that says how to scroll and close it and where the view is.

use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};

use super::theme::Theme;
use crate::app::help::{Help, HelpLine};

pub fn render_help(help: &Help, theme: &Theme, buf: &mut Buffer) {
    let area = help.area();
    if area.width < 3 || area.height < 3 {
        return;
    }
    let title = if help.fits() {
        "visavis keys — Esc closes".to_string()
    } else {
        let first = help.scroll + 1;
        let last = help.scroll + help.visible().len();
        format!(
            "visavis keys {first}–{last}/{} — j k PgDn PgUp scroll · Esc closes",
            help.lines.len()
        )
    };
    let inner = super::framed_box(&title, area, buf);
    for (line, y) in help.visible().iter().zip(inner.y..inner.bottom()) {
        let style = match line {
            HelpLine::Heading(_) => theme.heading.add_modifier(Modifier::UNDERLINED),
            _ => Style::new(),
        };
        buf.set_stringn(
            inner.x + 1,
            y,
            line.text(),
            inner.width.saturating_sub(1) as usize,
            style,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::app::action::Action;
    use crate::ui::tests::{draw, row_text, state};

    fn screen(s: &crate::app::state::State) -> String {
        let buf = draw(s);
        (0..buf.area.height)
            .map(|y| row_text(&buf, y))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn help_overlay_lists_the_keys() {
        let mut s = state("abc", "def", 120, 200);
        s.update(Action::ToggleHelp);
        let all = screen(&s);
        for needle in [
            "scroll down one line",
            "Ctrl-d",
            "synchronised scrolling on/off",
            "quit",
            "visavis keys — Esc closes",
        ] {
            assert!(all.contains(needle), "{needle} missing");
        }
    }

    #[test]
    fn at_80x24_the_help_scrolls_to_its_last_keys_and_says_where_it_is() {
        let mut s = state("abc", "def", 80, 24);
        s.update(Action::ToggleHelp);
        let first = screen(&s);
        assert!(first.contains("visavis keys 1–22/"), "{first}");
        assert!(first.contains("j k PgDn PgUp scroll"));
        assert!(!first.contains("suspend to the shell"), "below the box");
        s.update(Action::GoBottom);
        let last = screen(&s);
        assert!(
            last.contains("suspend to the shell (fg comes back)"),
            "{last}"
        );
        s.update(Action::GoTop);
        s.update(Action::ScrollRows(1));
        assert!(screen(&s).contains("visavis keys 2–23/"), "{}", screen(&s));
        s.update(Action::CloseOverlay);
        assert!(!screen(&s).contains("visavis keys"));
    }
}
