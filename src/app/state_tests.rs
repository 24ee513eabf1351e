//! Tests of `State::update`: scrolling and its synchronisation, search, resize, focus, mouse.

use std::sync::Arc;

use super::*;
use crate::app::analysis::tests::passage;
use crate::core::bundled;
use crate::core::compare::{Comparison, Passage};

fn bundled(width: u16, height: u16) -> State {
    let (l, r) = bundled::bundled_pair();
    let mut state = State::new(Arc::new(l), Arc::new(r));
    state.update(Action::Resize(width, height));
    state
}

fn doc(text: &str) -> Arc<Document> {
    Arc::new(Document::from_bytes("t.txt", text.as_bytes()).unwrap())
}

/// A document of `n` numbered one-line paragraphs.
fn numbered(n: usize, word: &str) -> Arc<Document> {
    let text: String = (0..n).map(|i| format!("{word} {i}.\n")).collect();
    doc(&text)
}

#[test]
fn scrolling_is_clamped_to_the_document() {
    let mut s = bundled(80, 24);
    s.update(Action::ScrollRows(-5));
    assert_eq!(s.pane(Side::Left).top, 0);
    s.update(Action::GoBottom);
    let pane = s.pane(Side::Left);
    assert_eq!(pane.top, pane.wrapped.len() - s.text_height(Side::Left));
    s.update(Action::ScrollPage(1));
    assert_eq!(s.pane(Side::Left).top, pane_top(&s, Side::Left));
}

/// Hands `s` a finished analysis made of `passages` (no quotations).
fn analysis_done(s: &mut State, passages: Vec<Passage>) {
    let comparison = Comparison {
        passages,
        shared_left: 0.02,
        shared_right: 0.02,
    };
    s.update(Action::AnalysisDone(Arc::new(Analysis::new(
        crate::core::side::Pair::new(crate::core::side::DocId(0), crate::core::side::DocId(1)),
        comparison,
        vec![],
    ))));
}

fn pane_top(s: &State, side: Side) -> usize {
    s.pane(side).top
}

#[test]
fn synchronised_scrolling_moves_the_other_pane_both_ways() {
    let mut s = State::new(numbered(200, "gauche"), numbered(100, "droite"));
    s.update(Action::Resize(120, 22));
    s.update(Action::ScrollRows(100));
    let right = s.pane(Side::Right).top;
    assert!(right > 30 && right < 70, "right top {right}");
    s.update(Action::FocusRight);
    s.update(Action::GoTop);
    assert_eq!(s.pane(Side::Left).top, 0);
    s.update(Action::GoBottom);
    let left = s.pane(Side::Left);
    assert_eq!(left.top, left.wrapped.len() - s.text_height(Side::Left));
}

#[test]
fn sync_off_leaves_the_other_pane_alone() {
    let mut s = State::new(numbered(200, "a"), numbered(200, "b"));
    s.update(Action::Resize(120, 22));
    s.update(Action::ToggleSync);
    assert!(!s.sync);
    s.update(Action::ScrollRows(50));
    assert_eq!(s.pane(Side::Right).top, 0);
    s.update(Action::ToggleSync);
    assert!(s.pane(Side::Right).top > 0, "turning sync on re-aligns");
}

#[test]
fn scroll_map_follows_the_anchors_of_non_crossing_passages() {
    let left = numbered(100, "l");
    let right = numbered(100, "r");
    // Left paragraph 10 faces right paragraph 60; a crossing passage must not bend the map.
    let l10 = left.blocks[10].range.clone();
    let r60 = right.blocks[60].range.clone();
    let l50 = left.blocks[50].range.clone();
    let r5 = right.blocks[5].range.clone();
    let mut s = State::new(left, right);
    s.update(Action::Resize(120, 30));
    analysis_done(
        &mut s,
        vec![passage(l10, r60, false), passage(l50, r5, true)],
    );
    let l_row = s
        .pane(Side::Left)
        .wrapped
        .row_of(s.pane(Side::Left).doc.blocks[10].range.start);
    let r_row = s
        .pane(Side::Right)
        .wrapped
        .row_of(s.pane(Side::Right).doc.blocks[60].range.start);
    assert!((s.map.map(Side::Left, l_row as f64) - r_row as f64).abs() < 1e-9);
}

