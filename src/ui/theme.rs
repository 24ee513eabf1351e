//! Colours and attributes, with a `NO_COLOR` variant that tells everything apart by attributes
//! alone (underline for shared passages, italic for quotations, reverse for differences).

use ratatui::style::{Color, Modifier, Style};

use crate::core::compare::PassageKind;
use crate::core::diff::MarkKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub heading: Style,
    pub title: Style,
    pub title_focused: Style,
    pub separator: Style,
    pub status: Style,
    pub status_focus: Style,
    pub message: Style,
    pub verbatim: Style,
    pub near: Style,
    pub paraphrase: Style,
    /// Added to the passage at the reading line and its counterpart.
    pub active_passage: Style,
    pub mark_word: Style,
    pub mark_char: Style,
    pub quote: Style,
    /// The quotation selected in the panel, and its counterpart.
    pub selected_quote: Style,
    pub hit: Style,
    pub current_hit: Style,
    pub panel_selected: Style,
    pub dim: Style,
    /// The source pane's gutter: a line carried by few of the rewrites, by some (a quarter or
    /// more), by most (half or more).
    pub gutter_few: Style,
    pub gutter_some: Style,
    pub gutter_most: Style,
    /// Cells of the quotation matrix, by how the rewrite carries the quotation.
    pub cell_verbatim: Style,
    pub cell_cut: Style,
    pub cell_altered: Style,
    pub cell_other_speaker: Style,
    pub cell_missing: Style,
}

impl Theme {
    pub fn new(no_color: bool) -> Theme {
        if no_color {
            Theme::monochrome()
        } else {
            Theme::colour()
        }
    }

    pub fn colour() -> Theme {
        Theme {
            text: Style::new(),
            heading: Style::new()
                .add_modifier(Modifier::BOLD)
                .fg(Color::LightYellow),
            title: Style::new().fg(Color::Gray).bg(Color::Indexed(236)),
            title_focused: Style::new()
                .fg(Color::White)
                .bg(Color::Indexed(24))
                .add_modifier(Modifier::BOLD),
            separator: Style::new().fg(Color::DarkGray),
            status: Style::new().fg(Color::Gray).bg(Color::Indexed(235)),
            status_focus: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            message: Style::new().fg(Color::LightYellow).bg(Color::Indexed(235)),
            verbatim: Style::new().bg(Color::Indexed(22)),
            near: Style::new().bg(Color::Indexed(58)),
            paraphrase: Style::new().bg(Color::Indexed(17)),
            active_passage: Style::new().add_modifier(Modifier::UNDERLINED),
            mark_word: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            mark_char: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            quote: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::ITALIC),
            selected_quote: Style::new()
                .fg(Color::Black)
                .bg(Color::LightCyan)
                .add_modifier(Modifier::ITALIC),
            hit: Style::new().fg(Color::Black).bg(Color::Yellow),
            current_hit: Style::new().fg(Color::Black).bg(Color::LightMagenta),
            panel_selected: Style::new()
                .bg(Color::Indexed(24))
                .add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            gutter_few: Style::new().fg(Color::Indexed(244)),
            gutter_some: Style::new().fg(Color::Indexed(252)),
            gutter_most: Style::new()
                .fg(Color::Black)
                .bg(Color::Indexed(250))
                .add_modifier(Modifier::BOLD),
            cell_verbatim: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            cell_cut: Style::new().fg(Color::Yellow),
            cell_altered: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            cell_other_speaker: Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            cell_missing: Style::new().fg(Color::DarkGray),
        }
    }

    pub fn monochrome() -> Theme {
        let m = |modifier| Style::new().add_modifier(modifier);
        Theme {
            text: Style::new(),
            heading: m(Modifier::BOLD),
            title: m(Modifier::REVERSED),
            title_focused: m(Modifier::REVERSED | Modifier::BOLD),
            separator: Style::new(),
            status: m(Modifier::REVERSED),
            status_focus: m(Modifier::BOLD),
            message: m(Modifier::REVERSED | Modifier::BOLD),
            verbatim: m(Modifier::UNDERLINED),
            near: m(Modifier::UNDERLINED),
            paraphrase: m(Modifier::UNDERLINED | Modifier::DIM),
            active_passage: m(Modifier::BOLD),
            mark_word: m(Modifier::REVERSED),
            mark_char: m(Modifier::REVERSED | Modifier::BOLD),
            quote: m(Modifier::ITALIC),
            selected_quote: m(Modifier::ITALIC | Modifier::REVERSED),
            hit: m(Modifier::REVERSED),
            current_hit: m(Modifier::REVERSED | Modifier::BOLD | Modifier::SLOW_BLINK),
            panel_selected: m(Modifier::REVERSED),
            dim: m(Modifier::DIM),
            gutter_few: m(Modifier::DIM),
            gutter_some: Style::new(),
            gutter_most: m(Modifier::BOLD | Modifier::REVERSED),
            cell_verbatim: m(Modifier::BOLD),
            cell_cut: Style::new(),
            cell_altered: m(Modifier::UNDERLINED),
            cell_other_speaker: m(Modifier::BOLD | Modifier::UNDERLINED),
            cell_missing: m(Modifier::DIM),
        }
    }

    pub fn passage(&self, kind: PassageKind) -> Style {
        match kind {
            PassageKind::Verbatim => self.verbatim,
            PassageKind::Near => self.near,
            PassageKind::Paraphrase => self.paraphrase,
        }
    }

    /// The gutter's style for a line carried by `count` of `open` rewrites.
    pub fn gutter(&self, count: usize, open: usize) -> Style {
        if count * 2 >= open {
            self.gutter_most
        } else if count * 4 >= open {
            self.gutter_some
        } else {
            self.gutter_few
        }
    }

    pub fn mark(&self, kind: MarkKind) -> Style {
        match kind {
            MarkKind::Word => self.mark_word,
            MarkKind::Char => self.mark_char,
        }
    }
}
