//! `visavis rank` at corpus scale: one rpm2 article against a folder of 10 000 news-size files
//! made from `../shared/corpus/rpm2/` (each article repeated with variations: paragraphs
//! dropped, swapped, borrowed from another article of the story, words changed, a dateline
//! added), generated once under `target/rank-bench/` and never committed. Then, on a folder of
//! 500 such files, `visavis rank` side by side with `git diff --no-index --word-diff=porcelain`
//! run once per file.
//!
//! `cargo bench --bench rank` prints the figures; `cargo bench --bench rank -- --files N` sizes
//! the big folder. With arguments `rank SOURCE DIR... [--json]` the bench binary is just
//! `visavis rank` (for `/usr/bin/time -v` and valgrind; it prints the folder's notes too).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use visavis::cmd::rank::{RankOptions, run};
use visavis::core::compare::rank::pairs::{PairOptions, analyse_pairs};
use visavis::core::compare::rank::{Ranking, choose_candidates};
use visavis::core::open::open_set;

/// The source ranked: the rpm2 article with the most same-story articles sharing sentences
/// with it, so that the folder holds the most candidates to align.
const SOURCE: &str = "T10_C1_09.txt";
/// Variants of each article in the folders (the folder of N files holds N / 200 of each).
const SMALL: usize = 500;
const BIG: usize = 10_000;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("rank") {
        std::process::exit(as_visavis_rank(&args[1..]));
    }
    let files = args
        .iter()
        .position(|a| a == "--files")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(BIG);
    let corpus = Path::new("../shared/corpus/rpm2");
    let articles = match rpm2_articles(corpus) {
        Some(a) if !a.is_empty() => a,
        _ => {
            println!("skipped: ../shared/corpus/rpm2 is absent");
            return;
        }
    };
    let source = corpus.join(SOURCE);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/rank-bench");
    let small = generate(&articles, SMALL, &root).expect("generate the small folder");
    let big = generate(&articles, files, &root).expect("generate the big folder");
    println!(
        "visavis rank benchmarks (source {SOURCE}; load: {})",
        load()
    );
    println!("folders generated under {}", root.display());
    for (folder, n) in [(&big, files), (&small, SMALL)] {
        println!("\nfolder of {n} files ({:.1} MB)", megabytes(folder));
        phases(&source, folder);
        let times: Vec<Duration> = (0..5).map(|_| time_rank(&source, folder)).collect();
        println!(
            "  rank, whole command (open, choose, align, print): median {:8.1} ms   min {:8.1} ms",
            ms(median(times.clone())),
            ms(*times.iter().min().expect("five runs"))
        );
    }
    println!("\nside by side on the folder of {SMALL} files");
    let visavis_times: Vec<Duration> = (0..5).map(|_| time_rank(&source, &small)).collect();
    let visavis = median(visavis_times);
    match time_git_diff(&source, &small) {
        Some(git) => {
            println!(
                "  visavis rank:                         {:8.1} ms (median of 5)",
                ms(visavis)
            );
            println!(
                "  git diff --word-diff=porcelain × {SMALL}: {:8.1} ms (once per file, one run)",
                ms(git)
            );
            println!(
                "  ratio: visavis is {:.1}× faster",
                git.as_secs_f64() / visavis.as_secs_f64()
            );
        }
        None => println!("  git is not available: no comparison"),
    }
    let exe = std::env::current_exe().expect("the bench binary");
    println!("\npeak memory, from outside:");
    println!(
        "  /usr/bin/time -v {} rank {} {}",
        exe.display(),
        source.display(),
        big.display()
    );
    println!("instruction counts (repeatable under load):");
    println!(
        "  valgrind --tool=callgrind --callgrind-out-file=/dev/null {} rank {} {}",
        exe.display(),
        source.display(),
        big.display()
    );
}

/// `visavis rank` itself, into standard output; the exit code.
fn as_visavis_rank(args: &[String]) -> i32 {
    let json = args.iter().any(|a| a == "--json");
    let paths: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    let Some((source, rewrites)) = paths.split_first() else {
        eprintln!("usage: rank SOURCE DIR... [--json]");
        return 2;
    };
    let set = match open_set(source, rewrites) {
        Ok(set) => set,
        Err(e) => {
            eprintln!("visavis: {e}");
            return 1;
        }
    };
    for skipped in &set.skipped {
        eprintln!("visavis: {skipped}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let options = RankOptions {
        json,
        ..RankOptions::default()
    };
    match run(&set, options, &mut out) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("visavis: {e}");
            1
        }
    }
}

/// Each step once, timed in the process: where the time goes.
fn phases(source: &Path, folder: &Path) {
    let start = Instant::now();
    let set = open_set(source, &[folder.to_path_buf()]).expect("opens");
    let opened = start.elapsed();
    let start = Instant::now();
    let candidates = choose_candidates(&set.documents, |_| false);
    let chosen = start.elapsed();
    let start = Instant::now();
    let analyses = analyse_pairs(
        &set.documents,
        &candidates,
        PairOptions::default(),
        |_, _| true,
    )
    .expect("not cancelled");
    let aligned = start.elapsed();
    let start = Instant::now();
    let ranking = Ranking::new(&set.documents, &analyses);
    let ranked = start.elapsed();
    println!(
        "  {} rewrites read, {} skipped; {} candidates aligned, {} took something",
        set.documents.len() - 1,
        set.skipped.len(),
        candidates.len(),
        ranking.related()
    );
    println!(
        "  open (walk, read, parse): {:7.1} ms; choose (prefilter): {:7.1} ms; align the candidates: {:7.1} ms; rank: {:5.1} ms",
        ms(opened),
        ms(chosen),
        ms(aligned),
        ms(ranked)
    );
}

