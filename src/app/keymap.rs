//! The one table of key bindings: key → `Action` → description, per context. Event handling,
//! the help overlay and the README's key list are all generated from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where the keyboard currently goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Reading the articles (also the base layer of the panels' contexts).
    Reader,
    /// The quotations panel has focus.
    Quotes,
    /// The list of shared passages has focus.
    Passages,
    /// Typing a search query.
    Search,
    /// The help is open.
    Help,
    /// A quotation's detail view is open.
    Detail,
    /// The overview of the rewrites is on screen.
    Overview,
    /// The quotations panel shows the matrix of the source's quotations × the rewrites.
    Matrix,
    /// The variants of one quotation are open.
    Variants,
    /// Keys that work in every context (looked up last).
    Everywhere,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Reader => "Reading",
            Context::Quotes => "Quotations panel",
            Context::Passages => "Shared passages list",
            Context::Search => "Search prompt",
            Context::Help => "Help",
            Context::Detail => "Quotation detail",
            Context::Overview => "Rewrites overview",
            Context::Matrix => "Quotation matrix",
            Context::Variants => "Quotation variants",
            Context::Everywhere => "Everywhere",
        }
    }
}

/// A key with its modifiers, as written in the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// How the key is written in the help: `j`, `Ctrl-d`, `↓`, `PgDn`, `Space`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    fn matches(&self, event: &KeyEvent) -> bool {
        if self.code != event.code {
            return false;
        }
        // Shift is part of the character for printable keys (`G`, `N`, `?`), so ignore it there.
        let relevant = if matches!(event.code, KeyCode::Char(_)) {
            event.modifiers - KeyModifiers::SHIFT
        } else {
            event.modifiers
        };
        relevant == self.modifiers
    }
}

/// One line of the table.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

