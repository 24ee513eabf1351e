//! Reader benchmarks: load, wrap (first frame), re-wrap after a resize, and key → frame at
//! 200×60 on the bundled pair and on the book-size Bible pair. `cargo bench --bench reader`.
//! A plain harness (median of repeated runs) keeps the build lean; figures go to BENCHMARKS.md.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::{Terminal, TerminalOptions, Viewport};
use visavis::app::action::Action;
use visavis::app::state::State;
use visavis::core::document::Document;
use visavis::core::loader::{self, Loader};
use visavis::core::{bundled, open};
use visavis::term::encoder::FrameEncoder;
use visavis::view::wrap::Wrapped;

/// Median and minimum of `runs` timings of `f`, after `runs / 4` untimed warm-up runs (the
/// first runs of a series fault pages in and were up to twice as slow).
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    for _ in 0..runs / 4 {
        black_box(f());
    }
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    samples.sort();
    (samples[samples.len() / 2], samples[0])
}

fn report(name: &str, (median, min): (Duration, Duration)) -> Duration {
    println!(
        "{name:<52} median {:>10.3} ms   min {:>10.3} ms",
        ms(median),
        ms(min)
    );
    median
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bible() -> Option<(Vec<u8>, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bible");
    let left = std::fs::read(dir.join("segond1910.txt")).ok()?;
    let right = std::fs::read(dir.join("ostervald.txt")).ok()?;
    Some((left, right))
}

/// A state at 200×60 with both panes wrapped, as after the first frame.
fn state_for(left: Document, right: Document) -> State {
    let mut state = State::new(Arc::new(left), Arc::new(right));
    state.update(Action::Resize(200, 60));
    state
}

/// What the reader does before its first frame on two files: start the background loader,
/// take the first screen's worth of each, lay out at 200×60 and draw (into a sink).
fn first_screen(left: &Path, right: &Path) -> State {
    let sources = loader::pair_sources(Some(left), Some(right)).unwrap();
    let mut pending = sources.iter().map(|(_, s)| Document::pending(s.shown()));
    let (l, r) = (pending.next().unwrap(), pending.next().unwrap());
    let loader = Loader::start(sources).unwrap();
    let mut state = State::new(Arc::new(l), Arc::new(r));
    visavis::term::run::wait_for_first_screens(&mut state, &loader, Duration::from_secs(10))
        .unwrap();
    state.update(Action::Resize(200, 60));
    let area = state.areas.size;
    let mut screen = FrameEncoder::new(std::io::sink());
    let paint =
        |buffer: &mut ratatui::buffer::Buffer| visavis::ui::render_buffer(&state, area, buffer);
    screen.draw(area, paint, None).unwrap();
    state
}

/// The Bible texts five times each (about 21 MB a side), written once under target/.
fn big_pair() -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bible = dir.join("../shared/corpus/bible");
    let out = dir.join("target/first_frame");
    std::fs::create_dir_all(&out).ok()?;
    let mut paths = Vec::new();
    for name in ["segond1910", "ostervald"] {
        let path = out.join(format!("{name}-x5.txt"));
        if !path.is_file() {
            let text = std::fs::read(bible.join(format!("{name}.txt"))).ok()?;
            std::fs::write(&path, text.repeat(5)).ok()?;
        }
        paths.push(path);
    }
    let right = paths.pop()?;
    Some((paths.pop()?, right))
}

/// Time of one key press (a page down or up, the other pane following) and the frame it
/// causes, as the reader draws it (`Screen`, writing to a sink): render, compare with the frame
/// on screen, encode the changed rows. With `full_repaint`, what the terminal shows is forgotten
/// first, so the screen is cleared and every cell is drawn.
fn key_to_frame(state: &mut State, runs: usize, full_repaint: bool) -> (Duration, Duration) {
    let area = state.areas.size;
    let mut screen = FrameEncoder::new(std::io::sink());
    let mut down = true;
    time(runs, || {
        state.update(Action::ScrollPage(if down { 1 } else { -1 }));
        down = !down;
        if full_repaint {
            screen.redraw_all();
        }
        let paint =
            |buffer: &mut ratatui::buffer::Buffer| visavis::ui::render_buffer(state, area, buffer);
        screen.draw(area, paint, None).unwrap();
    })
}

