//! The frame encoder: remembers what the terminal shows and sends each new frame as one write that
//! redraws, in each row that changed, the cells from its first change to its last.
//!
//! Why not ratatui's `Terminal::draw` (which the tests and snapshots still use): its diff looks
//! at every cell of both frames one by one, measuring widths and yielding each changed cell with
//! its coordinates, and its crossterm backend formats every cell through `fmt` (on `Stdout`, with
//! a lock and a flush per kilobyte). A page of text changes nearly every cell, so that made a key
//! on a full screen (the Bible pair) 2.6 times dearer than on the half-empty bundled pair. Here a
//! changed row costs two scans that stop at its first and last change, then a copy of its bytes.
//! The frame is wrapped in a synchronized update, so no terminal ever shows half of it.

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier};

/// Begin and end of a synchronized update (DEC mode 2026): terminals without it ignore both.
const BEGIN_SYNCHRONIZED: &[u8] = b"\x1b[?2026h";
const END_SYNCHRONIZED: &[u8] = b"\x1b[?2026l";
/// All attributes off, then the whole screen erased (to the default background).
const RESET_AND_CLEAR: &[u8] = b"\x1b[0m\x1b[2J";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";
/// How far to the left a change is widened to redraw whole characters: well beyond the widest
/// character ratatui lays out (two columns, one more per halfwidth sound mark).
const WIDEST_CHARACTER: usize = 8;

/// What the terminal shows, and the means to change it.
pub struct FrameEncoder<W: Write> {
    writer: W,
    /// The frame on the terminal (empty, with a zero area, before the first one).
    shown: Buffer,
    /// The frame being drawn; kept between frames so its cells are reused.
    next: Buffer,
    /// The bytes of the frame being sent, kept so the allocation is reused.
    out: Vec<u8>,
    /// Per row of `shown`: whether it may hold a wide character (see `encode_changes`).
    wide_rows: Vec<bool>,
    /// The terminal's content is unknown: clear it before the next frame.
    must_clear: bool,
    cursor_visible: bool,
}

impl<W: Write> FrameEncoder<W> {
    /// An encoder on `writer`, whose terminal has the cursor hidden (the reader hides it on entry).
    pub fn new(writer: W) -> Self {
        Self {
            writer,
            shown: Buffer::empty(Rect::ZERO),
            next: Buffer::empty(Rect::ZERO),
            out: Vec::with_capacity(64 * 1024),
            wide_rows: Vec::new(),
            must_clear: true,
            cursor_visible: false,
        }
    }

    /// Forgets what the terminal shows: the next frame clears it and draws every cell.
    pub fn redraw_all(&mut self) {
        self.must_clear = true;
    }

    /// The terminal's modes were set up again (after a stop): it shows none of what was sent,
    /// and its cursor is hidden.
    pub fn modes_reset(&mut self) {
        self.must_clear = true;
        self.cursor_visible = false;
    }

    /// Draws one frame of `area`: `paint` fills a cleared buffer, and the text cursor is shown
    /// at `cursor` (hidden when `None`). A new area clears the terminal first: after a resize,
    /// what it shows is not known.
    pub fn draw(
        &mut self,
        area: Rect,
        paint: impl FnOnce(&mut Buffer),
        cursor: Option<Position>,
    ) -> io::Result<()> {
        self.out.clear();
        self.out.extend_from_slice(BEGIN_SYNCHRONIZED);
        if area != self.shown.area {
            self.shown.resize(area);
            self.next.resize(area);
            self.wide_rows.resize(usize::from(area.height), false);
            self.must_clear = true;
        }
        if self.must_clear {
            self.shown.reset();
            self.wide_rows.fill(false);
            self.out.extend_from_slice(RESET_AND_CLEAR);
            self.must_clear = false;
        }
        self.next.reset();
        paint(&mut self.next);
        encode_changes(&self.shown, &self.next, &mut self.wide_rows, &mut self.out);
        match cursor {
            Some(Position { x, y }) => {
                move_to(&mut self.out, x, y);
                if !self.cursor_visible {
                    self.out.extend_from_slice(SHOW_CURSOR);
                }
            }
            None if self.cursor_visible => self.out.extend_from_slice(HIDE_CURSOR),
            None => {}
        }
        self.out.extend_from_slice(END_SYNCHRONIZED);
        let sent = self
            .writer
            .write_all(&self.out)
            .and_then(|()| self.writer.flush());
        if let Err(err) = sent {
            // Part of the frame may have arrived: what the terminal shows is no longer known.
            self.must_clear = true;
            return Err(err);
        }
        self.cursor_visible = cursor.is_some();
        std::mem::swap(&mut self.shown, &mut self.next);
        Ok(())
    }
}

