//! `visavis rank`, and `align` / `quotes` on a source and many rewrites, through the binary: the
//! table's order on small French and English fixtures (`tests/fixtures/rank/`), folders full of
//! bad input (one line each on standard error, never a failure), files named on the command
//! line keeping today's errors, and the JSON of lists and folders.

mod common;

use std::ffi::OsStr;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{BIN, FileState, TempDir};

/// No run may take longer: a pipe in a folder must not be read.
const TIMEOUT: Duration = Duration::from_secs(20);

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run<S: AsRef<OsStr>>(args: &[S]) -> Run {
    run_command(Command::new(BIN).args(args))
}

fn run_command(command: &mut Command) -> Run {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = command.spawn().expect("spawn visavis");
    let pid = child.id() as libc::pid_t;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let output = match rx.recv_timeout(TIMEOUT) {
        Ok(output) => output.expect("wait for visavis"),
        Err(_) => {
            // SAFETY: not reaped yet (the waiting thread is still blocked), so the pid is ours.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("visavis still running after {TIMEOUT:?}: {command:?}");
        }
    };
    Run {
        code: output.status.code().expect("exit code, not a signal"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rank")
}

fn json(r: &Run) -> serde_json::Value {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    serde_json::from_str(&r.stdout).expect("valid JSON")
}

/// The rows of `rank --json` as (file name, related).
fn rows(value: &serde_json::Value) -> Vec<(String, bool)> {
    value["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            let path = r["path"].as_str().expect("path");
            let name = Path::new(path).file_name().expect("a file name");
            (
                name.to_string_lossy().into_owned(),
                r["related"].as_bool().expect("related"),
            )
        })
        .collect()
}

fn row<'a>(value: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    value["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["path"].as_str().is_some_and(|p| p.ends_with(name)))
        .unwrap_or_else(|| panic!("no row for {name}"))
}