#[test]
fn passage_jumps_bring_the_counterpart_in_front_even_against_the_map() {
    let left = numbered(100, "l");
    let right = numbered(100, "r");
    let passages = vec![
        passage(
            left.blocks[20].range.clone(),
            right.blocks[20].range.clone(),
            false,
        ),
        passage(
            left.blocks[50].range.clone(),
            right.blocks[5].range.clone(),
            true,
        ),
    ];
    let mut s = State::new(left, right);
    s.update(Action::Resize(120, 30));
    analysis_done(&mut s, passages);
    s.update(Action::NextPassage);
    assert_eq!(s.jumped_passage, Some(0));
    s.update(Action::NextPassage);
    assert_eq!(s.jumped_passage, Some(1));
    let screen_line = |s: &State, side: Side, block: usize| {
        let pane = s.pane(side);
        pane.wrapped.row_of(pane.doc.blocks[block].range.start) as i64 - pane.top as i64
    };
    assert_eq!(
        screen_line(&s, Side::Left, 50),
        screen_line(&s, Side::Right, 5)
    );
    assert!(s.message.as_deref().unwrap_or("").contains("moved"));
    s.update(Action::NextPassage);
    assert_eq!(s.jumped_passage, Some(0), "wraps around");
    s.update(Action::PrevPassage);
    assert_eq!(s.jumped_passage, Some(1));
    // Near the end of a document the counterpart still faces the passage (past the end).
    let near_end = passage(
        s.pane(Side::Left).doc.blocks[3].range.clone(),
        s.pane(Side::Right).doc.blocks[99].range.clone(),
        true,
    );
    analysis_done(&mut s, vec![near_end]);
    s.update(Action::GoTop);
    s.update(Action::NextPassage);
    assert_eq!(
        screen_line(&s, Side::Left, 3),
        screen_line(&s, Side::Right, 99)
    );
    s.update(Action::ScrollRows(1));
    let right = s.pane(Side::Right);
    assert!(
        right.top <= right.wrapped.len() - s.text_height(Side::Right),
        "back through the map"
    );
}

#[test]
fn search_highlights_as_you_type_and_jumps_with_wraparound() {
    let mut s = State::new(numbered(300, "Pékin"), numbered(10, "Moscou"));
    s.update(Action::Resize(120, 22));
    s.update(Action::SearchOpen);
    assert_eq!(s.context(), Context::Search);
    for c in "pekin 29".chars() {
        s.update(Action::SearchInput(c));
    }
    // "Pékin 29" and "Pékin 290".."Pékin 299".
    assert_eq!(s.pane(Side::Left).hits.len(), 11);
    assert!(s.pane(Side::Right).hits.is_empty());
    s.update(Action::SearchSubmit);
    assert_eq!(s.context(), Context::Reader);
    assert_eq!(s.search.current, Some((Side::Left, 0)));
    let top = s.pane(Side::Left).top;
    assert!(top > 0, "jumped down to the match");
    for _ in 0..10 {
        s.update(Action::SearchNext);
    }
    assert_eq!(s.search.current, Some((Side::Left, 10)));
    s.update(Action::SearchNext);
    assert_eq!(s.search.current, Some((Side::Left, 0)));
    assert!(s.message.as_deref().unwrap().contains("wrapped"));
    s.update(Action::SearchPrev);
    assert_eq!(s.search.current, Some((Side::Left, 10)));
}

#[test]
fn search_escape_cancels_and_clears_highlights() {
    let mut s = bundled(120, 40);
    s.update(Action::SearchOpen);
    s.update(Action::SearchInput('k'));
    s.update(Action::SearchInput('i'));
    s.update(Action::SearchInput('m'));
    assert!(!s.pane(Side::Left).hits.is_empty());
    s.update(Action::SearchCancel);
    assert!(s.pane(Side::Left).hits.is_empty() && s.pane(Side::Right).hits.is_empty());
    assert_eq!(s.context(), Context::Reader);
}

