//! The fast first pass over many rewrites: which of them may have taken something from the
//! source, judged from one scan of each. An index of the source holds its word 4-shingles
//! (copied runs) and, per content word, the source sentences that have it (rewordings); a
//! rewrite is a candidate when it repeats a few shingles, or when one of its sentences shares
//! a good part of a source sentence's content words. What it keeps is then aligned for real.
//!
//! It must keep every rewrite whose alignment would show it took something (tested on the
//! rpm2 corpus and on cases made to slip through); it may keep unrelated ones, at the cost of
//! aligning them.

use std::hash::Hasher;

use super::super::stopwords::StopWords;
use crate::core::document::Document;
use crate::core::sentence::document_sentences;
use crate::core::text::hash::{FxHashMap, FxHashSet, FxHasher};
use crate::core::text::words::{Token, tokenize_into};

/// Words per shingle, as in the alignment's verbatim seeds: four words in a row are rarely
/// shared by chance.
const SHINGLE: usize = 4;
/// Distinct source shingles that make a rewrite a candidate: two overlapping shingles are a
/// run of five copied words.
const MIN_SHINGLES: u32 = 2;
/// A rewrite sentence sharing this many distinct content words with one source sentence,
/// making up this share of both (Dice over distinct content words), may be a rewording.
const MIN_SENTENCE_WORDS: u32 = 3;
const MIN_SENTENCE_DICE: f32 = 0.25;
/// Source sentences listed per content word at most: a word in more of them is common in the
/// source and says little (and would make every rewrite sentence touch them all).
const MAX_POSTINGS: usize = 64;

/// The source, indexed for screening rewrites.
pub struct Prefilter {
    stop: StopWords,
    /// Keys of every word 4-shingle of the source.
    shingles: FxHashSet<u64>,
    /// Content word key → dense id.
    word_ids: FxHashMap<u64, u32>,
    /// Source sentences of each word id (CSR: `postings[offsets[id]..offsets[id + 1]]`).
    postings: Vec<u32>,
    offsets: Vec<u32>,
    /// Distinct content words of each source sentence.
    sentence_sizes: Vec<u32>,
}

/// What one scan of a rewrite found.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Screening {
    /// Distinct source shingles the rewrite repeats.
    pub shingles: u32,
    /// The most distinct content words one rewrite sentence shares with one source sentence
    /// while making up at least `MIN_SENTENCE_DICE` of both.
    pub sentence_words: u32,
}

impl Screening {
    /// Worth aligning: some words were copied in a row, or some sentence reworded.
    pub fn is_candidate(&self) -> bool {
        self.shingles >= MIN_SHINGLES || self.sentence_words >= MIN_SENTENCE_WORDS
    }
}

/// Per-scan buffers sized by the source.
#[derive(Default)]
pub struct Scratch {
    tokens: Vec<Token>,
    /// Per source sentence: shared words with the rewrite sentence being read.
    counts: Vec<u32>,
    touched: Vec<u32>,
    /// Per word id: the last rewrite sentence (plus one) it was counted in.
    seen_in: Vec<u32>,
    seen_shingles: Vec<u64>,
}

/// The key of the shingle starting at `window[0]`, with the house's hasher.
fn shingle_key(window: &[Token]) -> u64 {
    let mut hasher = FxHasher::default();
    for token in window {
        hasher.write_u64(token.key);
    }
    hasher.finish()
}

