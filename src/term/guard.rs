//! The terminal's modes and their guaranteed restore: raw mode, the alternate screen, mouse
//! capture and bracketed paste are left on quit, error, panic, terminating signals and a stop
//! (`term::suspend` turns them back on after it); a watchdog ends the process when the terminal
//! goes away under a blocked read.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result};
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    self, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};

/// Set while the terminal is in the reader's modes; restoring clears it.
static TERMINAL_ACTIVE: AtomicBool = AtomicBool::new(false);

/// Leaves every mode the reader turned on, once: the panic hook and the guard both call it, and
/// a second `?1049l` would move the cursor back above the panic message it just printed.
pub fn restore_terminal() {
    if !TERMINAL_ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    // Each step is attempted even if an earlier one fails: a half-restored terminal is worse.
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, DisableBracketedPaste);
    let _ = execute!(out, EndSynchronizedUpdate);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, cursor::Show);
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, so `?` and early returns cannot leave it raw.
pub struct TerminalGuard;

impl TerminalGuard {
    pub fn enter() -> Result<TerminalGuard> {
        install_panic_hook();
        let guard = TerminalGuard;
        enter_modes()?;
        Ok(guard)
    }
}

/// Turns the reader's modes on (raw mode, the alternate screen, mouse capture, bracketed
/// paste, no cursor): at the start, and again when the reader resumes after a stop.
pub fn enter_modes() -> Result<()> {
    TERMINAL_ACTIVE.store(true, Ordering::SeqCst);
    terminal::enable_raw_mode().context("cannot switch the terminal to raw mode")?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    )
    .context("cannot set up the terminal")?;
    Ok(())
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Restores the terminal before the default hook prints the panic, so the message is readable
/// and the shell is usable. Chained after any hook installed before.
fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// Whether `err` comes from the terminal going away (or a terminating signal arriving).
pub fn terminal_gone(err: &anyhow::Error, signal: &AtomicUsize) -> bool {
    let eio = err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| matches!(io.raw_os_error(), Some(libc::EIO | libc::ENXIO)))
    });
    if eio || terminal_hung_up() {
        return true;
    }
    // A signal may be on its way: give it a moment before calling this a failure.
    std::thread::sleep(Duration::from_millis(100));
    signal.load(Ordering::SeqCst) != 0 || terminal_hung_up()
}

/// When the terminal goes away (its window is closed), crossterm's reader sees end of file and
/// keeps reading without returning, so the event loop never looks at the signal flag again.
/// This thread notices a terminating signal or a hung-up terminal; if the loop has not left on
/// its own shortly after, it restores what it can and ends the process (128 + signal, as the
/// loop would).
pub fn spawn_watchdog(signal: Arc<AtomicUsize>, event_loop_done: Arc<AtomicBool>) {
    let watch = move || {
        loop {
            std::thread::sleep(Duration::from_millis(200));
            if event_loop_done.load(Ordering::SeqCst) {
                return;
            }
            let received = signal.load(Ordering::SeqCst);
            if received == 0 && !terminal_hung_up() {
                continue;
            }
            std::thread::sleep(Duration::from_millis(300));
            if event_loop_done.load(Ordering::SeqCst) {
                return;
            }
            restore_terminal();
            let code = if received != 0 {
                received as i32
            } else {
                signal_hook::consts::SIGHUP
            };
            std::process::exit(128 + code);
        }
    };
    // Without the thread the reader still works; it only loses this safety net.
    let _ = std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(watch);
}

/// True when the terminal on standard input has hung up (its other side was closed). When
/// standard input is not a terminal (crossterm then reads /dev/tty), only signals count: a pipe
/// at its end is not a closed window.
fn terminal_hung_up() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } != 1 {
        return false;
    }
    let mut fds = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, zero timeout; poll only writes `revents`.
    let ready = unsafe { libc::poll(&mut fds, 1, 0) };
    ready == 1 && fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}
