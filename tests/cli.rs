//! The command line without a terminal, as CI and scripts run it: standard input empty, standard
//! output and error piped, no controlling terminal. Usage errors exit 2, bad input exits 1 with
//! one line `visavis: PATH: reason`, and a reader started on a pipe refuses to draw (exit 2).

mod common;

use std::ffi::OsStr;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{BIN, FileState, LEGACY_1252, REWRITE, TempDir, WIRE, bundled};

/// No run may take longer: nothing may wait on a terminal or on standard input.
const TIMEOUT: Duration = Duration::from_secs(10);

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run<S: AsRef<OsStr>>(args: &[S]) -> Run {
    run_command(Command::new(BIN).args(args))
}

/// Runs with standard input empty, output piped and no controlling terminal (a new session),
/// killed if it outlives `TIMEOUT`.
fn run_command(command: &mut Command) -> Run {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("VISAVIS_DEBUG_PANIC")
        .env_remove("VISAVIS_DEBUG_ERROR");
    // SAFETY: setsid is async-signal-safe. Without a controlling terminal, even a test run from
    // an interactive shell sees what CI sees.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
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
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("visavis ended by a signal: {}", output.status));
    Run {
        code,
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

impl Run {
    /// Exit `code`, nothing on standard output, and exactly `line` on standard error.
    fn fails_with(&self, code: i32, line: &str) {
        assert_eq!(
            (self.code, self.stdout.as_str(), self.stderr.as_str()),
            (code, "", format!("{line}\n").as_str()),
            "exit code, stdout, stderr"
        );
    }

    /// A clap usage error: exit 2, nothing on standard output, the usage on standard error.
    fn usage_error(&self, mentions: &str) {
        assert_eq!(self.code, 2, "exit code; stderr: {}", self.stderr);
        assert_eq!(self.stdout, "");
        assert!(
            self.stderr.contains(mentions),
            "{mentions:?} in: {}",
            self.stderr
        );
        assert!(self.stderr.contains("Usage:"), "usage in: {}", self.stderr);
    }

    /// Got past loading the files, to the check that standard output is a terminal.
    fn not_a_terminal(&self) {
        assert_eq!(self.code, 2, "exit code; stderr: {}", self.stderr);
        assert_eq!(self.stdout, "", "nothing drawn on a pipe");
        assert!(
            self.stderr
                .starts_with("visavis: standard output is not a terminal; "),
            "{}",
            self.stderr
        );
        assert_eq!(self.stderr.lines().count(), 1, "one line: {}", self.stderr);
    }

    /// As `not_a_terminal`, after `notes` lines about skipped files.
    fn not_a_terminal_after(&self, notes: usize) {
        assert_eq!(self.code, 2, "exit code; stderr: {}", self.stderr);
        assert_eq!(self.stdout, "", "nothing drawn on a pipe");
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), notes + 1, "{}", self.stderr);
        assert!(
            lines[..notes].iter().all(|l| l.contains(": skipped: ")),
            "{}",
            self.stderr
        );
        assert!(
            lines[notes].starts_with("visavis: standard output is not a terminal; "),
            "{}",
            self.stderr
        );
    }
}

fn show(path: &Path) -> String {
    path.display().to_string()
}

#[test]
fn help_exits_0_and_describes_the_arguments() {
    for flag in ["--help", "-h"] {
        let r = run(&[flag]);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{flag}");
        for word in ["Usage:", "LEFT", "RIGHT", "--no-color", "--version"] {
            assert!(r.stdout.contains(word), "{word:?} in {flag}: {}", r.stdout);
        }
    }
}

#[test]
fn version_exits_0() {
    let r = run(&["--version"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, concat!("visavis ", env!("CARGO_PKG_VERSION"), "\n"), "")
    );
}

#[test]
fn one_file_is_a_usage_error() {
    let dir = TempDir::new("cli-one");
    let left = dir.file("left.txt", b"Un article.\n");
    run(&[&left]).usage_error("give two files");
}

#[test]
fn three_files_open_the_reader_on_the_source_and_two_rewrites() {
    let dir = TempDir::new("cli-three");
    let f = dir.file("a.txt", b"Un article.\n");
    let g = dir.file("b.txt", b"Un autre article.\n");
    // Loaded, then refused only because there is no terminal to draw on. Three files were a
    // usage error ("give two files") until the reader took a source and many rewrites (issue
    // 10): the same three files are now a source and two rewrites.
    run(&[&f, &f, &f]).not_a_terminal();
    run(&[&f, &f, &g]).not_a_terminal();
    run(&[&f, &g, &f, &g]).not_a_terminal();
    // A file and a folder: the folder's files that share something with the source.
    let news = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le \
                nord du pays, qui emploient au total 1 200 salariés.\n";
    let source = dir.file("source.txt", news.as_bytes());
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("a folder");
    std::fs::write(corpus.join("copy.txt"), format!("Hier. {news}")).expect("a file");
    std::fs::write(corpus.join("c.txt"), b"Le festival ouvre vendredi.\n").expect("a file");
    run(&[source.as_os_str(), corpus.as_os_str()]).not_a_terminal();
    // A named file keeps its error.
    let missing = dir.path().join("missing.txt");
    run(&[&f, &g, &missing]).fails_with(1, &format!("visavis: {}: no such file", show(&missing)));
}

