//! Speed of `visavis align --json` at book scale, side by side with
//! `git diff --no-index --word-diff=porcelain` on the same files, at 1×, 2× and 4× the input
//! (the Bible pair concatenated with itself in a temporary directory).
//!
//! `cargo bench --bench align_speed` prints the table. With arguments
//! `align LEFT RIGHT [--json]` the binary is just `visavis align`, for hyperfine and
//! `/usr/bin/time -v` (the reader binary wires the same `run`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time_align(left: &Path, right: &Path, rounds: usize) -> Duration {
    let mut times = Vec::new();
    for _ in 0..rounds {
        let start = Instant::now();
        let mut sink = std::io::sink();
        if let Err(e) = visavis::cmd::align::run(Some(left), Some(right), true, &mut sink) {
            eprintln!("align failed: {e}");
        }
        times.push(start.elapsed());
    }
    median(times)
}

fn time_git_diff(left: &Path, right: &Path, rounds: usize) -> Option<Duration> {
    let mut times = Vec::new();
    for _ in 0..rounds {
        let start = Instant::now();
        let status = Command::new("git")
            .args(["diff", "--no-index", "--word-diff=porcelain"])
            .arg(left)
            .arg(right)
            .stdout(std::process::Stdio::null())
            .status()
            .ok()?;
        // git diff exits 1 when the files differ.
        if status.code().is_none_or(|c| c > 1) {
            return None;
        }
        times.push(start.elapsed());
    }
    Some(median(times))
}

/// `times` copies of `source` one after another.
fn repeated(source: &Path, times: usize, dir: &Path) -> std::io::Result<PathBuf> {
    let bytes = std::fs::read(source)?;
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = dir.join(format!("{times}x-{name}"));
    let mut file = std::fs::File::create(&path)?;
    for _ in 0..times {
        file.write_all(&bytes)?;
        file.write_all(b"\n\n")?;
    }
    Ok(path)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("align") {
        let files: Vec<&String> = args[1..].iter().filter(|a| !a.starts_with("--")).collect();
        let json = args.iter().any(|a| a == "--json");
        let (left, right) = match files.as_slice() {
            [l, r] => (Some(Path::new(l.as_str())), Some(Path::new(r.as_str()))),
            _ => (None, None),
        };
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        if let Err(e) = visavis::cmd::align::run(left, right, json, &mut out) {
            eprintln!("visavis: {e}");
            std::process::exit(1);
        }
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it, in a
    // debug build where timing means nothing.
    if !args.iter().any(|a| a == "--bench") {
        println!("align_speed: run with `cargo bench --bench align_speed`");
        return;
    }
    let corpus = std::env::var_os("VISAVIS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let left = corpus.join("bible/segond1910.txt");
    let right = corpus.join("bible/ostervald.txt");
    if !left.exists() || !right.exists() {
        println!("bible corpus not found in {}, skipped", corpus.display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("visavis-align-speed-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        println!("cannot create {}", dir.display());
        return;
    }
    println!(
        "| input | size (left + right) | visavis align --json | git diff --word-diff=porcelain |"
    );
    println!("|---|---|---|---|");
    for times in [1, 2, 4] {
        let (Ok(l), Ok(r)) = (repeated(&left, times, &dir), repeated(&right, times, &dir)) else {
            println!("cannot write the {times}× files");
            break;
        };
        let size = std::fs::metadata(&l).map(|m| m.len()).unwrap_or(0)
            + std::fs::metadata(&r).map(|m| m.len()).unwrap_or(0);
        let rounds = if times == 1 { 5 } else { 3 };
        let align = time_align(&l, &r, rounds);
        let git = time_git_diff(&l, &r, rounds)
            .map_or("n/a".to_string(), |d| format!("{:.3} s", d.as_secs_f64()));
        println!(
            "| {times}× | {:.1} MB | {:.3} s | {git} |",
            size as f64 / 1e6,
            align.as_secs_f64()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
