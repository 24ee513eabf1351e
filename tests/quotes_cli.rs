//! `visavis quotes`: the command's output, driven through `cmd::quotes::run` into a buffer.

use std::path::Path;

use visavis::cmd::quotes::run;

fn output(left: Option<&Path>, right: Option<&Path>, json: bool) -> String {
    let mut out = Vec::new();
    run(left, right, json, &mut out).expect("run succeeds");
    String::from_utf8(out).expect("UTF-8 output")
}

#[test]
fn bundled_pair_as_json_has_the_documented_shape() {
    let text = output(None, None, true);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    for d in docs {
        for key in ["path", "title", "date", "encoding", "words"] {
            assert!(d.get(key).is_some(), "documents entry lacks {key}");
        }
    }
    assert_eq!(docs[0]["date"], "2019-04");
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 8);
    for (i, q) in quotes.iter().enumerate() {
        assert_eq!(q["id"], i);
        for key in [
            "doc", "text", "spans", "speaker", "fragment", "unclosed", "matches",
        ] {
            assert!(q.get(key).is_some(), "quote lacks {key}");
        }
    }
    let first = &quotes[0];
    assert_eq!(first["doc"], 0);
    assert_eq!(first["text"], "liens historiques");
    assert_eq!(first["speaker"], serde_json::Value::Null);
    assert_eq!(first["fragment"], true);
    assert_eq!(first["matches"][0]["id"], 7);
    assert_eq!(first["matches"][0]["kind"], "verbatim");
    assert_eq!(first["matches"][0]["similarity"], 1.0);
    let poutine = &quotes[2];
    assert_eq!(poutine["speaker"], "Vladimir Poutine");
    assert_eq!(poutine["fragment"], false);
    // Spans are byte ranges into the decoded text: the text is the spans joined.
    let (left, _) = visavis::core::bundled::bundled_pair();
    let span = &poutine["spans"][0];
    let (s, e) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&left.text[s..e], poutine["text"].as_str().unwrap());
    assert_eq!(quotes[7]["doc"], 1);
    assert_eq!(quotes[3]["speaker"], "Vladimir Poutine");
    assert_eq!(quotes[4]["speaker"], "Kim Jong Un");
}

#[test]
fn bundled_pair_human_readable() {
    let text = output(None, None, false);
    eprintln!("{text}");
    assert!(
        text.starts_with("Left: assets/000_843fbf8397b90504.txt (2019-04, "),
        "{text}"
    );
    assert!(text.contains("Right: assets/002_3142bb842cecfb83.txt"));
    assert!(text.contains("[fragment] “liens historiques”"));
    assert!(text.contains("speaker: Vladimir Poutine"));
    assert!(text.contains("#7 verbatim (1.00)"));
    assert!(
        text.contains("[subheading] “Nous avons beaucoup à faire pour développer nos relations”")
    );
}

#[test]
fn files_given_on_the_command_line() {
    let dir = std::env::temp_dir().join(format!("visavis-quotes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "\"We will rebuild the bridge,\" said Jane Doe.\n").unwrap();
    std::fs::write(
        &b,
        "Jane Doe spoke. “We will rebuild the old bridge,” she said.\n",
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&output(Some(&a), Some(&b), true)).unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[0]["speaker"], "Jane Doe");
    assert_eq!(quotes[1]["speaker"], "Jane Doe");
    assert_eq!(quotes[0]["matches"][0]["kind"], "altered");
    assert_eq!(quotes[0]["matches"][0]["speaker_conflict"], false);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn empty_files_have_no_quotations() {
    let dir = std::env::temp_dir().join(format!("visavis-quotes-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    std::fs::write(&a, "").unwrap();
    let text = output(Some(&a), Some(&a), false);
    assert!(text.contains("— no quotations"), "{text}");
    let v: serde_json::Value = serde_json::from_str(&output(Some(&a), Some(&a), true)).unwrap();
    assert_eq!(v["quotes"].as_array().map(Vec::len), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_is_a_one_line_error() {
    let mut out = Vec::new();
    let err = run(
        Some(Path::new("/nonexistent/left.txt")),
        Some(Path::new("/nonexistent/right.txt")),
        false,
        &mut out,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "/nonexistent/left.txt: no such file");
    assert!(out.is_empty());
}

/// Prints `quotes` for `QUOTES_LEFT` and `QUOTES_RIGHT` (a development aid while `main` is not
/// wired): `QUOTES_LEFT=a.txt QUOTES_RIGHT=b.txt cargo test --test quotes_cli -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_pair_from_env() {
    let (Some(l), Some(r)) = (
        std::env::var_os("QUOTES_LEFT"),
        std::env::var_os("QUOTES_RIGHT"),
    ) else {
        return;
    };
    println!(
        "{}",
        output(Some(Path::new(&l)), Some(Path::new(&r)), false)
    );
}