fn time_rank(source: &Path, folder: &Path) -> Duration {
    let start = Instant::now();
    let set = open_set(source, &[folder.to_path_buf()]).expect("opens");
    let mut sink = std::io::sink();
    run(&set, RankOptions::default(), &mut sink).expect("ranks");
    start.elapsed()
}

/// `git diff --no-index --word-diff=porcelain SOURCE FILE` for every file of the folder, one
/// after the other: what one would run without visavis.
fn time_git_diff(source: &Path, folder: &Path) -> Option<Duration> {
    let mut files = Vec::new();
    collect_files(folder, &mut files);
    files.sort();
    let start = Instant::now();
    for file in &files {
        let status = Command::new("git")
            .args(["diff", "--no-index", "--word-diff=porcelain"])
            .arg(source)
            .arg(file)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .ok()?;
        // git diff exits 1 when the files differ.
        if status.code().is_none_or(|c| c > 1) {
            return None;
        }
    }
    Some(start.elapsed())
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn megabytes(dir: &Path) -> f64 {
    let mut files = Vec::new();
    collect_files(dir, &mut files);
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    bytes as f64 / 1e6
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_string())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// An rpm2 article: its name, its bytes and its lines.
struct Article {
    name: String,
    topic: String,
    bytes: Vec<u8>,
    lines: Vec<String>,
}

fn rpm2_articles(corpus: &Path) -> Option<Vec<Article>> {
    let mut names: Vec<String> = std::fs::read_dir(corpus)
        .ok()?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('T') && n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(corpus.join(&name)).ok()?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let lines = text
                .lines()
                .map(|l| l.trim_end_matches('\r').to_string())
                .filter(|l| !l.trim().is_empty())
                .collect();
            Some(Article {
                topic: name[..3].to_string(),
                name,
                bytes,
                lines,
            })
        })
        .collect()
}

/// A small deterministic generator (xorshift), so that every run builds the same folders.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Words a rewriter swaps in.
const SWAPS: &[&str] = &[
    "désormais",
    "jeudi",
    "selon",
    "notamment",
    "environ",
    "hier",
    "également",
    "toutefois",
];

/// Variant `v` of article `a`: variant 0 is a copy of the article (so the folder holds the
/// source too), the others rewrite it.
fn variant(articles: &[Article], a: usize, v: usize) -> Vec<u8> {
    let article = &articles[a];
    if v == 0 {
        return article.bytes.clone();
    }
    let mut random = Random(0x9e37_79b9_7f4a_7c15 ^ ((a as u64) << 20) ^ v as u64);
    let mut lines: Vec<String> = article
        .lines
        .iter()
        .filter(|_| !random.chance(12))
        .cloned()
        .collect();
    if lines.is_empty() {
        lines.push(article.lines[0].clone());
    }
    if lines.len() > 2 && random.chance(40) {
        let i = 1 + random.below(lines.len() - 2);
        lines.swap(i, i + 1);
    }
    // A paragraph of another article of the same story (agency copy shared by outlets).
    if random.chance(30) {
        let same: Vec<&Article> = articles
            .iter()
            .filter(|o| o.topic == article.topic && o.name != article.name)
            .collect();
        if let Some(other) = same.get(random.below(same.len())) {
            let line = other.lines[random.below(other.lines.len())].clone();
            let at = random.below(lines.len() + 1);
            lines.insert(at, line);
        }
    }
    for line in &mut lines {
        if random.chance(25) {
            let mut words: Vec<&str> = line.split(' ').collect();
            if words.len() > 3 {
                let i = random.below(words.len());
                words[i] = SWAPS[random.below(SWAPS.len())];
                *line = words.join(" ");
            }
        }
    }
    let mut text = String::new();
    if random.chance(30) {
        text.push_str(&format!("date 2008-10-{:02}\n", 1 + random.below(28)));
    }
    if random.chance(20) {
        text.push_str(&format!(
            "Mis à jour le {}/10/2008 à {}h{:02}\n",
            1 + random.below(28),
            random.below(24),
            random.below(60)
        ));
    }
    text.push_str(&lines.join(if random.chance(50) { "\n" } else { "\n\n" }));
    text.push('\n');
    text.into_bytes()
}

/// The folder of `files` variants (`target/rank-bench/folder-N/Txx/vNN/…`), built once.
fn generate(articles: &[Article], files: usize, root: &Path) -> std::io::Result<PathBuf> {
    let folder = root.join(format!("folder-{files}"));
    let done = folder.join(".complete");
    if done.exists() {
        return Ok(folder);
    }
    let _ = std::fs::remove_dir_all(&folder);
    for n in 0..files {
        let (a, v) = (n % articles.len(), n / articles.len());
        let article = &articles[a];
        let dir = folder.join(&article.topic).join(format!("v{v:02}"));
        std::fs::create_dir_all(&dir)?;
        let name = article.name.replace(".txt", &format!("-v{v:02}.txt"));
        std::fs::write(dir.join(name), variant(articles, a, v))?;
    }
    // Hidden, so the walk leaves it out.
    std::fs::write(&done, b"")?;
    Ok(folder)
}
