//! Saved web pages through the command line: `visavis text` prints the article body and its
//! metadata, standard input works as `-`, gzipped pages read the same, offsets of the other
//! outputs point into the extracted text, and bad pages (no article, absurd nesting, 50 MB) get
//! one line or a result in bounded time.

mod common;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{BIN, TempDir};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs visavis with `stdin` as standard input, killed after `timeout`.
fn run_with(args: &[&str], stdin: &[u8], timeout: Duration) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn visavis");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let pid = child.id() as libc::pid_t;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let output = match rx.recv_timeout(timeout) {
        Ok(output) => output.expect("wait for visavis"),
        Err(_) => {
            // SAFETY: not reaped yet (the waiting thread is still blocked), so the pid is ours.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("visavis still running after {timeout:?}: {args:?}");
        }
    };
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn run(args: &[&str]) -> Run {
    run_with(args, b"", Duration::from_secs(20))
}

fn page(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(name)
        .join("source.html")
}

fn gold(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(name)
        .join("gold.txt");
    std::fs::read_to_string(path).expect("gold text")
}

/// Bag-of-tokens F1 (runs of letters and digits, lower-cased), as the bench scores it.
fn f1(predicted: &str, gold: &str) -> f64 {
    let bag = |s: &str| {
        let mut bag: HashMap<String, usize> = HashMap::new();
        for w in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            *bag.entry(w.to_lowercase()).or_default() += 1;
        }
        bag
    };
    let (p, g) = (bag(predicted), bag(gold));
    let common: usize = p
        .iter()
        .map(|(w, n)| (*n).min(*g.get(w).unwrap_or(&0)))
        .sum();
    let (np, ng): (usize, usize) = (p.values().sum(), g.values().sum());
    if common == 0 {
        return 0.0;
    }
    let (precision, recall) = (common as f64 / np as f64, common as f64 / ng as f64);
    2.0 * precision * recall / (precision + recall)
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("valid JSON")
}

