//! The interactive reader: actions, key bindings, state and the event loop.

pub mod action;
pub mod analysis;
pub mod keymap;
pub mod layout;
pub mod quotes_panel;
pub mod run;
pub mod screen;
pub mod search;
pub mod state;

#[cfg(test)]
mod readme_check;
