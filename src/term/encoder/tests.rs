//! The frame encoder's frames, replayed in a terminal emulator (vt100): whatever came before, the
//! terminal must end up showing exactly the buffer just drawn, in the fewest writes.

use std::io;

use ratatui::crossterm::queue;

use proptest::prelude::*;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};

use super::*;

/// A frame: strings written at places, each in one of `STYLES`. A string starting with `!`
/// is poked into one cell as it is (as a box border drawn over text would be), even over the
/// right half of a wide character.
type Scene = Vec<(u16, u16, String, usize)>;

const STYLES: [fn() -> Style; 10] = [
    Style::new,
    || Style::new().fg(Color::Indexed(1)),
    || {
        Style::new()
            .bg(Color::Rgb(10, 20, 30))
            .add_modifier(Modifier::BOLD)
    },
    || Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
    || Style::new().add_modifier(Modifier::BOLD | Modifier::DIM),
    || Style::new().add_modifier(Modifier::UNDERLINED | Modifier::REVERSED),
    || {
        Style::new()
            .fg(Color::Indexed(200))
            .bg(Color::Indexed(17))
            .add_modifier(Modifier::ITALIC | Modifier::UNDERLINED)
    },
    || {
        Style::new()
            .bg(Color::Indexed(4))
            .add_modifier(Modifier::BOLD)
    },
    || {
        Style::new()
            .fg(Color::Rgb(200, 0, 0))
            .add_modifier(Modifier::CROSSED_OUT | Modifier::SLOW_BLINK)
    },
    || Style::new().add_modifier(Modifier::RAPID_BLINK | Modifier::HIDDEN),
];

fn paint(buffer: &mut Buffer, scene: &Scene) {
    let area = buffer.area;
    for (x, y, text, style) in scene {
        if *x < area.width && *y < area.height {
            if let Some(poked) = text.strip_prefix('!') {
                buffer[(*x, *y)]
                    .set_symbol(poked)
                    .set_style(STYLES[*style]());
            } else {
                let room = usize::from(area.width - x);
                buffer.set_stringn(*x, *y, text, room, STYLES[*style]());
            }
        }
    }
}

fn painted(area: Rect, scene: &Scene) -> Buffer {
    let mut buffer = Buffer::empty(area);
    paint(&mut buffer, scene);
    buffer
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has at least one row and column")
}

/// A terminal emulator of `rows` × `columns`.
fn emulator(rows: u16, columns: u16) -> vt100::Parser {
    vt100::Parser::new(nz(rows), nz(columns), 0)
}

fn vt_color(color: Color) -> vt100::Color {
    match color {
        Color::Reset => vt100::Color::Default,
        Color::Indexed(i) => vt100::Color::Idx(i),
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
        other => panic!("colour {other:?} is not in the test palette"),
    }
}

/// Fails unless the emulator shows `expected`: symbols, colours and attributes, cell by cell (of
/// a blank, only what shows: background, underline, reverse video).
fn assert_shows(parser: &vt100::Parser, expected: &Buffer) {
    let emulated = parser.screen();
    let area = expected.area;
    for y in 0..area.height {
        let mut covered_until = 0;
        for x in 0..area.width {
            let cell = &expected[(x, y)];
            let shown = emulated
                .cell(y, x)
                .expect("cell inside the emulated screen");
            if x < covered_until {
                assert!(
                    shown.is_wide_continuation(),
                    "({x}, {y}) continues a wide character"
                );
                continue;
            }
            covered_until = x + cell.symbol().cell_width().max(1);
            let contents = if shown.contents().is_empty() {
                " "
            } else {
                shown.contents()
            };
            assert_eq!(contents, cell.symbol(), "symbol at ({x}, {y})");
            assert_eq!(shown.bgcolor(), vt_color(cell.bg), "bg at ({x}, {y})");
            let m = cell.modifier;
            assert_eq!(
                shown.underline(),
                m.contains(Modifier::UNDERLINED),
                "underline at ({x}, {y})"
            );
            assert_eq!(
                shown.inverse(),
                m.contains(Modifier::REVERSED),
                "reverse at ({x}, {y})"
            );
            if contents == " " && !m.contains(Modifier::REVERSED) {
                // The foreground colour, weight and slant of a blank do not show.
                continue;
            }
            assert_eq!(shown.fgcolor(), vt_color(cell.fg), "fg at ({x}, {y})");
            if m.contains(Modifier::BOLD | Modifier::DIM) {
                // vt100 keeps one intensity (the last set), as many terminals do.
                assert!(shown.bold() || shown.dim(), "bold or dim at ({x}, {y})");
            } else {
                assert_eq!(
                    shown.bold(),
                    m.contains(Modifier::BOLD),
                    "bold at ({x}, {y})"
                );
                assert_eq!(shown.dim(), m.contains(Modifier::DIM), "dim at ({x}, {y})");
            }
            assert_eq!(
                shown.italic(),
                m.contains(Modifier::ITALIC),
                "italic at ({x}, {y})"
            );
        }
    }
}