use Context::{
    Detail, Everywhere, Help, Matrix, Overview, Passages, Quotes, Reader, Search, Variants,
};
use KeyCode::{Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

/// The key bindings. Lookups try the current context first, then `Reader` (except while typing
/// a search query, where unbound printable keys are text).
pub static BINDINGS: &[Binding] = &[
    Binding {
        context: Reader,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "scroll down one line",
    },
    Binding {
        context: Reader,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "scroll up one line",
    },
    Binding {
        context: Reader,
        keys: &[ctrl('d')],
        action: Action::ScrollHalfPage(1),
        help: "scroll down half a page",
    },
    Binding {
        context: Reader,
        keys: &[ctrl('u')],
        action: Action::ScrollHalfPage(-1),
        help: "scroll up half a page",
    },
    Binding {
        context: Reader,
        keys: &[ch(' '), plain(PageDown), ctrl('f')],
        action: Action::ScrollPage(1),
        help: "scroll down a page",
    },
    Binding {
        context: Reader,
        keys: &[ch('b'), plain(PageUp), ctrl('b')],
        action: Action::ScrollPage(-1),
        help: "scroll up a page",
    },
    Binding {
        context: Reader,
        keys: &[ch('g'), plain(Home)],
        action: Action::GoTop,
        help: "go to the top",
    },
    Binding {
        context: Reader,
        keys: &[ch('G'), plain(End)],
        action: Action::GoBottom,
        help: "go to the bottom",
    },
    Binding {
        context: Reader,
        keys: &[plain(Tab)],
        action: Action::FocusNext,
        help: "focus the next area (left, right, then the panels shown)",
    },
    Binding {
        context: Reader,
        keys: &[ch('h'), plain(Left)],
        action: Action::FocusLeft,
        help: "focus the left article",
    },
    Binding {
        context: Reader,
        keys: &[ch('l'), plain(Right)],
        action: Action::FocusRight,
        help: "focus the right article",
    },
    Binding {
        context: Reader,
        keys: &[ch('s')],
        action: Action::ToggleSync,
        help: "synchronised scrolling on/off",
    },
    Binding {
        context: Reader,
        keys: &[ch(']')],
        action: Action::NextPassage,
        help: "next shared passage, counterpart brought in front",
    },
    Binding {
        context: Reader,
        keys: &[ch('[')],
        action: Action::PrevPassage,
        help: "previous shared passage, counterpart brought in front",
    },
    Binding {
        context: Reader,
        keys: &[ch('a'), ch('=')],
        action: Action::Realign,
        help: "re-align the other pane to the passage at the reading line",
    },
    Binding {
        context: Reader,
        keys: &[ch('/')],
        action: Action::SearchOpen,
        help: "search both articles",
    },
    Binding {
        context: Reader,
        keys: &[ch('n')],
        action: Action::SearchNext,
        help: "next match",
    },
    Binding {
        context: Reader,
        keys: &[ch('N')],
        action: Action::SearchPrev,
        help: "previous match",
    },
    Binding {
        context: Reader,
        keys: &[ch('"'), ch('c')],
        action: Action::ToggleQuotes,
        help: "show/hide the quotations panel",
    },
    Binding {
        context: Reader,
        keys: &[ch('P')],
        action: Action::TogglePassages,
        help: "show/hide the list of shared passages",
    },
    Binding {
        context: Reader,
        keys: &[ch('v')],
        action: Action::ToggleLayout,
        help: "side by side / stacked panes",
    },
    Binding {
        context: Reader,
        keys: &[ch('m')],
        action: Action::ToggleMouse,
        help: "mouse capture off/on (off: select text with the terminal)",
    },
    Binding {
        context: Reader,
        keys: &[ch('>'), ch('.')],
        action: Action::NextRewrite,
        help: "next rewrite in the right pane (several rewrites)",
    },
    Binding {
        context: Reader,
        keys: &[ch('<'), ch(',')],
        action: Action::PrevRewrite,
        help: "previous rewrite",
    },
    Binding {
        context: Reader,
        keys: DIGITS,
        // The digit is the key's: see `action_for`.
        action: Action::RewriteNumber(0),
        help: "show rewrite N (type its number: 1 then 2 for 12)",
    },
    Binding {
        context: Reader,
        keys: &[ch('o')],
        action: Action::ToggleOverview,
        help: "overview: what each rewrite took, and where from",
    },
    Binding {
        context: Reader,
        keys: &[ch('r')],
        action: Action::ShowCarriers,
        help: "which rewrites carry the passage at the reading line",
    },
    Binding {
        context: Reader,
        keys: &[ch('w')],
        action: Action::WriteReport(None),
        help: "write an HTML report: the pair, or every rewrite open (the status line says where)",
    },
    Binding {
        context: Reader,
        keys: &[ch('?'), plain(KeyCode::F(1))],
        action: Action::ToggleHelp,
        help: "this help",
    },
    Binding {
        context: Reader,
        keys: &[plain(Esc)],
        action: Action::Back,
        help: "back out: clear the search, then hide the panels (never quits)",
    },
    Binding {
        context: Reader,
        keys: &[ch('q')],
        action: Action::Quit,
        help: "quit",
    },
    Binding {
        context: Quotes,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "select the next quotation (both panes follow)",
    },
    Binding {
        context: Quotes,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "select the previous quotation",
    },
    Binding {
        context: Quotes,
        keys: &[plain(Enter)],
        action: Action::OpenDetail,
        help: "open the quotation's detail view",
    },
    Binding {
        context: Quotes,
        keys: &[plain(Esc)],
        action: Action::Back,
        help: "hide the panel, back to the article",
    },
    Binding {
        context: Quotes,
        keys: &[ch('f')],
        action: Action::ToggleFragments,
        help: "show fragments too, or full statements only",
    },
    Binding {
        context: Quotes,
        keys: &[ch('p')],
        action: Action::CycleSpeakerFilter,
        help: "filter by speaker (cycles through speakers)",
    },
    Binding {
        context: Quotes,
        keys: &[ch('x')],
        action: Action::ToggleMatrix,
        help: "quotations × rewrites (several rewrites)",
    },
    Binding {
        context: Matrix,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "next quotation of the source",
    },
    Binding {
        context: Matrix,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "previous quotation",
    },
    Binding {
        context: Matrix,
        keys: &[ch('l'), plain(Right)],
        action: Action::MatrixColumn(1),
        help: "next rewrite (the right pane shows it)",
    },
    Binding {
        context: Matrix,
        keys: &[ch('h'), plain(Left)],
        action: Action::MatrixColumn(-1),
        help: "previous rewrite",
    },
    Binding {
        context: Matrix,
        keys: &[ch('g'), plain(Home)],
        action: Action::GoTop,
        help: "first quotation",
    },
    Binding {
        context: Matrix,
        keys: &[ch('G'), plain(End)],
        action: Action::GoBottom,
        help: "last quotation",
    },
    Binding {
        context: Matrix,
        keys: &[plain(Enter)],
        action: Action::OpenVariants,
        help: "the texts the rewrites give it, side by side with the source's",
    },
    Binding {
        context: Matrix,
        keys: &[ch('x')],
        action: Action::ToggleMatrix,
        help: "the quotations of the pair shown",
    },
    Binding {
        context: Overview,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "select the next rewrite",
    },
    Binding {
        context: Overview,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "select the previous rewrite",
    },
    Binding {
        context: Overview,
        keys: &[ch(' '), plain(PageDown), ctrl('f')],
        action: Action::ScrollPage(1),
        help: "a page down",
    },
    Binding {
        context: Overview,
        keys: &[ch('b'), plain(PageUp), ctrl('b')],
        action: Action::ScrollPage(-1),
        help: "a page up",
    },
    Binding {
        context: Overview,
        keys: &[ch('g'), plain(Home)],
        action: Action::GoTop,
        help: "the first",
    },
    Binding {
        context: Overview,
        keys: &[ch('G'), plain(End)],
        action: Action::GoBottom,
        help: "the last",
    },
    Binding {
        context: Overview,
        keys: &[plain(Enter)],
        action: Action::OverviewOpen,
        help: "open it, facing the source (at the passage, for carriers)",
    },
    Binding {
        context: Overview,
        keys: &[ch('o')],
        action: Action::ToggleOverview,
        help: "every rewrite (from the carriers' list), or back",
    },
    Binding {
        context: Overview,
        keys: &[plain(Esc)],
        action: Action::CloseOverview,
        help: "back to the pair",
    },
    Binding {
        context: Variants,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "scroll down",
    },
    Binding {
        context: Variants,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "scroll up",
    },
    Binding {
        context: Variants,
        keys: &[ch(' '), plain(PageDown)],
        action: Action::ScrollPage(1),
        help: "a page down",
    },
    Binding {
        context: Variants,
        keys: &[ch('b'), plain(PageUp)],
        action: Action::ScrollPage(-1),
        help: "a page up",
    },
    Binding {
        context: Variants,
        keys: &[plain(Esc), ch('q'), plain(Enter)],
        action: Action::CloseVariants,
        help: "close (so does any other key)",
    },
    Binding {
        context: Variants,
        keys: &[ctrl('c')],
        action: Action::Quit,
        help: "quit",
    },
    Binding {
        context: Passages,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "select the next passage (both panes follow)",
    },
    Binding {
        context: Passages,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "select the previous passage",
    },
    Binding {
        context: Passages,
        keys: &[plain(Enter)],
        action: Action::GoToPassage,
        help: "read on from the passage (focus back to the article)",
    },
    Binding {
        context: Passages,
        keys: &[plain(Esc)],
        action: Action::Back,
        help: "hide the list, back to the article",
    },
    Binding {
        context: Search,
        keys: &[plain(Enter)],
        action: Action::SearchSubmit,
        help: "jump to the next match",
    },
    Binding {
        context: Search,
        keys: &[plain(Esc)],
        action: Action::SearchCancel,
        help: "cancel the search",
    },
    Binding {
        context: Search,
        keys: &[plain(Backspace)],
        action: Action::SearchBackspace,
        help: "delete a character",
    },
    Binding {
        context: Help,
        keys: &[ch('j'), plain(Down)],
        action: Action::ScrollRows(1),
        help: "scroll down one line",
    },
    Binding {
        context: Help,
        keys: &[ch('k'), plain(Up)],
        action: Action::ScrollRows(-1),
        help: "scroll up one line",
    },
    Binding {
        context: Help,
        keys: &[ch(' '), plain(PageDown)],
        action: Action::ScrollPage(1),
        help: "scroll down a page",
    },
    Binding {
        context: Help,
        keys: &[ch('b'), plain(PageUp)],
        action: Action::ScrollPage(-1),
        help: "scroll up a page",
    },
    Binding {
        context: Help,
        keys: &[ch('g'), plain(Home)],
        action: Action::GoTop,
        help: "go to the top",
    },
    Binding {
        context: Help,
        keys: &[ch('G'), plain(End)],
        action: Action::GoBottom,
        help: "go to the bottom",
    },
    Binding {
        context: Help,
        keys: &[plain(Esc), ch('q'), ch('?'), plain(KeyCode::F(1))],
        action: Action::CloseOverlay,
        help: "close",
    },
    Binding {
        context: Detail,
        keys: &[plain(Esc), ch('q'), plain(Enter)],
        action: Action::CloseOverlay,
        help: "close",
    },
    Binding {
        context: Everywhere,
        keys: &[ctrl('z')],
        action: Action::Suspend,
        help: "suspend to the shell (fg comes back)",
    },
    Binding {
        context: Everywhere,
        keys: &[ctrl('c')],
        action: Action::Quit,
        help: "quit",
    },
];

/// The digits, each jumping to a rewrite by number.
const DIGITS: &[Key] = &[
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
    ch('9'),
    ch('0'),
];

/// The action a key press means in `context`, if any: the context's own keys, then (in a
/// panel) the reading keys, then the keys that work everywhere. Other keys do nothing, except
/// in the search prompt, where printable keys are text.
pub fn action_for(context: Context, event: &KeyEvent) -> Option<Action> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .find(|b| b.context == ctx && b.keys.iter().any(|k| k.matches(event)))
            .map(|b| match (&b.action, event.code) {
                // One line of the table for the ten digits: the action takes the key's.
                (Action::RewriteNumber(_), KeyCode::Char(c)) => {
                    Action::RewriteNumber(c.to_digit(10).map_or(0, |d| d as u8))
                }
                (action, _) => action.clone(),
            })
    };
    let own = match context {
        Search => find(Search).or_else(|| match event.code {
            KeyCode::Char(c)
                if !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::SearchInput(c))
            }
            _ => None,
        }),
        Quotes | Passages | Matrix => find(context).or_else(|| find(Reader)),
        // The reading keys would move panes hidden under the overview: only the keys that
        // concern the whole reader (the report is of all the rewrites), and those that switch
        // rewrites, go through.
        Overview => find(Overview).or_else(|| {
            find(Reader).filter(|a| {
                matches!(
                    a,
                    Action::Quit
                        | Action::ToggleHelp
                        | Action::ToggleMouse
                        | Action::NextRewrite
                        | Action::PrevRewrite
                        | Action::RewriteNumber(_)
                        | Action::WriteReport(None)
                )
            })
        }),
        Reader | Help | Detail | Variants | Everywhere => find(context),
    };
    let own = own.or_else(|| find(Everywhere));
    // Like a pager's help, every other key closes the variants.
    if context == Variants {
        own.or(Some(Action::CloseVariants))
    } else {
        own
    }
}