#[test]
fn a_folder_with_nothing_to_show_says_so() {
    let dir = TempDir::new("cli-folder-empty");
    let source = dir.file(
        "source.txt",
        "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines.\n".as_bytes(),
    );
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("a folder");
    std::fs::write(
        corpus.join("x.txt"),
        b"Le festival de jazz ouvre vendredi.\n",
    )
    .expect("a file");
    std::fs::write(corpus.join("y.bin"), b"\x89PNG\r\n\x1a\n\x00\x00").expect("a file");
    let r = run(&[source.as_os_str(), corpus.as_os_str()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "visavis: {}: skipped: looks like a binary file",
                show(&corpus.join("y.bin"))
            ),
            format!(
                "visavis: {}: no rewrite to show: nothing shares a passage with it (--all opens every file)",
                show(&source)
            ),
        ]
    );
    // With --all every file opens.
    run(&[source.as_os_str(), corpus.as_os_str(), OsStr::new("--all")]).not_a_terminal_after(1);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    run(&["--frobnicate"]).usage_error("--frobnicate");
    let dir = TempDir::new("cli-flag");
    let f = dir.file("a.txt", b"Un article.\n");
    run(&[f.as_os_str(), f.as_os_str(), OsStr::new("-z")]).usage_error("-z");
}

#[test]
fn a_missing_file_is_named() {
    let dir = TempDir::new("cli-missing");
    let good = dir.file("good.txt", b"Un article.\n");
    let missing = dir.path().join("missing.txt");
    run(&[&missing, &good]).fails_with(1, &format!("visavis: {}: no such file", show(&missing)));
    run(&[&good, &missing]).fails_with(1, &format!("visavis: {}: no such file", show(&missing)));
    // The path is shown as given.
    run(&["no/such/left.txt", "no/such/right.txt"])
        .fails_with(1, "visavis: no/such/left.txt: no such file");
}

#[test]
fn a_directory_is_refused() {
    let dir = TempDir::new("cli-dir");
    let good = dir.file("good.txt", b"Un article.\n");
    run(&[dir.path(), &good]).fails_with(
        1,
        &format!(
            "visavis: {}: is a directory, not a text file",
            show(dir.path())
        ),
    );
}

#[test]
fn a_binary_file_is_refused() {
    let dir = TempDir::new("cli-binary");
    let good = dir.file("good.txt", b"Un article.\n");
    let binary = dir.file(
        "photo.jpg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01text\x00\x00",
    );
    run(&[&good, &binary]).fails_with(
        1,
        &format!("visavis: {}: looks like a binary file", show(&binary)),
    );
}

#[test]
fn an_unreadable_file_is_refused() {
    let dir = TempDir::new("cli-unreadable");
    let good = dir.file("good.txt", b"Un article.\n");
    let secret = dir.file("secret.txt", b"Un article.\n");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    let expected = format!("visavis: {}: cannot read: permission denied", show(&secret));
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        run(&[&secret, &good]).fails_with(1, &expected);
        return;
    }
    // root reads a chmod 000 file: run the binary as `nobody` instead, if it may reach it.
    const NOBODY: u32 = 65534;
    for path in [dir.path(), good.as_path(), Path::new(BIN)] {
        let mut p = path;
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
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut command = Command::new(BIN);
    command.args([&secret, &good]).uid(NOBODY).gid(NOBODY);
    run_command(&mut command).fails_with(1, &expected);
}

#[test]
fn on_a_pipe_the_reader_refuses_to_draw() {
    let none: [&str; 0] = [];
    run(&none).not_a_terminal();
    run(&["--no-color"]).not_a_terminal();
    let dir = TempDir::new("cli-pipe");
    let left = dir.file(WIRE, &bundled(WIRE));
    let right = dir.file(REWRITE, &bundled(REWRITE));
    run(&[&left, &right]).not_a_terminal();
    run(&[
        left.as_os_str(),
        right.as_os_str(),
        OsStr::new("--no-color"),
    ])
    .not_a_terminal();
}