/// `key_to_frame` through ratatui's `Terminal::draw` (cell-by-cell diff) on `backend`, for
/// comparison: this is how the reader drew before `Screen`.
fn key_to_frame_on<B: Backend>(
    backend: B,
    state: &mut State,
    runs: usize,
    full_repaint: bool,
) -> (Duration, Duration) {
    let viewport = Viewport::Fixed(state.areas.size);
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    let mut down = true;
    time(runs, || {
        state.update(Action::ScrollPage(if down { 1 } else { -1 }));
        down = !down;
        if full_repaint {
            terminal.swap_buffers();
            terminal.current_buffer_mut().reset();
        }
        terminal
            .draw(|frame| visavis::ui::render(state, frame))
            .ok()
            .unwrap();
    })
}

/// Key → frame on one pair: incremental and full repaint, through the reader's screen and, for
/// comparison, through ratatui's `Terminal::draw`.
fn report_key_to_frame(pair: &str, state: &mut State) {
    for (mode, full) in [("incremental", false), ("full repaint", true)] {
        report(
            &format!("{pair}: key → frame 200×60, {mode}"),
            key_to_frame(state, 2000, full),
        );
    }
    for (mode, full) in [("incremental", false), ("full repaint", true)] {
        let backend = CrosstermBackend::new(std::io::sink());
        report(
            &format!("{pair}: key → frame 200×60, {mode}, ratatui's CrosstermBackend"),
            key_to_frame_on(backend, state, 2000, full),
        );
    }
}

fn corpus(path: &str) -> Option<Vec<u8>> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus")
            .join(path),
    )
    .ok()
}

fn main() {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    println!("visavis reader benchmarks (median of repeated runs)");

    let mut bundled_state: Option<State> = None;
    if wanted("bundled") {
        report("bundled: load both", time(200, bundled::bundled_pair));
        report(
            "bundled: load + wrap both, 200×60 (first frame work)",
            time(200, || {
                let (l, r) = bundled::bundled_pair();
                state_for(l, r)
            }),
        );
        let (l, r) = bundled::bundled_pair();
        let mut state = state_for(l, r);
        report_key_to_frame("bundled", &mut state);
        bundled_state = Some(state);
    }

    if wanted("flaubert")
        && let (Some(l), Some(r)) = (
            corpus("novels/flaubert-education-eltec.txt"),
            corpus("novels/flaubert-education-cligs.txt"),
        )
    {
        let load = || {
            (
                Document::from_bytes("eltec", &l).unwrap(),
                Document::from_bytes("cligs", &r).unwrap(),
            )
        };
        let (l, r) = load();
        let mut state = state_for(l, r);
        report(
            "flaubert (0.9 MB each): key → frame 200×60, incremental",
            key_to_frame(&mut state, 2000, false),
        );
        report(
            "flaubert (0.9 MB each): key → frame 200×60, full repaint",
            key_to_frame(&mut state, 2000, true),
        );
    }

    if wanted("rewrites") {
        rewrites_benchmarks();
    }

    let Some((left_bytes, right_bytes)) = bible() else {
        println!("(../shared/corpus/bible not found: book-size benchmarks skipped)");
        return;
    };
    if wanted("bible") {
        let load = || {
            (
                Document::from_bytes("segond1910.txt", &left_bytes).unwrap(),
                Document::from_bytes("ostervald.txt", &right_bytes).unwrap(),
            )
        };
        report(
            "bible: load both, one after the other (8.5 MB)",
            time(15, load),
        );
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bible");
        let (lp, rp) = (dir.join("segond1910.txt"), dir.join("ostervald.txt"));
        report(
            "bible: open_pair (read + parse, two threads)",
            time(15, || open::open_pair(Some(&lp), Some(&rp)).unwrap()),
        );
        report(
            "bible: first screen from the loader (start, both prefixes, lay out, draw)",
            time(15, || first_screen(&lp, &rp)),
        );
        if let Some((bl, br)) = big_pair() {
            report(
                "20 MB pair: first screen from the loader (start, both prefixes, lay out, draw)",
                time(15, || first_screen(&bl, &br)),
            );
            report(
                "20 MB pair: open_pair (read + parse whole, two threads)",
                time(5, || open::open_pair(Some(&bl), Some(&br)).unwrap()),
            );
        }
        report(
            "bible: open_pair + wrap both, 200×60 (first frame work)",
            time(15, || {
                let (l, r) = open::open_pair(Some(&lp), Some(&rp)).unwrap();
                state_for(l, r)
            }),
        );
        let (l, _) = load();
        report(
            "bible: re-wrap segond1910 (4.2 MB) at 80 cols",
            time(15, || Wrapped::new(&l, 80)),
        );
        let (l, r) = load();
        for query in ["dieu", "jerusalem", "e"] {
            let q = visavis::core::search::Query::new(query);
            report(
                &format!("bible: search {query:?} in both (one keystroke)"),
                time(10, || {
                    (
                        visavis::core::search::find_all(&l, &q).len(),
                        visavis::core::search::find_all(&r, &q).len(),
                    )
                }),
            );
        }
        let mut state = state_for(l, r);
        report_key_to_frame("bible", &mut state);
        if let Some(mut bundled) = bundled_state {
            println!("key → frame, Bible / bundled, medians of 9 alternated rounds of 400 keys:");
            for shown in ["text only", "compared"] {
                if shown == "compared" {
                    // As the reader shows them once its analysis is done: passages, marks, quotations.
                    analyse(&mut bundled);
                    analyse(&mut state);
                }
                for (width, height) in [(200, 60), (80, 24)] {
                    bundled.update(Action::Resize(width, height));
                    state.update(Action::Resize(width, height));
                    let label = format!("{width}×{height}, {shown}");
                    compare_pairs(&label, &mut bundled, &mut state);
                }
            }
        }
    }
}

