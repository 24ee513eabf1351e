//! Who said it: the attribution of quotations to speakers, for French and English news.
//!
//! One job per module, bottom-up:
//! - `lexicon`: the words it knows, by language (verbs of saying in all their forms, roles,
//!   organisation and text nouns, first names, nations), one lookup per word.
//! - `tokens`: the house tokeniser's words with their gaps, shapes, classes and quotation.
//! - `phrase`: noun phrases (determiner, head, name, complements, appositions).
//! - `entities`: the persons, organisations and places of a pair, one per entity whatever its
//!   spelling or language, with their descriptions, nationality, gender and mentions.
//! - `mention`: what a phrase designating a speaker says, in owned form.
//! - `grammar`: the predicates of saying of a sentence, their subjects, and which governs
//!   each quotation; incises inside the marks.
//! - `reading`: one pass over an article's blocks: sentences (not ended inside quotations),
//!   entities, sentence subjects, texts and their authors, each quotation's attribution.
//! - `resolve`: from what an attribution says to the speaker (names, descriptions, pronouns
//!   with gender and number, texts, organisation nouns, continuation).
//!
//! The work is linear: every block is tokenised once, phrases are bounded, resolution looks
//! back a bounded number of sentences, mentions and paragraphs.

mod entities;
mod grammar;
mod lexicon;
mod mention;
mod phrase;
mod reading;
mod resolve;
mod tokens;

pub use grammar::Position;
pub use lexicon::Lang;
pub use reading::{Attribution, Reading, Site, incises, language};
pub use resolve::{Facts, Ident, Resolved, SpeakerType, Via, resolve};

use std::ops::Range;

use lexicon::{Class, Lexicon};

/// True when `spans` of `text` hold a first person (`je`, `nous`, `moi`, `I`, `we`, `my`): a
/// voice speaking for itself.
pub fn first_person(text: &str, spans: &[Range<usize>], lang: Lang) -> bool {
    let lx = Lexicon::get();
    let mut tokens = Vec::new();
    spans.iter().any(|r| {
        tokens.clear();
        crate::core::text::words::tokenize_into(text, r.clone(), &mut tokens);
        tokens
            .iter()
            .any(|t| lx.class(t.key, lang).has(Class::FIRST_PERSON))
    })
}