#[test]
fn no_color_is_accepted_anywhere_on_the_command_line() {
    let dir = TempDir::new("cli-no-color");
    let left = dir.file(WIRE, &bundled(WIRE));
    let right = dir.file(REWRITE, &bundled(REWRITE));
    let plain = run(&[OsStr::new("align"), left.as_os_str(), right.as_os_str()]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    for args in [
        [
            OsStr::new("--no-color"),
            OsStr::new("align"),
            left.as_os_str(),
            right.as_os_str(),
        ],
        [
            OsStr::new("align"),
            OsStr::new("--no-color"),
            left.as_os_str(),
            right.as_os_str(),
        ],
        [
            OsStr::new("align"),
            left.as_os_str(),
            right.as_os_str(),
            OsStr::new("--no-color"),
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, plain.stdout, "{args:?}");
    }
}

#[test]
fn legacy_empty_and_utf16_files_are_not_errors_and_are_never_written() {
    let dir = TempDir::new("cli-legacy");
    let inputs = [
        dir.file("latin.txt", LEGACY_1252),
        dir.file("empty.txt", b""),
        // UTF-16 with a byte order mark is text, though full of NUL bytes.
        dir.file("utf16.txt", b"\xff\xfeP\x00\xe9\x00k\x00i\x00n\x00\n\x00"),
        dir.file("crlf.txt", b"Un article.\r\nDeux lignes.\r\n"),
    ];
    let before: Vec<FileState> = inputs.iter().map(|p| FileState::of(p)).collect();
    for left in &inputs {
        for right in &inputs {
            // Loaded without complaint: the run stops only at the terminal check.
            run(&[left, right]).not_a_terminal();
        }
    }
    let after: Vec<FileState> = inputs.iter().map(|p| FileState::of(p)).collect();
    assert_eq!(
        after, before,
        "inputs untouched (content and modification time)"
    );
}

#[test]
fn align_and_quotes_print_json_of_the_agreed_shape_on_the_bundled_pair() {
    let align = run(&["align", "--json"]);
    assert_eq!(align.code, 0, "{}", align.stderr);
    let value: serde_json::Value = serde_json::from_str(&align.stdout).expect("align JSON");
    assert_eq!(value["documents"][0]["date"], "2019-04");
    assert_eq!(value["documents"][0]["encoding"], "utf-8");
    let passage = &value["passages"][0];
    for key in ["kind", "similarity", "crossing"] {
        assert!(!passage[key].is_null(), "passage.{key}");
    }
    for side in ["left", "right"] {
        assert!(passage[side]["start"].is_u64() && passage[side]["text"].is_string());
        assert!(value["shared"][side].is_f64());
    }
    let quotes = run(&["quotes", "--json"]);
    assert_eq!(quotes.code, 0, "{}", quotes.stderr);
    let value: serde_json::Value = serde_json::from_str(&quotes.stdout).expect("quotes JSON");
    let quote = &value["quotes"][0];
    for key in [
        "id", "doc", "text", "spans", "fragment", "unclosed", "matches",
    ] {
        assert!(!quote[key].is_null(), "quote.{key}");
    }
    assert!(
        value["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["speaker"] == "Vladimir Poutine")
    );
}

#[test]
fn text_subcommands_report_bad_input_in_one_line() {
    let dir = TempDir::new("cli-sub");
    let good = dir.file("good.txt", b"Un article.\n");
    let missing = dir.path().join("missing.txt");
    for command in ["align", "quotes"] {
        run(&[OsStr::new(command), missing.as_os_str(), good.as_os_str()])
            .fails_with(1, &format!("visavis: {}: no such file", show(&missing)));
        run(&[OsStr::new(command), good.as_os_str()]).usage_error("give two files");
    }
}

#[test]
fn file_names_are_printed_with_their_control_characters_made_visible() {
    // A name that would set the window title if printed raw.
    let dir = TempDir::new("cli-names");
    let evil = dir.file(
        "a\x1b]0;pwned\x07.txt",
        "Un article, « une citation », dit-il.\n".as_bytes(),
    );
    let good = dir.file("good.txt", b"Un article.\n");
    for command in ["align", "quotes"] {
        let out = run(&[OsStr::new(command), evil.as_os_str(), good.as_os_str()]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(!out.stdout.contains('\x1b') && !out.stdout.contains('\x07'));
        assert!(
            out.stdout.contains("a\u{241b}]0;pwned\u{2407}.txt"),
            "{}",
            out.stdout
        );
    }
    let missing = dir.path().join("gone\x1b[2J.txt");
    let out = run(&[OsStr::new("align"), missing.as_os_str(), good.as_os_str()]);
    assert_eq!(out.code, 1);
    assert!(!out.stderr.contains('\x1b'), "{:?}", out.stderr);
    assert!(out.stderr.contains("gone\u{241b}[2J.txt: no such file"));
}

#[test]
fn endless_input_is_refused_at_the_size_limit_in_one_line() {
    let good = TempDir::new("cli-endless");
    let good = good.file("good.txt", b"Un article.\n");
    let out = run(&[
        OsStr::new("align"),
        OsStr::new("/dev/zero"),
        good.as_os_str(),
    ]);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            1,
            "visavis: /dev/zero: larger than 128 MiB, the most visavis reads\n"
        )
    );
}