/// Width of a cell on the terminal (at least one: a cell always takes its column). Cells'
/// `diff_option` (skip, forced width: for image protocols) is not honoured; no widget here
/// sets it.
fn cell_width(cell: &Cell) -> usize {
    symbol_width(cell.symbol())
}

#[inline]
fn symbol_width(symbol: &str) -> usize {
    // PERF: one byte is one column (control characters never reach a cell).
    if symbol.len() == 1 {
        1
    } else {
        usize::from(symbol.cell_width()).max(1)
    }
}

/// Appends the bytes that turn a terminal showing `shown` into one showing `next` (same area).
/// Each changed row is redrawn from its first changed cell to its last, widened to whole
/// characters of both frames (overwriting half of a wide character erases all of it).
/// `wide_rows` tells, per row, whether `shown` may hold a wide character there, and is updated
/// for `next`: rows without any skip looking under each redrawn cell for one.
fn encode_changes(shown: &Buffer, next: &Buffer, wide_rows: &mut [bool], out: &mut Vec<u8>) {
    let area = next.area;
    let width = usize::from(area.width);
    if width == 0 {
        return;
    }
    let mut pen = Pen::RESET;
    let rows = shown.content.chunks(width).zip(next.content.chunks(width));
    for ((y, (old, new)), may_be_wide) in (area.y..).zip(rows).zip(wide_rows.iter_mut()) {
        let Some(first) = old.iter().zip(new).position(|(a, b)| a != b) else {
            continue;
        };
        let last = old
            .iter()
            .zip(new)
            .rposition(|(a, b)| a != b)
            .unwrap_or(first);
        let start = whole_character_start(old, new, first);
        let mut x = start;
        let mut end = last + 1;
        let mut drew_wide = false;
        move_to(out, area.x + x as u16, y);
        while x < end {
            if !*may_be_wide {
                // PERF: the usual run, one-byte characters over a row that held no wide
                // character, is copied without the width checks below.
                for cell in &new[x..end] {
                    let &[byte] = cell.symbol().as_bytes() else {
                        break;
                    };
                    let looks_alike =
                        pen.is_of(cell) || (byte == b' ' && pen.blank_looks_alike(cell));
                    if !looks_alike {
                        pen.change_to(Pen::of(cell), out);
                    }
                    out.push(byte);
                    x += 1;
                }
                if x == end {
                    break;
                }
            }
            let cell = &new[x];
            let symbol = cell.symbol();
            let mut cell_span = symbol_width(symbol);
            let fits = x + cell_span <= width;
            if !fits {
                cell_span = 1;
            }
            drew_wide |= cell_span > 1;
            if *may_be_wide {
                // Old characters under this one may reach further right; redraw to their end.
                for (offset, under) in old[x..x + cell_span].iter().enumerate() {
                    end = end.max(x + offset + cell_width(under));
                }
            }
            end = end.clamp(x + cell_span, width);
            let looks_alike = pen.is_of(cell) || (symbol == " " && pen.blank_looks_alike(cell));
            if !looks_alike {
                pen.change_to(Pen::of(cell), out);
            }
            match symbol.as_bytes() {
                // PERF: most cells hold one byte; a push beats a `memcpy` call.
                [byte] => out.push(*byte),
                // Nothing printable, or a wide character cut by the right edge: a blank keeps
                // the columns in step.
                bytes if !fits || bytes.is_empty() || symbol.cell_width() == 0 => out.push(b' '),
                bytes => out.extend_from_slice(bytes),
            }
            x += cell_span;
            if cell_span > 1 && x < end {
                // Terminals do not all agree on the width of every wide character (emoji with a
                // variation selector, newer emoji, halfwidth sound marks): put the cursor where
                // the next cell is rather than trust it to be there.
                move_to(out, area.x + x as u16, y);
            }
        }
        // Outside the redrawn span the row is as it was.
        let whole_row = start == 0 && end == width;
        *may_be_wide = drew_wide || (*may_be_wide && !whole_row);
    }
    if pen != Pen::RESET {
        out.extend_from_slice(b"\x1b[0m");
    }
}