/// Gives `state` its comparison and quotations, as the reader does when they are ready.
fn analyse(state: &mut State) {
    let analysis =
        visavis::app::analysis::analyse(state.panes.shown(), state.panes.docs(), &mut |_| true)
            .unwrap();
    state.update(Action::AnalysisDone(Arc::new(analysis)));
}

/// Key → frame on both pairs in alternated rounds (so that a slower moment of the machine
/// weighs on both), and the ratio Bible / bundled per round.
fn compare_pairs(label: &str, bundled: &mut State, bible: &mut State) {
    for (mode, full) in [("incremental", false), ("full repaint", true)] {
        let (mut small, mut big, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..9 {
            let s = key_to_frame(bundled, 400, full).0.as_secs_f64();
            let b = key_to_frame(bible, 400, full).0.as_secs_f64();
            small.push(s);
            big.push(b);
            ratios.push(b / s);
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (lowest, highest) = (
            ratios.iter().copied().fold(f64::INFINITY, f64::min),
            ratios.iter().copied().fold(0.0, f64::max),
        );
        println!(
            "  {label:<22} {mode:<12}: bundled {:.3} ms, bible {:.3} ms, ratio {:.2} (rounds {lowest:.2}–{highest:.2})",
            median(&mut small) * 1e3,
            median(&mut big) * 1e3,
            median(&mut ratios),
        );
    }
}

/// The rpm2 story T10: its first article as the source, the others and variations of them as
/// rewrites (the folder `benches/rewrites_folder.sh` writes, built here in memory): `n` of them.
fn rewrites_of_t10(n: usize) -> Option<(Document, Vec<Document>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/rpm2");
    let source = Document::open(&dir.join("T10_C2_01.txt")).ok()?;
    let mut story: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("T10_") && name != "T10_C2_01.txt"
        })
        .collect();
    story.sort();
    let texts: Vec<String> = story
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let rewrites = (0..n)
        .map(|i| {
            let text = &texts[i % texts.len()];
            // Past the story's own articles, a variation: one paragraph dropped, a line added.
            let text = if i < texts.len() {
                text.clone()
            } else {
                let paragraphs: Vec<&str> = text.split("\n\n").collect();
                let drop = i % 5 + 1;
                let kept: Vec<&str> = paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != drop)
                    .map(|(_, p)| *p)
                    .collect();
                format!(
                    "{}\n\nNotre correspondant, dépêche numéro {i}.\n",
                    kept.join("\n\n")
                )
            };
            Document::from_text(
                &format!("r{i}.txt"),
                &format!("r{i}.txt"),
                text,
                "utf-8",
                Vec::new(),
            )
        })
        .collect();
    Some((source, rewrites))
}

