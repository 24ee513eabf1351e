//! The one toolkit for ordered matching, with no domain types (after difftastic's
//! `lcs_diff.rs`): longest common subsequences of two sequences of symbols (word keys, word ids,
//! folded letters), and the heaviest chain of weighted links increasing on both sides (sentence
//! pairs in reading order, passages that were not moved). A leaf: it imports nothing of the crate.
//!
//! Everything is generic and monomorphised (no `dyn`): the hot callers run it on `u64` word keys.
//! Length-only LCS needs only `T: Eq`; the bit-parallel routines also look symbols up in a small
//! table, so they take a [`Symbol`]: anything `Copy + Eq` that converts to a `u64`.

use std::ops::{Add, Range};

/// A symbol the bit-parallel LCS can index: `u64`, `u32`, `u16`, `u8`, `char`…
pub trait Symbol: Copy + Eq + Into<u64> {}

impl<T: Copy + Eq + Into<u64>> Symbol for T {}

/// Above this many cells (`a.len() × b.len()`, after the common prefix and suffix) the middle
/// of two sequences is left unmatched: the bit rows it keeps for the walk back take a bit per
/// cell (64 M cells = 8 MB), and a pathological input (a book with no sentence ends) stays
/// linear. Callers see fewer pairs, never a wrong one.
pub const MAX_LCS_CELLS: usize = 64_000_000;

/// Indices `(i, j)` of a longest common subsequence of `a` and `b`, increasing in both.
/// The common prefix and suffix are matched first, so near-identical sequences cost linear time.
pub fn lcs_pairs<T: Symbol>(a: &[T], b: &[T]) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    lcs_pairs_into(a, b, &mut LcsScratch::default(), &mut pairs);
    pairs
}

/// [`lcs_pairs`] with buffers the caller keeps between calls (`scratch` is working space;
/// `pairs` is cleared and filled).
pub fn lcs_pairs_into<T: Symbol>(
    a: &[T],
    b: &[T],
    scratch: &mut LcsScratch,
    pairs: &mut Vec<(u32, u32)>,
) {
    pairs.clear();
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    pairs.extend((0..prefix).map(|i| (i as u32, i as u32)));
    let mid_a = &a[prefix..a.len() - suffix];
    let mid_b = &b[prefix..b.len() - suffix];
    if !mid_a.is_empty() && !mid_b.is_empty() {
        let cells = (mid_a.len() + 1).saturating_mul(mid_b.len() + 1);
        if cells <= MAX_LCS_CELLS {
            lcs_into(mid_a, mid_b, prefix as u32, scratch, pairs);
        }
    }
    let (sa, sb) = (a.len() - suffix, b.len() - suffix);
    pairs.extend((0..suffix).map(|k| ((sa + k) as u32, (sb + k) as u32)));
}

/// The length of a longest common subsequence of `a` and `b`, bit-parallel over the shorter
/// one: without allocating when it has at most 64 symbols, with one row of bits otherwise.
pub fn lcs_len<T: Symbol>(a: &[T], b: &[T]) -> usize {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if short.len() <= 64 {
        return lcs_len_short(long, short);
    }
    let mut scratch = LcsScratch::default();
    let words = scratch.index(short);
    let mut row = vec![!0u64; words];
    let mut next = vec![0u64; words];
    for &symbol in long {
        if let Some(mask) = scratch.mask_of(symbol, words) {
            advance_row(&row, mask, &mut next);
            std::mem::swap(&mut row, &mut next);
        }
    }
    zeros_before(&row, short.len())
}

/// LCS length of two sequences when `b` has at most 64 symbols (only its first 64 count),
/// bit-parallel, without allocating. Needs only equality: the match mask of each symbol of `a`
/// is built by comparing it with every symbol of `b`.
pub fn lcs_len_short<T: Eq>(a: &[T], b: &[T]) -> usize {
    debug_assert!(b.len() <= 64);
    let m = b.len().min(64);
    let mut v: u64 = !0;
    for symbol in a {
        let mut mask = 0u64;
        for (j, other) in b.iter().take(m).enumerate() {
            mask |= ((other == symbol) as u64) << j;
        }
        let u = v & mask;
        v = v.wrapping_add(u) | v.wrapping_sub(u);
    }
    let low = if m == 64 { !0 } else { (1u64 << m) - 1 };
    m - (v & low).count_ones() as usize
}

