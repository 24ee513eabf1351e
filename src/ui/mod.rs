//! Pure rendering: `render_buffer(&State, Rect, &mut Buffer)` draws the state and changes
//! nothing (the reader's screen calls it; `render` does the same on a ratatui `Frame`).

pub mod fit;
pub mod gutter;
pub mod help;
pub mod matrix;
pub mod overview;
pub mod panes;
pub mod passages;
pub mod quotes;
pub mod status;
pub mod theme;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::app::state::{Overlay, State};
use crate::core::side::Side;
use theme::Theme;

/// Draws the whole screen for `state` on a ratatui frame, cursor included (the snapshot tests
/// and the bench's comparison with ratatui's `Terminal` use it).
pub fn render(state: &State, frame: &mut Frame) {
    let area = frame.area();
    render_buffer(state, area, frame.buffer_mut());
    if let Some(cursor) = status::cursor(state) {
        frame.set_cursor_position(cursor);
    }
}

/// Draws into a buffer: what the reader's screen sends (the cursor is `status::cursor`).
pub fn render_buffer(state: &State, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(state.no_color);
    if state.areas.too_small || state.areas.size != area {
        render_too_small(area, buf);
        return;
    }
    for side in Side::BOTH {
        panes::render_pane(state, side, &theme, buf);
    }
    if let Some(sep) = state.areas.separator {
        for y in sep.top()..sep.bottom() {
            buf.set_stringn(sep.x, y, "│", 1, theme.separator);
        }
    }
    if let Some(g) = state.areas.gutter {
        gutter::render_gutter(state, &theme, g, buf);
    }
    if let Some(q) = state.areas.quotes {
        if state.matrix_shown() {
            matrix::render_matrix(state, &theme, q, buf);
        } else {
            quotes::render_panel(state, &theme, q, buf);
        }
    }
    if state.overview.visible {
        let body = crate::app::overview::Overview::body(&state.areas);
        overview::render_overview(state, &theme, body, buf);
    }
    if let Some(p) = state.areas.passages {
        passages::render_panel(state, &theme, p, buf);
    }
    status::render_status(state, &theme, state.areas.status, buf);
    if let Some(variants) = &state.matrix.variants {
        matrix::render_variants(state, &theme, variants, buf);
    }
    match &state.overlay {
        Overlay::None => {}
        Overlay::Help => help::render_help(&state.help, &theme, buf),
        Overlay::Detail(detail) => quotes::render_detail(state, &theme, detail, area, buf),
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer) {
    // Narrow, the short words: the way out must show whatever the width.
    let lines = if area.width >= 21 {
        ["terminal too small", "enlarge it or press q"]
    } else {
        ["too small", "q quits"]
    };
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        buf.set_stringn(
            area.x,
            y,
            line,
            area.width as usize,
            ratatui::style::Style::new(),
        );
    }
}

/// A centred box of at most `width` × `height` inside `area`, cleared and framed.
pub fn overlay_box(title: &str, width: u16, height: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    framed_box(title, r, buf)
}

