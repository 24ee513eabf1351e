//! The event loop: events → actions → `State::update` → one frame per burst, signals noticed;
//! the documents arriving from the background loader (the first frame waits briefly for a
//! screen's worth of each, never for a whole file), wrapped between events; and the analysis on
//! a background thread once the documents shown are whole: of the pair, or of each (source,
//! rewrite) pair of a set, the one shown first, each reported as it is done and handed over in
//! one action per burst.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal;

use super::encoder::FrameEncoder;
use super::guard::{TerminalGuard, spawn_watchdog, terminal_gone};
use super::suspend::{Resume, Suspender};
use crate::app::action::Action;
use crate::app::analysis::{self, Analysis};
use crate::app::keymap;
use crate::app::state::State;
use crate::core::compare::rank::pairs::{PairOptions, analyse_pairs};
use crate::core::document::Document;
use crate::core::loader::{Event as Loaded, Loader};
use crate::core::side::{DocId, Pair};

/// How long the first frame waits for the first bytes of each document before it shows what
/// there is (a FIFO with no writer yet: a pane that says it waits for it).
const FIRST_BYTES_WAIT: Duration = Duration::from_millis(200);

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

/// Runs the reader on the two documents `loader` reads (`left` and `right` are what each shows
/// before its first bytes come: `Document::pending`) until quit or a terminating signal. A
/// document that turns out unreadable ends the reader with its one-line error (before the
/// terminal is taken when it is found within the first frame's wait).
pub fn run(loader: Loader, left: Document, right: Document, options: Options) -> Result<Exit> {
    let mut state = State::new(Arc::new(left), Arc::new(right));
    state.no_color = options.no_color;
    wait_for_first_screens(&mut state, &loader, FIRST_BYTES_WAIT)?;
    run_state(state, Some(&loader))
}

/// Runs the reader on a source and its rewrites (at least one, all read whole), `always`
/// saying which stay open whatever they took (by `DocId`: the source, then the rewrites in
/// order).
pub fn run_set(
    source: Document,
    rewrites: Vec<Document>,
    always: Vec<bool>,
    options: Options,
) -> Result<Exit> {
    let mut rewrites = rewrites.into_iter().map(Arc::new);
    let first = rewrites.next().context("no rewrite to show")?;
    let mut state = State::open_set(Arc::new(source), first, rewrites.collect(), always);
    state.no_color = options.no_color;
    run_state(state, None)
}

/// The reader on `state`, with the documents still to come from `loader`, if any.
fn run_state(state: State, loader: Option<&Loader>) -> Result<Exit> {
    let signal = Arc::new(AtomicUsize::new(0));
    // SIGINT and SIGQUIT only come from `kill` here (raw mode turns Ctrl-C into a key), but they
    // must not leave the terminal raw either.
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)
            .context("cannot install signal handlers")?;
    }
    let suspender = Suspender::install()?;
    let _guard = TerminalGuard::enter()?;
    let event_loop_done = Arc::new(AtomicBool::new(false));
    let outcome = reader_session(state, loader, &signal, &suspender, &event_loop_done);
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

/// Gives `state` what `loader` sends until both documents shown have come (a first screen's
/// worth of each, or all of it) or `wait` has passed; an unreadable document is the error.
pub fn wait_for_first_screens(state: &mut State, loader: &Loader, wait: Duration) -> Result<()> {
    let deadline = Instant::now() + wait;
    let mut heard = Pair::new(false, false);
    while !(heard.left && heard.right) {
        let Some(event) = loader.next_before(deadline) else {
            break;
        };
        if let Loaded::Document(id, _) = &event {
            let shown = state.panes.shown();
            heard.left |= *id == shown.left;
            heard.right |= *id == shown.right;
        }
        apply_loaded(state, event)?;
    }
    Ok(())
}

/// A loader's news, as the state takes it; an unreadable document is the reader's error.
fn apply_loaded(state: &mut State, event: Loaded) -> Result<()> {
    match event {
        Loaded::Document(id, doc) => state.update(Action::DocumentArrived(id, doc)),
        Loaded::Read { id, bytes, total } => {
            state.update(Action::DocumentRead { id, bytes, total })
        }
        Loaded::Failed(_, err) => return Err(err.into()),
    }
    Ok(())
}

/// Starts the comparison of the pair shown on its own thread; it may be abandoned on quit.
fn start_analysis(
    state: &State,
    tx: mpsc::Sender<Background>,
    cancel: &Arc<AtomicBool>,
) -> Result<()> {
    let pair = state.panes.shown();
    let (left, right) = match (
        state.documents.get(pair.left),
        state.documents.get(pair.right),
    ) {
        (Some(l), Some(r)) => (Arc::clone(l), Arc::clone(r)),
        _ => return Ok(()),
    };
    let cancel = Arc::clone(cancel);
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

/// Everything between setting the terminal up and restoring it: the first frame, the
/// documents arriving, the background analysis, the watchdog and the event loop.
fn reader_session(
    mut state: State,
    loader: Option<&Loader>,
    signal: &Arc<AtomicUsize>,
    suspender: &Suspender,
    event_loop_done: &Arc<AtomicBool>,
) -> Result<Exit> {
    let mut encoder = FrameEncoder::new(io::stdout());
    // crossterm starts watching for resizes (SIGWINCH) at its first poll: before the size is
    // read, so that a resize while the first frame is prepared still arrives as an event.
    event::poll(Duration::ZERO)?;
    let (width, height) = terminal::size().context("cannot read the terminal size")?;
    state.update(Action::Resize(width, height));
    draw(&mut encoder, &state)?;

    // The text is on screen; the comparison of what is shown runs once it is whole (a set's
    // documents are read whole before), and may be abandoned on quit.
    let cancel = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel();
    let mut analysing = false;
    let mut start_when_whole = |state: &State| -> Result<()> {
        if !analysing && state.shown_whole() {
            if state.documents.len() > 2 {
                spawn_set_analysis(state, tx.clone(), Arc::clone(&cancel))?;
            } else {
                start_analysis(state, tx.clone(), &cancel)?;
            }
            analysing = true;
        }
        Ok(())
    };
    start_when_whole(&state)?;

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
            // Poll briefly so signals and background results are noticed promptly; not at
            // all while a document waits to be wrapped, and a little while one is read.
            let wait = if state.wrapping() {
                Duration::ZERO
            } else if !state.shown_whole() {
                Duration::from_millis(10)
            } else {
                Duration::from_millis(50)
            };
            if event::poll(wait)? {
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
                    if state.quit || state.suspend || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
            if let Some(loader) = loader {
                while let Some(event) = loader.try_next() {
                    apply_loaded(&mut state, event)?;
                    changed = true;
                }
            }
            start_when_whole(&state)?;
            if state.wrapping() && !state.quit {
                state.update(Action::WrapMore);
                changed = true;
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
            if state.quit {
                return Ok(Exit::Quit);
            }
            if suspender.check(state.suspend)? == Resume::Redraw {
                resumed(&mut state, &mut encoder)?;
                // Back on with every mode, mouse capture included.
                mouse_capture = true;
                changed = true;
            }
            if !changed {
                continue;
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

/// After a stop: the terminal may have another size, and shows the shell: every cell is drawn
/// again.
fn resumed(state: &mut State, encoder: &mut FrameEncoder<io::Stdout>) -> Result<()> {
    state.update(Action::Resumed);
    let (width, height) = terminal::size().context("cannot read the terminal size")?;
    state.update(Action::Resize(width, height));
    encoder.modes_reset();
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