#[test]
fn search_not_found_says_so() {
    let mut s = bundled(120, 40);
    s.update(Action::SearchOpen);
    s.update(Action::SearchPaste("zzzz".into()));
    s.update(Action::SearchSubmit);
    assert_eq!(s.message.as_deref(), Some("not found: zzzz"));
}

#[test]
fn resize_rewraps_and_keeps_the_top_text_in_view() {
    let (l, _) = bundled::bundled_pair();
    let mut s = State::new(Arc::new(l), numbered(5, "x"));
    s.update(Action::Resize(200, 60));
    s.update(Action::ToggleSync);
    s.update(Action::ScrollRows(12));
    let before = s.pane(Side::Left).wrapped.rows[s.pane(Side::Left).top].start as usize;
    s.update(Action::Resize(60, 20));
    let pane = s.pane(Side::Left);
    let row = pane.wrapped.rows[pane.top];
    assert!(
        row.start as usize <= before && before <= row.end as usize,
        "top text kept"
    );
}

#[test]
fn tiny_terminals_do_not_panic_and_recover() {
    let mut s = bundled(1, 1);
    assert!(s.areas.too_small);
    for action in [
        Action::ScrollRows(3),
        Action::GoBottom,
        Action::FocusNext,
        Action::ScrollPage(1),
    ] {
        s.update(action);
    }
    s.update(Action::Resize(80, 24));
    assert!(!s.areas.too_small);
    assert!(!s.pane(Side::Left).wrapped.is_empty());
}

