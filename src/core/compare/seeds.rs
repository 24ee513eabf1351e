//! Verbatim runs: hashed word shingles shared by both documents, joined along their diagonal
//! into maximal runs of identical (folded) words. Frequent shingles are paired by rank rather
//! than all against all, so a sentence repeated thousands of times stays linear.

use crate::core::parallel;
use crate::core::text::words::Token;

/// Words per shingle: four is rare enough to mean copying, short enough to catch short quotes.
pub const SHINGLE: usize = 4;
/// Shingles occurring at most this many times (product of both sides) pair all against all.
const ALL_PAIRS_MAX: usize = 2;

/// Added to a diagonal (right position − left position) to pack it as an unsigned number.
const DIAGONAL_BIAS: i64 = 1 << 31;

/// A run of identical words: `len` tokens from `left` in the left document and from `right`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub left: u32,
    pub right: u32,
    pub len: u32,
}

/// Shingles as `hash << 32 | position`, sorted by hash (then position). A 32-bit hash only
/// means a few more groups to check, and `verbatim_runs` compares the words anyway; one u64 per
/// shingle halves the memory a pair would take, and a radix sort on the hash half keeps it linear.
fn shingles(tokens: &[Token], is_stop: &[bool]) -> Vec<u64> {
    if tokens.len() < SHINGLE || is_stop.len() != tokens.len() {
        return Vec::new();
    }
    // Shingles start at content words only, which roughly halves the work. A stop word also
    // starts one after three stop words, so every four consecutive words hold a start and runs
    // of function words ("il y en a") are still found. The rule looks only at the words
    // themselves, so both documents choose the same starts in the same text.
    let starts = (0..=tokens.len() - SHINGLE)
        .filter(|&p| !is_stop[p] || (p >= 3 && is_stop[p - 1] && is_stop[p - 2] && is_stop[p - 3]));
    let hash = |p: usize| {
        let mut h = 0x9e37_79b9_7f4a_7c15u64;
        for token in &tokens[p..p + SHINGLE] {
            h = (h.rotate_left(23) ^ token.key).wrapping_mul(0x2545_f491_4f6c_dd1d);
        }
        h
    };
    // Sized up front: growing a vector this big would copy it several times.
    let mut packed: Vec<u64> = Vec::with_capacity(tokens.len());
    packed.extend(starts.map(|p| (hash(p) & !0xffff_ffff) | p as u64));
    // Positions are generated in order and the sort is stable: only the hash half needs sorting.
    radix_sort(&mut packed, 32);
    packed
}

