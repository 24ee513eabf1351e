//! The reader's model: actions, key bindings, the state and its areas, the screen layout. No
//! terminal and no drawing: `term` feeds it actions, `ui` draws it.
//!
//! # How one feature crosses the modules: a quotation, from bytes to panel row and highlight
//!
//! `core::load` turns a file's bytes into safe text (encoding, line endings, tabs, control
//! characters); `core::document` cuts it into blocks, each a byte range of that text. From then
//! on every span anywhere is a byte range into a document's text. `core::loader` reads the files
//! in the background and sends each document as soon as a screen's worth is decoded (a prefix,
//! `Document::partial`), again as it grows, then whole: `Action::DocumentArrived`, which the
//! panes take in place (`panes`: the rows of the blocks both versions share stay, the rest is
//! wrapped as far as the screen needs, then in steps, `Action::WrapMore`). Once both documents
//! shown are whole, `term::run` runs `analysis::analyse` on a background thread: the
//! comparison (`core::compare`) and the quotations (`core::quotes`: `scan` finds the marks and
//! the quoted spans, attribution finds the speaker, `matching` links each quotation to its
//! counterparts in the other document). Each `Quote` says which document it is in (`DocId`), its
//! outer span, its speaker and its matches. `Analysis::new` indexes what a frame looks up: the
//! outermost quotation spans per side, sorted, so a row finds its own with a walk from the row
//! above (`RowCursor`).
//!
//! The result comes back as `Action::AnalysisDone`. `State::update` is a dispatcher: it files the
//! analysis under its pair (`documents`), and, as it is the pair shown, hands the action to the
//! quotations panel (`quotes_panel`), which builds its list (statements, then fragments, by the
//! speaker filter) and the spans to highlight for the selection. A key in the panel goes through
//! the keymap (`keymap`, the one table) to an `Action`, the dispatcher routes it to
//! `QuotePanel::update`, and the panel answers with an `Effect`: `ShowQuote`, which the
//! dispatcher hands to `Panes::update` to bring the quotation and its counterpart face to face.
//! Areas never reach into each other; what one needs from another arrives as an action. `ui`
//! then only reads: `ui::quotes` draws the panel's rows (side letter from `Analysis::side_of`,
//! status from the matches) and the detail view from the word differences the panel worked out
//! when it opened; `ui::panes` tints each visible row's quotation spans and the selection.
//!
//! The model holds the documents as a numbered list and one analysis per (source, rewrite) pair;
//! the panes show one pair, and `Action::ShowRewrite` switches the right pane (its analysis
//! becomes the current one). Only two documents are opened today.
//!
//! # Known weak points
//!
//! - `core::quotes::analyse` numbers the two documents it is given 0 and 1; `analysis::analyse`
//!   re-files its quotations under the pair's ids. With many rewrites the engine should take
//!   the ids, and scan the source once rather than once per pair (each `Analysis` holds the
//!   source's quotations again).
//! - A quotation id means something only with its `Analysis`: the panel keeps ids, so it must
//!   be rebuilt whenever the current analysis changes (it is, on `AnalysisDone` and
//!   `ShowRewrite`; a new place that changes the pair shown must do the same).
//! - `Effect` carries one follow-up action, applied after the area that asked for it: enough
//!   for today's chains (panel → panes, search → panes), not a general message bus.
//! - Focus, overlay, layout and the status message stay in `State`; each new area means a new
//!   `keymap::Context`.
//! - The detail view wraps its few lines at each frame while it is open (not cached per width);
//!   the panel formats each visible row at each frame. Both are bounded by the screen, not the
//!   documents.
//! - The search runs over both whole documents at each keystroke (5–20 ms on the Bible pair).
//! - `core::compare::Passage` has `left`/`right` fields rather than a `Pair`, so
//!   `analysis.rs` maps a `Side` to a field by hand.
//! - `term::run` starts one analysis thread for the pair shown; more pairs need a queue there.
//! - While a document arrives, each newer version is a copy of the text so far (sent as it
//!   doubles: about twice the file copied in all), and the scroll map is proportional over the
//!   rows wrapped so far, so synchronised scrolling is rough until both documents are whole.
//! - A newer version that changes the rows on screen (the whole file read in another encoding
//!   than its start) is wrapped up to the top row at once, on the event loop's thread.
//! - A file found unreadable or binary after its first screen (a NUL byte in its middle) ends
//!   the reader with the one-line error, as it would have before the first frame.

pub mod action;
pub mod analysis;
pub mod documents;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod matrix;
pub mod overview;
pub mod panes;
pub mod passages_panel;
pub mod quotes_panel;
pub mod rewrites;
pub mod search;
pub mod state;

#[cfg(test)]
mod readme_check;