/// Buffers for [`lcs_pairs_into`], kept by callers that match many sequences.
#[derive(Default)]
pub struct LcsScratch {
    /// Bit-vector rows, `words` u64 per row.
    rows: Vec<u64>,
    /// Match masks of the distinct symbols of `b`, `words` u64 each.
    masks: Vec<u64>,
    /// Open-addressing table from a symbol of `b` to its mask index (`u32::MAX`: empty slot);
    /// a table beats sorting for the few dozen words of a sentence.
    slots: Vec<(u64, u32)>,
}

impl LcsScratch {
    /// The slot for `key` in a table of `slots.len()` (a power of two) entries.
    #[inline]
    fn slot(slots: &[(u64, u32)], key: u64) -> usize {
        let mask = slots.len() - 1;
        let mut at = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask;
        while slots[at].1 != u32::MAX && slots[at].0 != key {
            at = (at + 1) & mask;
        }
        at
    }

    /// Builds the match mask of every distinct symbol of `b` (bit `j` set where `b[j]` is that
    /// symbol); returns the number of u64 words per mask.
    #[inline]
    fn index<T: Symbol>(&mut self, b: &[T]) -> usize {
        let m = b.len();
        let words = m.div_ceil(64);
        self.slots.clear();
        self.slots
            .resize((2 * m).next_power_of_two().max(16), (0, u32::MAX));
        self.masks.clear();
        for (j, &symbol) in b.iter().enumerate() {
            let key: u64 = symbol.into();
            let at = Self::slot(&self.slots, key);
            if self.slots[at].1 == u32::MAX {
                self.slots[at] = (key, (self.masks.len() / words) as u32);
                self.masks.resize(self.masks.len() + words, 0);
            }
            let base = self.slots[at].1 as usize * words;
            self.masks[base + j / 64] |= 1 << (j % 64);
        }
        words
    }

    /// The match mask of `symbol` in the indexed sequence, None when it does not occur there.
    #[inline]
    fn mask_of<T: Symbol>(&self, symbol: T, words: usize) -> Option<&[u64]> {
        let found = self.slots[Self::slot(&self.slots, symbol.into())].1;
        (found != u32::MAX).then(|| &self.masks[found as usize * words..][..words])
    }
}

/// One step of the bit-parallel LCS (Allison–Dix, Hyyrö): a row is a bit vector over `b` whose
/// zero bits mark where the LCS length grows; `mask` marks where `b` holds the next symbol of
/// `a`. A step costs `b.len() / 64` word operations instead of `b.len()` cell updates.
#[inline]
fn advance_row(previous: &[u64], mask: &[u64], next: &mut [u64]) {
    let (mut carry, mut borrow) = (false, false);
    for k in 0..next.len() {
        let v = previous[k];
        let u = v & mask[k];
        let (sum, c1) = v.overflowing_add(u);
        let (sum, c2) = sum.overflowing_add(carry as u64);
        let (difference, b1) = v.overflowing_sub(u);
        let (difference, b2) = difference.overflowing_sub(borrow as u64);
        carry = c1 || c2;
        borrow = b1 || b2;
        next[k] = sum | difference;
    }
}

/// The number of zeros among the first `j` bits of `row`: the LCS length up to `b[..j]`.
#[inline]
fn zeros_before(row: &[u64], j: usize) -> usize {
    let full = j / 64;
    let mut ones: usize = row[..full].iter().map(|w| w.count_ones() as usize).sum();
    if j % 64 != 0 {
        ones += (row[full] & ((1u64 << (j % 64)) - 1)).count_ones() as usize;
    }
    j - ones
}

