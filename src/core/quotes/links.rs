//! Links between quotations that carry a speaker from one to another: a subheading takes the
//! speaker of the body quotation it abridges; a nested quotation repeating the words of an
//! attributed one takes its speaker; a quotation with no speaker
//! takes its counterpart's in the other article.

use super::matching;

/// How many quotations after (then before) a subheading may be the one it abridges.
const ABRIDGE_WINDOW: usize = 24;
/// How many quotations back a repeated quotation may be found.
const REPEAT_WINDOW: usize = 32;

/// Share of a subheading's words that the body quotation must hold, in order.
const ABRIDGED_SHARE: f32 = 0.8;
/// A repetition shares at least this many words.
const REPEAT_MIN_WORDS: usize = 2;

/// What linking reads of a quotation.
pub struct Linked<'a> {
    pub keys: &'a [u64],
    pub heading: bool,
    pub nested: bool,
    /// The byte range of its marks (a quotation never repeats one that holds it).
    pub outer: std::ops::Range<usize>,
    /// It has a speaker.
    pub spoken: bool,
}

/// Words of `short` found in order in `long` (2·LCS/(n+m) scaled back to a count).
fn common(short: &[u64], long: &[u64]) -> f32 {
    matching::similarity(short, long) * (short.len() + long.len()) as f32 / 2.0
}

/// For each subheading (not attributed itself), the body quotation it abridges: the nearest
/// one after it (then before it) that holds most of its words in order.
pub fn abridged(quotes: &[Linked], attributed: &[bool]) -> Vec<Option<usize>> {
    let mut out = vec![None; quotes.len()];
    for h in 0..quotes.len() {
        let head = &quotes[h];
        if !head.heading || head.nested || attributed[h] || head.keys.is_empty() {
            continue;
        }
        let fits = |b: &Linked| {
            !b.heading
                && !b.nested
                && b.keys.len() >= head.keys.len()
                && common(head.keys, b.keys) >= ABRIDGED_SHARE * head.keys.len() as f32
        };
        out[h] = (h + 1..quotes.len().min(h + 1 + ABRIDGE_WINDOW))
            .find(|&b| fits(&quotes[b]))
            .or_else(|| {
                (h.saturating_sub(ABRIDGE_WINDOW)..h)
                    .rev()
                    .find(|&b| fits(&quotes[b]))
            });
    }
    out
}

/// For each nested quotation without a speaker, an earlier (or later) attributed quotation of
/// the same document that contains all its words in order: "The market heard 'not yet'"
/// repeats the "Not yet" someone said before.
pub fn repeated(quotes: &[Linked]) -> Vec<Option<usize>> {
    let mut out = vec![None; quotes.len()];
    for i in 0..quotes.len() {
        let q = &quotes[i];
        if q.spoken || !q.nested || q.keys.len() < REPEAT_MIN_WORDS {
            continue;
        }
        let holds = |o: &Linked| {
            !(o.outer.start <= q.outer.start && q.outer.end <= o.outer.end)
                && o.spoken
                && !o.heading
                && o.keys.len() >= q.keys.len()
                && contains(o.keys, q.keys)
        };
        out[i] = (i.saturating_sub(REPEAT_WINDOW)..i)
            .rev()
            .find(|&j| holds(&quotes[j]))
            .or_else(|| {
                (i + 1..quotes.len().min(i + 1 + REPEAT_WINDOW)).find(|&j| holds(&quotes[j]))
            });
    }
    out
}

/// `needle` occurs contiguously in `hay`.
fn contains(hay: &[u64], needle: &[u64]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::words::tokenize;

    fn keys(s: &str) -> Vec<u64> {
        tokenize(s, 0..s.len()).iter().map(|t| t.key).collect()
    }

    #[test]
    fn a_quotation_repeating_an_attributed_one_is_found() {
        let a = keys("Not yet. That is the honest answer.");
        let b = keys("not yet");
        let c = keys("never");
        let quotes = [
            Linked {
                keys: &a,
                heading: false,
                nested: false,
                outer: 100..110,
                spoken: true,
            },
            Linked {
                keys: &b,
                heading: false,
                nested: true,
                outer: 200..210,
                spoken: false,
            },
            Linked {
                keys: &c,
                heading: false,
                nested: true,
                outer: 300..310,
                spoken: false,
            },
        ];
        assert_eq!(repeated(&quotes), [None, Some(0), None]);
    }

    #[test]
    fn a_nested_quotation_does_not_repeat_the_one_holding_it() {
        let a = keys("The markets heard not yet and moved on");
        let b = keys("not yet");
        let quotes = [
            Linked {
                keys: &a,
                heading: false,
                nested: false,
                outer: 0..40,
                spoken: true,
            },
            Linked {
                keys: &b,
                heading: false,
                nested: true,
                outer: 18..27,
                spoken: false,
            },
        ];
        assert_eq!(repeated(&quotes), [None, None]);
    }

    #[test]
    fn a_subheading_abridges_the_nearest_body_quotation() {
        let h = keys("Il faut réformer le pays");
        let b = keys("Nous le savons tous, il faut réformer le pays en profondeur");
        let quotes = [
            Linked {
                keys: &h,
                heading: true,
                nested: false,
                outer: 400..410,
                spoken: false,
            },
            Linked {
                keys: &b,
                heading: false,
                nested: false,
                outer: 500..510,
                spoken: true,
            },
        ];
        assert_eq!(abridged(&quotes, &[false, true]), [Some(1), None]);
    }
}
