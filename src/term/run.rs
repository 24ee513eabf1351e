//! The event loop: events → actions → `State::update` → one frame per burst, signals noticed,
//! and the analysis on a background thread: of the pair, or of each (source, rewrite) pair of
//! a set, the one shown first, each reported as it is done and handed over in one action per
//! burst.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use anyhow::{Context as _, Result};
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal;

use super::encoder::FrameEncoder;
use super::guard::{TerminalGuard, spawn_watchdog, terminal_gone};
use crate::app::action::Action;
use crate::app::analysis::{self, Analysis};
use crate::app::keymap;
use crate::app::state::State;
use crate::core::compare::rank::pairs::{PairOptions, analyse_pairs};
use crate::core::document::Document;
use crate::core::side::{DocId, Pair};

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Ended by this signal (the caller exits with 128 + signal).
    Signal(i32),
}

/// Options of the interactive reader.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub no_color: bool,
}

/// Messages from the analysis thread: progress on the pair of the source and this rewrite, and
/// the finished analysis; or, for a set, one pair done and how many are.
enum Background {
    Progress(DocId, f32),
    Done(Box<analysis::Analysis>),
    PairDone {
        analysis: Box<Analysis>,
        compared: usize,
        total: usize,
    },
}

/// What the reader opens.
enum Opened {
    /// Two files: the source and its rewrite.
    Pair(Document, Document),
    /// A source and several rewrites; `always[id]` when rewrite `id` stays open whatever it
    /// took (see `State::open_set`).
    Set {
        source: Document,
        rewrites: Vec<Document>,
        always: Vec<bool>,
    },
}

/// Runs the reader on two documents until quit or a terminating signal.
pub fn run(left: Document, right: Document, options: Options) -> Result<Exit> {
    run_opened(Opened::Pair(left, right), options)
}

/// Runs the reader on a source and its rewrites (at least one), `always` saying which stay
/// open whatever they took (by `DocId`: the source, then the rewrites in order).
pub fn run_set(
    source: Document,
    rewrites: Vec<Document>,
    always: Vec<bool>,
    options: Options,
) -> Result<Exit> {
    anyhow::ensure!(!rewrites.is_empty(), "no rewrite to show");
    run_opened(
        Opened::Set {
            source,
            rewrites,
            always,
        },
        options,
    )
}

fn run_opened(opened: Opened, options: Options) -> Result<Exit> {
    let signal = Arc::new(AtomicUsize::new(0));
    // SIGINT and SIGQUIT only come from `kill` here (raw mode turns Ctrl-C into a key), but they
    // must not leave the terminal raw either.
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)
            .context("cannot install signal handlers")?;
    }
    let _guard = TerminalGuard::enter()?;
    let event_loop_done = Arc::new(AtomicBool::new(false));
    let outcome = reader_session(opened, &options, &signal, &event_loop_done);
    event_loop_done.store(true, Ordering::SeqCst);
    match outcome {
        // A terminal that hung up makes reads and writes fail (EIO), often before its SIGHUP is
        // delivered, and possibly in the middle of the first frame: that is an exit by that
        // signal, not an error to report on a terminal that is gone.
        Err(err) if terminal_gone(&err, &signal) => {
            let received = signal.load(Ordering::SeqCst);
            let sig = if received != 0 {
                received as i32
            } else {
                SIGHUP
            };
            Ok(Exit::Signal(sig))
        }
        other => other,
    }
}