/// Draws `scene` and hands what was written to the emulator.
fn draw_into(
    encoder: &mut FrameEncoder<Vec<u8>>,
    parser: &mut vt100::Parser,
    area: Rect,
    scene: &Scene,
) {
    encoder
        .draw(area, |buffer| paint(buffer, scene), None)
        .unwrap();
    parser.process(&encoder.writer);
    encoder.writer.clear();
}

fn scene_strategy(width: u16, height: u16) -> impl Strategy<Value = Scene> {
    // Narrow and wide characters, a combining accent, French marks and spaces.
    let text = proptest::collection::vec(
        prop::sample::select(vec![
            "a", "b", " ", "é", "e\u{301}", "«\u{a0}", "東", "語", "–",
        ]),
        0..12,
    )
    .prop_map(|parts| parts.concat());
    let poke = prop::sample::select(vec!["!|", "!x", "! "]).prop_map(String::from);
    let text = prop_oneof![4 => text, 1 => poke];
    proptest::collection::vec((0..width, 0..height, text, 0..STYLES.len()), 0..10)
}

proptest! {
    #[test]
    fn the_terminal_shows_every_frame_exactly(
        frames in proptest::collection::vec(scene_strategy(20, 5), 1..5)
    ) {
        let area = Rect::new(0, 0, 20, 5);
        let mut encoder = FrameEncoder::new(Vec::new());
        let mut parser = emulator(5, 20);
        for scene in &frames {
            draw_into(&mut encoder, &mut parser, area, scene);
            assert_shows(&parser, &painted(area, scene));
        }
    }
}

#[test]
fn a_wide_character_replaced_by_narrow_ones_leaves_no_half_behind() {
    let area = Rect::new(0, 0, 6, 1);
    let mut encoder = FrameEncoder::new(Vec::new());
    let mut parser = emulator(1, 6);
    let frames: [Scene; 7] = [
        vec![(0, 0, "a東b".into(), 2)],
        vec![(0, 0, "a".into(), 2), (3, 0, "b".into(), 2)],
        vec![(0, 0, "東語東".into(), 0)],
        vec![(1, 0, "xyz".into(), 1)],
        // A border poked over the right half of a wide character, then taken away: the change
        // starts in the middle of the character, which must be redrawn whole.
        vec![(0, 0, "東語".into(), 0), (3, 0, "!|".into(), 1)],
        vec![(0, 0, "東語".into(), 0)],
        vec![(0, 0, "東語".into(), 0), (1, 0, "!|".into(), 1)],
    ];
    for scene in &frames {
        draw_into(&mut encoder, &mut parser, area, scene);
        assert_shows(&parser, &painted(area, scene));
    }
}

