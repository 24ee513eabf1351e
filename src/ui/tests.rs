//! Rendering tests against a `Buffer`: what is drawn where, and with which style.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::render_buffer;
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::analysis::Analysis;
use crate::app::analysis::tests::passage;
use crate::app::state::State;
use crate::core::bundled;
use crate::core::compare::{Comparison, PassageKind};
use crate::core::diff::{Mark, MarkKind};
use crate::core::document::Document;
use crate::core::quotes::Quote;
use crate::core::side::Side;

fn state(left: &str, right: &str, width: u16, height: u16) -> State {
    let doc = |t: &str| Arc::new(Document::from_bytes("doc.txt", t.as_bytes()).unwrap());
    let mut s = State::new(doc(left), doc(right));
    s.update(Action::Resize(width, height));
    s
}

fn draw(state: &State) -> Buffer {
    let area = state.areas.size;
    let mut buf = Buffer::empty(area);
    render_buffer(state, area, &mut buf);
    buf
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// The cell where `needle` starts on screen (first occurrence, row by row).
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    for y in 0..buf.area.height {
        let cells: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let row: String = cells.concat();
        if let Some(byte) = row.find(needle) {
            // Map the byte offset back to a column (cells hold one symbol each).
            let mut acc = 0;
            for (x, c) in cells.iter().enumerate() {
                if acc == byte {
                    return Some((x as u16, y));
                }
                acc += c.len();
            }
        }
    }
    None
}

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
    let title = super::panes::fit_title(
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
fn prompt_shows_while_typing_with_the_cursor_after_it() {
    let mut s = state("abc", "def", 120, 20);
    s.update(Action::SearchOpen);
    s.update(Action::SearchInput('a'));
    let buf = draw(&s);
    assert!(row_text(&buf, 19).starts_with("/a"));
    let cursor = super::status::cursor(&s).unwrap();
    assert_eq!((cursor.x, cursor.y), (2, 19));
}

fn with_analysis(left: &str, right: &str) -> State {
    let mut s = state(left, right, 120, 20);
    let (l, r) = (&s.pane(Side::Left).doc.text, &s.pane(Side::Right).doc.text);
    let lp = l.find("renforcer").unwrap();
    let rp = r.find("renforcer").unwrap();
    let mut p = passage(
        lp..l.find(" fin").unwrap(),
        rp..r.find(" fin").unwrap(),
        false,
    );
    p.kind = PassageKind::Near;
    let s_at = r.find("souien").unwrap();
    p.right_marks.push(Mark {
        range: s_at..s_at + "souien".len(),
        kind: MarkKind::Word,
    });
    let t_at = l.find("soutien").unwrap() + 3;
    p.left_marks.push(Mark {
        range: t_at..t_at + 1,
        kind: MarkKind::Char,
    });
    let q_start = l.find('«').unwrap();
    let q_end = l.find('»').unwrap() + '»'.len_utf8();
    let quote = Quote {
        id: 0,
        doc: crate::core::side::DocId(0),
        spans: std::iter::once(q_start + 3..q_end - 3).collect(),
        outer: q_start..q_end,
        text: "liens".into(),
        speaker: None,
        how: String::new(),
        fragment: true,
        unclosed: false,
        heading: false,
        parent: None,
        abridges: None,
        matches: vec![],
    };
    let comparison = Comparison {
        passages: vec![p],
        shared_left: 0.5,
        shared_right: 0.25,
    };
    s.update(Action::AnalysisDone(Arc::new(Analysis::new(
        crate::core::side::Pair::new(crate::core::side::DocId(0), crate::core::side::DocId(1)),
        comparison,
        vec![quote],
    ))));
    s
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
fn no_color_uses_attributes_only() {
    let mut s = with_analysis(
        "Avant. Pour renforcer les « liens » et le soutien, fin. Après.",
        "Ici. Pour renforcer les liens et le souien, fin. Là.",
    );
    s.no_color = true;
    s.update(Action::SearchOpen);
    s.update(Action::SearchInput('a'));
    let buf = draw(&s);
    for cell in buf.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
    let (x, y) = find(&buf, "renforcer").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find(&buf, "liens »").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
    let (x, y) = find(&buf, "souien").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
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
    let s = state("rouge \x1b[31m ici \x1b]0;titre\x07", "x", 200, 10);
    let buf = draw(&s);
    for cell in buf.content() {
        assert!(!cell.symbol().contains('\x1b') && !cell.symbol().contains('\x07'));
    }
    assert!(find(&buf, "␛[31m").is_some());
    assert!(row_text(&buf, 0).contains("control chars shown as symbols"));
}

#[test]
fn any_size_renders_without_panicking() {
    let (l, r) = bundled::bundled_pair();
    let mut s = State::new(Arc::new(l), Arc::new(r));
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 30),
        (23, 5),
        (24, 6),
        (30, 8),
        (99, 20),
        (100, 20),
        (300, 100),
    ] {
        s.update(Action::Resize(w, h));
        s.update(Action::ToggleQuotes);
        let buf = draw(&s);
        if s.areas.too_small {
            assert!(row_text(&buf, 0).starts_with(&"terminal too small"[..w.min(18) as usize]));
        }
    }
}

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
