//! The reader's model: actions, key bindings, the state and its areas, the screen layout. No
//! terminal and no drawing: `term` feeds it actions, `ui` draws it.

pub mod action;
pub mod analysis;
pub mod documents;
pub mod keymap;
pub mod layout;
pub mod panes;
pub mod quotes_panel;
pub mod search;
pub mod state;

#[cfg(test)]
mod readme_check;