/// A reader on `source` and `rewrites`, laid out at 200×60 as for its first frame.
fn reader_on(source: &Document, rewrites: &[Document]) -> State {
    let mut docs = rewrites.iter().map(|d| Arc::new(d.clone()));
    let first = docs.next().unwrap();
    let always = vec![true; rewrites.len() + 1];
    let mut state = State::open_set(Arc::new(source.clone()), first, docs.collect(), always);
    state.update(Action::Resize(200, 60));
    state
}

/// The reader with many rewrites: the first frame's work (state, layout, one frame) with 1 and
/// with 50, and switching rewrites once every pair is compared (key → frame).
fn rewrites_benchmarks() {
    let Some((source, rewrites)) = rewrites_of_t10(50) else {
        println!("(../shared/corpus/rpm2 not found: rewrites benchmarks skipped)");
        return;
    };
    let frame = |state: &State, screen: &mut FrameEncoder<std::io::Sink>| {
        let area = state.areas.size;
        screen
            .draw(
                area,
                |b: &mut ratatui::buffer::Buffer| visavis::ui::render_buffer(state, area, b),
                None,
            )
            .unwrap();
    };
    for n in [1, 50] {
        report(
            &format!("rpm2 T10, {n} rewrite(s): state + layout + first frame"),
            time(200, || {
                let state = reader_on(&source, &rewrites[..n]);
                let mut screen = FrameEncoder::new(std::io::sink());
                frame(&state, &mut screen);
                state
            }),
        );
    }
    let documents: Vec<Document> = std::iter::once(source.clone())
        .chain(rewrites.iter().cloned())
        .collect();
    let ids: Vec<visavis::core::side::DocId> = (1..documents.len())
        .map(visavis::core::side::DocId)
        .collect();
    let options = visavis::core::compare::rank::pairs::PairOptions { word_marks: true };
    report(
        "rpm2 T10, 50 rewrites: every pair compared (the background's work)",
        time(10, || {
            visavis::core::compare::rank::pairs::analyse_pairs(&documents, &ids, options, |_, _| {
                true
            })
        }),
    );
    let mut state = reader_on(&source, &rewrites);
    let pairs =
        visavis::core::compare::rank::pairs::analyse_pairs(&documents, &ids, options, |_, _| true)
            .unwrap();
    let analyses: Vec<Arc<visavis::app::analysis::Analysis>> = pairs
        .into_iter()
        .map(|p| {
            let docs =
                visavis::core::side::Pair::new(visavis::core::side::DocId::SOURCE, p.rewrite);
            Arc::new(visavis::app::analysis::Analysis::new(
                docs,
                p.comparison,
                p.quotes,
            ))
        })
        .collect();
    report(
        "rpm2 T10, 50 rewrites: set views once all arrive (table, carriers, matrix)",
        time(50, || {
            let mut fresh = reader_on(&source, &rewrites);
            fresh.update(Action::PairsDone {
                analyses: analyses.clone(),
            });
            fresh
        }),
    );
    state.update(Action::PairsDone { analyses });
    state.update(Action::CloseOverview);
    let mut screen = FrameEncoder::new(std::io::sink());
    frame(&state, &mut screen);
    report(
        "rpm2 T10, 50 rewrites: next rewrite → frame 200×60 (wrap + map + draw)",
        time(2000, || {
            state.update(Action::NextRewrite);
            frame(&state, &mut screen);
        }),
    );
    report(
        "rpm2 T10, 50 rewrites: page down → frame 200×60 (for comparison)",
        key_to_frame(&mut state, 2000, false),
    );
    state.update(Action::ToggleQuotes);
    report(
        "rpm2 T10, 50 rewrites: next rewrite → frame, matrix shown",
        time(2000, || {
            state.update(Action::NextRewrite);
            frame(&state, &mut screen);
        }),
    );
    state.update(Action::ToggleQuotes);
    state.update(Action::ToggleOverview);
    report(
        "rpm2 T10, 50 rewrites: overview, key → frame 200×60",
        time(2000, || {
            state.update(Action::ScrollRows(1));
            frame(&state, &mut screen);
        }),
    );
}