/// The help text, generated from the table: (section title, [(keys, description)]).
pub fn help_sections() -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    let mut sections: Vec<(&'static str, Vec<(String, &'static str)>)> = Vec::new();
    for context in [
        Reader, Quotes, Passages, Matrix, Overview, Variants, Search, Help, Detail, Everywhere,
    ] {
        let rows = BINDINGS
            .iter()
            .filter(|b| b.context == context)
            .map(|b| {
                // The ten digits are one key in the help.
                if matches!(b.action, Action::RewriteNumber(_)) {
                    return ("0–9".to_string(), b.help);
                }
                let keys: Vec<String> = b.keys.iter().map(Key::label).collect();
                (keys.join(" "), b.help)
            })
            .collect();
        sections.push((context.title(), rows));
    }
    sections.push((
        "Mouse",
        vec![
            ("wheel".to_string(), "scroll the pane under the pointer"),
            (
                "click".to_string(),
                "focus a pane, select a row of a panel or a cell of the matrix",
            ),
            (
                "click ‹ ›".to_string(),
                "on the right title: previous / next rewrite (on N/M: the overview)",
            ),
            (
                "click gutter".to_string(),
                "the rewrites carrying the passage on that line",
            ),
            (
                "click row".to_string(),
                "in the overview: select a rewrite, click again to open it",
            ),
            (
                "Shift-drag".to_string(),
                "select text with the terminal (or press m first)",
            ),
        ],
    ));
    sections
}

