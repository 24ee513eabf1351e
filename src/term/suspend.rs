//! Stopping and resuming like any job of the shell. Ctrl-Z is a key in raw mode, so the reader
//! asks for the stop itself (`State::suspend`); `kill -TSTP` arrives as SIGTSTP. Either way the
//! terminal is given back as the shell left it (main screen, cooked mode, mouse and bracketed
//! paste off, cursor shown) before the process stops, and when SIGCONT comes (`fg`, `kill -CONT`)
//! the reader's modes go back on and every cell is drawn again. A stop nobody can catch
//! (SIGSTOP) is resumed the same way: whatever the shell did to the terminal meanwhile is undone.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context as _, Result};
use signal_hook::consts::{SIGCONT, SIGTSTP};

use super::guard::{enter_modes, restore_terminal};

/// The stop and continue signals, noticed for the event loop.
pub struct Suspender {
    /// SIGTSTP arrived: a stop asked from outside.
    stop: Arc<AtomicBool>,
    /// SIGCONT arrived: the process runs again after a stop.
    resumed: Arc<AtomicBool>,
}

/// What the event loop is to do after looking at the stop signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    /// Nothing happened.
    No,
    /// The reader stopped and runs again, its modes back on: draw every cell.
    Redraw,
}

impl Suspender {
    /// Catches SIGTSTP (so that the process stops only once the terminal is restored) and
    /// SIGCONT.
    pub fn install() -> Result<Suspender> {
        let suspender = Suspender {
            stop: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        };
        signal_hook::flag::register(SIGTSTP, Arc::clone(&suspender.stop))
            .context("cannot install the SIGTSTP handler")?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&suspender.resumed))
            .context("cannot install the SIGCONT handler")?;
        Ok(suspender)
    }

    /// Stops if the reader asked for it (`asked`, Ctrl-Z) or SIGTSTP came, and comes back; or
    /// notices a stop it could not catch. Says whether the screen is to be drawn again.
    pub fn check(&self, asked: bool) -> Result<Resume> {
        if asked || self.stop.swap(false, Ordering::SeqCst) {
            self.suspend()?;
            return Ok(Resume::Redraw);
        }
        if self.resumed.swap(false, Ordering::SeqCst) {
            // Stopped by SIGSTOP and continued: the shell may have reset the terminal.
            restore_terminal();
            enter_modes()?;
            return Ok(Resume::Redraw);
        }
        Ok(Resume::No)
    }

    /// Gives the terminal back, stops the process until SIGCONT, then turns the reader's modes
    /// back on.
    fn suspend(&self) -> Result<()> {
        restore_terminal();
        // SIGTSTP's default action, which the handler replaced: stop (with SIGSTOP).
        signal_hook::low_level::emulate_default_handler(SIGTSTP)
            .context("cannot stop the process")?;
        // Running again: this SIGCONT is the one that ended this stop.
        self.resumed.store(false, Ordering::SeqCst);
        self.stop.store(false, Ordering::SeqCst);
        enter_modes()
    }
}
