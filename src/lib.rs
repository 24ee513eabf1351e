//! visavis: a terminal reader that puts two articles about the same story face to face.
//! The binary is a thin shell over this library; tests and benches use it directly.

// A failure must become a one-line message or a correct screen, never a panic: outside tests,
// every `Option`/`Result` is handled or its impossibility stated with `expect`.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod app;
pub mod cmd;
pub mod core;
pub mod term;
pub mod ui;
pub mod view;
