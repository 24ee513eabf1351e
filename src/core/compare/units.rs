//! The units the comparison works on: each document's words (tokens) grouped into sentences,
//! and the content words of every sentence as dense ids with an IDF weight, so that the
//! similarity of two sentences is a merge of two short sorted lists.

use std::ops::Range;

use super::stopwords::StopWords;
use crate::core::document::Document;
use crate::core::sentence::document_sentences;
use crate::core::text::hash::FxHashMap;
use crate::core::text::words::{Token, tokenize_into};

/// A sentence (or a heading): its bytes in the text and its tokens in `Tokenised::tokens`.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub bytes: Range<usize>,
    pub tokens: Range<u32>,
}

/// One document as the comparison sees it: its text cut into word tokens and sentences.
pub struct Tokenised<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// For each token, whether it is a function word (looked up once, used by every step).
    pub is_stop: Vec<bool>,
    /// Token end of each sentence: a compact copy for binary searches (a sixth of the memory
    /// of `sentences`, so it stays in cache).
    sentence_ends: Vec<u32>,
}

impl<'a> Tokenised<'a> {
    pub fn new(doc: &'a Document, stop: &StopWords) -> Tokenised<'a> {
        let text = doc.text.as_str();
        let mut tokens = Vec::with_capacity(doc.word_count + 16);
        let mut sentences = Vec::new();
        for bytes in document_sentences(doc) {
            if bytes.start >= bytes.end || bytes.end > text.len() {
                continue;
            }
            let first = tokens.len() as u32;
            tokenize_into(text, bytes.clone(), &mut tokens);
            let last = tokens.len() as u32;
            if last > first {
                sentences.push(Sentence {
                    bytes,
                    tokens: first..last,
                });
            }
        }
        let is_stop = tokens.iter().map(|t| stop.contains(t.key)).collect();
        let sentence_ends = sentences.iter().map(|s| s.tokens.end).collect();
        Tokenised {
            text,
            tokens,
            sentences,
            is_stop,
            sentence_ends,
        }
    }

    /// Index of the sentence holding token `token` (sentences cover the tokens in order; a
    /// binary search costs less than a table as long as the tokens).
    pub fn sentence_of(&self, token: usize) -> Option<u32> {
        let index = self
            .sentence_ends
            .partition_point(|&end| end as usize <= token);
        (index < self.sentence_ends.len()).then_some(index as u32)
    }

    /// Number of words in sentences `range`.
    pub fn words_in(&self, range: Range<u32>) -> u32 {
        match (
            self.sentences.get(range.start as usize),
            self.sentences.get((range.end as usize).wrapping_sub(1)),
        ) {
            (Some(a), Some(b)) if range.start < range.end => b.tokens.end - a.tokens.start,
            _ => 0,
        }
    }

    /// Bytes covered by sentences `range`.
    pub fn bytes_of(&self, range: Range<u32>) -> Range<usize> {
        let first = &self.sentences[range.start as usize];
        let last = &self.sentences[range.end as usize - 1];
        first.bytes.start..last.bytes.end
    }

    /// Tokens covered by sentences `range`.
    pub fn tokens_of(&self, range: Range<u32>) -> Range<usize> {
        let first = &self.sentences[range.start as usize];
        let last = &self.sentences[range.end as usize - 1];
        first.tokens.start as usize..last.tokens.end as usize
    }
}

/// Content words of every sentence of one side, as sorted, deduplicated ids (CSR layout).
#[derive(Default)]
pub struct SentenceWords {
    ids: Vec<u32>,
    offsets: Vec<u32>,
}

impl SentenceWords {
    pub fn of(&self, sentence: usize) -> &[u32] {
        match (self.offsets.get(sentence), self.offsets.get(sentence + 1)) {
            (Some(&a), Some(&b)) => &self.ids[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Content word ids of several consecutive sentences, sorted and deduplicated, into `out`.
    pub fn collect(&self, range: Range<u32>, out: &mut Vec<u32>) {
        out.clear();
        for s in range.clone() {
            out.extend_from_slice(self.of(s as usize));
        }
        if range.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
    }
}

/// What the two documents' content words weigh, and which are names.
pub struct Vocabulary {
    /// IDF over the sentences of both documents; names count half.
    pub weight: Vec<f32>,
    /// Always capitalised inside sentences in both documents: a proper name. Sharing names
    /// alone does not make two sentences one passage.
    pub is_name: Vec<bool>,
    /// Number of right-side sentences containing each word (for the candidate index).
    pub right_df: Vec<u32>,
    pub left_words: SentenceWords,
    pub right_words: SentenceWords,
    /// Total weight of each sentence's content words.
    pub left_totals: Vec<f32>,
    pub right_totals: Vec<f32>,
    /// The word key of each id.
    pub key_of: Vec<u64>,
}

/// Case seen for a word: in lower case somewhere, capitalised inside a sentence somewhere.
const SEEN_LOWER: u8 = 1;
const SEEN_CAPITALISED: u8 = 2;

impl Vocabulary {
    pub fn new(left: &Tokenised, right: &Tokenised) -> Vocabulary {
        let capacity = (left.tokens.len() + right.tokens.len()) / 16;
        let mut id_of: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(capacity, Default::default());
        // Small per-word arrays (the case flags are a byte) rather than one struct per word:
        // the hash map is the only large structure each token touches.
        let mut case: Vec<u8> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut right_df: Vec<u32> = Vec::new();
        let mut key_of: Vec<u64> = Vec::new();
        let mut build = |side: &Tokenised, is_right: bool| {
            let mut words = SentenceWords {
                ids: Vec::with_capacity(side.tokens.len()),
                offsets: Vec::with_capacity(side.sentences.len() + 1),
            };
            words.offsets.push(0);
            let mut scratch: Vec<u32> = Vec::new();
            for sentence in &side.sentences {
                scratch.clear();
                let range = sentence.tokens.start as usize..sentence.tokens.end as usize;
                for (k, token) in side.tokens[range].iter().enumerate() {
                    if side.is_stop[sentence.tokens.start as usize + k] {
                        continue;
                    }
                    let next = id_of.len() as u32;
                    let id = *id_of.entry(token.key).or_insert(next);
                    if id as usize == case.len() {
                        case.push(0);
                        df.push(0);
                        right_df.push(0);
                        key_of.push(token.key);
                    }
                    match first_char(side.text, token.start as usize) {
                        Some(ch) if ch.is_lowercase() => case[id as usize] |= SEEN_LOWER,
                        Some(ch) if ch.is_uppercase() && k > 0 => {
                            case[id as usize] |= SEEN_CAPITALISED
                        }
                        _ => {}
                    }
                    scratch.push(id);
                }
                scratch.sort_unstable();
                scratch.dedup();
                for &id in &scratch {
                    df[id as usize] += 1;
                    if is_right {
                        right_df[id as usize] += 1;
                    }
                }
                words.ids.extend_from_slice(&scratch);
                words.offsets.push(words.ids.len() as u32);
            }
            words
        };
        let left_words = build(left, false);
        let right_words = build(right, true);
        let total = (left.sentences.len() + right.sentences.len()).max(1) as f32;
        let is_name: Vec<bool> = case.iter().map(|&c| c == SEEN_CAPITALISED).collect();
        let weight: Vec<f32> = df
            .iter()
            .zip(&is_name)
            .map(|(&df, &name)| {
                let idf = (1.0 + total / df.max(1) as f32).ln();
                if name { idf * 0.5 } else { idf }
            })
            .collect();
        let totals = |words: &SentenceWords, sentences: usize| -> Vec<f32> {
            (0..sentences)
                .map(|s| words.of(s).iter().map(|&id| weight[id as usize]).sum())
                .collect()
        };
        let left_totals = totals(&left_words, left.sentences.len());
        let right_totals = totals(&right_words, right.sentences.len());
        Vocabulary {
            weight,
            is_name,
            right_df,
            left_words,
            right_words,
            left_totals,
            right_totals,
            key_of,
        }
    }

    /// How much left sentence `i` and right sentence `j` have in common.
    pub fn overlap_sentences(&self, i: usize, j: usize) -> Overlap {
        let mut o = Overlap {
            left_weight: self.left_totals.get(i).copied().unwrap_or(0.0),
            right_weight: self.right_totals.get(j).copied().unwrap_or(0.0),
            ..Overlap::default()
        };
        self.intersect(self.left_words.of(i), self.right_words.of(j), &mut o);
        o
    }

    /// How much two sets of content words (sorted ids) have in common.
    pub fn overlap(&self, a: &[u32], b: &[u32]) -> Overlap {
        let mut o = Overlap::default();
        for &id in a {
            o.left_weight += self.weight[id as usize];
        }
        for &id in b {
            o.right_weight += self.weight[id as usize];
        }
        self.intersect(a, b, &mut o);
        o
    }

    fn intersect(&self, a: &[u32], b: &[u32], o: &mut Overlap) {
        for_each_shared(a, b, |id| {
            let id = id as usize;
            o.shared_weight += self.weight[id];
            o.shared += 1;
            if !self.is_name[id] {
                o.shared_plain += 1;
            }
        });
        o.left_count = a.len() as u32;
        o.right_count = b.len() as u32;
    }
}

/// Calls `shared` with each value both sorted, deduplicated lists hold, in order (a merge:
/// linear in their lengths).
#[inline]
pub fn for_each_shared(a: &[u32], b: &[u32], mut shared: impl FnMut(u32)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
}

/// The character at byte `at`, without slicing checks for the common ASCII case.
#[inline]
fn first_char(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Shared content words between two spans, weighted and counted.
#[derive(Debug, Default, Clone, Copy)]
pub struct Overlap {
    pub shared_weight: f32,
    pub left_weight: f32,
    pub right_weight: f32,
    pub shared: u32,
    /// Shared words that are not names.
    pub shared_plain: u32,
    pub left_count: u32,
    pub right_count: u32,
}

impl Overlap {
    /// Weighted Dice coefficient in [0, 1].
    pub fn dice(&self) -> f32 {
        let total = self.left_weight + self.right_weight;
        if total <= 0.0 {
            0.0
        } else {
            (2.0 * self.shared_weight / total).clamp(0.0, 1.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn shared_values_are_the_intersection_in_order(
            a in proptest::collection::btree_set(0u32..40, 0..20),
            b in proptest::collection::btree_set(0u32..40, 0..20),
        ) {
            let (a, b): (Vec<u32>, Vec<u32>) = (a.into_iter().collect(), b.into_iter().collect());
            let mut shared = Vec::new();
            for_each_shared(&a, &b, |x| shared.push(x));
            let expected: Vec<u32> = a.iter().copied().filter(|x| b.contains(x)).collect();
            proptest::prop_assert_eq!(shared, expected);
        }
    }
}
