//! visavis: a terminal reader that puts two articles about the same story face to face.
//! The binary is a thin shell over this library; tests and benches use it directly.

pub mod app;
pub mod cmd;
pub mod core;
pub mod term;
pub mod ui;
pub mod view;
