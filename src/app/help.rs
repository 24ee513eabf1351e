//! The help overlay, its one owner: its lines (generated once from the keymap table, so the
//! help lists every binding, and wrapped once per screen width), the box they go in for a
//! screen size, and how far they are scrolled, so that every binding can be read on the
//! smallest screen. Owns the help keys' `update`.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::action::{Action, Effect};
use super::keymap::help_sections;
use crate::view::wrap::wrap_block;

/// One line of the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A section title: the context its keys work in.
    Heading(&'static str),
    /// Keys (padded to the widest) and what they do.
    Keys(String),
    Blank,
}

/// The help: its sections, their lines for the current width, box and scroll.
#[derive(Debug, Clone)]
pub struct Help {
    /// (context title, [(keys, what they do)]), from the keymap table.
    sections: Vec<(&'static str, Vec<(String, &'static str)>)>,
    /// The lines, wrapped to the box.
    pub lines: Vec<HelpLine>,
    /// First line shown.
    pub scroll: usize,
    /// Where the box goes for the current screen (frame included).
    area: Rect,
    /// The text width `lines` are wrapped to.
    wrapped_to: usize,
}

impl Default for Help {
    fn default() -> Self {
        let mut help = Help {
            sections: help_sections(),
            lines: Vec::new(),
            scroll: 0,
            area: Rect::default(),
            wrapped_to: usize::MAX,
        };
        help.lines = help.lines_for(usize::MAX);
        help
    }
}

/// Columns of the box that are not text: the frame, and a column of margin on each side.
const BOX_MARGIN: usize = 4;

impl Help {
    /// The help's lines at `width` columns of text: a heading per context, a line per binding,
    /// descriptions wrapped under themselves (or below their keys when the screen is very
    /// narrow).
    fn lines_for(&self, width: usize) -> Vec<HelpLine> {
        let key_width = self
            .sections
            .iter()
            .flat_map(|(_, rows)| rows.iter().map(|(k, _)| k.width()))
            .max()
            .unwrap_or(0);
        let (indent, beside) = if width >= key_width + 2 + 16 {
            (key_width + 2, true)
        } else {
            (2, false)
        };
        let room = width.saturating_sub(indent).max(1);
        let mut lines = Vec::new();
        for (title, rows) in &self.sections {
            if !lines.is_empty() {
                lines.push(HelpLine::Blank);
            }
            lines.push(HelpLine::Heading(title));
            for (keys, help) in rows {
                let mut first = if beside {
                    Some(format!("{keys}{}", " ".repeat(indent - keys.width())))
                } else {
                    wrap_block(keys, 0..keys.len(), width.max(1), &mut |row| {
                        lines.push(HelpLine::Keys(keys[row].trim_end().to_string()));
                    });
                    None
                };
                wrap_block(help, 0..help.len(), room, &mut |row| {
                    let lead = first.take().unwrap_or_else(|| " ".repeat(indent));
                    lines.push(HelpLine::Keys(format!("{lead}{}", help[row].trim_end())));
                });
            }
        }
        lines
    }
}

impl HelpLine {
    pub fn text(&self) -> &str {
        match self {
            HelpLine::Heading(title) => title,
            HelpLine::Keys(text) => text,
            HelpLine::Blank => "",
        }
    }
}

impl Help {
    /// Applies a help action: scrolling (opening and closing are the dispatcher's).
    pub fn update(&mut self, action: &Action) -> Effect {
        let page = self.rows().saturating_sub(1).max(1) as i64;
        let target = match *action {
            Action::ScrollRows(n) => self.scroll as i64 + n as i64,
            Action::ScrollPage(n) => self.scroll as i64 + page * n as i64,
            Action::GoTop => 0,
            Action::GoBottom => i64::MAX,
            _ => return Effect::none(),
        };
        self.scroll = (target.max(0) as usize).min(self.max_scroll());
        Effect::none()
    }

    /// Opens from the top.
    pub fn open(&mut self) {
        self.scroll = 0;
    }

    /// Lays the box out for a screen of `size`: centred, as wide as the longest line (or the
    /// screen, the lines wrapped to it), as high as the lines or the screen.
    pub fn set_screen(&mut self, size: Rect) {
        let room = (size.width as usize).saturating_sub(BOX_MARGIN).max(1);
        if room != self.wrapped_to {
            self.lines = self.lines_for(room);
            self.wrapped_to = room;
        }
        let text_width = self.lines.iter().map(|l| l.text().width()).max();
        let width = (text_width.unwrap_or(0) + BOX_MARGIN) as u16;
        let height = self.lines.len() as u16 + 2;
        let (w, h) = (width.min(size.width), height.min(size.height));
        self.area = Rect::new(
            size.x + (size.width - w) / 2,
            size.y + (size.height - h) / 2,
            w,
            h,
        );
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// The box, frame included.
    pub fn area(&self) -> Rect {
        self.area
    }

    /// Lines in view: the box less its frame.
    pub fn rows(&self) -> usize {
        self.area.height.saturating_sub(2) as usize
    }

    fn max_scroll(&self) -> usize {
        self.lines.len().saturating_sub(self.rows())
    }

    /// The lines in view.
    pub fn visible(&self) -> &[HelpLine] {
        let end = (self.scroll + self.rows()).min(self.lines.len());
        &self.lines[self.scroll.min(end)..end]
    }

    /// Whether every line fits (no scrolling needed).
    pub fn fits(&self) -> bool {
        self.rows() >= self.lines.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::BINDINGS;

    #[test]
    fn every_binding_can_be_scrolled_into_view_at_80x24() {
        let mut help = Help::default();
        help.set_screen(Rect::new(0, 0, 80, 24));
        assert!(!help.fits(), "the help is longer than 24 rows");
        assert!(help.area().width <= 80);
        let room = help.area().width as usize - BOX_MARGIN;
        let wide: Vec<&str> = help
            .lines
            .iter()
            .map(HelpLine::text)
            .filter(|t| t.width() > room)
            .collect();
        assert!(wide.is_empty(), "wrapped to the box: {wide:?} {room}");
        let mut seen = String::new();
        loop {
            for line in help.visible() {
                seen.push_str(line.text());
                seen.push('\n');
            }
            let before = help.scroll;
            let _ = help.update(&Action::ScrollPage(1));
            if help.scroll == before {
                break;
            }
        }
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        for binding in BINDINGS {
            assert!(
                words(&seen).contains(binding.help),
                "{} never shown",
                binding.help
            );
        }
        assert_eq!(
            help.scroll + help.rows(),
            help.lines.len(),
            "stops at the end"
        );
        let _ = help.update(&Action::ScrollRows(5));
        assert_eq!(help.scroll + help.rows(), help.lines.len(), "not past it");
        let _ = help.update(&Action::GoTop);
        assert_eq!(help.scroll, 0);
        let _ = help.update(&Action::ScrollRows(-1));
        assert_eq!(help.scroll, 0);
        let _ = help.update(&Action::GoBottom);
        assert_eq!(help.scroll, help.lines.len() - help.rows());
        // A taller screen shows more and keeps the scroll in range.
        help.set_screen(Rect::new(0, 0, 120, 200));
        assert!(help.fits());
        assert_eq!(help.scroll, 0);
        // And the narrowest screen still shows every description, below its keys.
        help.set_screen(Rect::new(0, 0, 24, 6));
        let all: Vec<&str> = help.lines.iter().map(HelpLine::text).collect();
        assert!(all.iter().all(|l| l.width() <= 20), "{all:?}");
        assert!(words(&all.join("\n")).contains("suspend to the shell (fg comes back)"));
    }
}