/// The key list as Markdown, for the README (a test checks the README contains it).
pub fn help_markdown() -> String {
    let mut out = String::new();
    for (title, rows) in help_sections() {
        out.push_str(&format!("\n**{title}**\n\n| keys | action |\n|---|---|\n"));
        for (keys, help) in rows {
            let keys: Vec<String> = keys
                .split(' ')
                .map(|k| format!("`{}`", if k == "|" { "\\|" } else { k }))
                .collect();
            out.push_str(&format!("| {} | {help} |\n", keys.join(" ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn reader_keys_map_to_actions() {
        let a = action_for(Reader, &key(KeyCode::Char('j'), KeyModifiers::NONE));
        assert!(matches!(a, Some(Action::ScrollRows(1))));
        let a = action_for(Reader, &key(KeyCode::Char('d'), KeyModifiers::CONTROL));
        assert!(matches!(a, Some(Action::ScrollHalfPage(1))));
        let a = action_for(Reader, &key(KeyCode::Char('G'), KeyModifiers::SHIFT));
        assert!(matches!(a, Some(Action::GoBottom)));
        let a = action_for(Reader, &key(KeyCode::Char('d'), KeyModifiers::NONE));
        assert!(a.is_none());
    }

    #[test]
    fn search_context_types_text_but_keeps_its_keys() {
        let a = action_for(Search, &key(KeyCode::Char('q'), KeyModifiers::NONE));
        assert!(matches!(a, Some(Action::SearchInput('q'))));
        let a = action_for(Search, &key(KeyCode::Esc, KeyModifiers::NONE));
        assert!(matches!(a, Some(Action::SearchCancel)));
        let a = action_for(Search, &key(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert!(matches!(a, Some(Action::Quit)));
        let a = action_for(Search, &key(KeyCode::Char('z'), KeyModifiers::CONTROL));
        assert!(matches!(a, Some(Action::Suspend)), "Ctrl-z is no text");
    }

    #[test]
    fn esc_backs_out_and_only_q_and_ctrl_c_quit() {
        let esc = key(KeyCode::Esc, KeyModifiers::NONE);
        for context in [Reader, Quotes, Passages] {
            assert!(matches!(action_for(context, &esc), Some(Action::Back)));
        }
        assert!(matches!(
            action_for(Search, &esc),
            Some(Action::SearchCancel)
        ));
        for context in [Help, Detail] {
            assert!(matches!(
                action_for(context, &esc),
                Some(Action::CloseOverlay)
            ));
        }
        for binding in BINDINGS {
            if binding.keys.contains(&plain(Esc)) {
                assert!(!matches!(binding.action, Action::Quit), "Esc never quits");
            }
        }
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert!(matches!(action_for(Reader, &q), Some(Action::Quit)));
        assert!(matches!(action_for(Help, &q), Some(Action::CloseOverlay)));
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for context in [Reader, Quotes, Passages, Search, Help, Detail] {
            assert!(matches!(action_for(context, &ctrl_c), Some(Action::Quit)));
            let ctrl_z = key(KeyCode::Char('z'), KeyModifiers::CONTROL);
            assert!(matches!(
                action_for(context, &ctrl_z),
                Some(Action::Suspend)
            ));
        }
    }

    #[test]
    fn the_help_scrolls_and_other_keys_leave_it_open() {
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert!(matches!(action_for(Help, &j), Some(Action::ScrollRows(1))));
        let page = key(KeyCode::PageDown, KeyModifiers::NONE);
        assert!(matches!(
            action_for(Help, &page),
            Some(Action::ScrollPage(1))
        ));
        let x = key(KeyCode::Char('x'), KeyModifiers::NONE);
        assert!(action_for(Help, &x).is_none());
        assert!(action_for(Detail, &x).is_none());
    }

    #[test]
    fn quotes_context_falls_back_to_reader_keys() {
        let a = action_for(Quotes, &key(KeyCode::Char('j'), KeyModifiers::NONE));
        assert!(matches!(a, Some(Action::ScrollRows(1))));
        let a = action_for(Quotes, &key(KeyCode::Char('q'), KeyModifiers::NONE));
        assert!(matches!(a, Some(Action::Quit)));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{} bound twice", k.label());
                    }
                }
            }
        }
    }

    #[test]
    fn help_lists_every_binding() {
        let text: String = help_sections()
            .iter()
            .flat_map(|(_, rows)| rows.iter().map(|(k, h)| format!("{k} {h}\n")))
            .collect();
        for b in BINDINGS {
            assert!(text.contains(b.help));
        }
        assert!(text.contains("Ctrl-d"));
    }
}
