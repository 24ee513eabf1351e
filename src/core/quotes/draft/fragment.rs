//! Fragments: a short phrase quoted inside the author's sentence (`les "liens historiques"`,
//! `a dénoncé une « mascarade »`), as opposed to a statement given as someone's words.

use super::super::attribution::{Attribution, Position};
use super::Draft;

/// Quotations longer than this many words are never fragments.
const FRAGMENT_MAX_WORDS: usize = 8;

/// True when the draft is a fragment: a subheading never is; a single word without final
/// punctuation always is (`«mère»`), unless an attribution right after it introduces it
/// (`« Non », a-t-il répondu`); otherwise a short quotation without sentence punctuation that
/// nothing introduces as speech and that does not open its sentence.
pub fn is_fragment(
    d: &Draft,
    own: Option<&Attribution>,
    opens_sentence: bool,
    after_colon: bool,
) -> bool {
    if d.raw.heading {
        return false;
    }
    let punctuated = d.text.contains(['.', '!', '?', '…']);
    let introduced = own.is_some_and(|a| a.introduces);
    if d.keys.len() == 1 && !punctuated {
        let said_right_after = own.is_some_and(|a| {
            a.introduces && matches!(a.position, Position::After | Position::Incise)
        });
        return !(said_right_after && opens_sentence);
    }
    d.keys.len() <= FRAGMENT_MAX_WORDS
        && !introduced
        && !opens_sentence
        && !after_colon
        && !punctuated
}