#[test]
fn focus_cycles_through_left_right_and_quotations() {
    let mut s = bundled(120, 40);
    s.update(Action::FocusNext);
    assert_eq!(s.focus, Focus::Pane(Side::Right));
    s.update(Action::FocusNext);
    assert_eq!(
        s.focus,
        Focus::Pane(Side::Left),
        "no quotations panel shown"
    );
    s.update(Action::ToggleQuotes);
    assert_eq!(s.focus, Focus::Quotes);
    s.update(Action::FocusNext);
    assert_eq!(s.focus, Focus::Pane(Side::Left));
    s.update(Action::FocusNext);
    s.update(Action::FocusNext);
    assert_eq!(s.focus, Focus::Quotes);
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer_and_click_focuses() {
    let mut s = State::new(numbered(300, "a"), numbered(300, "b"));
    s.update(Action::Resize(120, 30));
    s.update(Action::ToggleSync);
    let right_x = s.areas.texts.right.x + 2;
    s.update(Action::MouseScroll {
        column: right_x,
        row: 5,
        delta: 1,
    });
    assert_eq!(s.pane(Side::Right).top, WHEEL_ROWS as usize);
    assert_eq!(s.pane(Side::Left).top, 0);
    assert_eq!(
        s.focus,
        Focus::Pane(Side::Left),
        "the wheel does not move focus"
    );
    s.update(Action::MouseClick {
        column: right_x,
        row: 5,
    });
    assert_eq!(s.focus, Focus::Pane(Side::Right));
    s.update(Action::MouseClick {
        column: 0,
        row: s.areas.status.y,
    });
    assert_eq!(
        s.focus,
        Focus::Pane(Side::Right),
        "clicks on the status line do nothing"
    );
}

#[test]
fn layout_toggle_switches_between_stacked_and_side_by_side() {
    let mut s = bundled(80, 24);
    assert!(s.areas.stacked);
    s.update(Action::ToggleLayout);
    assert!(!s.areas.stacked);
    assert_eq!(s.pane(Side::Left).wrapped.width, s.areas.texts.left.width);
    s.update(Action::ToggleLayout);
    assert!(s.areas.stacked);
}

#[test]
fn empty_document_is_an_empty_pane() {
    let mut s = State::new(doc(""), numbered(50, "b"));
    s.update(Action::Resize(120, 30));
    for action in [
        Action::ScrollRows(1),
        Action::GoBottom,
        Action::SearchNext,
        Action::NextPassage,
    ] {
        s.update(action);
    }
    assert!(s.pane(Side::Left).wrapped.is_empty());
    s.update(Action::FocusRight);
    s.update(Action::ScrollRows(10));
    assert_eq!(s.pane(Side::Right).top, 10);
}

/// The bundled pair with the real analysis, quotations panel open.
fn bundled_with_quotes(width: u16, height: u16) -> State {
    let mut s = bundled(width, height);
    let (l, r) = (
        s.pane(Side::Left).doc.clone(),
        s.pane(Side::Right).doc.clone(),
    );
    let analysis = crate::app::analysis::analyse(&l, &r, &mut |_| true).unwrap();
    s.update(Action::AnalysisDone(Arc::new(analysis)));
    s.update(Action::ToggleQuotes);
    s
}

fn selected_text(s: &State) -> String {
    let id = s.quote_panel.selected_id().unwrap();
    s.analysis().unwrap().quote(id).unwrap().text.clone()
}

#[test]
fn quotations_panel_lists_statements_then_fragments_and_filters() {
    let mut s = bundled_with_quotes(120, 40);
    assert_eq!(s.focus, Focus::Quotes);
    let analysis = s.analysis().unwrap();
    let fragments: Vec<bool> = s
        .quote_panel
        .listed
        .iter()
        .map(|&id| analysis.quote(id).unwrap().fragment)
        .collect();
    let first_fragment = fragments.iter().position(|&f| f).unwrap();
    assert!(
        fragments[first_fragment..].iter().all(|&f| f),
        "statements first: {fragments:?}"
    );
    let all = s.quote_panel.listed.len();
    s.update(Action::ToggleFragments);
    assert_eq!(s.quote_panel.listed.len(), first_fragment);
    s.update(Action::ToggleFragments);
    assert_eq!(s.quote_panel.listed.len(), all);
    s.update(Action::CycleSpeakerFilter);
    let speaker = s.quote_panel.speaker_filter.clone().unwrap();
    let analysis = s.analysis().unwrap();
    assert!(
        s.quote_panel
            .listed
            .iter()
            .all(|&id| analysis.quote(id).unwrap().speaker.as_ref() == Some(&speaker))
    );
    assert!(s.message.as_deref().unwrap().contains(&speaker));
    while s.quote_panel.speaker_filter.is_some() {
        s.update(Action::CycleSpeakerFilter);
    }
    assert_eq!(s.quote_panel.listed.len(), all, "back to everyone");
}

#[test]
fn selecting_a_quotation_scrolls_both_panes_to_it_and_its_counterpart() {
    let mut s = bundled_with_quotes(120, 30);
    // Select the wire story's "liens historiques", which the rewrite carries verbatim.
    let target = s.quote_panel.listed.iter().position(|&id| {
        let q = s.analysis().unwrap().quote(id).unwrap();
        q.doc == crate::core::side::DocId(0)
            && q.text.contains("liens historiques")
            && !q.matches.is_empty()
    });
    let target = target.unwrap();
    s.update(Action::GoTop);
    for _ in 0..target {
        s.update(Action::ScrollRows(1));
    }
    assert!(selected_text(&s).contains("liens historiques"));
    let in_view = |s: &State, side: Side| {
        let spans = s.selected_quote_spans(side);
        let pane = s.pane(side);
        let row = pane.wrapped.row_of(spans[0].start);
        pane.top <= row && row < pane.top + s.text_height(side)
    };
    assert!(in_view(&s, Side::Left) && in_view(&s, Side::Right));
    s.update(Action::OpenDetail);
    assert!(matches!(s.overlay, Overlay::Detail(_)));
    assert_eq!(s.context(), Context::Overlay);
    s.update(Action::CloseOverlay);
    assert_eq!(s.context(), Context::Quotes);
}

#[test]
fn clicking_a_panel_row_selects_it_and_the_wheel_moves_the_selection() {
    let mut s = bundled_with_quotes(120, 40);
    s.update(Action::FocusLeft);
    let panel = s.areas.quotes.unwrap();
    s.update(Action::MouseClick {
        column: panel.x + 5,
        row: panel.y + 3,
    });
    assert_eq!(s.focus, Focus::Quotes);
    assert_eq!(s.quote_panel.selected, 2, "header row, then rows 0, 1, 2");
    s.update(Action::MouseScroll {
        column: panel.x + 5,
        row: panel.y + 3,
        delta: 1,
    });
    assert_eq!(s.quote_panel.selected, 3);
}