#[test]
fn a_new_size_clears_and_redraws_everything() {
    let mut encoder = FrameEncoder::new(Vec::new());
    let mut parser = emulator(5, 20);
    let scene: Scene = vec![(0, 0, "first frame".into(), 1), (2, 4, "bottom".into(), 3)];
    draw_into(&mut encoder, &mut parser, Rect::new(0, 0, 20, 5), &scene);
    parser.screen_mut().set_size(nz(3), nz(12));
    let smaller = Rect::new(0, 0, 12, 3);
    let scene: Scene = vec![(1, 1, "after".into(), 6)];
    draw_into(&mut encoder, &mut parser, smaller, &scene);
    assert_shows(&parser, &painted(smaller, &scene));
}

#[test]
fn an_unchanged_frame_sends_no_cell() {
    let area = Rect::new(0, 0, 20, 5);
    let scene: Scene = vec![(0, 0, "the same text".into(), 2)];
    let mut encoder = FrameEncoder::new(Vec::new());
    encoder.draw(area, |b| paint(b, &scene), None).unwrap();
    encoder.writer.clear();
    encoder.draw(area, |b| paint(b, &scene), None).unwrap();
    assert_eq!(
        encoder.writer,
        [BEGIN_SYNCHRONIZED, END_SYNCHRONIZED].concat()
    );
}

#[test]
fn a_changed_row_is_redrawn_from_its_first_to_its_last_change_only() {
    let area = Rect::new(0, 0, 20, 2);
    let mut encoder = FrameEncoder::new(Vec::new());
    encoder
        .draw(
            area,
            |b| paint(b, &vec![(0, 0, "abcdefgh".into(), 0)]),
            None,
        )
        .unwrap();
    encoder.writer.clear();
    encoder
        .draw(
            area,
            |b| paint(b, &vec![(0, 0, "abXdeYgh".into(), 0)]),
            None,
        )
        .unwrap();
    let sent = String::from_utf8(encoder.writer.clone()).unwrap();
    assert!(sent.contains("\x1b[1;3HXdeY"), "{sent:?}");
}

#[test]
fn the_cursor_is_shown_where_asked_and_hidden_otherwise() {
    let area = Rect::new(0, 0, 20, 5);
    let mut encoder = FrameEncoder::new(Vec::new());
    let mut parser = emulator(5, 20);
    parser.process(HIDE_CURSOR);
    let scene: Scene = vec![(0, 4, "/query".into(), 0)];
    encoder
        .draw(area, |b| paint(b, &scene), Some(Position::new(6, 4)))
        .unwrap();
    parser.process(&encoder.writer);
    encoder.writer.clear();
    assert!(!parser.screen().hide_cursor());
    assert_eq!(parser.screen().cursor_position(), (4, 6));
    encoder.draw(area, |b| paint(b, &scene), None).unwrap();
    parser.process(&encoder.writer);
    assert!(parser.screen().hide_cursor());
}

