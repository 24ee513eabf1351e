//! Shared passages between two documents (what the second took from the first): sentence pairs
//! found through rare shared words and verbatim shingle runs, scored by weighted overlap of
//! content words, chained in reading order (with 1–2 and 2–1 merges for split sentences), plus
//! strong moved pairs off the chain; then trimmed, classified and diffed word by word.

pub mod rank;
mod seeds;
mod select;
mod stopwords;
mod units;

use std::ops::Range;

use super::diff::{Mark, marks_from_pairs};
use super::document::Document;
use super::lcs::{ChainLink, LcsScratch, heaviest_chain, lcs_pairs_into};
use super::parallel;
use super::text::hash::FxHashMap;
use select::Candidate;
use units::{Tokenised, Vocabulary, for_each_shared};

/// How closely a passage repeats its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// The same words in the same order (case, accents, quote marks and hyphens aside).
    Verbatim,
    /// Mostly the same words in the same order: a few changed, added or cut.
    Near,
    /// Reworded but clearly derived: many content words shared, order or wording changed.
    Paraphrase,
}

impl PassageKind {
    /// The kind as the reader and the text commands say it (JSON keeps its serialised names:
    /// `verbatim`, `near`, `paraphrase`).
    pub fn label(self) -> &'static str {
        match self {
            PassageKind::Verbatim => "verbatim",
            PassageKind::Near => "near-verbatim",
            PassageKind::Paraphrase => "paraphrase",
        }
    }
}

/// A span of the left document and a span of the right one that say the same thing.
#[derive(Debug, Clone)]
pub struct Passage {
    /// Byte range into the left document's text.
    pub left: Range<usize>,
    /// Byte range into the right document's text.
    pub right: Range<usize>,
    pub kind: PassageKind,
    /// In [0, 1]: 1 for verbatim.
    pub similarity: f32,
    /// True when the passage is not in the longest non-crossing chain (it was moved).
    pub crossing: bool,
    /// Word-level differences (empty for verbatim).
    pub left_marks: Vec<Mark>,
    pub right_marks: Vec<Mark>,
}

/// Everything the comparison found.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Sorted by `left.start`; no two overlap on either side.
    pub passages: Vec<Passage>,
    /// Share of the left document's words inside passages, in [0, 1].
    pub shared_left: f64,
    /// Share of the right document's words inside passages, in [0, 1].
    pub shared_right: f64,
}

/// Compares two documents.
pub fn compare(left: &Document, right: &Document) -> Comparison {
    compare_with_progress(left, right, &mut |_| true).unwrap_or_default()
}

/// Reports progress to the caller at most about a hundred times; stops when told to.
struct Progress<'a> {
    callback: &'a mut dyn FnMut(f32) -> bool,
    last: f32,
}

impl Progress<'_> {
    fn at(&mut self, fraction: f32) -> Option<()> {
        if fraction - self.last < 0.01 && fraction < 1.0 {
            return Some(());
        }
        self.last = fraction;
        (self.callback)(fraction.clamp(0.0, 1.0)).then_some(())
    }
}

/// Same as [`compare`], reporting progress in [0, 1] now and then (at most ~100 calls); returns
/// None as soon as `progress` returns false (cancelled).
pub fn compare_with_progress(
    left: &Document,
    right: &Document,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Comparison> {
    compare_with_options(left, right, CompareOptions::default(), progress)
}

/// What to compute besides the passages themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareOptions {
    /// Fill `left_marks` and `right_marks` (the reader shows them; `visavis align` does not, and
    /// skips a sixth of the work at book scale).
    pub word_marks: bool,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions { word_marks: true }
    }
}

