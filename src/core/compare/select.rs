//! Choosing sentence pairs: candidates from an inverted index of the rarer content words and from
//! verbatim runs, 1–2 and 2–1 merges for a sentence split in two, the heaviest chain in reading
//! order, then the strong, unambiguous pairs off that chain (moved text).

use std::ops::Range;

use super::run_coverage;
use super::seeds::Run;
use super::units::{Tokenised, Vocabulary};
use crate::core::lcs::{ChainLink, heaviest_chain};
use crate::core::parallel;
use crate::core::text::hash::FxHashMap;

/// A possible pairing of consecutive sentences on each side.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub left: Range<u32>,
    pub right: Range<u32>,
    /// Weighted Dice of the content words.
    pub dice: f32,
    /// What the pair adds to a chain: shared weight times Dice, so a merge that only adds
    /// unrelated words loses.
    pub score: f32,
    /// Good enough to be a passage in reading order.
    pub valid: bool,
    /// Good enough to be a passage even out of order.
    pub strong: bool,
}

/// A runner-up from the index is kept when it scores at least this share of the best.
const RUNNER_UP_SHARE: f32 = 0.5;
/// Postings read per left sentence, rarest words first; words in more sentences than the cap are
/// never read (a sentence repeated thousands of times cannot go quadratic).
const POSTING_BUDGET: u32 = 120;
const POSTING_CAP: u32 = 2000;
/// Least weighted Dice for a pair in reading order, and for a moved pair.
const MIN_DICE: f32 = 0.3;
const MOVED_DICE: f32 = 0.45;
/// Share of the shorter side that verbatim runs must cover for a pair to count as copied.
const VERBATIM_SHARE: f32 = 0.6;
/// Largest gap (in sentences, on each side) between chained pairs that is searched exhaustively.
const MAX_GAP: u32 = 4;
/// A merge must beat the single pair by this much Dice.
const MERGE_GAIN: f32 = 0.02;
/// A pair this similar is not improved by merging a neighbour.
const MERGE_USELESS: f32 = 0.9;

/// Scores candidate pairs; keeps buffers for the word lists of merged sentences.
struct Evaluator<'s, 'a> {
    left: &'s Tokenised<'a>,
    right: &'s Tokenised<'a>,
    vocabulary: &'s Vocabulary,
    coverage: &'s FxHashMap<(u32, u32), u32>,
    scratch_left: Vec<u32>,
    scratch_right: Vec<u32>,
}

impl Evaluator<'_, '_> {
    fn evaluate(&mut self, left: Range<u32>, right: Range<u32>) -> Candidate {
        let v = self.vocabulary;
        let overlap = if left.len() == 1 && right.len() == 1 {
            v.overlap_sentences(left.start as usize, right.start as usize)
        } else {
            v.left_words.collect(left.clone(), &mut self.scratch_left);
            v.right_words
                .collect(right.clone(), &mut self.scratch_right);
            v.overlap(&self.scratch_left, &self.scratch_right)
        };
        let mut verbatim = 0u32;
        for i in left.clone() {
            for j in right.clone() {
                verbatim += self.coverage.get(&(i, j)).copied().unwrap_or(0);
            }
        }
        let dice = overlap.dice();
        let left_words = self.left.words_in(left.clone()) as f32;
        let right_words = self.right.words_in(right.clone()) as f32;
        let (fewer, more) = (left_words.min(right_words), left_words.max(right_words));
        let copied = verbatim as f32;
        let verbatim_ok =
            copied >= VERBATIM_SHARE * fewer && (verbatim >= 6 || copied >= 0.8 * more);
        let content_ok = dice >= MIN_DICE
            && (overlap.shared_plain >= 2 || (dice >= 0.75 && overlap.shared_plain >= 1));
        let strong = (dice >= MOVED_DICE && overlap.shared_plain >= 3)
            || (verbatim >= 8 && copied >= 0.8 * fewer);
        Candidate {
            left,
            right,
            dice,
            score: overlap.shared_weight * dice + 0.05 * copied,
            valid: verbatim_ok || content_ok,
            strong,
        }
    }
}