/// Everything between setting the terminal up and restoring it: the first frame, the
/// background analysis, the watchdog and the event loop.
fn reader_session(
    opened: Opened,
    options: &Options,
    signal: &Arc<AtomicUsize>,
    event_loop_done: &Arc<AtomicBool>,
) -> Result<Exit> {
    let mut state = match opened {
        Opened::Pair(left, right) => State::new(Arc::new(left), Arc::new(right)),
        Opened::Set {
            source,
            rewrites,
            always,
        } => {
            let mut rewrites = rewrites.into_iter().map(Arc::new);
            let first = rewrites.next().context("no rewrite to show")?;
            State::open_set(Arc::new(source), first, rewrites.collect(), always)
        }
    };
    state.no_color = options.no_color;

    let mut encoder = FrameEncoder::new(io::stdout());
    // crossterm starts watching for resizes (SIGWINCH) at its first poll: before the size is
    // read, so that a resize while the first frame is prepared still arrives as an event.
    event::poll(Duration::ZERO)?;
    let (width, height) = terminal::size().context("cannot read the terminal size")?;
    state.update(Action::Resize(width, height));
    draw(&mut encoder, &state)?;

    // The text is on screen; the comparison runs meanwhile and may be abandoned on quit.
    let cancel = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel();
    if state.documents.len() > 2 {
        spawn_set_analysis(&state, tx, Arc::clone(&cancel))?;
    } else {
        spawn_pair_analysis(&state, tx, Arc::clone(&cancel))?;
    }

    spawn_watchdog(Arc::clone(signal), Arc::clone(event_loop_done));

    debug_hooks_after_first_frame()?;

    let mut mouse_capture = state.mouse_capture;
    let mut event_loop = || -> Result<Exit> {
        loop {
            let received = signal.load(Ordering::Relaxed);
            if received != 0 {
                return Ok(Exit::Signal(received as i32));
            }
            let mut changed = false;
            // Poll briefly so signals and background results are noticed promptly.
            if event::poll(Duration::from_millis(50))? {
                // Coalesce a burst (key repeat, wheel, fast typing) into one frame; each event is
                // mapped in the context the previous one left (`/` opens the prompt, `q` then types).
                loop {
                    if let Some(action) = action_for_event(&state, event::read()?) {
                        if let Action::Resize(..) = action {
                            // The terminal may have cut rows short, even if the size comes
                            // back to what it was within this burst: redraw every cell.
                            encoder.redraw_all();
                        }
                        let report = matches!(action, Action::WriteReport(None));
                        state.update(action);
                        if report {
                            let outcome = super::report::write(&state);
                            state.update(Action::WriteReport(Some(outcome)));
                        }
                        changed = true;
                    }
                    if state.quit || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
            // The pairs of a set done since the last look: one action, so that the views of
            // the whole set are worked out once per burst, not once per pair.
            let mut pairs = Vec::new();
            let mut counts = (0, 0);
            while let Ok(message) = rx.try_recv() {
                match message {
                    Background::Progress(rewrite, p) => {
                        state.update(Action::AnalysisProgress(rewrite, p));
                    }
                    Background::Done(a) => state.update(Action::AnalysisDone(Arc::from(a))),
                    Background::PairDone {
                        analysis,
                        compared,
                        total,
                    } => {
                        pairs.push(Arc::from(analysis));
                        counts = (compared, total);
                    }
                }
                changed = true;
            }
            if !pairs.is_empty() {
                state.update(Action::PairsDone {
                    analyses: pairs,
                    compared: counts.0,
                    total: counts.1,
                });
            }
            if !changed {
                continue;
            }
            if state.quit {
                return Ok(Exit::Quit);
            }
            if state.mouse_capture != mouse_capture {
                mouse_capture = state.mouse_capture;
                if mouse_capture {
                    execute!(io::stdout(), EnableMouseCapture)?;
                } else {
                    execute!(io::stdout(), DisableMouseCapture)?;
                }
            }
            draw(&mut encoder, &state)?;
        }
    };
    let outcome = event_loop();
    cancel.store(true, Ordering::Relaxed);
    outcome
}

/// The analysis of the pair shown, on a thread, with its progress.
fn spawn_pair_analysis(
    state: &State,
    tx: mpsc::Sender<Background>,
    cancel: Arc<AtomicBool>,
) -> Result<()> {
    let pair = state.panes.shown();
    let (left, right) = (
        Arc::clone(&state.pane(crate::core::side::Side::Left).doc),
        Arc::clone(&state.pane(crate::core::side::Side::Right).doc),
    );
    std::thread::Builder::new()
        .name("analysis".into())
        .spawn(move || {
            let mut progress = |p: f32| {
                let _ = tx.send(Background::Progress(pair.right, p));
                !cancel.load(Ordering::Relaxed)
            };
            let texts = Pair::new(&*left, &*right);
            if let Some(result) = analysis::analyse(pair, texts, &mut progress) {
                let _ = tx.send(Background::Done(Box::new(result)));
            }
        })
        .context("cannot start the analysis thread")?;
    Ok(())
}

/// The analyses of every (source, rewrite) pair of the set on a thread, the pairs shared among
/// the cores (`analyse_pairs`), the rewrite shown first; each sent as soon as it is done.
fn spawn_set_analysis(
    state: &State,
    tx: mpsc::Sender<Background>,
    cancel: Arc<AtomicBool>,
) -> Result<()> {
    let documents: Vec<Arc<Document>> = state.documents.all().to_vec();
    let shown = state.panes.shown().right;
    let order: Vec<DocId> = std::iter::once(shown)
        .chain((1..documents.len()).map(DocId).filter(|&id| id != shown))
        .collect();
    std::thread::Builder::new()
        .name("analysis".into())
        .spawn(move || {
            let options = PairOptions { word_marks: true };
            analyse_pairs(&documents, &order, options, |progress, pair| {
                let docs = Pair::new(DocId::SOURCE, pair.rewrite);
                let analysis = Analysis::new(docs, pair.comparison.clone(), pair.quotes.clone());
                let sent = tx.send(Background::PairDone {
                    analysis: Box::new(analysis),
                    compared: progress.done,
                    total: progress.total,
                });
                sent.is_ok() && !cancel.load(Ordering::Relaxed)
            });
        })
        .context("cannot start the analysis thread")?;
    Ok(())
}

/// One frame, drawn at the size the state was laid out for (it follows every resize event).
fn draw(encoder: &mut FrameEncoder<io::Stdout>, state: &State) -> Result<()> {
    let area = state.areas.size;
    let cursor = crate::ui::status::cursor(state);
    encoder.draw(
        area,
        |buffer| crate::ui::render_buffer(state, area, buffer),
        cursor,
    )?;
    Ok(())
}

/// Maps a terminal event to an action (key presses through the keymap).
pub fn action_for_event(state: &State, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::action_for(state.context(), &key)
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::MouseScroll {
                column: mouse.column,
                row: mouse.row,
                delta: 1,
            }),
            MouseEventKind::ScrollUp => Some(Action::MouseScroll {
                column: mouse.column,
                row: mouse.row,
                delta: -1,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::MouseClick {
                column: mouse.column,
                row: mouse.row,
            }),
            _ => None,
        },
        Event::Paste(text) if state.search.editing => Some(Action::SearchPaste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

/// Test hooks for the end-to-end tests of the restore paths: `VISAVIS_DEBUG_PANIC=1` panics and
/// `VISAVIS_DEBUG_ERROR=1` fails once the first frame is drawn (the terminal is in every mode).
fn debug_hooks_after_first_frame() -> Result<()> {
    if std::env::var_os("VISAVIS_DEBUG_PANIC").is_some_and(|v| v == "1") {
        panic!("VISAVIS_DEBUG_PANIC: deliberate panic after the first frame");
    }
    if std::env::var_os("VISAVIS_DEBUG_ERROR").is_some_and(|v| v == "1") {
        anyhow::bail!("VISAVIS_DEBUG_ERROR: deliberate error after the first frame");
    }
    Ok(())
}
