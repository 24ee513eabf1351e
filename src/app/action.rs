//! `Action`: every change the reader's state can undergo. Keys, mouse events, resizes and
//! background results all become actions; only `State::update` applies them.

use std::sync::Arc;

use crate::app::analysis::Analysis;

/// One change to the reader's state.
#[derive(Debug, Clone)]
pub enum Action {
    /// Scroll the focused pane (or move the quotation selection) by this many rows.
    ScrollRows(i32),
    /// Scroll the focused pane by half its height (1 down, -1 up).
    ScrollHalfPage(i32),
    /// Scroll the focused pane by its height (1 down, -1 up).
    ScrollPage(i32),
    /// Go to the first row.
    GoTop,
    /// Go to the last row.
    GoBottom,
    /// Move focus to the next area (left, right, quotations).
    FocusNext,
    /// Focus the left article.
    FocusLeft,
    /// Focus the right article.
    FocusRight,
    /// Turn synchronised scrolling on or off.
    ToggleSync,
    /// Switch between side-by-side and stacked panes.
    ToggleLayout,
    /// Turn mouse capture off (to select text with the terminal) or back on.
    ToggleMouse,
    /// Show or hide the key help.
    ToggleHelp,
    /// Open the search prompt.
    SearchOpen,
    /// Type a character into the search prompt.
    SearchInput(char),
    /// Paste text into the search prompt.
    SearchPaste(String),
    /// Delete the last character of the search prompt.
    SearchBackspace,
    /// Jump to the next match of the typed query and close the prompt.
    SearchSubmit,
    /// Close the search prompt and clear the highlights.
    SearchCancel,
    /// Jump to the next search match.
    SearchNext,
    /// Jump to the previous search match.
    SearchPrev,
    /// Jump to the next shared passage and bring its counterpart in front of it.
    NextPassage,
    /// Jump to the previous shared passage and bring its counterpart in front of it.
    PrevPassage,
    /// Re-align the other pane to the passage at the reading line.
    Realign,
    /// Show or hide the quotations panel.
    ToggleQuotes,
    /// Show fragments in the quotations panel, or only full statements.
    ToggleFragments,
    /// Cycle the quotations panel's speaker filter.
    CycleSpeakerFilter,
    /// Open the detail view of the selected quotation.
    OpenDetail,
    /// Close the open overlay (help or detail).
    CloseOverlay,
    /// Leave visavis.
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The mouse wheel turned over a cell (negative: up).
    MouseScroll { column: u16, row: u16, delta: i32 },
    /// A mouse button was pressed on a cell.
    MouseClick { column: u16, row: u16 },
    /// The background analysis has made progress (0..=1).
    AnalysisProgress(f32),
    /// The background analysis is done.
    AnalysisDone(Arc<Analysis>),
}
