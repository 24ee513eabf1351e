//! Instructions per key → frame, for before/after comparisons on a shared machine, where
//! wall-clock varies with the load and instruction counts do not:
//!
//! ```sh
//! cargo build --release --example frame_cost
//! valgrind --tool=callgrind --toggle-collect='frame_cost::frames' --dump-after='frame_cost::frames' \
//!     target/release/examples/frame_cost
//! callgrind_annotate callgrind.out.PID.N | head -n 20   # one dump per scenario, in the order printed
//! ```
//!
//! Each scenario is 200 page keys (down, up, …) and the frame each causes, drawn as the reader
//! draws it (`FrameEncoder` writing to a sink), on the bundled pair and on the Bible pair (when
//! `../shared/corpus/bible` is there), at 200×60 and 80×24, text only then with the analysis.

use std::path::Path;
use std::sync::Arc;

use visavis::app::action::Action;
use visavis::app::analysis;
use visavis::app::state::State;
use visavis::core::document::Document;
use visavis::core::{bundled, open};
use visavis::term::encoder::FrameEncoder;

const KEYS: usize = 200;

/// `KEYS` page keys and their frames: the only code callgrind counts.
#[inline(never)]
fn frames(state: &mut State, encoder: &mut FrameEncoder<std::io::Sink>) {
    let area = state.areas.size;
    for key in 0..KEYS {
        state.update(Action::ScrollPage(if key % 2 == 0 { 1 } else { -1 }));
        let paint =
            |buffer: &mut ratatui::buffer::Buffer| visavis::ui::render_buffer(state, area, buffer);
        encoder
            .draw(area, paint, None)
            .expect("a sink accepts every write");
    }
}

fn scenarios(name: &str, left: Document, right: Document) {
    let mut state = State::new(Arc::new(left), Arc::new(right));
    for compared in [false, true] {
        if compared {
            let (pair, texts) = (state.panes.shown(), state.panes.docs());
            let result = analysis::analyse(pair, texts, &mut |_| true).expect("not cancelled");
            state.update(Action::AnalysisDone(Arc::new(result)));
        }
        for (width, height) in [(200, 60), (80, 24)] {
            state.update(Action::Resize(width, height));
            let mut encoder = FrameEncoder::new(std::io::sink());
            frames(&mut state, &mut encoder);
            let shown = if compared { "compared" } else { "text only" };
            println!("{name} {width}×{height} {shown}: {KEYS} keys");
        }
    }
}

fn main() {
    let (left, right) = bundled::bundled_pair();
    scenarios("bundled", left, right);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bible");
    let (lp, rp) = (dir.join("segond1910.txt"), dir.join("ostervald.txt"));
    if lp.exists() && rp.exists() {
        let (left, right) = open::open_pair(Some(&lp), Some(&rp)).expect("the Bible pair loads");
        scenarios("bible", left, right);
    } else {
        println!("(../shared/corpus/bible not found: Bible scenarios skipped)");
    }
}