#[test]
fn rank_puts_what_copied_most_first_and_the_unrelated_last_in_french() {
    let fr = fixtures().join("fr");
    let source = fr.join("source.txt");
    let r = run(&[
        OsStr::new("rank"),
        source.as_os_str(),
        fr.as_os_str(),
        OsStr::new("--json"),
    ]);
    let value = json(&r);
    assert_eq!(
        rows(&value),
        [
            ("copie.txt".to_string(), true),
            ("reprise.txt".to_string(), true),
            ("breve.txt".to_string(), true),
            // The same story reworded: some vocabulary, nothing copied.
            ("reformule.txt".to_string(), false),
            ("sans-rapport.txt".to_string(), false),
        ]
    );
    // The source, met in the folder, is recognised and skipped (and said so).
    assert_eq!(
        r.stderr,
        format!(
            "visavis: {}: skipped: the source itself\n",
            source.display()
        )
    );
    assert_eq!(value["totals"]["skipped"], 1);
    assert_eq!(value["totals"]["rewrites"], 5);
    assert_eq!(value["source_quotes"], 2);
    let copy = row(&value, "copie.txt");
    assert_eq!(copy["quotes"]["verbatim"], 1, "{copy}");
    assert_eq!(copy["quotes"]["cut"], 1, "{copy}");
    assert!(copy["share_of_source"].as_f64().expect("share") > 0.8);
    let brief = row(&value, "breve.txt");
    assert_eq!(brief["quotes"]["missing"], 2);
    assert!(
        brief["share_of_rewrite"].as_f64().expect("share") > 0.8,
        "{brief}"
    );
    assert!(
        brief["share_of_source"].as_f64().expect("share") < 0.3,
        "{brief}"
    );
    // The unrelated article was set aside by the prefilter, never aligned.
    assert_eq!(row(&value, "sans-rapport.txt")["aligned"], false);
    assert_eq!(value["documents"][0]["date"], "2024-03-12");

    // The text table: the totals first, the rows in the same order.
    let text = run(&[OsStr::new("rank"), source.as_os_str(), fr.as_os_str()]);
    assert_eq!(text.code, 0);
    let lines: Vec<&str> = text.stdout.lines().collect();
    assert!(lines[0].starts_with("source: "), "{}", text.stdout);
    assert_eq!(
        lines[1],
        "5 rewrites: 3 took something, 2 unrelated; 4 aligned; 1 skipped"
    );
    let order: Vec<usize> = [
        "copie.txt",
        "reprise.txt",
        "breve.txt",
        "unrelated (",
        "sans-rapport",
    ]
    .iter()
    .map(|name| {
        lines
            .iter()
            .position(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} in {}", text.stdout))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", text.stdout);
    // `--related` hides the unrelated.
    let related = run(&[
        OsStr::new("rank"),
        source.as_os_str(),
        fr.as_os_str(),
        OsStr::new("--related"),
    ]);
    assert!(!related.stdout.contains("sans-rapport") && related.stdout.contains("breve.txt"));
}

#[test]
fn rank_in_english_and_with_files_named_one_by_one() {
    let en = fixtures().join("en");
    let r = run(&[
        OsStr::new("rank"),
        en.join("source.txt").as_os_str(),
        en.join("unrelated.txt").as_os_str(),
        en.join("copy.txt").as_os_str(),
        OsStr::new("--json"),
    ]);
    let value = json(&r);
    assert_eq!(r.stderr, "");
    assert_eq!(
        rows(&value),
        [
            ("copy.txt".to_string(), true),
            ("unrelated.txt".to_string(), false)
        ]
    );
    // Named files are always aligned.
    assert_eq!(row(&value, "unrelated.txt")["aligned"], true);
    let copy = row(&value, "copy.txt");
    assert_eq!(copy["quotes"]["cut"], 1, "{copy}");
    assert_eq!(
        copy["passages"]["verbatim"].as_u64().map(|n| n >= 1),
        Some(true)
    );
}

#[test]
fn a_folder_of_bad_input_is_read_with_one_note_per_file_skipped() {
    let dir = TempDir::new("rank-bad");
    let fr = fixtures().join("fr");
    let source = fr.join("source.txt");
    let folder = dir.path().join("corpus");
    std::fs::create_dir_all(folder.join("sub")).expect("folder");
    let copy = |name: &str| {
        std::fs::copy(fr.join(name), folder.join(name)).expect("copy a fixture");
    };
    copy("copie.txt");
    copy("sans-rapport.txt");
    copy("sub/reprise.txt");
    std::fs::write(folder.join("a.bin"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").expect("write");
    std::fs::write(folder.join("b-empty.txt"), b"").expect("write");
    std::fs::write(folder.join("c-blank.txt"), b"  \n\n\t\n").expect("write");
    // Over the size limit without taking the disk: a sparse file.
    let big = std::fs::File::create(folder.join("d-big.txt")).expect("create");
    big.set_len(129 * 1024 * 1024).expect("sparse file");
    // A pipe nobody writes to: reading it would block for ever.
    let fifo = std::ffi::CString::new(folder.join("e-pipe").as_os_str().as_encoded_bytes())
        .expect("no NUL");
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0, "mkfifo");
    std::os::unix::fs::symlink(&folder, folder.join("sub/loop")).expect("link");
    std::os::unix::fs::symlink(folder.join("gone.txt"), folder.join("f-broken.txt")).expect("link");
    // The source's text again, with other line endings.
    let text = std::fs::read_to_string(&source).expect("read");
    std::fs::write(folder.join("g-same.txt"), text.replace('\n', "\r\n")).expect("write");
    // Hidden entries are not articles: left out without a word.
    std::fs::write(folder.join(".DS_Store"), b"\x00\x01\x02").expect("write");
    let before = FileState::of(&folder.join("copie.txt"));

    let r = run(&[
        OsStr::new("rank"),
        source.as_os_str(),
        folder.as_os_str(),
        OsStr::new("--json"),
    ]);
    let value = json(&r);
    let shown = folder.display().to_string();
    let notes: Vec<String> = r
        .stderr
        .lines()
        .map(|l| l.replacen(&shown, "DIR", 1))
        .collect();
    assert_eq!(
        notes,
        [
            "visavis: DIR/a.bin: skipped: looks like a binary file",
            "visavis: DIR/b-empty.txt: skipped: empty file",
            "visavis: DIR/c-blank.txt: skipped: empty file",
            "visavis: DIR/d-big.txt: skipped: larger than 128 MiB, the most visavis reads",
            "visavis: DIR/e-pipe: skipped: not a regular file",
            "visavis: DIR/f-broken.txt: skipped: a link to nothing",
            "visavis: DIR/g-same.txt: skipped: same text as the source",
            "visavis: DIR/sub/loop: skipped: a folder loop through a link",
        ]
    );
    assert_eq!(
        rows(&value),
        [
            ("copie.txt".to_string(), true),
            ("reprise.txt".to_string(), true),
            ("sans-rapport.txt".to_string(), false),
        ]
    );
    assert_eq!(value["totals"]["skipped"], 8);
    assert_eq!(
        FileState::of(&folder.join("copie.txt")),
        before,
        "inputs untouched"
    );
}

#[test]
fn an_unreadable_file_in_a_folder_is_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("rank-unreadable");
    let fr = fixtures().join("fr");
    let folder = dir.path().join("corpus");
    std::fs::create_dir_all(&folder).expect("folder");
    let source = dir.path().join("source.txt");
    std::fs::copy(fr.join("source.txt"), &source).expect("copy");
    std::fs::copy(fr.join("copie.txt"), folder.join("copie.txt")).expect("copy");
    let secret = folder.join("secret.txt");
    std::fs::copy(fr.join("breve.txt"), &secret).expect("copy");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let expected = format!(
        "visavis: {}: skipped: cannot read: permission denied\n",
        secret.display()
    );
    let mut command = Command::new(BIN);
    command.arg("rank").arg(&source).arg(&folder);
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        // root reads a chmod 000 file: run as `nobody`, if it may reach the binary.
        let mut p = Path::new(BIN);
        while let Some(parent) = p.parent() {
            let mode = std::fs::metadata(parent)
                .map(|m| m.permissions().mode())
                .unwrap_or(0);
            if mode & 0o001 == 0 {
                eprintln!(
                    "skipped: running as root and {} is closed to others",
                    parent.display()
                );
                return;
            }
            p = parent;
        }
        for p in [dir.path(), folder.as_path()] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        for f in [&source, &folder.join("copie.txt")] {
            std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        command.uid(65534).gid(65534);
    }
    let r = run_command(&mut command);
    assert_eq!((r.code, r.stderr.as_str()), (0, expected.as_str()));
    assert!(r.stdout.contains("copie.txt"), "{}", r.stdout);
}

#[test]
fn files_named_on_the_command_line_keep_their_errors() {
    let dir = TempDir::new("rank-named");
    let good = dir.file(
        "good.txt",
        "Un article sur la crue du Vidourle.\n".as_bytes(),
    );
    let binary = dir.file("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01");
    let missing = dir.path().join("missing.txt");
    for command in ["rank", "align", "quotes"] {
        let r = run(&[
            OsStr::new(command),
            good.as_os_str(),
            good.as_os_str(),
            missing.as_os_str(),
        ]);
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.clone()),
            (
                1,
                "",
                format!("visavis: {}: no such file\n", missing.display())
            ),
            "{command}"
        );
        let r = run(&[
            OsStr::new(command),
            good.as_os_str(),
            binary.as_os_str(),
            dir.path().as_os_str(),
        ]);
        assert_eq!(
            (r.code, r.stderr.clone()),
            (
                1,
                format!("visavis: {}: looks like a binary file\n", binary.display())
            ),
            "{command}"
        );
        // The source must be a file.
        let r = run(&[
            OsStr::new(command),
            dir.path().as_os_str(),
            good.as_os_str(),
            good.as_os_str(),
        ]);
        assert_eq!(
            (r.code, r.stderr.clone()),
            (
                1,
                format!(
                    "visavis: {}: is a directory, not a text file\n",
                    dir.path().display()
                )
            ),
            "{command}"
        );
    }
    // A source without rewrites is a usage error.
    let r = run(&[OsStr::new("rank"), good.as_os_str()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("Usage:"), "{}", r.stderr);
}

