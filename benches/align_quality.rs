//! Alignment quality at book scale, scored against gold data (see `align/score.rs`); run with
//! `cargo bench --bench align_quality`. Exits non-zero when a target is missed, so it can gate
//! a CI job. `VISAVIS_SHOW_ERRORS=1` prints the Bible passages that pair different verses.

#[path = "align/score.rs"]
mod score;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it, in a
    // debug build: the same check runs there as a test (`tests/align_cli.rs`).
    if !std::env::args().any(|a| a == "--bench") {
        println!("align_quality: run with `cargo bench --bench align_quality`");
        return;
    }
    let corpus = score::corpus_dir();
    let bible_ok = score::bible(&corpus);
    let flaubert_ok = score::flaubert(&corpus);
    let show = |ok: Option<bool>| match ok {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "not measured (corpus absent)",
    };
    println!(
        "targets: bible ≥ 95 % same-verse passages: {}; flaubert ≥ 98 % of each text shared: {}",
        show(bible_ok),
        show(flaubert_ok)
    );
    if bible_ok == Some(false) || flaubert_ok == Some(false) {
        std::process::exit(1);
    }
}