/// Maximal verbatim runs of at least `SHINGLE` words between the two key sequences.
pub fn verbatim_runs(
    left: &[Token],
    left_stop: &[bool],
    right: &[Token],
    right_stop: &[bool],
) -> Vec<Run> {
    let (b, a) = parallel::join(
        left.len() + right.len() >= parallel::WORDS_WORTH_A_THREAD,
        || shingles(right, right_stop),
        || shingles(left, left_stop),
    );
    // (diagonal, left position), packed as one sortable u64: diagonal + 2^31 in the high half
    // (token offsets are byte offsets in u32, so there are fewer than 2^31 tokens).
    let mut seeds: Vec<u64> = Vec::with_capacity(a.len().min(b.len()));
    let seed = |q: u32, p: u32| {
        let diagonal = q as i64 - p as i64 + DIAGONAL_BIAS;
        ((diagonal as u64) << 32) | p as u64
    };
    let hash_of = |v: u64| v >> 32;
    let position = |v: u64| v as u32;
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let hash = hash_of(a[i]);
        if hash < hash_of(b[j]) {
            i += 1;
            continue;
        }
        if hash > hash_of(b[j]) {
            j += 1;
            continue;
        }
        let i_end = i + a[i..].iter().take_while(|&&s| hash_of(s) == hash).count();
        let j_end = j + b[j..].iter().take_while(|&&s| hash_of(s) == hash).count();
        let (ga, gb) = (&a[i..i_end], &b[j..j_end]);
        // A hash collision would pair different words: check the words themselves.
        let same = |p: u32, q: u32| {
            let (p, q) = (p as usize, q as usize);
            (0..SHINGLE).all(|k| left[p + k].key == right[q + k].key)
        };
        if ga.len() * gb.len() <= ALL_PAIRS_MAX {
            for &sa in ga {
                for &sb in gb {
                    let (p, q) = (position(sa), position(sb));
                    if same(p, q) {
                        seeds.push(seed(q, p));
                    }
                }
            }
        } else {
            // By rank: the k-th occurrence on the left with the k-th on the right (stretched when
            // the counts differ), which follows the documents' order.
            let (n, m) = (ga.len(), gb.len());
            for k in 0..n.min(m) {
                let (ka, kb) = if n <= m {
                    (k, k * m / n)
                } else {
                    (k * n / m, k)
                };
                let (p, q) = (position(ga[ka]), position(gb[kb]));
                if same(p, q) {
                    seeds.push(seed(q, p));
                }
            }
        }
        i = i_end;
        j = j_end;
    }
    radix_sort(&mut seeds, 0);
    let mut runs: Vec<Run> = Vec::new();
    let mut current: Option<(i64, u32, u32)> = None; // diagonal, first, end (exclusive)
    for packed in seeds {
        let (diagonal, p) = ((packed >> 32) as i64 - DIAGONAL_BIAS, packed as u32);
        let end = p + SHINGLE as u32;
        // Seeds start every few words: a short gap on the same diagonal whose words agree is
        // part of the run.
        let bridges = |d: i64, last_end: u32| {
            d == diagonal
                && p <= last_end + 2 * SHINGLE as u32
                && (last_end..p).all(|k| {
                    let q = k as i64 + d;
                    q >= 0
                        && right.get(q as usize).map(|t| t.key)
                            == left.get(k as usize).map(|t| t.key)
                })
        };
        match current {
            Some((d, first, last_end)) if bridges(d, last_end) => {
                current = Some((d, first, last_end.max(end)));
            }
            _ => {
                if let Some(run) = current.take() {
                    runs.push(extend(to_run(run), left, right));
                }
                current = Some((diagonal, p, end));
            }
        }
    }
    if let Some(run) = current {
        runs.push(extend(to_run(run), left, right));
    }
    add_common_ends(&mut runs, left, right);
    runs
}

/// The common beginning and end of the two documents are runs however short (identical or
/// nearly identical files, texts of a few words), replacing the shingle runs inside them.
fn add_common_ends(runs: &mut Vec<Run>, left: &[Token], right: &[Token]) {
    let prefix = left
        .iter()
        .zip(right)
        .take_while(|(a, b)| a.key == b.key)
        .count() as u32;
    let suffix = left
        .iter()
        .rev()
        .zip(right.iter().rev())
        .take_while(|(a, b)| a.key == b.key)
        .count()
        .min(left.len().min(right.len()) - prefix as usize) as u32;
    if prefix > 0 {
        runs.retain(|r| !(r.left == r.right && r.left + r.len <= prefix));
        runs.push(Run {
            left: 0,
            right: 0,
            len: prefix,
        });
    }
    if suffix > 0 {
        let (left_start, right_start) = (left.len() as u32 - suffix, right.len() as u32 - suffix);
        runs.retain(|r| {
            !(r.right as i64 - r.left as i64 == right_start as i64 - left_start as i64
                && r.left >= left_start)
        });
        runs.push(Run {
            left: left_start,
            right: right_start,
            len: suffix,
        });
    }
}

/// Grows a run over the few equal words before and after it that start no shingle.
fn extend(mut run: Run, left: &[Token], right: &[Token]) -> Run {
    let mut back = 0;
    while back < SHINGLE as u32
        && run.left > back
        && run.right > back
        && left[(run.left - back - 1) as usize].key == right[(run.right - back - 1) as usize].key
    {
        back += 1;
    }
    run.left -= back;
    run.right -= back;
    run.len += back;
    let mut forward = 0;
    let key_at = |tokens: &[Token], at: u32| tokens.get(at as usize).map(|t| t.key);
    while forward < SHINGLE as u32 && {
        let a = key_at(left, run.left + run.len);
        a.is_some() && a == key_at(right, run.right + run.len)
    } {
        run.len += 1;
        forward += 1;
    }
    run
}