/// [`compare_with_progress`] with options.
pub fn compare_with_options(
    left: &Document,
    right: &Document,
    options: CompareOptions,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Comparison> {
    let mut report = Progress {
        callback: progress,
        last: -1.0,
    };
    report.at(0.0)?;
    let stop = stopwords::StopWords::new();
    // News pairs run on one thread (a rank runs many pairs at once); books use both cores.
    let threads = left.word_count + right.word_count >= parallel::WORDS_WORTH_A_THREAD;
    let (right_side, left_side) = parallel::join(
        threads,
        || Tokenised::new(right, &stop),
        || Tokenised::new(left, &stop),
    );
    report.at(0.1)?;
    // The runs need only the words; the vocabulary is built meanwhile.
    let find_runs = || {
        seeds::verbatim_runs(
            &left_side.tokens,
            &left_side.is_stop,
            &right_side.tokens,
            &right_side.is_stop,
        )
    };
    let (runs, vocabulary) = parallel::join(threads, find_runs, || {
        Vocabulary::new(&left_side, &right_side)
    });
    report.at(0.25)?;
    let chosen = select::choose(&left_side, &right_side, &vocabulary, &runs, &mut |f| {
        report.at(0.25 + 0.45 * f).is_some()
    })?;
    report.at(0.7)?;
    let maker = PassageMaker {
        left: &left_side,
        right: &right_side,
        vocabulary: &vocabulary,
        word_marks: options.word_marks,
    };
    // Word diffs are the costly part at book scale: two halves on two threads. Progress is
    // reported by the first half, which finishes about when the second does.
    let half = chosen.len() / 2;
    let (first, second) = chosen.split_at(half);
    let (second_built, first_built) = parallel::join(
        threads,
        || maker.sentence_pairs(second, &mut |_| true),
        || maker.sentence_pairs(first, &mut |f| report.at(0.7 + 0.25 * f).is_some()),
    );
    let mut collector = Collector::new(&left_side, &right_side);
    for built in first_built?.into_iter().chain(second_built?) {
        collector.add(built);
    }
    collector.add_verbatim_runs(&maker, &runs);
    let comparison = collector.finish();
    report.at(1.0)?;
    Some(comparison)
}

/// A verbatim run this long, between sentences no pair claimed, is a passage of its own (a
/// quoted clause copied into an otherwise different sentence).
const MIN_LONE_RUN: u32 = 8;
/// A sentence edge this short (in words, or as a share of the sentence) left outside the shared
/// words still belongs to the passage: passages read as sentences unless much is left out.
const EDGE_WORDS: usize = 3;
const EDGE_SHARE: f32 = 0.25;
/// Function words taken back before the first shared word of a trimmed span (or one elided
/// article, as in `l'objectif`).
const LEADING_FUNCTION_WORDS: usize = 1;
/// Word-order agreement from which a passage is "near" rather than a paraphrase.
const NEAR_RATIO: f32 = 0.7;

/// Turns chosen sentence pairs and runs into passages (read-only, so it can run on threads).
struct PassageMaker<'s, 'a> {
    left: &'s Tokenised<'a>,
    right: &'s Tokenised<'a>,
    vocabulary: &'s Vocabulary,
    word_marks: bool,
}

/// Buffers reused from one passage to the next.
#[derive(Default)]
struct Scratch {
    left_ids: Vec<u32>,
    right_ids: Vec<u32>,
    left_keys: Vec<u64>,
    right_keys: Vec<u64>,
    lcs: LcsScratch,
    pairs: Vec<(u32, u32)>,
    left_anchor: Vec<bool>,
    right_anchor: Vec<bool>,
    shared: Vec<u32>,
    shared_keys: Vec<u64>,
}

/// A passage with the token spans it covers on each side.
struct Built {
    passage: Passage,
    left_tokens: Range<usize>,
    right_tokens: Range<usize>,
}

impl PassageMaker<'_, '_> {
    fn sentence_pairs(
        &self,
        candidates: &[Candidate],
        progress: &mut dyn FnMut(f32) -> bool,
    ) -> Option<Vec<Built>> {
        let mut out = Vec::with_capacity(candidates.len());
        let mut scratch = Scratch::default();
        let total = candidates.len().max(1);
        for (n, candidate) in candidates.iter().enumerate() {
            if n % 1024 == 0 && !progress(n as f32 / total as f32) {
                return None;
            }
            out.extend(self.sentence_pair(candidate, &mut scratch));
        }
        Some(out)
    }

    /// A chosen sentence pair as a passage: aligned word by word, trimmed to the shared words
    /// (unless little is left out), with the differences marked.
    fn sentence_pair(&self, candidate: &Candidate, scratch: &mut Scratch) -> Option<Built> {
        let v = self.vocabulary;
        v.left_words
            .collect(candidate.left.clone(), &mut scratch.left_ids);
        v.right_words
            .collect(candidate.right.clone(), &mut scratch.right_ids);
        scratch.shared.clear();
        for_each_shared(&scratch.left_ids, &scratch.right_ids, |id| {
            scratch.shared.push(id)
        });
        // The shared content words as word keys, to test tokens directly.
        let mut shared_keys = std::mem::take(&mut scratch.shared_keys);
        shared_keys.clear();
        shared_keys.extend(
            scratch
                .shared
                .iter()
                .filter_map(|&id| v.key_of.get(id as usize)),
        );
        shared_keys.sort_unstable();
        let left_tokens = self.left.tokens_of(candidate.left.clone());
        let right_tokens = self.right.tokens_of(candidate.right.clone());
        self.align(left_tokens.clone(), right_tokens.clone(), scratch);
        // Anchors: words aligned in runs of two or more, and content words both sides have.
        let anchors = |side: &Tokenised, tokens: Range<usize>, flags: &mut Vec<bool>| {
            flags.clear();
            flags.extend(tokens.map(|t| {
                !side.is_stop[t] && shared_keys.binary_search(&side.tokens[t].key).is_ok()
            }));
        };
        anchors(self.left, left_tokens.clone(), &mut scratch.left_anchor);
        anchors(self.right, right_tokens.clone(), &mut scratch.right_anchor);
        scratch.shared_keys = shared_keys;
        let pairs = &scratch.pairs;
        for (k, &(i, j)) in pairs.iter().enumerate() {
            let follows = k > 0 && pairs[k - 1] == (i.wrapping_sub(1), j.wrapping_sub(1));
            let followed = pairs.get(k + 1) == Some(&(i + 1, j + 1));
            if follows || followed {
                scratch.left_anchor[i as usize] = true;
                scratch.right_anchor[j as usize] = true;
            }
        }
        let left_span = trim(self.left, left_tokens.clone(), &scratch.left_anchor);
        let right_span = trim(self.right, right_tokens.clone(), &scratch.right_anchor);
        // Keep the alignment inside the trimmed spans, relative to them.
        let (ls, rs) = (
            left_span.start - left_tokens.start,
            right_span.start - right_tokens.start,
        );
        let (le, re) = (
            left_span.end - left_tokens.start,
            right_span.end - right_tokens.start,
        );
        scratch
            .pairs
            .retain(|&(i, j)| (ls..le).contains(&(i as usize)) && (rs..re).contains(&(j as usize)));
        for pair in &mut scratch.pairs {
            *pair = (pair.0 - ls as u32, pair.1 - rs as u32);
        }
        let left_bytes = span_bytes(self.left, candidate.left.clone(), &left_span);
        let right_bytes = span_bytes(self.right, candidate.right.clone(), &right_span);
        self.passage(
            left_span,
            right_span,
            left_bytes,
            right_bytes,
            candidate.dice,
            &scratch.pairs,
        )
    }

    /// Aligns two token spans word by word into `scratch.pairs` (indices relative to the spans).
    fn align(&self, left: Range<usize>, right: Range<usize>, scratch: &mut Scratch) {
        scratch.left_keys.clear();
        scratch
            .left_keys
            .extend(self.left.tokens[left].iter().map(|t| t.key));
        scratch.right_keys.clear();
        scratch
            .right_keys
            .extend(self.right.tokens[right].iter().map(|t| t.key));
        lcs_pairs_into(
            &scratch.left_keys,
            &scratch.right_keys,
            &mut scratch.lcs,
            &mut scratch.pairs,
        );
    }

    /// A passage for two token spans taken whole (a verbatim run).
    fn make(
        &self,
        left_span: Range<usize>,
        right_span: Range<usize>,
        left_bytes: Range<usize>,
        right_bytes: Range<usize>,
        scratch: &mut Scratch,
    ) -> Option<Built> {
        self.align(left_span.clone(), right_span.clone(), scratch);
        self.passage(
            left_span,
            right_span,
            left_bytes,
            right_bytes,
            1.0,
            &scratch.pairs,
        )
    }

    /// Kind, similarity and marks of two aligned spans.
    fn passage(
        &self,
        left_span: Range<usize>,
        right_span: Range<usize>,
        left_bytes: Range<usize>,
        right_bytes: Range<usize>,
        dice: f32,
        pairs: &[(u32, u32)],
    ) -> Option<Built> {
        if left_span.is_empty() || right_span.is_empty() {
            return None;
        }
        let left_tokens = &self.left.tokens[left_span.clone()];
        let right_tokens = &self.right.tokens[right_span.clone()];
        let (n, m) = (left_tokens.len(), right_tokens.len());
        let (kind, similarity, left_marks, right_marks) = if pairs.len() == n && n == m {
            (PassageKind::Verbatim, 1.0, Vec::new(), Vec::new())
        } else {
            let ratio = 2.0 * pairs.len() as f32 / (n + m) as f32;
            let kind = if ratio >= NEAR_RATIO {
                PassageKind::Near
            } else {
                PassageKind::Paraphrase
            };
            let (lm, rm) = if self.word_marks {
                marks_from_pairs(
                    self.left.text,
                    left_tokens,
                    self.right.text,
                    right_tokens,
                    pairs,
                )
            } else {
                (Vec::new(), Vec::new())
            };
            // Not verbatim, so never a perfect 1.
            (kind, ratio.max(dice).clamp(0.0, 0.99), lm, rm)
        };
        Some(Built {
            passage: Passage {
                left: left_bytes,
                right: right_bytes,
                kind,
                similarity,
                crossing: false,
                left_marks,
                right_marks,
            },
            left_tokens: left_span,
            right_tokens: right_span,
        })
    }
}

/// Gathers passages and remembers which words they cover.
struct Collector<'s, 'a> {
    left: &'s Tokenised<'a>,
    right: &'s Tokenised<'a>,
    passages: Vec<Passage>,
    used_left: Vec<bool>,
    used_right: Vec<bool>,
}

impl<'s, 'a> Collector<'s, 'a> {
    fn new(left: &'s Tokenised<'a>, right: &'s Tokenised<'a>) -> Self {
        Collector {
            left,
            right,
            passages: Vec::with_capacity(left.sentences.len().min(right.sentences.len())),
            used_left: vec![false; left.tokens.len()],
            used_right: vec![false; right.tokens.len()],
        }
    }

    fn add(&mut self, built: Built) {
        for flag in &mut self.used_left[built.left_tokens] {
            *flag = true;
        }
        for flag in &mut self.used_right[built.right_tokens] {
            *flag = true;
        }
        self.passages.push(built.passage);
    }

    /// Long verbatim runs between words no passage took become passages of their own.
    fn add_verbatim_runs(&mut self, maker: &PassageMaker, runs: &[seeds::Run]) {
        let mut long: Vec<&seeds::Run> = runs.iter().filter(|r| r.len >= MIN_LONE_RUN).collect();
        long.sort_by_key(|r| std::cmp::Reverse(r.len));
        let mut scratch = Scratch::default();
        for run in long {
            let l = run.left as usize..(run.left + run.len) as usize;
            let r = run.right as usize..(run.right + run.len) as usize;
            if l.end > self.used_left.len() || r.end > self.used_right.len() {
                continue;
            }
            if self.used_left[l.clone()].iter().any(|&u| u)
                || self.used_right[r.clone()].iter().any(|&u| u)
            {
                continue;
            }
            let lb =
                self.left.tokens[l.start].start as usize..self.left.tokens[l.end - 1].end as usize;
            let rb = self.right.tokens[r.start].start as usize
                ..self.right.tokens[r.end - 1].end as usize;
            if let Some(built) = maker.make(l, r, lb, rb, &mut scratch) {
                self.add(built);
            }
        }
    }

    fn finish(mut self) -> Comparison {
        self.passages.sort_by_key(|p| (p.left.start, p.right.start));
        mark_crossing(&mut self.passages);
        let share = |used: &[bool]| {
            if used.is_empty() {
                0.0
            } else {
                used.iter().filter(|&&u| u).count() as f64 / used.len() as f64
            }
        };
        Comparison {
            shared_left: share(&self.used_left),
            shared_right: share(&self.used_right),
            passages: self.passages,
        }
    }
}

/// The tokens of `tokens` from the first to the last anchor (`anchor` is relative to
/// `tokens`), widened back to the sentence edges when what would be cut is short. Without
/// anchors, the whole span.
fn trim(side: &Tokenised, tokens: Range<usize>, anchor: &[bool]) -> Range<usize> {
    let Some(first) = anchor.iter().position(|&a| a) else {
        return tokens;
    };
    let last = anchor.iter().rposition(|&a| a).unwrap_or(first);
    let (first, last) = (tokens.start + first, tokens.start + last);
    let words = tokens.len();
    let keep_all =
        |left_out: usize| left_out <= EDGE_WORDS || left_out as f32 <= EDGE_SHARE * words as f32;
    let start = if keep_all(first - tokens.start) {
        tokens.start
    } else {
        // Take back the article or preposition glued to the first shared word (`l'objectif`,
        // `des soutiens`), never across punctuation.
        let mut start = first;
        let mut spaced = 0;
        // Only before a content word: an aligned function word already starts the phrase.
        let content_first = side.is_stop.get(first) == Some(&false);
        while content_first && start > tokens.start && side.is_stop.get(start - 1) == Some(&true) {
            let gap =
                &side.text[side.tokens[start - 1].end as usize..side.tokens[start].start as usize];
            if matches!(gap, "'" | "’") {
                // An elided article belongs to its noun, and nothing before it does.
                start -= 1;
                break;
            }
            if spaced == LEADING_FUNCTION_WORDS || !gap.chars().all(char::is_whitespace) {
                break;
            }
            spaced += 1;
            start -= 1;
        }
        start
    };
    let end = if keep_all(tokens.end - 1 - last) {
        tokens.end
    } else {
        last + 1
    };
    start..end
}

/// Bytes of a token span: the sentence edges when the span reaches them (so the final
/// punctuation and quote marks stay in), the words' edges otherwise.
fn span_bytes(side: &Tokenised, sentences: Range<u32>, span: &Range<usize>) -> Range<usize> {
    let full_tokens = side.tokens_of(sentences.clone());
    let full_bytes = side.bytes_of(sentences);
    let start = if span.start == full_tokens.start {
        full_bytes.start
    } else {
        side.tokens[span.start].start as usize
    };
    let end = if span.end == full_tokens.end {
        full_bytes.end
    } else {
        side.tokens[span.end - 1].end as usize
    };
    start..end
}

/// Flags the passages outside the heaviest chain that keeps both sides in order (weighted by
/// the bytes they cover): those were moved.
fn mark_crossing(passages: &mut [Passage]) {
    let n = passages.len();
    if n == 0 {
        return;
    }
    // Passages are sorted by left start and overlap on neither side: each is one position on
    // the left (its index) and one on the right (the rank of its right start).
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| passages[i].right.start);
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r as u32;
    }
    let links: Vec<ChainLink<u64>> = passages
        .iter()
        .zip(&rank)
        .enumerate()
        .map(|(i, (passage, &r))| ChainLink {
            left: i as u32..i as u32 + 1,
            right: r..r + 1,
            weight: (passage.left.len() + passage.right.len()) as u64,
        })
        .collect();
    let mut in_chain = vec![false; n];
    for i in heaviest_chain(&links) {
        in_chain[i] = true;
    }
    for (passage, chained) in passages.iter_mut().zip(in_chain) {
        passage.crossing = !chained;
    }
}

