//! Facing, on real pairs: after any sequence of scroll keys, a shared passage whose first row is
//! at the reading line of the pane scrolled has its counterpart's first row on the same screen
//! line of the other (within one row), wherever the documents' lengths allow the other pane to
//! scroll there. (The pane scrolled leads; the other's reading line is where following put it,
//! to the nearest row, so a passage's first row there may face a gap of the leader's text.) The pairs are the bundled one and two pairs of the rpm2 corpus where facing used to
//! drift (`../shared/corpus/rpm2`; skipped, with a message, when it is absent).

use std::path::Path;
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use visavis::app::action::Action;
use visavis::app::analysis::{self, Analysis};
use visavis::app::state::State;
use visavis::core::bundled;
use visavis::core::document::Document;
use visavis::core::open;
use visavis::core::side::{DocId, Pair, Side};
use visavis::view::sync;

/// A pair of documents and its analysis, loaded once for all the cases.
struct Loaded {
    name: String,
    left: Arc<Document>,
    right: Arc<Document>,
    analysis: Arc<Analysis>,
}

fn load(name: &str, left: Document, right: Document) -> Loaded {
    let pair = Pair::new(DocId::SOURCE, DocId(1));
    let analysis =
        analysis::analyse(pair, Pair::new(&left, &right), &mut |_| true).expect("not cancelled");
    Loaded {
        name: name.to_string(),
        left: Arc::new(left),
        right: Arc::new(right),
        analysis: Arc::new(analysis),
    }
}

/// The bundled pair, and the rpm2 pairs when the corpus is there.
fn pairs() -> &'static [Loaded] {
    static PAIRS: OnceLock<Vec<Loaded>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let (l, r) = bundled::bundled_pair();
        let mut pairs = vec![load("bundled", l, r)];
        let rpm2 = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/rpm2");
        for (a, b) in [("T10_C2_01", "T10_C2_09"), ("T03_C2_01", "T03_C2_03")] {
            let (pa, pb) = (rpm2.join(format!("{a}.txt")), rpm2.join(format!("{b}.txt")));
            if !pa.is_file() || !pb.is_file() {
                eprintln!(
                    "skipped: the rpm2 pair {a}/{b} is not in {}",
                    rpm2.display()
                );
                continue;
            }
            let (l, r) = open::open_pair(Some(&pa), Some(&pb)).expect("the rpm2 pair loads");
            pairs.push(load(&format!("{a}/{b}"), l, r));
        }
        pairs
    })
}

fn reader(pair: &Loaded, width: u16, height: u16) -> State {
    let mut state = State::new(Arc::clone(&pair.left), Arc::clone(&pair.right));
    state.update(Action::Resize(width, height));
    state.update(Action::AnalysisDone(Arc::clone(&pair.analysis)));
    state
}

/// The scroll keys (and the focus keys between them).
fn key() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (1i32..4).prop_map(Action::ScrollRows),
        4 => (1i32..4).prop_map(|n| Action::ScrollRows(-n)),
        3 => Just(Action::ScrollHalfPage(1)),
        2 => Just(Action::ScrollHalfPage(-1)),
        2 => Just(Action::ScrollPage(1)),
        2 => Just(Action::ScrollPage(-1)),
        1 => Just(Action::GoTop),
        1 => Just(Action::GoBottom),
        2 => Just(Action::FocusLeft),
        2 => Just(Action::FocusRight),
    ]
}

/// Where facing fails in `state`, after a scroll of pane `leader` (the pane scrolled leads, the
/// other follows it through the scroll map): (passage, screen line here, screen line there).
fn facing_failures(state: &State, leader: Side) -> Vec<(usize, i64, i64)> {
    let mut failures = Vec::new();
    let Some(analysis) = state.analysis() else {
        return failures;
    };
    let side = leader;
    let here = state.pane(side);
    let there = state.pane(side.other());
    let reading = state.reading_row(side).floor() as usize;
    if reading == 0 && here.top == 0 {
        // At the top both documents show their first rows (the scroll map's first anchor),
        // whatever passage starts there.
        return failures;
    }
    for (index, passage) in analysis.comparison.passages.iter().enumerate() {
        if passage.crossing {
            continue; // a moved passage faces its counterpart only when jumped to (`]`)
        }
        let span = |s: Side| match s {
            Side::Left => passage.left.start,
            Side::Right => passage.right.start,
        };
        if here.wrapped.row_of(span(side)) != reading {
            continue;
        }
        let counterpart = there.wrapped.row_of(span(side.other()));
        let line_here = reading as i64 - here.top as i64;
        // The top the other pane needs to show the counterpart on that line, if it can
        // scroll there.
        let needed = counterpart as i64 - line_here;
        let max_top = sync::max_top(there.wrapped.len(), state.text_height(side.other()));
        if needed < 0 || needed > max_top as i64 {
            continue;
        }
        let line_there = counterpart as i64 - there.top as i64;
        if (line_here - line_there).abs() > 1 {
            failures.push((index, line_here, line_there));
        }
    }
    failures
}

fn check(pair: &Loaded, width: u16, height: u16, keys: &[Action]) -> Result<(), TestCaseError> {
    let mut state = reader(pair, width, height);
    let mut leader = None;
    for (n, action) in keys.iter().enumerate() {
        state.update(action.clone());
        if !matches!(action, Action::FocusLeft | Action::FocusRight) {
            leader = Some(state.focused_side());
        }
        let Some(leader) = leader else {
            continue;
        };
        let failures = facing_failures(&state, leader);
        prop_assert!(
            failures.is_empty(),
            "{} at {width}×{height}, after {:?}, {leader:?} leading: (passage, screen line, counterpart's) {failures:?}",
            pair.name,
            &keys[..=n]
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_passage_at_the_reading_line_faces_its_counterpart(
        which in 0usize..3,
        size in prop::sample::select(vec![(120u16, 40u16), (200, 60), (100, 30)]),
        keys in prop::collection::vec(key(), 1..40),
    ) {
        let pairs = pairs();
        let pair = &pairs[which % pairs.len()];
        check(pair, size.0, size.1, &keys)?;
    }
}

/// The case: past the middle of T10_C2_01/09 and T03_C2_01/03, facing drifted by up to
/// 10 rows after two Ctrl-d; here from every start row, with either pane leading.
#[test]
fn two_half_pages_from_anywhere_keep_facing() {
    for pair in pairs() {
        for (width, height) in [(120, 40), (200, 60), (100, 30)] {
            for leader in Side::BOTH {
                let rows = reader(pair, width, height).pane(leader).wrapped.len();
                for start in 0..rows {
                    let mut state = reader(pair, width, height);
                    state.update(match leader {
                        Side::Left => Action::FocusLeft,
                        Side::Right => Action::FocusRight,
                    });
                    for action in [
                        Action::ScrollRows(start as i32),
                        Action::ScrollHalfPage(1),
                        Action::ScrollHalfPage(1),
                    ] {
                        state.update(action);
                        let failures = facing_failures(&state, leader);
                        assert!(
                            failures.is_empty(),
                            "{} at {width}×{height} from row {start}, {leader:?} leading: {failures:?}",
                            pair.name
                        );
                    }
                }
            }
        }
    }
}
