//! Linking quotations across the two articles: verbatim, truncated, extended or altered, by
//! their normalised words; the numbers they state must agree.

use std::collections::HashMap;
use std::ops::Range;

use crate::core::text::words::word_key;

use super::MatchKind;
use crate::core::lcs::lcs_len;

/// Minimum similarity (2·LCS / (n + m)) for an altered counterpart.
const ALTERED_MIN: f32 = 0.6;
/// Containment only counts when the shorter quotation has this many words: one or two common
/// words inside a long statement are a coincidence, not a quotation of it.
const CONTAINED_MIN_WORDS: usize = 3;
/// Rare words of a quotation used to find its candidates.
const PROBES: usize = 4;
/// Candidates looked at per probe word, so that a word common to thousands of quotations keeps
/// the matching linear.
const PROBE_CAP: usize = 64;
/// Counterparts kept per quotation.
const MAX_MATCHES: usize = 4;
/// Above this many LCS cells, similarity is estimated from shared words instead.
const LCS_CELLS: usize = 250_000;

/// What matching reads of a quotation: its normalised words and the numbers it states.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    pub keys: &'a [u64],
    /// One key per number as a value (`1,3` = `1.3`, `12 000` = `12000`), in reading order.
    pub numbers: &'a [u64],
}

/// The numbers written in `spans` of `text`, as keys of their value: digits, a decimal part
/// after `,` or `.`, groups of three digits after a (no-break) space or a comma-free
/// thousands separator. "autour de 1,3 %" states 1.3, not 1.
pub fn numbers(text: &str, spans: &[Range<usize>]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut value = String::new();
    for span in spans {
        let bytes = &text.as_bytes()[span.clone()];
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
                i += 1;
                continue;
            }
            value.clear();
            let mut decimal = false;
            let mut thousands_sep: Option<u8> = None;
            loop {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    value.push(bytes[i] as char);
                    i += 1;
                }
                let digits_after = |at: usize| {
                    bytes[at..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count()
                };
                // A thousands group: a space (or U+00A0, U+202F) then exactly three digits.
                let space = match bytes.get(i..) {
                    Some([b' ', ..]) => 1,
                    Some([0xc2, 0xa0, ..]) => 2,
                    Some([0xe2, 0x80, 0xaf, ..]) => 3,
                    _ => 0,
                };
                if space > 0 && !decimal && digits_after(i + space) == 3 {
                    i += space;
                    continue;
                }
                if !decimal
                    && matches!(bytes.get(i), Some(b',' | b'.'))
                    && i + 1 < bytes.len()
                    && digits_after(i + 1) > 0
                {
                    // "1.000.000" (three digits then another separator) is thousands; otherwise
                    // a decimal part.
                    let n = digits_after(i + 1);
                    let sep = bytes[i];
                    let thousands =
                        n == 3 && (thousands_sep == Some(sep) || bytes.get(i + 4) == Some(&sep));
                    if thousands {
                        thousands_sep = Some(sep);
                    } else {
                        value.push('.');
                        decimal = true;
                    }
                    i += 1;
                    continue;
                }
                break;
            }
            if decimal {
                while value.ends_with('0') {
                    value.pop();
                }
                if value.ends_with('.') {
                    value.pop();
                }
            }
            out.push(word_key(&value));
        }
    }
    out
}

/// Every number of the shorter list is one of the longer's (as many times): a quotation cut
/// from another states no number the other does not.
fn numbers_agree(a: &[u64], b: &[u64]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut left: Vec<u64> = long.to_vec();
    short
        .iter()
        .all(|n| match left.iter().position(|m| m == n) {
            Some(p) => {
                left.swap_remove(p);
                true
            }
            None => false,
        })
}

/// How `b` relates to `a` (from `a`'s point of view), with the similarity.
pub fn classify(a: Said, b: Said) -> Option<(MatchKind, f32)> {
    if !numbers_agree(a.numbers, b.numbers) {
        return None;
    }
    let (a, b) = (a.keys, b.keys);
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some((MatchKind::Verbatim, 1.0));
    }
    let sim = similarity(a, b);
    if b.len() < a.len() && b.len() >= CONTAINED_MIN_WORDS && contains(a, b) {
        return Some((MatchKind::Truncated, sim));
    }
    if a.len() < b.len() && a.len() >= CONTAINED_MIN_WORDS && contains(b, a) {
        return Some((MatchKind::Extended, sim));
    }
    (a.len().min(b.len()) >= CONTAINED_MIN_WORDS && sim >= ALTERED_MIN)
        .then_some((MatchKind::Altered, sim))
}