#[test]
fn a_frame_reaches_the_terminal_in_one_write() {
    /// Counts the `write` calls that reach it.
    struct CountingWriter(usize);
    impl io::Write for CountingWriter {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0 += 1;
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let area = Rect::new(0, 0, 200, 60);
    let line = "Au commencement, Dieu créa les cieux et la terre. ".repeat(4);
    let scene: Scene = (0..60)
        .map(|y| (0, y, line.clone(), (y % 8) as usize))
        .collect();
    let mut encoder = FrameEncoder::new(CountingWriter(0));
    encoder.draw(area, |b| paint(b, &scene), None).unwrap();
    assert_eq!(encoder.writer.0, 1);
}

#[test]
fn cursor_moves_are_the_crossterm_sequences() {
    for (x, y) in [(0, 0), (9, 9), (10, 99), (199, 59), (1000, 65000)] {
        let mut ours = Vec::new();
        move_to(&mut ours, x, y);
        let mut reference = Vec::new();
        queue!(reference, ratatui::crossterm::cursor::MoveTo(x, y)).unwrap();
        assert_eq!(ours, reference, "{x}, {y}");
    }
}

#[test]
fn colours_are_sent_as_crossterm_sends_them() {
    use ratatui::backend::IntoCrossterm;
    use ratatui::crossterm::style::{Colors, SetColors, SetUnderlineColor};
    let literal = |role, color| {
        let mut out = Vec::new();
        push_color(&mut out, role, color);
        String::from_utf8(out).unwrap()
    };
    // crossterm's numbering of the named colours, written out.
    let named_indices = [
        (Color::Black, 0),
        (Color::Red, 1),
        (Color::Green, 2),
        (Color::Yellow, 3),
        (Color::Blue, 4),
        (Color::Magenta, 5),
        (Color::Cyan, 6),
        (Color::Gray, 7),
        (Color::DarkGray, 8),
        (Color::LightRed, 9),
        (Color::LightGreen, 10),
        (Color::LightYellow, 11),
        (Color::LightBlue, 12),
        (Color::LightMagenta, 13),
        (Color::LightCyan, 14),
        (Color::White, 15),
    ];
    for (color, index) in named_indices {
        assert_eq!(
            literal(ColorRole::Foreground, color),
            format!("38;5;{index}")
        );
        assert_eq!(
            literal(ColorRole::Background, color),
            format!("48;5;{index}")
        );
    }
    assert_eq!(
        literal(ColorRole::Background, Color::Rgb(0, 10, 255)),
        "48;2;0;10;255"
    );
    assert_eq!(
        literal(ColorRole::Foreground, Color::Indexed(200)),
        "38;5;200"
    );
    assert_eq!(literal(ColorRole::Foreground, Color::Reset), "39");
    assert_eq!(literal(ColorRole::Underline, Color::Reset), "59");
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        // crossterm then sends no colours at all; the written-out table above still ran.
        return;
    }
    let named = [
        Color::Reset,
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
        Color::Indexed(0),
        Color::Indexed(17),
        Color::Indexed(255),
        Color::Rgb(0, 0, 0),
        Color::Rgb(9, 99, 199),
        Color::Rgb(255, 255, 255),
    ];
    let params = |role, color| {
        let mut out = Vec::new();
        push_color(&mut out, role, color);
        out
    };
    for fg in named {
        for bg in named {
            let sent = [
                &b"\x1b["[..],
                &params(ColorRole::Foreground, fg),
                b";",
                &params(ColorRole::Background, bg),
                b"m",
            ]
            .concat();
            let mut expected = Vec::new();
            let colors = Colors::new(fg.into_crossterm(), bg.into_crossterm());
            queue!(expected, SetColors(colors)).unwrap();
            assert_eq!(sent, expected, "{fg:?} on {bg:?}");
        }
        let sent = [&b"\x1b["[..], &params(ColorRole::Underline, fg), b"m"].concat();
        let mut expected = Vec::new();
        queue!(expected, SetUnderlineColor(fg.into_crossterm())).unwrap();
        assert_eq!(sent, expected, "underline {fg:?}");
    }
}

#[test]
fn a_style_change_is_one_sequence_with_only_what_changes() {
    let change = |from: Pen, to: Pen| {
        let mut pen = from;
        let mut out = Vec::new();
        pen.change_to(to, &mut out);
        String::from_utf8(out).unwrap()
    };
    let bold_red = Pen {
        fg: Color::Red,
        modifier: Modifier::BOLD,
        ..Pen::RESET
    };
    let blue_on_rgb = Pen {
        fg: Color::Blue,
        bg: Color::Rgb(1, 2, 3),
        ..Pen::RESET
    };
    assert_eq!(change(bold_red, blue_on_rgb), "\x1b[22;38;5;4;48;2;1;2;3m");
    assert_eq!(change(blue_on_rgb, Pen::RESET), "\x1b[39;49m");
    let dim_italic = Pen {
        modifier: Modifier::DIM | Modifier::ITALIC,
        ..Pen::RESET
    };
    // Bold replaces dim: normal intensity, then bold; italic stays.
    let bold_italic = Pen {
        modifier: Modifier::BOLD | Modifier::ITALIC,
        ..Pen::RESET
    };
    assert_eq!(change(dim_italic, bold_italic), "\x1b[22;1m");
    assert_eq!(change(bold_italic, bold_italic), "");
}

