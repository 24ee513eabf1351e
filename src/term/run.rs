//! The event loop: events → actions → `State::update` → one frame per burst, signals noticed;
//! the documents arriving from the background loader (the first frame waits briefly for a
//! screen's worth of each, never for a whole file), wrapped between events; and the analysis on
//! a background thread once the documents shown are whole. A set (a source and many rewrites)
//! comes from the set loader instead: its folders walked, its files read, screened and compared
//! in the background, all that is learnt handed over in one action per burst.

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
use crate::app::action::SetNews;
use crate::app::analysis::{self, Analysis};
use crate::app::keymap;
use crate::app::state::State;
use crate::core::compare::rank::pairs::{PairAnalysis, PairOptions};
use crate::core::document::Document;
use crate::core::loader::set::{Named, SetEvent, SetLoader};
use crate::core::loader::{Event as Loaded, Loader, Source};
use crate::core::side::{DocId, Pair};

/// How long the first frame waits for the first bytes of each document before it shows what
/// there is (a FIFO with no writer yet: a pane that says it waits for it).
const FIRST_BYTES_WAIT: Duration = Duration::from_millis(200);

/// How long a set's workers wait after the first frame is written, unless a key comes first
/// (then the frame was seen): the terminal (a process of its own) must still parse and show
/// it, and with the reading, screening and aligning of every rewrite on all the cores at once
/// it took twice as long to (tui-drive, a folder of 50: 13 ms to the last row against 7 ms
/// with the workers held 40 ms). A first comparison that much later is not seen.
const FIRST_FRAME_SETTLE: Duration = Duration::from_millis(30);

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
/// the finished analysis.
enum Background {
    Progress(DocId, f32),
    Done(Box<analysis::Analysis>),
}

/// Set events handed over per burst at most: the screen stays live while thousands of files
/// are listed.
const SET_BURST: usize = 4096;