/// `first`, moved left to the start of any character (of either frame) that covers it.
fn whole_character_start(old: &[Cell], new: &[Cell], first: usize) -> usize {
    let mut start = first;
    loop {
        let covering = (start.saturating_sub(WIDEST_CHARACTER)..start)
            .find(|&j| j + cell_width(&old[j]) > start || j + cell_width(&new[j]) > start);
        match covering {
            Some(j) => start = j,
            None => return start,
        }
    }
}

/// `MoveTo(x, y)`, formatted by hand: it starts every changed row.
fn move_to(out: &mut Vec<u8>, x: u16, y: u16) {
    out.extend_from_slice(b"\x1b[");
    push_decimal(out, u32::from(y) + 1);
    out.push(b';');
    push_decimal(out, u32::from(x) + 1);
    out.push(b'H');
}

fn push_decimal(out: &mut Vec<u8>, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &digit in &digits[start..] {
        out.push(digit);
    }
}

/// The pen: the style the terminal gives to the next character printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline_color: Color,
    modifier: Modifier,
}

impl Pen {
    const RESET: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline_color: Color::Reset,
        modifier: Modifier::empty(),
    };

    /// Whether `cell` is drawn with this pen (the cheapest field first).
    #[inline]
    fn is_of(&self, cell: &Cell) -> bool {
        cell.modifier == self.modifier
            && cell.fg == self.fg
            && cell.bg == self.bg
            && cell.underline_color == self.underline_color
    }

    /// Whether a blank drawn with this pen looks like a blank in `cell`'s style. A space shows
    /// its background, underline, reverse video and strike-through, but not its foreground
    /// colour, weight or slant. PERF: the space between two marked words then needs no change
    /// of style and back (a compared page has hundreds).
    #[inline]
    fn blank_looks_alike(&self, cell: &Cell) -> bool {
        // Blink too: some consoles show it as a bright background.
        const SHOWN_ON_BLANK: Modifier = Modifier::UNDERLINED
            .union(Modifier::REVERSED)
            .union(Modifier::CROSSED_OUT)
            .union(Modifier::SLOW_BLINK)
            .union(Modifier::RAPID_BLINK);
        cell.bg == self.bg && !(cell.modifier | self.modifier).intersects(SHOWN_ON_BLANK)
    }

    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline_color: cell.underline_color,
            modifier: cell.modifier,
        }
    }

    /// Appends what changes the terminal's pen from `self` to `to`, and becomes `to`: one SGR
    /// sequence with only what changes (attributes, then colours). PERF: a compared page
    /// changes style at every marked word, some 1 700 times; crossterm's commands through `fmt`
    /// made that a tenth of the frame, and sending both colours each time doubled the bytes.
    /// The sequence is put together on the stack, then appended in one copy.
    fn change_to(&mut self, to: Pen, out: &mut Vec<u8>) {
        let mut sgr = Sgr::default();
        if to.modifier != self.modifier {
            modifier_change(self.modifier, to.modifier, |code| {
                sgr.separate();
                push_small(&mut sgr, code);
            });
        }
        let colours = [
            (ColorRole::Foreground, self.fg, to.fg),
            (ColorRole::Background, self.bg, to.bg),
            (
                ColorRole::Underline,
                self.underline_color,
                to.underline_color,
            ),
        ];
        for (role, from, to) in colours {
            if from != to {
                sgr.separate();
                push_color(&mut sgr, role, to);
            }
        }
        // Nothing changed: an empty `ESC [ m` would reset everything.
        if sgr.len > Sgr::START {
            sgr.push(b'm');
            sgr.append_to(out);
        }
        *self = to;
    }
}