impl Prefilter {
    pub fn new(source: &Document) -> Prefilter {
        let stop = StopWords::new();
        let mut tokens = Vec::with_capacity(source.word_count + 16);
        let mut word_ids: FxHashMap<u64, u32> = FxHashMap::default();
        // (word id, sentence) pairs, then grouped by word.
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut sentence_sizes = Vec::new();
        let mut sentence_tokens = Vec::new();
        for range in document_sentences(source) {
            if range.start >= range.end || range.end > source.text.len() {
                continue;
            }
            sentence_tokens.clear();
            tokenize_into(&source.text, range, &mut sentence_tokens);
            let sentence = sentence_sizes.len() as u32;
            let mut ids: Vec<u32> = sentence_tokens
                .iter()
                .filter(|t| !stop.contains(t.key))
                .map(|t| {
                    let next = word_ids.len() as u32;
                    *word_ids.entry(t.key).or_insert(next)
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            sentence_sizes.push(ids.len() as u32);
            pairs.extend(ids.into_iter().map(|id| (id, sentence)));
            tokens.extend_from_slice(&sentence_tokens);
        }
        pairs.sort_unstable();
        let mut postings = Vec::with_capacity(pairs.len());
        let mut offsets = vec![0u32; word_ids.len() + 1];
        for group in pairs.chunk_by(|a, b| a.0 == b.0) {
            let id = group[0].0 as usize;
            if group.len() <= MAX_POSTINGS {
                postings.extend(group.iter().map(|&(_, s)| s));
            }
            offsets[id + 1] = postings.len() as u32;
        }
        // Words without a group of their own keep the offset of the word before them.
        for id in 1..offsets.len() {
            offsets[id] = offsets[id].max(offsets[id - 1]);
        }
        let shingles = tokens.windows(SHINGLE).map(shingle_key).collect();
        Prefilter {
            stop,
            shingles,
            word_ids,
            postings,
            offsets,
            sentence_sizes,
        }
    }

    /// Scans `rewrite` once.
    pub fn screen(&self, rewrite: &Document, scratch: &mut Scratch) -> Screening {
        let sentences = self.sentence_sizes.len();
        scratch.counts.clear();
        scratch.counts.resize(sentences, 0);
        scratch.seen_in.clear();
        scratch.seen_in.resize(self.word_ids.len(), 0);
        scratch.touched.clear();
        scratch.seen_shingles.clear();
        scratch.tokens.clear();
        let mut found = Screening::default();
        for (n, range) in document_sentences(rewrite).into_iter().enumerate() {
            if range.start >= range.end || range.end > rewrite.text.len() {
                continue;
            }
            let first = scratch.tokens.len();
            tokenize_into(&rewrite.text, range, &mut scratch.tokens);
            let stamp = n as u32 + 1;
            let mut content_words = 0u32;
            for token in &scratch.tokens[first..] {
                if self.stop.contains(token.key) {
                    continue;
                }
                content_words += 1;
                let Some(&id) = self.word_ids.get(&token.key) else {
                    continue;
                };
                let seen = &mut scratch.seen_in[id as usize];
                if *seen == stamp {
                    // Shared words count once per sentence. (`content_words` counts a repeated
                    // word each time: a sentence that repeats itself looks a little less alike.)
                    continue;
                }
                *seen = stamp;
                let (a, b) = (self.offsets[id as usize], self.offsets[id as usize + 1]);
                for &s in &self.postings[a as usize..b as usize] {
                    let count = &mut scratch.counts[s as usize];
                    if *count == 0 {
                        scratch.touched.push(s);
                    }
                    *count += 1;
                }
            }
            for &s in &scratch.touched {
                let shared = std::mem::take(&mut scratch.counts[s as usize]);
                let total = self.sentence_sizes[s as usize] + content_words;
                let dice = 2.0 * shared as f32 / total.max(1) as f32;
                if dice >= MIN_SENTENCE_DICE {
                    found.sentence_words = found.sentence_words.max(shared);
                }
            }
            scratch.touched.clear();
        }
        if !self.shingles.is_empty() {
            scratch.seen_shingles.extend(
                scratch
                    .tokens
                    .windows(SHINGLE)
                    .map(shingle_key)
                    .filter(|key| self.shingles.contains(key)),
            );
            scratch.seen_shingles.sort_unstable();
            scratch.seen_shingles.dedup();
            found.shingles = scratch.seen_shingles.len() as u32;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", "t.txt", text.to_string(), "utf-8", Vec::new())
    }

    fn screen(source: &str, rewrite: &str) -> Screening {
        Prefilter::new(&doc(source)).screen(&doc(rewrite), &mut Scratch::default())
    }

    const SOURCE: &str = "Le gouvernement a annoncé mardi la fermeture de trois usines \
        dans le nord du pays. Les syndicats appellent à la grève dès jeudi.\n\
        The minister said the plan would save two hundred million pounds a year.\n";

    #[test]
    fn a_copied_run_makes_a_candidate() {
        let s = screen(
            SOURCE,
            "Selon nos informations, la fermeture de trois usines dans le nord est prévue.",
        );
        assert!(s.shingles >= 3, "{s:?}");
        assert!(s.is_candidate());
        let s = screen(
            SOURCE,
            "Officials confirmed the plan would save two hundred million pounds.",
        );
        assert!(s.is_candidate(), "{s:?}");
    }

    #[test]
    fn a_reworded_sentence_makes_a_candidate() {
        // No four words in a row in common, but the content words of one sentence.
        let s = screen(
            SOURCE,
            "Jeudi, grève : les syndicats y appellent. Trois usines du nord vont fermer, \
             a annoncé mardi le gouvernement.",
        );
        assert_eq!(s.shingles, 0, "{s:?}");
        assert!(s.sentence_words >= 3 && s.is_candidate(), "{s:?}");
    }

    #[test]
    fn a_copy_with_every_third_word_changed_is_a_candidate() {
        // No run of four words survives, but the sentence's content words do.
        let s = screen(
            SOURCE,
            "The minister said that the plan could save some two hundred million pounds each year.",
        );
        assert!(s.shingles < MIN_SHINGLES, "{s:?}");
        assert!(s.is_candidate(), "{s:?}");
    }

    #[test]
    fn an_unrelated_article_is_not_a_candidate() {
        let s = screen(
            SOURCE,
            "Le festival de musique ouvre ses portes vendredi à Lyon. \
             Plus de cent concerts sont programmés pendant trois jours. \
             The weather will be sunny in London on Saturday.",
        );
        assert!(!s.is_candidate(), "{s:?}");
        assert!(!screen("", "Un texte.").is_candidate());
        assert!(!screen(SOURCE, "").is_candidate());
    }

    #[test]
    fn words_common_in_the_source_are_not_indexed_but_still_count_for_shingles() {
        // One word in every sentence of a long source.
        let mut source = String::new();
        for n in 0..(MAX_POSTINGS + 5) {
            source.push_str(&format!(
                "Le ministre parle du budget numéro {n} aujourd'hui.\n"
            ));
        }
        let prefilter = Prefilter::new(&doc(&source));
        let id = prefilter.word_ids[&crate::core::text::words::word_key("ministre")] as usize;
        assert_eq!(
            prefilter.offsets[id],
            prefilter.offsets[id + 1],
            "not indexed"
        );
        let s = prefilter.screen(
            &doc("Le ministre parle du budget numéro 7 demain."),
            &mut Scratch::default(),
        );
        assert!(s.shingles >= 2, "{s:?}");
    }
}