/// Where the documents come from, besides what the state was given.
#[derive(Clone, Copy)]
enum Feed<'a> {
    Pair(&'a Loader),
    Set(&'a SetLoader<Analysis>),
}

/// Runs the reader on the two documents `loader` reads (`left` and `right` are what each shows
/// before its first bytes come: `Document::pending`) until quit or a terminating signal. A
/// document that turns out unreadable ends the reader with its one-line error (before the
/// terminal is taken when it is found within the first frame's wait).
pub fn run(loader: Loader, left: Document, right: Document, options: Options) -> Result<Exit> {
    let mut state = State::new(Arc::new(left), Arc::new(right));
    state.no_color = options.no_color;
    wait_for_first_screens(&mut state, &loader, FIRST_BYTES_WAIT)?;
    run_state(state, Feed::Pair(&loader))
}

/// What a set of rewrites is to the reader.
pub struct SetInput {
    /// The source (checked and opened: a missing one is an error before anything else).
    pub source: Source,
    /// Its path, to recognise it in a folder.
    pub source_path: std::path::PathBuf,
    /// The rewrites, files and folders, as named.
    pub rewrites: Vec<Named>,
    /// Every file of a folder is opened, not only those that took something.
    pub all: bool,
    /// What the right pane says before the first rewrite is listed (the first thing named).
    pub first_named: String,
}

/// Runs the reader on a source and its rewrites, listed, read, screened and compared in the
/// background while it shows them. Also gives back the notes on the folders' entries that are
/// no rewrite (one line each, `PATH: skipped: REASON`), for the caller to print once the
/// terminal is restored.
pub fn run_set(input: SetInput, options: Options) -> (Result<Exit>, Vec<String>) {
    let source_shown = input.source.shown().to_string();
    let source = Arc::new(Document::pending(&source_shown));
    let placeholder = Arc::new(Document::pending(&input.first_named));
    let mut state = State::open_listing(source, placeholder);
    state.no_color = options.no_color;
    let loader = match SetLoader::start(
        input.source,
        &input.source_path,
        input.rewrites,
        input.all,
        PairOptions { word_marks: true },
        index_pair,
    ) {
        Ok(loader) => loader,
        Err(err) => return (Err(err).context("cannot start reading"), Vec::new()),
    };
    if let Err(err) = wait_for_first_set_screens(&mut state, &loader, FIRST_BYTES_WAIT) {
        return (Err(err), state.notes);
    }
    if !state.rewrites.listing && state.rewrites.open().is_empty() && state.documents.len() < 2 {
        let err = anyhow::anyhow!("{source_shown}: no rewrite to show: no file to read");
        return (Err(err), state.notes);
    }
    let outcome = run_state_with(&mut state, Feed::Set(&loader));
    (outcome, std::mem::take(&mut state.notes))
}

/// A pair of a set, indexed for display on the set loader's worker.
fn index_pair(pair: PairAnalysis) -> Analysis {
    let docs = Pair::new(DocId::SOURCE, pair.rewrite);
    Analysis::new(docs, pair.comparison, pair.quotes)
}

/// Gives `state` what the set loader sends until the source and the first rewrite have come
/// (a first screen's worth of each) or `wait` has passed; an unreadable source or file named is
/// the error. Everything heard goes to the state at once, in one action.
fn wait_for_first_set_screens(
    state: &mut State,
    loader: &SetLoader<Analysis>,
    wait: Duration,
) -> Result<()> {
    let deadline = Instant::now() + wait;
    let first = state.panes.shown().right;
    let mut heard = Pair::new(false, false);
    let mut news = Vec::new();
    let mut listed = 0;
    while !(heard.left && heard.right) {
        let Some(event) = loader.next_before(deadline) else {
            break;
        };
        match &event {
            SetEvent::Read(Loaded::Document(id, _)) => {
                heard.left |= *id == DocId::SOURCE;
                heard.right |= *id == first;
            }
            // The first file is no rewrite: the pane moves on to one that is, later.
            SetEvent::Skipped(Some(id), _) => heard.right |= *id == first,
            SetEvent::Listed { .. } => listed += 1,
            // An empty folder: nothing more will come for the right pane.
            SetEvent::Walked if listed == 0 => heard.right = true,
            _ => {}
        }
        news.extend(set_news(event)?);
    }
    state.update(Action::SetNews(news));
    Ok(())
}

/// A set loader's event as the state takes it; an unreadable source or file named is the
/// reader's error.
fn set_news(event: SetEvent<Analysis>) -> Result<Option<SetNews>> {
    Ok(Some(match event {
        SetEvent::Listed { id, shown, always } => SetNews::Listed {
            id,
            doc: Arc::new(Document::pending(&shown)),
            always,
        },
        SetEvent::Walked => SetNews::Walked,
        SetEvent::Read(Loaded::Document(id, doc)) => SetNews::Arrived(id, doc),
        SetEvent::Read(Loaded::Read { id, bytes, total }) => SetNews::Read { id, bytes, total },
        SetEvent::Read(Loaded::Failed(_, err)) => return Err(err.into()),
        SetEvent::Skipped(id, skipped) => SetNews::Skipped(id, skipped.to_string()),
        SetEvent::Screened { id, kept } => SetNews::Screened { id, kept },
        SetEvent::Aligned(analysis) => SetNews::Compared(Arc::new(analysis)),
    }))
}

/// The reader on `state`, with the documents still to come from `feed`.
fn run_state(mut state: State, feed: Feed) -> Result<Exit> {
    run_state_with(&mut state, feed)
}

/// The same, the state left to the caller (a set's notes are printed after exit).
fn run_state_with(state: &mut State, feed: Feed) -> Result<Exit> {
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
    let outcome = reader_session(state, feed, &signal, &suspender, &event_loop_done);
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
    state: &mut State,
    feed: Feed,
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
    draw(&mut encoder, state)?;
    let mut held = match feed {
        Feed::Set(loader) => Some((loader, Instant::now() + FIRST_FRAME_SETTLE)),
        Feed::Pair(_) => None,
    };

    // The text is on screen; the comparison of a pair runs once both are whole, and may be
    // abandoned on quit (a set's pairs are compared by its loader).
    let cancel = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel();
    let mut analysing = matches!(feed, Feed::Set(_));
    let mut start_when_whole = |state: &State| -> Result<()> {
        if !analysing && state.shown_whole() {
            start_analysis(state, tx.clone(), &cancel)?;
            analysing = true;
        }
        Ok(())
    };
    start_when_whole(state)?;

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
            let mut wait = if state.wrapping() {
                Duration::ZERO
            } else if !state.shown_whole() {
                Duration::from_millis(10)
            } else {
                Duration::from_millis(50)
            };
            if let Some((_, until)) = held {
                wait = wait.min(until.saturating_duration_since(Instant::now()));
            }
            let input = event::poll(wait)?;
            if let Some((loader, until)) = held
                && (input || Instant::now() >= until)
            {
                loader.go_on();
                held = None;
            }
            if input {
                // Coalesce a burst (key repeat, wheel, fast typing) into one frame; each event is
                // mapped in the context the previous one left (`/` opens the prompt, `q` then types).
                loop {
                    if let Some(action) = action_for_event(state, event::read()?) {
                        if let Action::Resize(..) = action {
                            // The terminal may have cut rows short, even if the size comes
                            // back to what it was within this burst: redraw every cell.
                            encoder.redraw_all();
                        }
                        let report = matches!(action, Action::WriteReport(None));
                        state.update(action);
                        if report {
                            let outcome = super::report::write(state);
                            state.update(Action::WriteReport(Some(outcome)));
                        }
                        changed = true;
                    }
                    if state.quit || state.suspend || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
            match feed {
                Feed::Pair(loader) => {
                    while let Some(event) = loader.try_next() {
                        apply_loaded(state, event)?;
                        changed = true;
                    }
                }
                Feed::Set(loader) => {
                    let mut news = Vec::new();
                    while news.len() < SET_BURST {
                        let Some(event) = loader.try_next() else {
                            break;
                        };
                        news.extend(set_news(event)?);
                    }
                    if !news.is_empty() {
                        state.update(Action::SetNews(news));
                        changed = true;
                    }
                }
            }
            start_when_whole(state)?;
            if state.wrapping() && !state.quit {
                state.update(Action::WrapMore);
                changed = true;
            }
            while let Ok(message) = rx.try_recv() {
                match message {
                    Background::Progress(rewrite, p) => {
                        state.update(Action::AnalysisProgress(rewrite, p));
                    }
                    Background::Done(a) => state.update(Action::AnalysisDone(Arc::from(a))),
                }
                changed = true;
            }
            if state.quit {
                return Ok(Exit::Quit);
            }
            if suspender.check(state.suspend)? == Resume::Redraw {
                resumed(state, &mut encoder)?;
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
            draw(&mut encoder, state)?;
        }
    };
    let outcome = event_loop();
    cancel.store(true, Ordering::Relaxed);
    outcome
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
