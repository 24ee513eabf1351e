//! The report's speed: analysis + page + atomic write, in process and as the whole command
//! (`visavis report A B -o FILE`, process start included), for the bundled pair (target ≤ 50 ms)
//! and the Bible pair from `../shared/corpus/bible` (target ≤ 2 s). `cargo bench --bench report`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use visavis::cmd::report::Analysed;
use visavis::core::bundled;
use visavis::core::document::Document;
use visavis::core::save::write_atomically;

/// Median and minimum of `runs` timings, after one untimed warm-up run.
fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    f();
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    samples.sort();
    (samples[samples.len() / 2], samples[0])
}

fn show(name: &str, (median, min): (Duration, Duration), target_ms: f64) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name:<58} median {:>9.2} ms   min {:>9.2} ms   target ≤ {target_ms} ms: {}",
        ms(median),
        ms(min),
        if ms(median) <= target_ms {
            "met"
        } else {
            "MISSED"
        }
    );
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("report: run with `cargo bench --bench report`");
        return;
    }
    let out_dir = std::env::temp_dir().join(format!("visavis-report-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&out_dir);
    let out = out_dir.join("report.html");
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/visavis");

    let (wire, rewrite) = bundled::bundled_pair();
    let in_process = |left: &Document, right: &Document| {
        let analysed = Analysed::pair(left.clone(), right.clone());
        let html = analysed.render();
        write_atomically(&out, html.as_bytes()).expect("write the report");
        black_box(html.len());
    };
    show(
        "bundled pair: analyse + render + write (in process)",
        time(30, || in_process(&wire, &rewrite)),
        50.0,
    );
    if bin.is_file() {
        show(
            "bundled pair: `visavis report -o FILE` (whole command)",
            time(20, || {
                let status = Command::new(&bin)
                    .arg("report")
                    .arg("-o")
                    .arg(&out)
                    .output()
                    .expect("run");
                assert!(status.status.success());
            }),
            50.0,
        );
    }
    let html = Analysed::pair(wire.clone(), rewrite.clone()).render();
    println!("bundled pair: page of {} bytes", html.len());

    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bible");
    let (a, b) = (corpus.join("segond1910.txt"), corpus.join("ostervald.txt"));
    if !(a.is_file() && b.is_file()) {
        println!(
            "report: no Bible pair at {} (the shared corpus is absent); skipped",
            corpus.display()
        );
        return;
    }
    let (left, right) = (
        Document::open(&a).expect("segond"),
        Document::open(&b).expect("ostervald"),
    );
    show(
        "Bible pair: analyse + render + write (in process)",
        time(5, || in_process(&left, &right)),
        2000.0,
    );
    if bin.is_file() {
        show(
            "Bible pair: `visavis report A B -o FILE` (whole command)",
            time(5, || {
                let status = Command::new(&bin)
                    .arg("report")
                    .arg(&a)
                    .arg(&b)
                    .arg("-o")
                    .arg(&out)
                    .output()
                    .expect("run");
                assert!(status.status.success());
            }),
            2000.0,
        );
    }
    let analysed = Analysed::pair(left, right);
    let started = Instant::now();
    let html = analysed.render();
    println!(
        "Bible pair: render alone {:.1} ms, page of {:.1} MB, {} passages",
        started.elapsed().as_secs_f64() * 1e3,
        html.len() as f64 / 1e6,
        analysed.pairs[0].comparison.passages.len()
    );
    let _ = std::fs::remove_dir_all(&out_dir);
}