/// The sentence pairs that become passages.
pub fn choose(
    left: &Tokenised,
    right: &Tokenised,
    vocabulary: &Vocabulary,
    runs: &[Run],
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Vec<Candidate>> {
    let (nl, nr) = (left.sentences.len(), right.sentences.len());
    if nl == 0 || nr == 0 {
        return Some(Vec::new());
    }
    // Two independent jobs: the index on this thread (it reports progress), the run coverage on
    // another.
    let threads = left.tokens.len() + right.tokens.len() >= parallel::WORDS_WORTH_A_THREAD;
    let (coverage, bases) = parallel::join(
        threads,
        || run_coverage(left, right, runs),
        || index_candidates(vocabulary, nl, nr, progress),
    );
    let mut bases = bases?;
    // Runs that cover most of a sentence pair propose it; short common phrases do not.
    bases.extend(coverage.iter().filter_map(|(&(i, j), &count)| {
        let fewer = left.words_in(i..i + 1).min(right.words_in(j..j + 1));
        (count as f32 >= VERBATIM_SHARE * fewer as f32).then_some((i, j))
    }));
    bases.sort_unstable();
    bases.dedup();
    if !progress(0.5) {
        return None;
    }

    let evaluator = || Evaluator {
        left,
        right,
        vocabulary,
        coverage: &coverage,
        scratch_left: Vec::new(),
        scratch_right: Vec::new(),
    };
    let (first, second) = bases.split_at(bases.len() / 2);
    let (more, mut candidates) = parallel::join(
        threads,
        || evaluate_bases(&mut evaluator(), second, &bases),
        || evaluate_bases(&mut evaluator(), first, &bases),
    );
    candidates.extend(more);
    if !progress(0.7) {
        return None;
    }
    candidates.sort_by(|a, b| {
        (a.left.start, a.left.end, a.right.start, a.right.end).cmp(&(
            b.left.start,
            b.left.end,
            b.right.start,
            b.right.end,
        ))
    });
    candidates.dedup_by(|a, b| a.left == b.left && a.right == b.right);

    let chain = best_chain(&candidates);
    let mut used_left = vec![false; nl];
    let mut used_right = vec![false; nr];
    let mut chosen: Vec<Candidate> = Vec::with_capacity(chain.len());
    for &c in &chain {
        let candidate = &candidates[c];
        mark(&mut used_left, &candidate.left);
        mark(&mut used_right, &candidate.right);
        chosen.push(candidate.clone());
    }
    let mut evaluator = evaluator();
    for filler in fill_gaps(&chosen, &mut evaluator, nl as u32, nr as u32) {
        mark(&mut used_left, &filler.left);
        mark(&mut used_right, &filler.right);
        chosen.push(filler);
    }
    if !progress(0.9) {
        return None;
    }
    let mut moved: Vec<usize> = (0..candidates.len())
        .filter(|&c| candidates[c].strong)
        .collect();
    moved.sort_by(|&a, &b| candidates[b].score.total_cmp(&candidates[a].score));
    let by_left = SentenceIndex::new(&candidates, nl, |c| c.left.clone());
    let by_right = SentenceIndex::new(&candidates, nr, |c| c.right.clone());
    for c in moved {
        let candidate = &candidates[c];
        if any(&used_left, &candidate.left) || any(&used_right, &candidate.right) {
            continue;
        }
        if ambiguous(
            &candidates,
            c,
            &by_left,
            |o| o.left.clone(),
            |o| o.right.clone(),
        ) || ambiguous(
            &candidates,
            c,
            &by_right,
            |o| o.right.clone(),
            |o| o.left.clone(),
        ) {
            continue;
        }
        mark(&mut used_left, &candidate.left);
        mark(&mut used_right, &candidate.right);
        chosen.push(candidate.clone());
    }
    Some(chosen)
}

/// Candidates from sentence pairs `pairs` (a slice of the sorted `all`): each pair, and its
/// merge with a neighbouring pair when that is better (a sentence split in two shows as two
/// neighbouring candidates sharing a sentence: (i, j) and (i, j + 1), or (i, j) and (i + 1, j)).
fn evaluate_bases(
    evaluator: &mut Evaluator,
    pairs: &[(u32, u32)],
    all: &[(u32, u32)],
) -> Vec<Candidate> {
    let mut candidates = Vec::with_capacity(pairs.len());
    for &(i, j) in pairs {
        let base = evaluator.evaluate(i..i + 1, j..j + 1);
        if base.dice < MERGE_USELESS {
            let merges = [
                (i..i + 1, j..j + 2, (i, j + 1)),
                (i..i + 2, j..j + 1, (i + 1, j)),
            ];
            for (l, r, neighbour) in merges {
                if all.binary_search(&neighbour).is_err() {
                    continue;
                }
                // Each sentence of a merge must bring words of its own, not just names.
                let v = evaluator.vocabulary;
                let own =
                    |(a, b): (u32, u32)| v.overlap_sentences(a as usize, b as usize).shared_plain;
                if own((i, j)) < 2 || own(neighbour) < 2 {
                    continue;
                }
                let merged = evaluator.evaluate(l, r);
                if merged.valid && merged.dice >= base.dice + MERGE_GAIN {
                    candidates.push(merged);
                }
            }
        }
        if base.valid {
            candidates.push(base);
        }
    }
    candidates
}

/// Sentences between two consecutive pairs of the chain, on both sides, are likely to face each
/// other: every pair of such sentences is scored (only for small gaps, so this stays linear) and
/// the best valid ones in order are kept. The index, which reads only rarer words, misses some.
fn fill_gaps(chain: &[Candidate], evaluator: &mut Evaluator, nl: u32, nr: u32) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut previous_end = (0u32, 0u32);
    let ends = chain
        .iter()
        .map(|c| (c.left.start, c.right.start, c.left.end, c.right.end))
        .chain(std::iter::once((nl, nr, nl, nr)));
    for (left_start, right_start, left_end, right_end) in ends {
        let (l0, r0) = previous_end;
        previous_end = (left_end, right_end);
        if left_start <= l0
            || right_start <= r0
            || left_start - l0 > MAX_GAP
            || right_start - r0 > MAX_GAP
        {
            continue;
        }
        let mut local: Vec<Candidate> = Vec::new();
        for i in l0..left_start {
            for j in r0..right_start {
                let candidate = evaluator.evaluate(i..i + 1, j..j + 1);
                if candidate.valid {
                    // Right indices relative to the gap, for the chain below.
                    local.push(Candidate {
                        right: j - r0..j - r0 + 1,
                        ..candidate
                    });
                }
            }
        }
        for c in best_chain(&local) {
            let candidate = &local[c];
            let right = candidate.right.start + r0..candidate.right.end + r0;
            out.push(Candidate {
                right,
                ..candidate.clone()
            });
        }
    }
    out
}

