//! Robustness for minutes: random and mutated input through the loader, the wrapping, the
//! quotation scanner and attribution, and the aligner (the checks of `tests/robustness.rs`),
//! then how time grows with input size on hostile text (is it linear?).
//!
//! `cargo bench --bench robustness -- [SECONDS]` (default 60). Prints how many inputs were
//! tried, how many bytes went through, the slowest input per byte, and the growth table.

#[path = "../tests/robust/mod.rs"]
mod robust;

use std::time::{Duration, Instant};

use robust::{Mutation, check_pair, mutate, seeds};

/// xorshift64*: deterministic, no dependency, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const MARKS: &[&str] = &[
    "\"",
    "«",
    "»",
    "“",
    "”",
    "'",
    "’",
    ". ",
    ", a-t-il dit",
    " said",
    "\n\n",
    ":",
    "\u{a0}",
    "\u{92}",
    "\r",
    "«\u{a0}",
    "\u{a0}»",
    " selon ",
    " according to ",
];

/// Random edits. `text_only`: no random bytes (which may be NUL, making the input binary), so
/// the input stays an article and goes through the whole pipeline.
fn random_mutations(rng: &mut Rng, count: usize, text_only: bool) -> Vec<Mutation> {
    (0..count)
        .map(|_| match rng.below(4) {
            0 if !text_only => Mutation::Insert(
                rng.below(usize::MAX),
                // NUL rarely: a NUL makes the whole input binary, refused before the analyses.
                (0..1 + rng.below(12))
                    .map(|_| match rng.next() as u8 {
                        0 if rng.below(20) != 0 => b' ',
                        b => b,
                    })
                    .collect(),
            ),
            0 | 2 if text_only => Mutation::Delete(rng.below(usize::MAX), 1 + rng.below(40)),
            1 => Mutation::Delete(rng.below(usize::MAX), 1 + rng.below(40)),
            2 => Mutation::Flip(rng.below(usize::MAX), (rng.next() as u8).max(1)),
            _ => Mutation::Insert(
                rng.below(usize::MAX),
                MARKS[rng.below(MARKS.len())].as_bytes().to_vec(),
            ),
        })
        .collect()
}

fn main() {
    let seconds: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(60);
    let seeds = seeds();
    println!(
        "robustness: {} seed articles, {seconds} s of random and mutated pairs",
        seeds.len()
    );
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut tried, mut bytes, mut refused) = (0u64, 0u64, 0u64);
    let mut slowest = (0.0f64, 0usize);
    while Instant::now() < deadline {
        let (left, right) = if rng.below(5) == 0 {
            // Arbitrary bytes, sometimes long.
            let len = |rng: &mut Rng| {
                let long = rng.below(10) == 0;
                rng.below(if long { 200_000 } else { 4000 })
            };
            let (l, r) = (len(&mut rng), len(&mut rng));
            (
                (0..l).map(|_| rng.next() as u8).collect::<Vec<_>>(),
                (0..r).map(|_| rng.next() as u8).collect::<Vec<_>>(),
            )
        } else {
            let edits = 1 + rng.below(60);
            let l = mutate(
                &seeds[rng.below(seeds.len())],
                &random_mutations(&mut rng, edits, false),
            );
            let edits = 1 + rng.below(60);
            let r = mutate(
                &seeds[rng.below(seeds.len())],
                &random_mutations(&mut rng, edits, false),
            );
            (l, r)
        };
        let start = Instant::now();
        let through = check_pair(&left, &right);
        let took = start.elapsed().as_secs_f64();
        tried += 1;
        if through == 0 {
            refused += 1;
        } else {
            bytes += through as u64;
        }
        // Per byte only on inputs big enough for fixed costs not to dominate (a news pair is 8 KB or more).
        if through >= 8 * 1024 {
            let per_kb = took * 1e6 / (through as f64 / 1024.0).max(1.0);
            if per_kb > slowest.0 {
                slowest = (per_kb, through);
            }
        }
    }
    println!(
        "tried {tried} pairs ({refused} refused with a one-line reason), {:.1} MB of text, no panic, every span inside its text",
        bytes as f64 / 1e6
    );
    println!(
        "slowest pair of 8 KB or more: {:.1} µs per KB ({} bytes)",
        slowest.0, slowest.1
    );

    // Growth: the same hostile article (mutated, quote marks sprinkled) repeated 1×…16×.
    println!(
        "\ntime against input size (one mutated article repeated; linear means the ratio column stays near 1):"
    );
    println!("{:>8} {:>12} {:>12}", "size", "ms", "ms per MB / 1×");
    let unit = mutate(&seeds[0], &random_mutations(&mut rng, 80, true));
    let mut base = None;
    for times in [1usize, 2, 4, 8, 16] {
        let mut left = Vec::new();
        let mut right = Vec::new();
        for i in 0..times * 40 {
            left.extend(mutate(&unit, &random_mutations(&mut rng, 3, true)));
            left.extend_from_slice(b"\n\n");
            let seed = &seeds[1 + i % (seeds.len() - 1)];
            right.extend(mutate(seed, &random_mutations(&mut rng, 3, true)));
            right.extend_from_slice(b"\n\n");
        }
        let mut best = f64::MAX;
        for _ in 0..3 {
            let start = Instant::now();
            check_pair(&left, &right);
            best = best.min(start.elapsed().as_secs_f64() * 1e3);
        }
        let mb = (left.len() + right.len()) as f64 / 1e6;
        let per_mb = best / mb;
        let base_per_mb = *base.get_or_insert(per_mb);
        println!("{:>7.2}M {best:>12.1} {:>12.2}", mb, per_mb / base_per_mb);
    }
}
