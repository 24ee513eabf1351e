//! `visavis align`: human-readable and JSON output, file errors, through `cmd::align::run`.

use std::path::Path;

use visavis::cmd::align::run;

#[path = "../benches/align/score.rs"]
mod score;

fn output(left: Option<&Path>, right: Option<&Path>, json: bool) -> String {
    let mut out = Vec::new();
    run(left, right, json, &mut out).expect("align runs");
    String::from_utf8(out).expect("output is UTF-8")
}

#[test]
fn json_has_the_documented_shape() {
    let text = output(None, None, true);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let documents = value["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 2);
    for d in documents {
        for key in ["path", "title", "date", "encoding", "words"] {
            assert!(d.get(key).is_some(), "document lacks {key}: {d}");
        }
    }
    assert_eq!(documents[0]["date"], "2019-04");
    assert_eq!(documents[0]["encoding"], "utf-8");
    let passages = value["passages"].as_array().expect("passages");
    assert!(passages.len() >= 3);
    let (left_text, right_text) = visavis::core::bundled::bundled_pair();
    for p in passages {
        for (side, doc) in [("left", &left_text.text), ("right", &right_text.text)] {
            let start = p[side]["start"].as_u64().expect("start") as usize;
            let end = p[side]["end"].as_u64().expect("end") as usize;
            assert!(start < end && end <= doc.len());
            // `text` is exactly the slice of the decoded document.
            assert_eq!(p[side]["text"].as_str(), doc.get(start..end));
        }
        let kind = p["kind"].as_str().expect("kind");
        assert!(["verbatim", "near", "paraphrase"].contains(&kind));
        let similarity = p["similarity"].as_f64().expect("similarity");
        assert!((0.0..=1.0).contains(&similarity));
        assert!(p["crossing"].is_boolean());
    }
    for side in ["left", "right"] {
        let share = value["shared"][side].as_f64().expect("shared");
        assert!((0.0..=1.0).contains(&share));
    }
}

#[test]
fn text_output_lists_passages_and_figures() {
    let text = output(None, None, false);
    assert!(text.contains("liens historiques"));
    assert!(text.contains("near") || text.contains("verbatim"));
    assert!(text.contains("shared words: left"));
    assert!(text.lines().any(|l| l.trim_start().starts_with("left ")));
    assert!(text.lines().any(|l| l.trim_start().starts_with("right ")));
}

#[test]
fn files_given_on_the_command_line_are_compared() {
    let dir = std::env::temp_dir().join(format!("visavis-align-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(
        &a,
        "Le ministre a annoncé la fermeture de trois usines dans le nord du pays.\n",
    )
    .expect("write");
    std::fs::write(
        &b,
        "Hier, le ministre a annoncé la fermeture de trois usines dans le nord du pays.\n",
    )
    .expect("write");
    let text = output(Some(&a), Some(&b), true);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["passages"].as_array().map(Vec::len), Some(1));
    assert_eq!(value["documents"][0]["title"], "a.txt");

    // An empty file: no passages, nothing shared, no error.
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let value: serde_json::Value =
        serde_json::from_str(&output(Some(&empty), Some(&b), true)).expect("valid JSON");
    assert_eq!(value["passages"].as_array().map(Vec::len), Some(0));
    assert_eq!(value["shared"]["left"], 0.0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_is_a_one_line_error_naming_it() {
    let missing = Path::new("/nonexistent/visavis/left.txt");
    let mut out = Vec::new();
    let error = run(Some(missing), Some(missing), true, &mut out).expect_err("fails");
    let message = error.to_string();
    assert_eq!(message, "/nonexistent/visavis/left.txt: no such file");
    assert!(out.is_empty());
}

/// The quality targets on the shared corpora (skipped, with a message, where they are absent):
/// ≥ 95 % of the Bible passages pair the same verses, ≥ 98 % of each Flaubert text is shared.
/// A few seconds in a debug build; `cargo bench --bench align_quality` prints the same figures.
#[test]
fn quality_targets_on_the_shared_corpora() {
    let corpus = score::corpus_dir();
    assert_ne!(
        score::bible(&corpus),
        Some(false),
        "Bible: fewer than 95 % same-verse passages"
    );
    assert_ne!(
        score::flaubert(&corpus),
        Some(false),
        "Flaubert: less than 98 % shared"
    );
}
