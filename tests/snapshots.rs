//! Whole-app snapshots on the bundled pair: the screen's text and, below it, a map of each
//! cell's style class, so a lost highlight fails as surely as a changed word.
//! Update after an intended change with `INSTA_UPDATE=always cargo test --test snapshots`.

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Cell;
use ratatui::style::Modifier;
use visavis::app::action::Action;
use visavis::app::analysis;
use visavis::app::state::State;
use visavis::core::bundled;
use visavis::core::side::{DocId, Pair};
use visavis::ui::theme::Theme;

/// The bundled pair at `width`×`height`, analysed (synchronously), after `actions`.
fn app(width: u16, height: u16, actions: Vec<Action>) -> State {
    let (left, right) = bundled::bundled_pair();
    let result = analysis::analyse(
        Pair::new(DocId::SOURCE, DocId(1)),
        Pair::new(&left, &right),
        &mut |_| true,
    )
    .expect("not cancelled");
    let mut state = State::new(Arc::new(left), Arc::new(right));
    state.update(Action::Resize(width, height));
    state.update(Action::AnalysisDone(Arc::new(result)));
    for action in actions {
        state.update(action);
    }
    state
}

/// One letter per cell for what its style says it is.
fn class(cell: &Cell, theme: &Theme) -> char {
    let is = |style: ratatui::style::Style| {
        style.bg.is_none_or(|bg| bg == cell.bg) && style.fg.is_none_or(|fg| fg == cell.fg)
    };
    if is(theme.current_hit) {
        '@'
    } else if is(theme.hit) {
        '*'
    } else if is(theme.mark_char) {
        'C'
    } else if cell.fg == theme.mark_word.fg.unwrap() && cell.modifier.contains(Modifier::BOLD) {
        'W'
    } else if cell.fg == theme.quote.fg.unwrap() && cell.modifier.contains(Modifier::ITALIC) {
        'q'
    } else if cell.bg == theme.verbatim.bg.unwrap() {
        'v'
    } else if cell.bg == theme.near.bg.unwrap() {
        if cell.modifier.contains(Modifier::UNDERLINED) {
            'N'
        } else {
            'n'
        }
    } else if cell.bg == theme.paraphrase.bg.unwrap() {
        if cell.modifier.contains(Modifier::UNDERLINED) {
            'P'
        } else {
            'p'
        }
    } else if cell.fg == theme.heading.fg.unwrap() {
        'h'
    } else if cell.symbol() == " " {
        ' '
    } else {
        '.'
    }
}

fn screen(state: &State) -> String {
    let size = state.areas.size;
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    terminal
        .draw(|frame| visavis::ui::render(state, frame))
        .unwrap();
    let buf = terminal.backend().buffer();
    let theme = Theme::colour();
    let mut text = String::new();
    let mut styles = String::new();
    for y in 0..size.height {
        let mut skip = 0;
        for x in 0..size.width {
            let cell = &buf[(x, y)];
            styles.push(class(cell, &theme));
            if skip > 0 {
                skip -= 1;
                continue;
            }
            text.push_str(cell.symbol());
            skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        }
        text.push('\n');
        styles.push('\n');
    }
    // Styles of the status and title rows depend on focus only; the map is about the text.
    format!(
        "{text}\n-- styles (v verbatim, n near, p paraphrase, capital: active; W/C difference; q quotation; h heading; * hit) --\n{styles}"
    )
}

#[test]
fn bundled_pair_80x24() {
    insta::assert_snapshot!(screen(&app(80, 24, vec![])));
}

#[test]
fn bundled_pair_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40, vec![])));
}

#[test]
fn bundled_pair_120x40_after_jumping_to_a_moved_passage() {
    let actions = vec![Action::NextPassage, Action::NextPassage];
    insta::assert_snapshot!(screen(&app(120, 40, actions)));
}

#[test]
fn bundled_pair_120x40_searching() {
    let mut actions = vec![Action::SearchOpen];
    actions.extend("kim jong".chars().map(Action::SearchInput));
    actions.push(Action::SearchSubmit);
    insta::assert_snapshot!(screen(&app(120, 40, actions)));
}

#[test]
fn bundled_pair_80x24_help() {
    insta::assert_snapshot!(screen(&app(80, 24, vec![Action::ToggleHelp])));
}

/// Tab, Tab: from the left article to the right, then to the quotations panel (shown at launch).
fn focus_quotations() -> Vec<Action> {
    vec![Action::FocusNext, Action::FocusNext]
}

#[test]
fn bundled_pair_120x40_quotations_panel() {
    let mut actions = focus_quotations();
    actions.push(Action::ScrollRows(2));
    insta::assert_snapshot!(screen(&app(120, 40, actions)));
}

#[test]
fn bundled_pair_80x24_quotations_panel() {
    insta::assert_snapshot!(screen(&app(80, 24, focus_quotations())));
}

#[test]
fn bundled_pair_200x60() {
    insta::assert_snapshot!(screen(&app(200, 60, vec![])));
}

#[test]
fn bundled_pair_120x40_shared_passages_list() {
    let actions = vec![Action::TogglePassages, Action::ScrollRows(3)];
    insta::assert_snapshot!(screen(&app(120, 40, actions)));
}

#[test]
fn bundled_pair_80x24_without_the_panel() {
    insta::assert_snapshot!(screen(&app(80, 24, vec![Action::ToggleQuotes])));
}