#[test]
fn attributes_are_sent_as_crossterm_sends_them() {
    use ratatui::crossterm::style::{Attribute, SetAttribute};
    let codes = [
        (SGR_BOLD, Attribute::Bold),
        (SGR_DIM, Attribute::Dim),
        (SGR_ITALIC, Attribute::Italic),
        (SGR_UNDERLINED, Attribute::Underlined),
        (SGR_SLOW_BLINK, Attribute::SlowBlink),
        (SGR_RAPID_BLINK, Attribute::RapidBlink),
        (SGR_REVERSE, Attribute::Reverse),
        (SGR_HIDDEN, Attribute::Hidden),
        (SGR_CROSSED_OUT, Attribute::CrossedOut),
        (SGR_NORMAL_INTENSITY, Attribute::NormalIntensity),
        (SGR_NO_ITALIC, Attribute::NoItalic),
        (SGR_NO_UNDERLINE, Attribute::NoUnderline),
        (SGR_NO_BLINK, Attribute::NoBlink),
        (SGR_NO_REVERSE, Attribute::NoReverse),
        (SGR_NO_HIDDEN, Attribute::NoHidden),
        (SGR_NOT_CROSSED_OUT, Attribute::NotCrossedOut),
    ];
    for (code, attribute) in codes {
        let mut expected = Vec::new();
        queue!(expected, SetAttribute(attribute)).unwrap();
        assert_eq!(
            format!("\x1b[{code}m").into_bytes(),
            expected,
            "{attribute:?}"
        );
    }
}

#[test]
fn after_a_failed_write_the_next_frame_starts_from_a_cleared_screen() {
    /// Fails the write it is told to, accepts the others.
    struct FailingOnce(Option<usize>, Vec<u8>);
    impl io::Write for FailingOnce {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            match self.0.as_mut() {
                Some(0) => {
                    self.0 = None;
                    Err(io::Error::other("terminal gone"))
                }
                Some(n) => {
                    *n -= 1;
                    self.1.extend_from_slice(buf);
                    Ok(buf.len())
                }
                None => {
                    self.1.extend_from_slice(buf);
                    Ok(buf.len())
                }
            }
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let area = Rect::new(0, 0, 20, 2);
    let scene: Scene = vec![(0, 0, "same".into(), 0)];
    let mut encoder = FrameEncoder::new(FailingOnce(Some(1), Vec::new()));
    encoder.draw(area, |b| paint(b, &scene), None).unwrap();
    assert!(encoder.draw(area, |b| paint(b, &scene), None).is_err());
    encoder.writer.1.clear();
    encoder.draw(area, |b| paint(b, &scene), None).unwrap();
    let sent = String::from_utf8(encoder.writer.1.clone()).unwrap();
    assert!(
        sent.contains("\x1b[2J") && sent.contains("same"),
        "{sent:?}"
    );
}

#[test]
fn the_cursor_is_put_back_in_step_after_a_wide_character() {
    // ratatui gives the halfwidth "ｶﾞ" three columns; vt100, like many terminals, two.
    let area = Rect::new(0, 0, 20, 1);
    let scene: Scene = vec![(0, 0, "ｶﾞabc".into(), 0), (8, 0, "end".into(), 0)];
    let buffer = painted(area, &scene);
    assert_eq!(buffer[(3, 0)].symbol(), "a", "ratatui's layout");
    let mut encoder = FrameEncoder::new(Vec::new());
    let mut parser = emulator(1, 20);
    draw_into(&mut encoder, &mut parser, area, &scene);
    let shown = |x| parser.screen().cell(0, x).unwrap().contents().to_string();
    assert_eq!(shown(3), "a");
    assert_eq!(shown(8), "e");
}
