//! Reading saved web pages: body quality against gold text (bag-of-tokens precision, recall and
//! F1, as the article-extraction benchmarks score it) and the time of the whole read (decoding,
//! extraction, blocks), page by page. Run with `cargo bench --bench extract`.
//!
//! The collection lives outside the repository: `VISAVIS_PAGES` (default `../scratch/html/pages`)
//! holds one folder per page with `source.html` (the bytes as saved) and `gold.txt` (the article
//! body; empty for a page with no article, which must then be refused). Without it, the bench
//! says so and scores the small fixtures in `tests/pages/` only.
//! `VISAVIS_TIMES=FILE` writes `page<TAB>ms` lines (the minimum over the runs) for
//! `benches/extract_vs_trafilatura.sh`; `VISAVIS_ITERS` sets the runs per page (default 10).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use visavis::core::document::Document;

/// Runs of Unicode letters and digits, lower-cased: the tokens of the scorer.
fn tokens(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *bag.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

/// (overlap, predicted tokens, gold tokens).
fn overlap(predicted: &str, gold: &str) -> (usize, usize, usize) {
    let (p, g) = (tokens(predicted), tokens(gold));
    let common = p
        .iter()
        .map(|(w, n)| (*n).min(*g.get(w).unwrap_or(&0)))
        .sum();
    (common, p.values().sum(), g.values().sum())
}

fn f1(common: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        0.0
    } else {
        common as f64 / predicted as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        common as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

struct Scored {
    id: String,
    group: String,
    common: usize,
    predicted: usize,
    gold: usize,
    /// For a page with no article: whether it was refused.
    refused_ok: Option<bool>,
    ms: f64,
}

fn pages(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("source.html").is_file() && p.join("gold.txt").is_file())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// `fr-rdb-lemonde-1` → `fr`; the language is the first part of each folder's name (`hostile-*`
/// folders are grouped apart).
fn group(id: &str) -> String {
    id.split('-').next().unwrap_or("").to_string()
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("extract: run with `cargo bench --bench extract`");
        return;
    }
    let iters: usize = std::env::var("VISAVIS_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let root = std::env::var_os("VISAVIS_PAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../scratch/html/pages"));
    let mut dirs = pages(&root);
    if dirs.is_empty() {
        println!(
            "extract: no collection at {} (set VISAVIS_PAGES); scoring tests/pages only",
            root.display()
        );
    }
    dirs.extend(pages(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages"),
    ));
    let mut scored = Vec::new();
    for dir in &dirs {
        let id = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(dir.join("source.html")).unwrap_or_default();
        let gold = std::fs::read_to_string(dir.join("gold.txt")).unwrap_or_default();
        let mut best = f64::MAX;
        let mut result = None;
        for _ in 0..=iters {
            let started = Instant::now();
            let doc = Document::from_bytes("source.html", &bytes);
            best = best.min(started.elapsed().as_secs_f64() * 1e3);
            result = Some(doc);
        }
        let text = match result {
            Some(Ok(doc)) => doc.text,
            _ => String::new(),
        };
        let (common, predicted, gold_n) = overlap(&text, &gold);
        scored.push(Scored {
            group: group(&id),
            id,
            common,
            predicted,
            gold: gold_n,
            refused_ok: (gold_n == 0).then_some(predicted == 0),
            ms: best,
        });
    }
    if let Some(file) = std::env::var_os("VISAVIS_TIMES") {
        let lines: String = scored
            .iter()
            .map(|s| format!("{}\t{:.4}\n", s.id, s.ms))
            .collect();
        let _ = std::fs::write(file, lines);
    }
    report(&scored);
}

fn report(scored: &[Scored]) {
    let articles: Vec<&Scored> = scored.iter().filter(|s| s.gold > 0).collect();
    println!(
        "{:<44} {:>6} {:>6} {:>6} {:>8}",
        "page", "P", "R", "F1", "ms"
    );
    for s in scored {
        match s.refused_ok {
            Some(ok) => println!(
                "{:<44} {:>22} {:>8.2}",
                s.id,
                if ok { "refused (right)" } else { "NOT REFUSED" },
                s.ms
            ),
            None => {
                let (p, r, f) = f1(s.common, s.predicted, s.gold);
                println!("{:<44} {p:>6.3} {r:>6.3} {f:>6.3} {:>8.2}", s.id, s.ms);
            }
        }
    }
    let summary = |name: &str, set: &[&Scored]| {
        if set.is_empty() {
            return;
        }
        let (c, p, g) = set.iter().fold((0, 0, 0), |(c, p, g), s| {
            (c + s.common, p + s.predicted, g + s.gold)
        });
        let (mp, mr, mf) = f1(c, p, g);
        let macro_f1 = set
            .iter()
            .map(|s| f1(s.common, s.predicted, s.gold).2)
            .sum::<f64>()
            / set.len() as f64;
        println!(
            "{name:<12} pages {:>3}  micro P {mp:.3} R {mr:.3} F1 {mf:.3}  macro F1 {macro_f1:.3}",
            set.len()
        );
    };
    println!();
    summary("all", &articles);
    let mut groups: Vec<&str> = articles.iter().map(|s| s.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    for g in groups {
        let set: Vec<&Scored> = articles.iter().copied().filter(|s| s.group == g).collect();
        summary(g, &set);
    }
    let refused: Vec<bool> = scored.iter().filter_map(|s| s.refused_ok).collect();
    println!(
        "no-article pages refused: {}/{}",
        refused.iter().filter(|ok| **ok).count(),
        refused.len()
    );
    let mut times: Vec<f64> = articles.iter().map(|s| s.ms).collect();
    times.sort_by(f64::total_cmp);
    if !times.is_empty() {
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "read time per article page (decode + extract + blocks, min of runs): median {:.2} ms, p90 {:.2} ms, max {:.2} ms, total {:.1} ms",
            at(0.5),
            at(0.9),
            times[times.len() - 1],
            times.iter().sum::<f64>()
        );
    }
}
