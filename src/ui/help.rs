//! The help overlay, generated from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::keymap::help_sections;

pub fn render_help(theme: &Theme, area: Rect, buf: &mut Buffer) {
    let sections = help_sections();
    let key_width = sections
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(k, _)| k.width()))
        .max()
        .unwrap_or(0);
    let mut lines: Vec<(String, Style)> = Vec::new();
    for (title, rows) in &sections {
        if !lines.is_empty() {
            lines.push((String::new(), Style::new()));
        }
        lines.push((
            title.to_string(),
            theme.heading.add_modifier(Modifier::UNDERLINED),
        ));
        for (keys, help) in rows {
            let pad = key_width - keys.width();
            lines.push((format!("{keys}{}  {help}", " ".repeat(pad)), Style::new()));
        }
    }
    let width = lines.iter().map(|(l, _)| l.width()).max().unwrap_or(0) as u16 + 4;
    let inner = super::overlay_box(
        "visavis keys — any key closes",
        width,
        lines.len() as u16 + 2,
        area,
        buf,
    );
    for ((line, style), y) in lines.iter().zip(inner.y..inner.bottom()) {
        buf.set_stringn(
            inner.x + 1,
            y,
            line,
            inner.width.saturating_sub(1) as usize,
            *style,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::app::action::Action;
    use crate::ui::tests::{draw, row_text, state};

    #[test]
    fn help_overlay_lists_the_keys() {
        let mut s = state("abc", "def", 120, 50);
        s.update(Action::ToggleHelp);
        let buf = draw(&s);
        let all: String = (0..50)
            .map(|y| row_text(&buf, y))
            .collect::<Vec<_>>()
            .join("\n");
        for needle in [
            "scroll down one line",
            "Ctrl-d",
            "synchronised scrolling on/off",
            "quit",
        ] {
            assert!(all.contains(needle), "{needle} missing");
        }
    }
}
