//! Terminal-free layout: wrapped rows per pane width and the scroll map between the panes.

pub mod fit;
pub mod sync;
pub mod wrap;
