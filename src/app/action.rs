//! `Action`: every change the reader's state can undergo. Keys, mouse events, resizes and
//! background results all become actions; only `State::update` applies them, handing each to the
//! area that owns it. `Effect`: what an area's `update` hands back (a message, and an action for
//! another area, such as the panel's selection scrolling the panes).

use std::sync::Arc;

use crate::app::analysis::Analysis;
use crate::core::document::Document;
use crate::core::side::{DocId, Side};

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
    /// Move focus to the next area (left, right, then each panel shown).
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
    /// Show or hide the list of shared passages.
    TogglePassages,
    /// Go to the passage selected in the list and read on from there (focus to the article).
    GoToPassage,
    /// A passage was chosen in the list: bring it and its counterpart face to face.
    ShowPassage(usize),
    /// The panes jumped to this passage (`]`, `[`): the list selects it too.
    PassageJumped(usize),
    /// Show fragments in the quotations panel, or only full statements.
    ToggleFragments,
    /// Cycle the quotations panel's speaker filter.
    CycleSpeakerFilter,
    /// Open the detail view of the selected quotation.
    OpenDetail,
    /// Close the open overlay (help or detail).
    CloseOverlay,
    /// Back out of what is open: the panel that has focus, else the search, else the panels
    /// shown. Never quits.
    Back,
    /// Leave visavis.
    Quit,
    /// Give the terminal back to the shell, stopped (as Ctrl-Z does in a cooked terminal);
    /// `fg` resumes.
    Suspend,
    /// The reader runs again after a stop: every cell is to be drawn again.
    Resumed,
    /// Write the HTML report of the pair shown. The key gives `None`; the event loop writes the
    /// file (I/O is not the model's) and hands back where it went, or why it could not
    /// (`Some`), for the status line.
    WriteReport(Option<Result<String, String>>),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The mouse wheel turned over a cell (negative: up).
    MouseScroll { column: u16, row: u16, delta: i32 },
    /// A mouse button was pressed on a cell.
    MouseClick { column: u16, row: u16 },
    /// More of document `id` was read in the background (a longer prefix, `partial`), or all of
    /// it: the panes showing it keep their place.
    DocumentArrived(DocId, Arc<Document>),
    /// `bytes` of document `id` are read (of `total`, when the size is known).
    DocumentRead {
        id: DocId,
        bytes: u64,
        total: Option<u64>,
    },
    /// Wrap one step more of a document not wrapped to its end (the event loop sends it
    /// between events while `State::wrapping` says so).
    WrapMore,
    /// The background analysis of the source against this rewrite has made progress (0..=1).
    AnalysisProgress(DocId, f32),
    /// The background analysis of a (source, rewrite) pair is done.
    AnalysisDone(Arc<Analysis>),
    /// Show this rewrite in the right pane, against the source; its analysis becomes the current
    /// one.
    ShowRewrite(DocId),
    /// Show this rewrite, then apply `then` to the pair it makes (bring a passage or a quotation
    /// of that pair into view).
    ShowRewriteThen { rewrite: DocId, then: Box<Action> },
    /// The next rewrite open, in the right pane.
    NextRewrite,
    /// The previous rewrite open.
    PrevRewrite,
    /// A digit of the number of a rewrite to show (`1` then `2`: rewrite 12).
    RewriteNumber(u8),
    /// Background analyses of several (source, rewrite) pairs are done.
    PairsDone { analyses: Vec<Arc<Analysis>> },
    /// What the background learnt of a set since the last look (rewrites listed, screened,
    /// skipped, compared), taken in order, then the set's views worked out once.
    SetNews(Vec<SetNews>),
    /// Show or hide the overview of the rewrites (the rank table).
    ToggleOverview,
    /// Back from the overview to the pair shown.
    CloseOverview,
    /// List the rewrites that carry the passage of the source at the reading line.
    ShowCarriers,
    /// Open the rewrite selected in the overview.
    OverviewOpen,
    /// The quotations panel shows the source's quotations × the rewrites, or the pair's list.
    ToggleMatrix,
    /// Move the matrix's selection to the next (1) or previous (-1) rewrite.
    MatrixColumn(i32),
    /// Open the variants of the quotation selected in the matrix, side by side.
    OpenVariants,
    /// Close the variants view.
    CloseVariants,
    /// A search hit was chosen: bring byte `offset` of `side` into view, the other pane following.
    /// Like any move, it ends the emphasis of the passage jumped to.
    ShowSearchHit { side: Side, offset: usize },
    /// A quotation was selected in the panel: bring byte `offset` of `side` into view and, given a
    /// `counterpart` offset, put it on the same screen line in the other pane.
    ShowQuote {
        side: Side,
        offset: usize,
        counterpart: Option<usize>,
    },
}

/// What an area's `update` hands back to the dispatcher: a message for the status line, and an
/// action for another area (applied after it). Areas never reach into each other.
#[derive(Debug, Default)]
#[must_use]
pub struct Effect {
    pub message: Option<String>,
    pub then: Option<Action>,
}

impl Effect {
    /// Nothing for the others.
    pub fn none() -> Effect {
        Effect::default()
    }

    /// A message for the status line.
    pub fn say(message: impl Into<String>) -> Effect {
        Effect {
            message: Some(message.into()),
            then: None,
        }
    }

    /// An action for another area.
    pub fn then(action: Action) -> Effect {
        Effect {
            message: None,
            then: Some(action),
        }
    }

    /// This effect, then `action` for another area.
    pub fn and_then(self, action: Action) -> Effect {
        Effect {
            then: Some(action),
            ..self
        }
    }

    /// This effect, with a message too.
    pub fn and_say(self, message: impl Into<String>) -> Effect {
        Effect {
            message: Some(message.into()),
            ..self
        }
    }
}

/// One thing the background learnt of a set of rewrites being read (see `Action::SetNews`).
#[derive(Debug, Clone)]
pub enum SetNews {
    /// Rewrite `id` is found (`doc`: its name, nothing read yet); `always`: it stays open
    /// whatever it took.
    Listed {
        id: DocId,
        doc: Arc<Document>,
        always: bool,
    },
    /// No more rewrites will be listed.
    Walked,
    /// The prefilter's word on rewrite `id`: worth comparing, or not (it took nothing).
    Screened { id: DocId, kept: bool },
    /// A folder's entry that is no rewrite (`id` when it was listed): its one-line note.
    Skipped(Option<DocId>, String),
    /// More of document `id` is read, or all of it (as `Action::DocumentArrived`).
    Arrived(DocId, Arc<Document>),
    /// `bytes` of document `id` are read (as `Action::DocumentRead`).
    Read {
        id: DocId,
        bytes: u64,
        total: Option<u64>,
    },
    /// The pair of the source and a rewrite is compared.
    Compared(Arc<Analysis>),
}