/// True when `needle` occurs contiguously in `hay` (Knuth–Morris–Pratt: linear).
fn contains(hay: &[u64], needle: &[u64]) -> bool {
    if needle.is_empty() {
        return true;
    }
    let mut fail = vec![0usize; needle.len()];
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = fail[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut k = 0;
    for &h in hay {
        while k > 0 && h != needle[k] {
            k = fail[k - 1];
        }
        if h == needle[k] {
            k += 1;
            if k == needle.len() {
                return true;
            }
        }
    }
    false
}

/// 2·LCS / (n + m) over words; estimated by shared words for very long quotations.
pub fn similarity(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = if a.len().saturating_mul(b.len()) <= LCS_CELLS {
        lcs_len(a, b)
    } else {
        let mut counts: HashMap<u64, isize> = HashMap::new();
        for &k in a {
            *counts.entry(k).or_default() += 1;
        }
        b.iter()
            .filter(|k| {
                counts.get_mut(k).is_some_and(|c| {
                    *c -= 1;
                    *c >= 0
                })
            })
            .count()
    };
    (2 * common) as f32 / (a.len() + b.len()) as f32
}

/// For every quotation of the left list, its counterparts in the right one, as
/// (left index, right index, kind from the left's point of view, similarity).
pub fn link(left: &[Said], right: &[Said]) -> Vec<(usize, usize, MatchKind, f32)> {
    let left_said = left;
    let right_said = right;
    let left: Vec<&[u64]> = left_said.iter().map(|s| s.keys).collect();
    let right: Vec<&[u64]> = right_said.iter().map(|s| s.keys).collect();
    let (left, right) = (left.as_slice(), right.as_slice());
    let index = |quotes: &[&[u64]]| {
        let mut map: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, q) in quotes.iter().enumerate() {
            let mut seen: Vec<u64> = q.to_vec();
            seen.sort_unstable();
            seen.dedup();
            for k in seen {
                map.entry(k).or_default().push(i);
            }
        }
        map
    };
    // Verbatim counterparts first, by a hash of the whole word sequence: a quotation that has
    // one keeps only those (see `prune`), so it needs no probing. This also keeps repeated
    // texts (thousands of identical quotations) linear.
    let sequence_hash = |q: &[u64]| {
        q.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &k| {
            (h ^ k).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let by_sequence = |quotes: &[&[u64]]| {
        let mut map: HashMap<u64, Vec<usize>> = HashMap::new();
        for (j, q) in quotes.iter().enumerate() {
            if !q.is_empty() {
                map.entry(sequence_hash(q)).or_default().push(j);
            }
        }
        map
    };
    let left_sequences = by_sequence(left);
    let right_sequences = by_sequence(right);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut left_done = vec![false; left.len()];
    for (i, q) in left.iter().enumerate() {
        if let Some(same) = right_sequences.get(&sequence_hash(q)) {
            // Lazy: stops after a few equal ones, however many copies there are.
            for &j in same.iter().filter(|&&j| right[j] == *q).take(MAX_MATCHES) {
                pairs.push((i, j));
                left_done[i] = true;
            }
        }
    }
    let right_done: Vec<bool> = right
        .iter()
        .map(|q| {
            left_sequences
                .get(&sequence_hash(q))
                .is_some_and(|same| same.iter().any(|&i| left[i] == *q))
        })
        .collect();
    let right_index = index(right);
    let left_index = index(left);
    // Other candidates from each side's rarest words.
    let mut probe =
        |quotes: &[&[u64]], other: &HashMap<u64, Vec<usize>>, flip: bool, done: &[bool]| {
            for (i, q) in quotes.iter().enumerate() {
                if done[i] {
                    continue;
                }
                let mut keys: Vec<(usize, u64)> = q
                    .iter()
                    .filter_map(|k| other.get(k).map(|p| (p.len(), *k)))
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                for &(_, k) in keys.iter().take(PROBES) {
                    if let Some(postings) = other.get(&k) {
                        for &j in postings.iter().take(PROBE_CAP) {
                            pairs.push(if flip { (j, i) } else { (i, j) });
                        }
                    }
                }
            }
        };
    probe(left, &right_index, false, &left_done);
    probe(right, &left_index, true, &right_done);
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = Vec::new();
    for (i, j) in pairs {
        if let Some((kind, sim)) = classify(left_said[i], right_said[j]) {
            out.push((i, j, kind, sim));
        }
    }
    out
}

/// Keeps, for one quotation, the verbatim counterparts if there are any, else the best few.
pub fn prune<T>(matches: &mut Vec<T>, kind: impl Fn(&T) -> (MatchKind, f32)) {
    if matches.iter().any(|m| kind(m).0 == MatchKind::Verbatim) {
        matches.retain(|m| kind(m).0 == MatchKind::Verbatim);
    }
    matches.sort_by(|a, b| kind(b).1.total_cmp(&kind(a).1));
    matches.truncate(MAX_MATCHES);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::words::tokenize;

    fn keys(s: &str) -> Vec<u64> {
        tokenize(s, 0..s.len()).iter().map(|t| t.key).collect()
    }

    /// A quotation as matching sees it (words only: these texts state no numbers that differ).
    fn said(k: &[u64]) -> Said<'_> {
        Said {
            keys: k,
            numbers: &[],
        }
    }

    fn classify(a: &[u64], b: &[u64]) -> Option<(MatchKind, f32)> {
        super::classify(said(a), said(b))
    }

    fn with_numbers(s: &str) -> (Vec<u64>, Vec<u64>) {
        (keys(s), numbers(s, std::slice::from_ref(&(0..s.len()))))
    }

    #[test]
    fn numbers_are_read_as_values() {
        let n = |s: &str| numbers(s, std::slice::from_ref(&(0..s.len())));
        assert_eq!(n("autour de 1,3 %"), n("autour de 1.3 %"));
        assert_ne!(n("autour de 1,3 %"), n("autour de 1 %"));
        assert_eq!(n("12 000 euros"), n("12000 euros"));
        assert_eq!(n("12\u{a0}000 euros"), n("12000 euros"));
        assert_eq!(n("1.000.000 dollars"), n("1000000 dollars"));
        assert_eq!(
            n("en 2019 et 2020"),
            vec![word_key("2019"), word_key("2020")]
        );
        assert_eq!(n("1,50 euro"), n("1,5 euro"));
        assert!(
            n("le G20 et la COP21").is_empty(),
            "digits inside a word are no number"
        );
    }

    #[test]
    fn numbers_must_agree_for_a_match() {
        let (ak, an) = with_numbers("la croissance devrait rester autour de 1 % cette année");
        let (bk, bn) = with_numbers("autour de 1,3 %");
        let a = Said {
            keys: &ak,
            numbers: &an,
        };
        let b = Said {
            keys: &bk,
            numbers: &bn,
        };
        assert_eq!(super::classify(a, b), None);
        let (ck, cn) = with_numbers("autour de 1 %");
        let c = Said {
            keys: &ck,
            numbers: &cn,
        };
        assert_eq!(
            super::classify(a, c).map(|k| k.0),
            Some(MatchKind::Truncated)
        );
        let (dk, dn) = with_numbers("We will hire 400 people by June, and 600 more next year");
        let (ek, en) = with_numbers("We will hire 500 people by June, and 600 more next year");
        let d = Said {
            keys: &dk,
            numbers: &dn,
        };
        let e = Said {
            keys: &ek,
            numbers: &en,
        };
        assert_eq!(
            super::classify(d, e),
            None,
            "an altered figure is another statement"
        );
    }

    #[test]
    fn kinds() {
        let a = keys("nous avons beaucoup à faire pour développer nos relations économiques");
        assert_eq!(
            classify(
                &a,
                &keys("Nous avons beaucoup a faire pour developper nos relations economiques")
            )
            .map(|k| k.0),
            Some(MatchKind::Verbatim)
        );
        assert_eq!(
            classify(&a, &keys("nous avons beaucoup à faire")).map(|k| k.0),
            Some(MatchKind::Truncated)
        );
        assert_eq!(
            classify(&keys("nous avons beaucoup à faire"), &a).map(|k| k.0),
            Some(MatchKind::Extended)
        );
        assert_eq!(
            classify(
                &a,
                &keys("nous avons tant à faire pour développer nos relations économiques")
            )
            .map(|k| k.0),
            Some(MatchKind::Altered)
        );
        assert_eq!(classify(&a, &keys("rien à voir avec cela")), None);
        assert_eq!(
            classify(
                &keys("liens historiques"),
                &keys("les « liens historiques »")
            ),
            None
        );
        assert_eq!(
            classify(&keys("liens historiques"), &keys("Liens  historiques")).map(|k| k.0),
            Some(MatchKind::Verbatim)
        );
    }

    #[test]
    fn link_finds_counterparts_among_many() {
        let l: Vec<Vec<u64>> = (0..300)
            .map(|i| keys(&format!("citation numéro {i} du texte gauche")))
            .collect();
        let r: Vec<Vec<u64>> = vec![
            keys("citation numéro 42 du texte gauche"),
            keys("autre chose entièrement"),
        ];
        let lr: Vec<Said> = l.iter().map(|k| said(k)).collect();
        let rr: Vec<Said> = r.iter().map(|k| said(k)).collect();
        let links = link(&lr, &rr);
        assert!(
            links
                .iter()
                .any(|&(i, j, k, _)| i == 42 && j == 0 && k == MatchKind::Verbatim)
        );
    }
}