/// Verbatim-run coverage of sentence pairs, for candidates: how many words of left sentence
/// `i` a run pairs with words of right sentence `j`.
pub(crate) fn run_coverage(
    left: &Tokenised,
    right: &Tokenised,
    runs: &[seeds::Run],
) -> FxHashMap<(u32, u32), u32> {
    let mut coverage: FxHashMap<(u32, u32), u32> =
        FxHashMap::with_capacity_and_hasher(runs.len(), Default::default());
    let sentence_words = |side: &Tokenised, token: u32| {
        side.sentence_of(token as usize)
            .and_then(|s| side.sentences.get(s as usize))
            .map_or(0, |s| s.tokens.len())
    };
    for run in runs {
        // A short run (a common phrase) only counts where it is most of a sentence.
        if run.len < 6 {
            let fewer = sentence_words(left, run.left).min(sentence_words(right, run.right));
            if (run.len as f32) < 0.5 * fewer as f32 {
                continue;
            }
        }
        let (mut p, mut q) = (run.left as usize, run.right as usize);
        let end = (run.left + run.len) as usize;
        // Sentences follow each other in token order: find the first ones, then step.
        let (Some(mut i), Some(mut j)) = (left.sentence_of(p), right.sentence_of(q)) else {
            continue;
        };
        while p < end {
            let (Some(ls), Some(rs)) = (
                left.sentences.get(i as usize),
                right.sentences.get(j as usize),
            ) else {
                break;
            };
            let (left_end, right_end) = (ls.tokens.end as usize, rs.tokens.end as usize);
            let step = (left_end.saturating_sub(p))
                .min(right_end.saturating_sub(q))
                .min(end - p)
                .max(1);
            *coverage.entry((i, j)).or_insert(0) += step as u32;
            p += step;
            q += step;
            if p >= left_end {
                i += 1;
            }
            if q >= right_end {
                j += 1;
            }
        }
    }
    coverage
}

#[cfg(test)]
mod tests;