/// Where SGR parameters are written: a sequence being put together, or any byte vector.
trait Bytes {
    fn push(&mut self, byte: u8);
    fn extend(&mut self, bytes: &[u8]);
}

impl Bytes for Vec<u8> {
    fn push(&mut self, byte: u8) {
        Vec::push(self, byte);
    }
    fn extend(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// One SGR sequence, put together on the stack: `ESC [`, at most 16 attribute codes (3 bytes
/// each with their separator) and three colours (`;58;2;255;255;255`, 17 bytes), `m`.
struct Sgr {
    bytes: [u8; 112],
    len: usize,
}

impl Default for Sgr {
    fn default() -> Self {
        let mut bytes = [0; 112];
        bytes[..Sgr::START].copy_from_slice(b"\x1b[");
        Self {
            bytes,
            len: Sgr::START,
        }
    }
}

impl Sgr {
    /// Where the parameters start, after `ESC [`.
    const START: usize = 2;

    /// Appends the sequence to `out`. PERF: the whole buffer is copied (a fixed size, no call
    /// to `memcpy`), then cut back to the sequence.
    #[inline]
    fn append_to(&self, out: &mut Vec<u8>) {
        let end = out.len() + self.len;
        out.extend_from_slice(&self.bytes);
        out.truncate(end);
    }

    /// A `;` before any parameter but the first.
    #[inline]
    fn separate(&mut self) {
        if self.len > Sgr::START {
            self.push(b';');
        }
    }
}

impl Bytes for Sgr {
    #[inline]
    fn push(&mut self, byte: u8) {
        self.bytes[self.len] = byte;
        self.len += 1;
    }
    #[inline]
    fn extend(&mut self, bytes: &[u8]) {
        self.bytes[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }
}

/// `n` in decimal, for the parameters of an SGR sequence (codes, colour indices, channels).
#[inline]
fn push_small(out: &mut impl Bytes, n: u8) {
    if n >= 100 {
        out.push(b'0' + n / 100);
    }
    if n >= 10 {
        out.push(b'0' + n / 10 % 10);
    }
    out.push(b'0' + n % 10);
}

#[derive(Clone, Copy)]
enum ColorRole {
    Foreground,
    Background,
    Underline,
}

/// The SGR parameters selecting `color` for `role` (`38;5;1`, `48;2;10;20;30`, `39`...).
/// PERF: the colour's variant is first read as a number from a table (`color_code`); a `match`
/// over every variant with its payload was a jump the processor mispredicted at most changes of
/// style when colours alternate (callgrind: one per change on a compared Bible page).
fn push_color(out: &mut impl Bytes, role: ColorRole, color: Color) {
    let (set, reset): (&[u8], &[u8]) = match role {
        ColorRole::Foreground => (b"38;", b"39"),
        ColorRole::Background => (b"48;", b"49"),
        ColorRole::Underline => (b"58;", b"59"),
    };
    let code = color_code(color);
    let index = if code < CODE_RESET {
        code
    } else if code == CODE_RESET {
        out.extend(reset);
        return;
    } else if let Color::Indexed(index) = color {
        index
    } else if let Color::Rgb(r, g, b) = color {
        out.extend(set);
        out.extend(b"2;");
        push_small(out, r);
        out.push(b';');
        push_small(out, g);
        out.push(b';');
        push_small(out, b);
        return;
    } else {
        unreachable!("color_code tells every variant")
    };
    out.extend(set);
    out.extend(b"5;");
    push_small(out, index);
}

/// `color_code` of `Color::Reset`, `Color::Indexed` and `Color::Rgb`; 0–15 are the named colours.
const CODE_RESET: u8 = 16;
const CODE_INDEXED: u8 = 17;
const CODE_RGB: u8 = 18;

/// The 16 named colours as indexed colours, in crossterm's numbering, and a code of their own
/// for the others. Every arm is a constant, so that this compiles to a table; not inlined, or
/// the compiler merges it with `push_color`'s tests into the jump it replaces.
#[inline(never)]
fn color_code(color: Color) -> u8 {
    match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Reset => CODE_RESET,
        Color::Indexed(_) => CODE_INDEXED,
        Color::Rgb(..) => CODE_RGB,
    }
}

/// SGR codes switching attributes on (bold 1 … crossed out 9) and off.
const SGR_BOLD: u8 = 1;
const SGR_DIM: u8 = 2;
const SGR_ITALIC: u8 = 3;
const SGR_UNDERLINED: u8 = 4;
const SGR_SLOW_BLINK: u8 = 5;
const SGR_RAPID_BLINK: u8 = 6;
const SGR_REVERSE: u8 = 7;
const SGR_HIDDEN: u8 = 8;
const SGR_CROSSED_OUT: u8 = 9;
const SGR_NORMAL_INTENSITY: u8 = 22;
const SGR_NO_ITALIC: u8 = 23;
const SGR_NO_UNDERLINE: u8 = 24;
const SGR_NO_BLINK: u8 = 25;
const SGR_NO_REVERSE: u8 = 27;
const SGR_NO_HIDDEN: u8 = 28;
const SGR_NOT_CROSSED_OUT: u8 = 29;

/// The SGR codes changing the attributes from `from` to `to`, in order. Some attributes are switched off in pairs (bold
/// and dim by "normal intensity", both blinks by "no blink"): the one of a pair that stays is
/// switched on again.
fn modifier_change(from: Modifier, to: Modifier, mut emit: impl FnMut(u8)) {
    let switches_off = [
        (Modifier::REVERSED, SGR_NO_REVERSE),
        (Modifier::BOLD | Modifier::DIM, SGR_NORMAL_INTENSITY),
        (Modifier::ITALIC, SGR_NO_ITALIC),
        (Modifier::UNDERLINED, SGR_NO_UNDERLINE),
        (Modifier::CROSSED_OUT, SGR_NOT_CROSSED_OUT),
        (Modifier::HIDDEN, SGR_NO_HIDDEN),
        (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, SGR_NO_BLINK),
    ];
    let switches_on = [
        (Modifier::REVERSED, SGR_REVERSE),
        (Modifier::BOLD, SGR_BOLD),
        (Modifier::DIM, SGR_DIM),
        (Modifier::ITALIC, SGR_ITALIC),
        (Modifier::UNDERLINED, SGR_UNDERLINED),
        (Modifier::CROSSED_OUT, SGR_CROSSED_OUT),
        (Modifier::HIDDEN, SGR_HIDDEN),
        (Modifier::SLOW_BLINK, SGR_SLOW_BLINK),
        (Modifier::RAPID_BLINK, SGR_RAPID_BLINK),
    ];
    let removed = from - to;
    let mut switched_off = Modifier::empty();
    // PERF: each loop stops once nothing is left to send (a marked word switches bold, second).
    let mut left = removed;
    for (group, off) in switches_off {
        if left.is_empty() {
            break;
        }
        if left.intersects(group) {
            emit(off);
            switched_off |= group;
            left -= group;
        }
    }
    let mut left = to - (from - switched_off);
    for (modifier, on) in switches_on {
        if left.is_empty() {
            break;
        }
        if left.contains(modifier) {
            emit(on);
            left -= modifier;
        }
    }
}

#[cfg(test)]
mod tests {
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

    /// A change of pen as the encoder first sent it, parameter by parameter straight into the
    /// frame: the reference for `Sgr` and the early stops of `modifier_change`.
    fn reference_change(from: Pen, to: Pen) -> Vec<u8> {
        let mut out = b"\x1b[".to_vec();
        let separate = |out: &mut Vec<u8>| {
            if out.len() > 2 {
                out.push(b';');
            }
        };
        let switches_off = [
            (Modifier::REVERSED, SGR_NO_REVERSE),
            (Modifier::BOLD | Modifier::DIM, SGR_NORMAL_INTENSITY),
            (Modifier::ITALIC, SGR_NO_ITALIC),
            (Modifier::UNDERLINED, SGR_NO_UNDERLINE),
            (Modifier::CROSSED_OUT, SGR_NOT_CROSSED_OUT),
            (Modifier::HIDDEN, SGR_NO_HIDDEN),
            (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, SGR_NO_BLINK),
        ];
        let switches_on = [
            (Modifier::REVERSED, SGR_REVERSE),
            (Modifier::BOLD, SGR_BOLD),
            (Modifier::DIM, SGR_DIM),
            (Modifier::ITALIC, SGR_ITALIC),
            (Modifier::UNDERLINED, SGR_UNDERLINED),
            (Modifier::CROSSED_OUT, SGR_CROSSED_OUT),
            (Modifier::HIDDEN, SGR_HIDDEN),
            (Modifier::SLOW_BLINK, SGR_SLOW_BLINK),
            (Modifier::RAPID_BLINK, SGR_RAPID_BLINK),
        ];
        let removed = from.modifier - to.modifier;
        let mut switched_off = Modifier::empty();
        for (group, off) in switches_off {
            if removed.intersects(group) {
                separate(&mut out);
                push_decimal(&mut out, u32::from(off));
                switched_off |= group;
            }
        }
        let switch_on = to.modifier - (from.modifier - switched_off);
        for (modifier, on) in switches_on {
            if switch_on.contains(modifier) {
                separate(&mut out);
                push_decimal(&mut out, u32::from(on));
            }
        }
        let colours = [
            (ColorRole::Foreground, from.fg, to.fg),
            (ColorRole::Background, from.bg, to.bg),
            (
                ColorRole::Underline,
                from.underline_color,
                to.underline_color,
            ),
        ];
        for (role, old, new) in colours {
            if old != new {
                separate(&mut out);
                push_color(&mut out, role, new);
            }
        }
        if out.len() == 2 {
            out.clear();
        } else {
            out.push(b'm');
        }
        out
    }

    fn pen_strategy() -> impl Strategy<Value = Pen> {
        let colour = prop::sample::select(vec![
            Color::Reset,
            Color::Red,
            Color::LightCyan,
            Color::White,
            Color::Indexed(0),
            Color::Indexed(58),
            Color::Indexed(255),
            Color::Rgb(0, 0, 0),
            Color::Rgb(9, 99, 199),
            Color::Rgb(255, 255, 255),
        ]);
        (colour.clone(), colour.clone(), colour, any::<u16>()).prop_map(
            |(fg, bg, underline_color, bits)| Pen {
                fg,
                bg,
                underline_color,
                modifier: Modifier::from_bits_truncate(bits),
            },
        )
    }

    proptest! {
        /// Going from pen to pen, back and forth among a few as a compared page does, sends
        /// byte for byte what the first encoder sent.
        #[test]
        fn style_changes_send_the_same_bytes_as_before(
            pens in proptest::collection::vec(pen_strategy(), 1..8),
            walk in proptest::collection::vec(0usize..8, 0..60),
        ) {
            let mut pen = Pen::RESET;
            let (mut sent, mut expected) = (Vec::new(), Vec::new());
            for step in walk {
                let to = pens[step % pens.len()];
                expected.extend_from_slice(&reference_change(pen, to));
                pen.change_to(to, &mut sent);
                prop_assert!(pen == to);
            }
            prop_assert_eq!(sent, expected);
        }
    }
}