fn mark(used: &mut [bool], range: &Range<u32>) {
    for flag in &mut used[range.start as usize..range.end as usize] {
        *flag = true;
    }
}

fn any(used: &[bool], range: &Range<u32>) -> bool {
    used[range.start as usize..range.end as usize]
        .iter()
        .any(|&u| u)
}

/// For each left sentence, the right sentences sharing the most weight of its rarer content
/// words.
fn index_candidates(
    vocabulary: &Vocabulary,
    nl: usize,
    nr: usize,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Vec<(u32, u32)>> {
    // Postings of the right side, CSR.
    let words = vocabulary.weight.len();
    let mut offsets = vec![0u32; words + 1];
    for (id, &df) in vocabulary.right_df.iter().enumerate() {
        offsets[id + 1] = offsets[id] + df;
    }
    let mut fill = offsets.clone();
    let mut postings = vec![0u32; offsets[words] as usize];
    for j in 0..nr {
        for &id in vocabulary.right_words.of(j) {
            let slot = &mut fill[id as usize];
            postings[*slot as usize] = j as u32;
            *slot += 1;
        }
    }
    let mut score = vec![0f32; nr];
    let mut touched: Vec<u32> = Vec::new();
    let mut by_rarity: Vec<(u32, u32)> = Vec::new();
    let mut out = Vec::with_capacity(nl * 2);
    let step = (nl / 40).max(1);
    for i in 0..nl {
        if i % step == 0 && !progress(0.4 * i as f32 / nl as f32) {
            return None;
        }
        by_rarity.clear();
        by_rarity.extend(
            vocabulary
                .left_words
                .of(i)
                .iter()
                .map(|&id| (vocabulary.right_df[id as usize], id))
                .filter(|&(df, _)| df > 0 && df <= POSTING_CAP),
        );
        by_rarity.sort_unstable();
        let mut read = 0u32;
        for &(df, id) in &by_rarity {
            if read > 0 && read + df > POSTING_BUDGET {
                break;
            }
            read += df;
            let weight = vocabulary.weight[id as usize];
            for &j in &postings[offsets[id as usize] as usize..offsets[id as usize + 1] as usize] {
                if score[j as usize] == 0.0 {
                    touched.push(j);
                }
                score[j as usize] += weight;
            }
        }
        // Keep the best and the runner-up, the latter only when it comes close (the two halves
        // of a split sentence do; a verse and its neighbours mostly do not). One pass, resetting
        // the scores as it goes.
        let (mut best, mut second) = ((0.0f32, u32::MAX), (0.0f32, u32::MAX));
        for &j in &touched {
            let value = score[j as usize];
            score[j as usize] = 0.0;
            if value > best.0 {
                second = best;
                best = (value, j);
            } else if value > second.0 {
                second = (value, j);
            }
        }
        touched.clear();
        if best.1 != u32::MAX {
            out.push((i as u32, best.1));
        }
        if second.1 != u32::MAX && second.0 >= RUNNER_UP_SHARE * best.0 {
            out.push((i as u32, second.1));
        }
    }
    Some(out)
}

/// The chain of candidates, increasing on both sides, with the largest total score.
fn best_chain(candidates: &[Candidate]) -> Vec<usize> {
    let links: Vec<ChainLink<f32>> = candidates
        .iter()
        .map(|c| ChainLink {
            left: c.left.clone(),
            right: c.right.clone(),
            // Every valid pair counts, however low its score.
            weight: c.score.max(1e-6),
        })
        .collect();
    heaviest_chain(&links)
}

/// Candidates by sentence (CSR): which candidates cover each sentence of one side.
struct SentenceIndex {
    offsets: Vec<u32>,
    items: Vec<u32>,
}

impl SentenceIndex {
    fn new(
        candidates: &[Candidate],
        sentences: usize,
        side: impl Fn(&Candidate) -> Range<u32>,
    ) -> Self {
        let mut offsets = vec![0u32; sentences + 1];
        for c in candidates {
            for s in side(c) {
                offsets[s as usize + 1] += 1;
            }
        }
        for s in 0..sentences {
            offsets[s + 1] += offsets[s];
        }
        let mut fill = offsets.clone();
        let mut items = vec![0u32; offsets[sentences] as usize];
        for (index, c) in candidates.iter().enumerate() {
            for s in side(c) {
                items[fill[s as usize] as usize] = index as u32;
                fill[s as usize] += 1;
            }
        }
        SentenceIndex { offsets, items }
    }

    fn of(&self, sentence: u32) -> &[u32] {
        let s = sentence as usize;
        &self.items[self.offsets[s] as usize..self.offsets[s + 1] as usize]
    }
}

/// True when another candidate on the same sentences pairs them with a different place on the
/// other side almost as well: a repeated formula, not a moved passage.
fn ambiguous(
    candidates: &[Candidate],
    c: usize,
    index: &SentenceIndex,
    this_side: impl Fn(&Candidate) -> Range<u32>,
    other_side: impl Fn(&Candidate) -> Range<u32>,
) -> bool {
    let candidate = &candidates[c];
    let mine = other_side(candidate);
    this_side(candidate).any(|s| {
        index.of(s).iter().any(|&o| {
            let other = &candidates[o as usize];
            let theirs = other_side(other);
            o as usize != c
                && other.valid
                && (theirs.end <= mine.start || theirs.start >= mine.end)
                && other.dice >= 0.9 * candidate.dice
        })
    })
}