/// Stable LSD radix sort of `values` on bits `from_bit..64`, a digit at a time; digits that are
/// the same in every value are skipped. Linear, where a comparison sort of a million shingles was the
/// slowest step of a book-sized comparison.
fn radix_sort(values: &mut Vec<u64>, from_bit: u32) {
    // Eleven-bit digits: three passes sort a 32-bit hash (four with bytes); the counts still fit
    // in the first-level cache.
    const DIGIT: u32 = 11;
    const BUCKETS: usize = 1 << DIGIT;
    let mut buffer = vec![0u64; values.len()];
    let mut counts = vec![0usize; BUCKETS];
    let mut shift = from_bit;
    while shift < 64 {
        let digit = |v: u64| ((v >> shift) & (BUCKETS as u64 - 1)) as usize;
        counts.iter_mut().for_each(|c| *c = 0);
        for &v in values.iter() {
            counts[digit(v)] += 1;
        }
        if counts.iter().all(|&c| c == 0 || c == values.len()) {
            shift += DIGIT;
            continue;
        }
        let mut total = 0;
        for count in counts.iter_mut() {
            let here = *count;
            *count = total;
            total += here;
        }
        for &v in values.iter() {
            let slot = &mut counts[digit(v)];
            buffer[*slot] = v;
            *slot += 1;
        }
        std::mem::swap(values, &mut buffer);
        shift += DIGIT;
    }
}

fn to_run((diagonal, first, end): (i64, u32, u32)) -> Run {
    Run {
        left: first,
        right: (first as i64 + diagonal) as u32,
        len: end - first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(keys: &[u64]) -> Vec<Token> {
        keys.iter()
            .enumerate()
            .map(|(i, &key)| Token {
                start: i as u32,
                end: i as u32 + 1,
                key,
            })
            .collect()
    }

    fn runs(left: &[u64], right: &[u64]) -> Vec<Run> {
        let (l, r) = (tokens(left), tokens(right));
        verbatim_runs(&l, &vec![false; l.len()], &r, &vec![false; r.len()])
    }

    #[test]
    fn finds_a_shared_run() {
        let left = [1, 2, 3, 4, 5, 6, 7, 8];
        let right = [9, 9, 3, 4, 5, 6, 7, 0];
        assert_eq!(
            runs(&left, &right),
            [Run {
                left: 2,
                right: 2,
                len: 5
            }]
        );
    }

    #[test]
    fn radix_sort_sorts() {
        let mut values: Vec<u64> = (0..5000u64)
            .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .collect();
        let mut expected = values.clone();
        expected.sort_unstable();
        radix_sort(&mut values, 0);
        assert_eq!(values, expected);
    }

    #[test]
    fn runs_are_whole_whichever_side_is_ahead() {
        // Stop words start few shingles; the run must still be whole, on either diagonal sign.
        let stop_key = 100;
        let words = [
            1, stop_key, stop_key, 2, stop_key, 3, stop_key, stop_key, 4, 5, 6,
        ];
        let mut right = vec![9, 9, 9];
        right.extend(words);
        let stops = |k: &[u64]| k.iter().map(|&k| k == stop_key).collect::<Vec<_>>();
        let (l, r) = (tokens(&words), tokens(&right));
        let forward = verbatim_runs(&l, &stops(&words), &r, &stops(&right));
        assert_eq!(
            forward,
            [Run {
                left: 0,
                right: 3,
                len: 11
            }]
        );
        let backward = verbatim_runs(&r, &stops(&right), &l, &stops(&words));
        assert_eq!(
            backward,
            [Run {
                left: 3,
                right: 0,
                len: 11
            }]
        );
    }

    #[test]
    fn repeated_text_pairs_by_rank() {
        let unit = [1u64, 2, 3, 4, 5];
        let left: Vec<u64> = unit.iter().copied().cycle().take(5 * 1000).collect();
        assert_eq!(
            runs(&left, &left),
            [Run {
                left: 0,
                right: 0,
                len: 5000
            }]
        );
    }
}