/// `area` cleared and framed, with `title` on the frame; returns what is inside the frame.
pub fn framed_box(title: &str, area: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

#[cfg(test)]
pub(crate) mod tests {
    //! Rendering tests of the whole screen against a `Buffer`, and the states and lookups the
    //! rendering tests of each area use.

    use std::sync::Arc;

    use ratatui::buffer::Buffer;
    use ratatui::style::{Color, Modifier};

    use super::render_buffer;
    use crate::app::action::Action;
    use crate::app::analysis::Analysis;
    use crate::app::analysis::tests::passage;
    use crate::app::state::State;
    use crate::core::bundled;
    use crate::core::compare::{Comparison, PassageKind};
    use crate::core::diff::{Mark, MarkKind};
    use crate::core::document::Document;
    use crate::core::quotes::Quote;
    use crate::core::side::{DocId, Pair, Side};

    pub fn state(left: &str, right: &str, width: u16, height: u16) -> State {
        let doc = |t: &str| Arc::new(Document::from_bytes("doc.txt", t.as_bytes()).unwrap());
        let mut s = State::new(doc(left), doc(right));
        s.update(Action::Resize(width, height));
        s
    }

    pub fn doc_named(name: &str, text: &str) -> Arc<Document> {
        Arc::new(Document::from_bytes(name, text.as_bytes()).unwrap())
    }

    pub const SOURCE: &str = "Trois usines vont fermer\n\n\
        Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le nord \
        du pays, qui emploient au total 1 200 salariés. « Nous n'avons pas le choix, le marché \
        s'est effondré », a déclaré Jean Dupont devant la presse.\n\n\
        Les syndicats appellent à une grève générale dès jeudi dans les trois sites concernés.\n";

    /// The source, a copy, a brief taking its last sentence, and an unrelated article, every
    /// pair analysed, at `width` × `height`.
    pub fn several(width: u16, height: u16) -> State {
        let rewrites = [
            (
                "copy.txt",
                "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines \
              dans le nord du pays, qui emploient au total 1 200 salariés. « Nous n'avons pas le \
              choix », a déclaré Jean Dupont. Les syndicats appellent à une grève générale dès \
              jeudi dans les trois sites concernés.\n",
            ),
            (
                "brief.txt",
                "En bref. Les syndicats appellent à une grève générale dès jeudi dans les \
              trois sites concernés. La météo sera clémente.\n",
            ),
            (
                "festival.txt",
                "Le festival de musique ouvre ses portes vendredi à Lyon.\n",
            ),
        ];
        let docs: Vec<Arc<Document>> = rewrites.iter().map(|(n, t)| doc_named(n, t)).collect();
        analysed(doc_named("source.txt", SOURCE), docs, width, height)
    }

    /// A reader on `texts` (the source first), every pair analysed.
    pub fn several_of(texts: &[&str], width: u16, height: u16) -> State {
        let docs: Vec<Arc<Document>> = texts.iter().map(|t| doc_named("doc.txt", t)).collect();
        analysed(Arc::clone(&docs[0]), docs[1..].to_vec(), width, height)
    }

    fn analysed(
        source: Arc<Document>,
        rewrites: Vec<Arc<Document>>,
        width: u16,
        height: u16,
    ) -> State {
        let mut s = State::open(
            Arc::clone(&source),
            Arc::clone(&rewrites[0]),
            rewrites[1..].to_vec(),
        );
        s.update(Action::Resize(width, height));
        let analyses: Vec<Arc<Analysis>> = rewrites
            .iter()
            .enumerate()
            .map(|(n, r)| {
                let pair = Pair::new(DocId::SOURCE, DocId(n + 1));
                let done =
                    crate::app::analysis::analyse(pair, Pair::new(&*source, &**r), &mut |_| true);
                Arc::new(done.expect("not cancelled"))
            })
            .collect();
        s.update(Action::PairsDone { analyses });
        s
    }

    /// Six rewrites of the source, none compared yet.
    pub fn several_pending(width: u16, height: u16) -> State {
        let rewrites: Vec<Arc<Document>> = (1..=6)
            .map(|n| {
                doc_named(
                    &format!("r{n}.txt"),
                    "Le festival de musique ouvre vendredi.\n",
                )
            })
            .collect();
        let mut s = State::open(
            doc_named("source.txt", SOURCE),
            Arc::clone(&rewrites[0]),
            rewrites[1..].to_vec(),
        );
        s.update(Action::Resize(width, height));
        s
    }

    /// The bundled pair, laid out.
    pub fn bundled_state(width: u16, height: u16) -> State {
        let (l, r) = bundled::bundled_pair();
        let mut s = State::new(Arc::new(l), Arc::new(r));
        s.update(Action::Resize(width, height));
        s
    }

    pub fn draw(state: &State) -> Buffer {
        let area = state.areas.size;
        let mut buf = Buffer::empty(area);
        render_buffer(state, area, &mut buf);
        buf
    }

    pub fn row_text(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    /// The cell where `needle` starts on screen (first occurrence, row by row).
    pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
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

    pub fn with_analysis(left: &str, right: &str) -> State {
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
            doc: DocId::SOURCE,
            spans: std::iter::once(q_start + 3..q_end - 3).collect(),
            outer: q_start..q_end,
            text: "liens".into(),
            speaker: None,
            speaker_type: None,
            speaker_mention: None,
            via: None,
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
            Pair::new(DocId::SOURCE, DocId(1)),
            comparison,
            vec![quote],
        ))));
        s
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
            s.update(Action::TogglePassages);
            let buf = draw(&s);
            if s.areas.too_small {
                let (first, second) = if w >= 21 {
                    ("terminal too small", "enlarge it or press q")
                } else {
                    ("too small", "q quits")
                };
                assert!(row_text(&buf, 0).starts_with(&first[..(w as usize).min(first.len())]));
                if h > 1 && w as usize >= second.len() {
                    assert!(row_text(&buf, 1).starts_with(second), "{w}×{h}");
                }
            }
        }
    }
}
