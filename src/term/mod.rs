//! The terminal: the event loop that drives the reader (`run`), the guard that restores every
//! mode on every exit path (`guard`), stopping and resuming as a shell job (`suspend`), the
//! frame encoder that sends each frame in one write (`encoder`), and writing the report the
//! reader asks for (`report`). The only layer that touches the real terminal, and the one that
//! calls `ui`.

pub mod encoder;
pub mod guard;
pub mod report;
pub mod run;
pub mod suspend;

pub use run::{Exit, Options, SetInput, action_for_event, run, run_set};