#[test]
fn text_prints_the_article_body_of_french_and_english_pages() {
    for name in ["fr-conseil-municipal", "en-harbour-bridge"] {
        let out = run(&["text", page(name).to_str().unwrap()]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let score = f1(&out.stdout, &gold(name));
        assert!(score >= 0.97, "{name}: F1 {score:.3}\n{}", out.stdout);
        for boilerplate in [
            "cookies",
            "Accept all",
            "Related stories",
            "Most read",
            "commentaires",
            "Comments",
            "Publicité",
            "Partager",
            "caché",
            "newsletter",
            "Photo:",
            "rights reserved",
        ] {
            assert!(!out.stdout.contains(boilerplate), "{name}: {boilerplate}");
        }
    }
    let fr = run(&["text", page("fr-conseil-municipal").to_str().unwrap()]).stdout;
    // Declared ISO-8859-1: decoded as browsers do (Windows-1252); entities decoded; `<q>` and
    // `<blockquote>` in French marks; `<br>` a line break, `<p>` a blank line.
    assert!(
        fr.contains("«\u{a0}Nous n'avions pas le choix\u{a0}»"),
        "{fr}"
    );
    assert!(fr.contains("un calendrier «\u{a0}beaucoup trop long\u{a0}» pour"));
    assert!(fr.contains("\n\n«\u{a0}Fermer le pont, c'est couper la ville en deux."));
    assert!(fr.contains("21\u{a0}heures.\nLes horaires seront affichés"));
    assert!(!fr.contains("Par Léa Martin"), "the byline is metadata");
}

#[test]
fn text_json_gives_the_metadata_and_blocks_into_the_same_text() {
    let out = run(&[
        "text",
        "--json",
        page("fr-conseil-municipal").to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let doc = &v["documents"][0];
    assert_eq!(
        doc["headline"],
        "Le conseil municipal vote la fermeture du pont Vieux"
    );
    assert_eq!(doc["byline"], "Léa Martin");
    assert_eq!(doc["site"], "La Gazette du Val");
    assert_eq!(doc["date"], "2024-03-12");
    assert_eq!(doc["encoding"], "windows-1252");
    assert!(
        doc["text"]
            .as_str()
            .unwrap()
            .contains("offsets are bytes into it")
    );
    let text = v["text"].as_str().unwrap();
    let plain = run(&["text", page("fr-conseil-municipal").to_str().unwrap()]).stdout;
    assert_eq!(format!("{text}\n"), plain, "--json carries the same text");
    let kinds: Vec<&str> = v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let (start, end) = (
                b["start"].as_u64().unwrap() as usize,
                b["end"].as_u64().unwrap() as usize,
            );
            assert!(text.get(start..end).is_some_and(|t| !t.is_empty()));
            b["kind"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "paragraph",
            "paragraph",
            "heading",
            "paragraph",
            "quote",
            "paragraph",
            "paragraph"
        ]
    );
    // A text file's JSON is as it was: no web-page fields.
    let dir = TempDir::new("html-json");
    let txt = dir.file("a.txt", b"Un texte.\n");
    let v = json(&run(&["text", "--json", txt.to_str().unwrap()]).stdout);
    assert!(v["documents"][0].get("headline").is_none());
    assert!(v["documents"][0].get("text").is_none());
}

#[test]
fn standard_input_and_gzip_read_as_the_file_does() {
    let path = page("en-harbour-bridge");
    let bytes = std::fs::read(&path).unwrap();
    let from_file = run(&["text", path.to_str().unwrap()]);
    let from_stdin = run_with(&["text", "-"], &bytes, Duration::from_secs(20));
    assert_eq!(from_stdin.code, 0, "{}", from_stdin.stderr);
    assert_eq!(from_stdin.stdout, from_file.stdout);
    let text = "Plain text from a pipe.\n";
    assert_eq!(
        run_with(&["text", "-"], text.as_bytes(), Duration::from_secs(20)).stdout,
        text
    );

    let dir = TempDir::new("html-gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&bytes).unwrap();
    let gz_path = dir.file("page.html.gz", &gz.finish().unwrap());
    let out = run(&["text", gz_path.to_str().unwrap()]);
    assert_eq!(out.stdout, from_file.stdout, "{}", out.stderr);
    let bad = dir.file("bad.html.gz", &[0x1f, 0x8b, 8, 0, 1, 2, 3]);
    let out = run(&["text", bad.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with(&format!("visavis: {}: bad gzip data", bad.display())),
        "{}",
        out.stderr
    );

    // Standard input can be read once.
    let out = run(&["align", "-", "-"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("standard input"), "{}", out.stderr);
}

#[test]
fn offsets_in_align_and_quotes_point_into_the_extracted_text() {
    let left = page("en-harbour-bridge");
    let dir = TempDir::new("html-offsets");
    let right = dir.file(
        "rewrite.txt",
        "Westbay council said on Tuesday that the Harbour Street bridge will close to motor traffic on 4 March after engineers found corrosion in two of its steel girders.\n\n\
         An inspection in December found that rust had eaten through up to a third of the metal in places, and the report said the bridge was “not at immediate risk of collapse”.\n"
            .as_bytes(),
    );
    let text = run(&["text", left.to_str().unwrap()]).stdout;
    let align = json(
        &run(&[
            "align",
            "--json",
            left.to_str().unwrap(),
            right.to_str().unwrap(),
        ])
        .stdout,
    );
    let passages = align["passages"].as_array().unwrap();
    assert!(!passages.is_empty());
    for p in passages {
        let (s, e) = (
            p["left"]["start"].as_u64().unwrap() as usize,
            p["left"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], p["left"]["text"].as_str().unwrap());
    }
    assert!(
        align["documents"][0]["text"]
            .as_str()
            .unwrap()
            .contains("extracted")
    );
    let quotes = json(
        &run(&[
            "quotes",
            "--json",
            left.to_str().unwrap(),
            right.to_str().unwrap(),
        ])
        .stdout,
    );
    let found = quotes["quotes"].as_array().unwrap();
    assert!(
        found.iter().any(|q| q["doc"] == 0
            && q["text"]
                .as_str()
                .unwrap()
                .starts_with("We would rather close it now")),
        "the block quotation is a quotation: {found:?}"
    );
    for q in found.iter().filter(|q| q["doc"] == 0) {
        for span in q["spans"].as_array().unwrap() {
            let (s, e) = (
                span[0].as_u64().unwrap() as usize,
                span[1].as_u64().unwrap() as usize,
            );
            assert!(text.get(s..e).is_some(), "span {s}..{e} inside the text");
        }
    }
}

#[test]
fn bad_pages_get_one_line_or_a_result_in_bounded_time() {
    let dir = TempDir::new("html-bad");
    let links: String = (0..60)
        .map(|n| {
            format!(
                "<li><a href=\"/n{n}\">Headline {n}: the news of the day in a few words</a></li>"
            )
        })
        .collect();
    let front = dir.file(
        "front.html",
        format!("<html><body><ul>{links}</ul></body></html>").as_bytes(),
    );
    let out = run(&["text", front.to_str().unwrap()]);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (
            1,
            "",
            format!(
                "visavis: {}: no article text found in this HTML page\n",
                front.display()
            )
            .as_str()
        )
    );
    // The reader refuses it the same way, before any terminal question.
    let txt = dir.file("a.txt", b"Un texte.\n");
    let out = run(&[front.to_str().unwrap(), txt.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);

    let deep = dir.file(
        "deep.html",
        format!(
            "<html><body>{}<p>text</p>{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        )
        .as_bytes(),
    );
    let out = run_with(
        &["text", deep.to_str().unwrap()],
        b"",
        Duration::from_secs(10),
    );
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        format!(
            "visavis: {}: HTML nested 100000 levels deep (more than 512): not an article page\n",
            deep.display()
        )
    );

    // 50 MB of article: read whole, in bounded time, without crashing.
    let mut huge = String::from(
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Huge</title></head><body><nav><a href=/>Home</a></nav><article><h1>Huge</h1>",
    );
    let mut n = 0;
    while huge.len() < 50 * 1024 * 1024 {
        huge.push_str(&format!("<p>Paragraph {n}: the council said the bridge over the river would close for repairs, and residents asked how long the works would take.</p>\n"));
        n += 1;
    }
    huge.push_str("</article></body></html>");
    let big = dir.file("huge.html", huge.as_bytes());
    drop(huge);
    let out = run_with(
        &["text", "--json", big.to_str().unwrap()],
        b"",
        Duration::from_secs(120),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains(&format!("Paragraph {}: the council", n - 1))
    );
}

#[test]
fn nothing_in_the_build_can_reach_the_network() {
    let lock =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    for client in [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "attohttpc",
        "surf",
        "tokio",
    ] {
        assert!(
            !lock.contains(&format!("name = \"{client}\"")),
            "{client} in Cargo.lock"
        );
    }
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                assert!(!code.contains("std::net"), "{}", path.display());
                assert!(!code.contains("TcpStream"), "{}", path.display());
            }
        }
    }
}