#[test]
fn align_with_several_rewrites_gives_each_pair_as_align_gives_it_alone() {
    let fr = fixtures().join("fr");
    let source = fr.join("source.txt");
    let (a, b) = (fr.join("copie.txt"), fr.join("sans-rapport.txt"));
    let many = json(&run(&[
        OsStr::new("align"),
        OsStr::new("--json"),
        source.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
    ]));
    let documents = many["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 3);
    assert_eq!(documents[1]["title"], "copie.txt");
    let rewrites = many["rewrites"].as_array().expect("rewrites");
    assert_eq!(rewrites.len(), 2, "named files are all shown");
    for (entry, (doc, file)) in rewrites.iter().zip([(1, &a), (2, &b)]) {
        assert_eq!(entry["doc"], doc);
        let alone = json(&run(&[
            OsStr::new("align"),
            OsStr::new("--json"),
            source.as_os_str(),
            file.as_os_str(),
        ]));
        assert_eq!(entry["passages"], alone["passages"], "{}", file.display());
        assert_eq!(entry["shared"], alone["shared"]);
    }
    assert!(
        rewrites[1]["passages"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );

    // A folder: the rewrites that took something, or all of them with --all.
    let shown = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<&OsStr> = vec![OsStr::new("align"), OsStr::new("--json")];
        args.extend(extra.iter().map(OsStr::new));
        args.extend([source.as_os_str(), fr.as_os_str()]);
        let value = json(&run(&args));
        value["rewrites"]
            .as_array()
            .expect("rewrites")
            .iter()
            .map(|e| {
                let doc = e["doc"].as_u64().expect("doc") as usize;
                value["documents"][doc]["title"]
                    .as_str()
                    .expect("title")
                    .to_string()
            })
            .collect()
    };
    assert_eq!(shown(&[]), ["breve.txt", "copie.txt", "reprise.txt"]);
    assert_eq!(
        shown(&["--all"]),
        [
            "breve.txt",
            "copie.txt",
            "reformule.txt",
            "sans-rapport.txt",
            "reprise.txt"
        ]
    );

    // As text: one section per rewrite, each the pair's usual listing.
    let text = run(&[
        OsStr::new("align"),
        source.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
    ]);
    assert_eq!(text.code, 0);
    assert!(
        text.stdout.starts_with("== rewrite 1 of 2: "),
        "{}",
        text.stdout
    );
    assert_eq!(text.stdout.matches("shared words: left").count(), 2);
}

#[test]
fn quotes_with_several_rewrites_give_each_pair_and_the_matrix() {
    let fr = fixtures().join("fr");
    let source = fr.join("source.txt");
    let value = json(&run(&[
        OsStr::new("quotes"),
        OsStr::new("--json"),
        source.as_os_str(),
        fr.join("copie.txt").as_os_str(),
        fr.join("breve.txt").as_os_str(),
    ]));
    let rewrites = value["rewrites"].as_array().expect("rewrites");
    assert_eq!(rewrites.len(), 2);
    let copy = &rewrites[0];
    assert_eq!(copy["doc"], 1);
    let quotes = copy["quotes"].as_array().expect("quotes");
    // Ids are the pair's; `doc` is the set's numbering: the source 0, this rewrite 1.
    for (i, q) in quotes.iter().enumerate() {
        assert_eq!(q["id"], i);
        assert!(q["doc"] == 0 || q["doc"] == 1, "{q}");
        for key in ["text", "spans", "speaker", "fragment", "matches"] {
            assert!(q.get(key).is_some(), "quote lacks {key}");
        }
    }
    let kinds: Vec<&str> = quotes
        .iter()
        .filter(|q| q["doc"] == 0)
        .map(|q| q["matches"][0]["kind"].as_str().unwrap_or("none"))
        .collect();
    assert_eq!(kinds, ["verbatim", "truncated"]);
    assert!(
        rewrites[1]["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .all(|q| q["doc"] != 1)
    );

    let text = run(&[OsStr::new("quotes"), source.as_os_str(), fr.as_os_str()]);
    assert_eq!(text.code, 0);
    assert!(text.stdout.starts_with("Source: "), "{}", text.stdout);
    assert!(
        text.stdout.contains("carried by 2 of 3: "),
        "the first quotation is in two of the three rewrites shown: {}",
        text.stdout
    );
}