/// Bit-parallel LCS keeping every row for the walk back: the LCS length of `a[..i]` and
/// `b[..j]` is the number of zeros among the first `j` bits of row `i`. Pairs are pushed with
/// `offset` added to both indices.
fn lcs_into<T: Symbol>(
    a: &[T],
    b: &[T],
    offset: u32,
    s: &mut LcsScratch,
    out: &mut Vec<(u32, u32)>,
) {
    let (n, m) = (a.len(), b.len());
    let words = s.index(b);
    let mut rows = std::mem::take(&mut s.rows);
    rows.clear();
    rows.resize((n + 1) * words, !0);
    for (i, &symbol) in a.iter().enumerate() {
        let (done, next) = rows.split_at_mut((i + 1) * words);
        let previous = &done[i * words..];
        let next = &mut next[..words];
        match s.mask_of(symbol, words) {
            Some(mask) => advance_row(previous, mask, next),
            None => next.copy_from_slice(previous),
        }
    }
    let lcs_at = |i: usize, j: usize| zeros_before(&rows[i * words..(i + 1) * words], j);
    let start = out.len();
    let (mut i, mut j) = (n, m);
    let mut length = lcs_at(n, m);
    while i > 0 && j > 0 && length > 0 {
        if a[i - 1] == b[j - 1] {
            out.push((offset + i as u32 - 1, offset + j as u32 - 1));
            i -= 1;
            j -= 1;
            length -= 1;
        } else if lcs_at(i - 1, j) == length {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out[start..].reverse();
    s.rows = rows;
}

/// A weight of a chain: summed along it, compared to find the heaviest.
pub trait Weight: Copy + PartialOrd + Add<Output = Self> {
    const ZERO: Self;
}

impl Weight for f32 {
    const ZERO: Self = 0.0;
}
impl Weight for f64 {
    const ZERO: Self = 0.0;
}
impl Weight for u32 {
    const ZERO: Self = 0;
}
impl Weight for u64 {
    const ZERO: Self = 0;
}

/// Something that ties a span of the left sequence to a span of the right one, with a weight
/// (a sentence pair and its score, a passage and its bytes). Spans are half-open and non-empty.
#[derive(Debug, Clone, PartialEq)]
pub struct ChainLink<W> {
    pub left: Range<u32>,
    pub right: Range<u32>,
    pub weight: W,
}

/// The indices, in order, of the heaviest chain of links: each ends, on both sides, before the
/// next starts. A weighted longest increasing subsequence over spans, O(n log n) with a Fenwick
/// tree of the best chain ending at or before each right position.
///
/// `links` must be sorted by `left.start` for the chain to be the heaviest (any order gives a
/// valid chain). Ties go to the chain found last, and within the tree to the link inserted
/// first, so equal inputs give equal chains.
pub fn heaviest_chain<W: Weight>(links: &[ChainLink<W>]) -> Vec<usize> {
    let n = links.len();
    if n == 0 {
        return Vec::new();
    }
    debug_assert!(links.windows(2).all(|w| w[0].left.start <= w[1].left.start));
    debug_assert!(
        links
            .iter()
            .all(|l| !l.left.is_empty() && !l.right.is_empty())
    );
    // Tree positions are right ends plus one, so that position 0 (which a Fenwick tree cannot
    // hold) is never used.
    let size = links
        .iter()
        .map(|l| l.right.end as usize)
        .max()
        .unwrap_or(0)
        + 1;
    // Links go into the tree once every later link starts after their left end.
    let mut by_end: Vec<usize> = (0..n).collect();
    by_end.sort_by_key(|&c| links[c].left.end);
    let none = (W::ZERO, usize::MAX);
    let mut tree: Vec<(W, usize)> = vec![none; size + 1];
    let mut best_to: Vec<(W, usize)> = vec![none; n];
    let mut inserted = 0;
    for (c, link) in links.iter().enumerate() {
        while inserted < n && links[by_end[inserted]].left.end <= link.left.start {
            let d = by_end[inserted];
            let value = (best_to[d].0, d);
            let mut k = links[d].right.end as usize + 1;
            while k <= size {
                if value.0 > tree[k].0 {
                    tree[k] = value;
                }
                k += k & k.wrapping_neg();
            }
            inserted += 1;
        }
        // The best chain whose last right end is at or before this link's right start.
        let mut best = none;
        let mut k = link.right.start as usize + 1;
        while k > 0 {
            if tree[k].0 > best.0 {
                best = tree[k];
            }
            k &= k - 1;
        }
        best_to[c] = (best.0 + link.weight, best.1);
    }
    let mut end = (0..n)
        .max_by(|&a, &b| {
            best_to[a]
                .0
                .partial_cmp(&best_to[b].0)
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .unwrap_or(0);
    let mut chain = vec![end];
    while let Some(&(_, previous)) = best_to.get(end) {
        if previous == usize::MAX {
            break;
        }
        chain.push(previous);
        end = previous;
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// LCS length by trying every subsequence of `a` (small inputs only).
    fn lcs_len_brute<T: Eq>(a: &[T], b: &[T]) -> usize {
        let is_subsequence = |picked: &[&T]| {
            let mut rest = b.iter();
            picked.iter().all(|p| rest.any(|x| x == *p))
        };
        (0u32..1 << a.len())
            .filter_map(|set| {
                let picked: Vec<&T> = (0..a.len())
                    .filter(|i| set & (1 << i) != 0)
                    .map(|i| &a[i])
                    .collect();
                is_subsequence(&picked).then_some(picked.len())
            })
            .max()
            .unwrap_or(0)
    }

    /// Reference LCS length by dynamic programming (for inputs too long to brute-force).
    fn lcs_len_dp<T: Eq>(a: &[T], b: &[T]) -> usize {
        let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                table[i + 1][j + 1] = if a[i] == b[j] {
                    table[i][j] + 1
                } else {
                    table[i][j + 1].max(table[i + 1][j])
                };
            }
        }
        table[a.len()][b.len()]
    }

    /// The pairs are a common subsequence: increasing on both sides, equal symbols.
    fn check_pairs<T: Symbol + std::fmt::Debug>(
        a: &[T],
        b: &[T],
        pairs: &[(u32, u32)],
    ) -> Result<(), TestCaseError> {
        for w in pairs.windows(2) {
            prop_assert!(w[0].0 < w[1].0 && w[0].1 < w[1].1, "{pairs:?}");
        }
        for &(i, j) in pairs {
            prop_assert_eq!(a[i as usize], b[j as usize]);
        }
        Ok(())
    }

    #[test]
    fn lcs_matches_in_order() {
        let pairs = lcs_pairs(&[1u64, 2, 3, 4, 5], &[1, 3, 9, 4, 5]);
        assert_eq!(pairs, [(0, 0), (2, 1), (3, 3), (4, 4)]);
        assert_eq!(lcs_pairs::<u64>(&[], &[1, 2]), []);
        assert_eq!(lcs_len(&['a', 'b', 'c'], &['x', 'b', 'c']), 2);
    }

    proptest! {
        #[test]
        fn lcs_is_as_long_as_the_longest_common_subsequence(
            a in proptest::collection::vec(0u64..4, 0..11),
            b in proptest::collection::vec(0u64..4, 0..11),
        ) {
            let best = lcs_len_brute(&a, &b);
            let pairs = lcs_pairs(&a, &b);
            check_pairs(&a, &b, &pairs)?;
            prop_assert_eq!(pairs.len(), best);
            prop_assert_eq!(lcs_len(&a, &b), best);
            prop_assert_eq!(lcs_len_short(&a, &b), best);
            // The same sequences as other symbol types give the same answer.
            let chars = |s: &[u64]| s.iter().map(|&k| char::from(b'a' + k as u8)).collect::<Vec<_>>();
            prop_assert_eq!(lcs_pairs(&chars(&a), &chars(&b)), pairs.clone());
            let narrow = |s: &[u64]| s.iter().map(|&k| k as u32).collect::<Vec<_>>();
            prop_assert_eq!(lcs_pairs(&narrow(&a), &narrow(&b)), pairs);
        }

        #[test]
        fn bit_parallel_lcs_is_a_longest_common_subsequence(
            a in proptest::collection::vec(0u64..6, 0..150),
            b in proptest::collection::vec(0u64..6, 0..150),
        ) {
            let pairs = lcs_pairs(&a, &b);
            let best = lcs_len_dp(&a, &b);
            prop_assert_eq!(pairs.len(), best);
            check_pairs(&a, &b, &pairs)?;
            prop_assert_eq!(lcs_len(&a, &b), best);
            if b.len() <= 64 {
                prop_assert_eq!(lcs_len_short(&a, &b), best);
            }
        }

        #[test]
        fn scratch_reused_across_calls_changes_nothing(
            seqs in proptest::collection::vec(proptest::collection::vec(0u32..5, 0..90), 2..6),
        ) {
            let mut scratch = LcsScratch::default();
            let mut pairs = Vec::new();
            for w in seqs.windows(2) {
                lcs_pairs_into(&w[0], &w[1], &mut scratch, &mut pairs);
                prop_assert_eq!(&pairs, &lcs_pairs(&w[0], &w[1]));
            }
        }
    }

    /// The heaviest chain's weight by trying every subset of links (small inputs only).
    fn heaviest_brute(links: &[ChainLink<u64>]) -> u64 {
        (0u32..1 << links.len())
            .filter_map(|set| {
                let chosen: Vec<&ChainLink<u64>> = (0..links.len())
                    .filter(|i| set & (1 << i) != 0)
                    .map(|i| &links[i])
                    .collect();
                chains(&chosen).then(|| chosen.iter().map(|l| l.weight).sum())
            })
            .max()
            .unwrap_or(0)
    }

    /// True when each link ends, on both sides, before the next one starts.
    fn chains(links: &[&ChainLink<u64>]) -> bool {
        links
            .windows(2)
            .all(|w| w[0].left.end <= w[1].left.start && w[0].right.end <= w[1].right.start)
    }

    fn link_strategy() -> impl Strategy<Value = ChainLink<u64>> {
        (0u32..8, 1u32..3, 0u32..8, 1u32..3, 1u64..20).prop_map(|(l, ll, r, rl, weight)| {
            ChainLink {
                left: l..l + ll,
                right: r..r + rl,
                weight,
            }
        })
    }

    #[test]
    fn the_heaviest_chain_prefers_weight_to_length() {
        let link = |l: u32, r: u32, weight: u64| ChainLink {
            left: l..l + 1,
            right: r..r + 1,
            weight,
        };
        // Three light links in order, against one heavy link that crosses them.
        let links = [link(0, 1, 1), link(1, 2, 1), link(2, 0, 5), link(3, 3, 1)];
        assert_eq!(heaviest_chain(&links), [2, 3]);
        assert_eq!(heaviest_chain::<u64>(&[]), Vec::<usize>::new());
        let floats = [ChainLink {
            left: 0..2,
            right: 0..1,
            weight: 0.5f32,
        }];
        assert_eq!(heaviest_chain(&floats), [0]);
    }

    proptest! {
        #[test]
        fn the_heaviest_chain_is_a_chain_of_the_largest_weight(
            mut links in proptest::collection::vec(link_strategy(), 0..11),
        ) {
            links.sort_by_key(|l| l.left.start);
            let chain = heaviest_chain(&links);
            let picked: Vec<&ChainLink<u64>> = chain.iter().map(|&i| &links[i]).collect();
            prop_assert!(chain.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(chains(&picked));
            prop_assert_eq!(picked.iter().map(|l| l.weight).sum::<u64>(), heaviest_brute(&links));
        }
    }
}
