//! The report in a real browser: headless Chromium loads a report written by the binary and the
//! test checks what a reader would see — the two articles side by side at desktop width and
//! stacked at phone width, no horizontal scroll, the marks there and styled, nothing fetched,
//! and article text that looks like markup shown as text with no script run. Without Chromium
//! the test says so and passes, except in CI (`CI=true`), where `.ci/run` installs it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{BIN, TempDir};

/// No browser run may take longer.
const TIMEOUT: Duration = Duration::from_secs(90);

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "chromium-headless-shell"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Runs `command`, killed after [`TIMEOUT`]; its standard output.
fn output_of(mut command: Command) -> String {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let child = command.spawn().expect("start chromium");
    let pid = child.id() as libc::pid_t;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(TIMEOUT) {
        Ok(output) => {
            String::from_utf8_lossy(&output.expect("wait for chromium").stdout).into_owned()
        }
        Err(_) => {
            // SAFETY: not reaped yet (the waiting thread is still blocked), so the pid is ours.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("chromium still running after {TIMEOUT:?}");
        }
    }
}

/// Chromium as the machine's documentation says to run it here: headless, no sandbox (root),
/// nothing in the background that would try the network, a fresh profile each time.
fn browser(chromium: &Path, profile: &Path, width: u32, height: u32) -> Command {
    let mut command = Command::new(chromium);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]);
    command.arg(format!("--user-data-dir={}", profile.display()));
    command.arg(format!("--window-size={width},{height}"));
    command
}

/// The layout facts the probe script reports, read back from the dumped DOM.
#[derive(Debug)]
struct Probe(serde_json::Value);

impl Probe {
    fn f(&self, key: &str) -> f64 {
        self.0[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} in {:?}", self.0))
    }
    fn s(&self, key: &str) -> &str {
        self.0[key]
            .as_str()
            .unwrap_or_else(|| panic!("{key} in {:?}", self.0))
    }
}

/// Measures the page as laid out at `width`×`height` (a copy with a probe script: the report
/// itself forbids scripts).
fn probe(chromium: &Path, dir: &Path, report: &str, width: u32, height: u32) -> Probe {
    const SCRIPT: &str = r#"<script>
const L = document.querySelector('.pair .left').getBoundingClientRect();
const R = document.querySelector('.pair .right').getBoundingClientRect();
const style = (sel) => { const e = document.querySelector(sel); return e ? getComputedStyle(e) : null; };
const near = style('.pair .n') || style('.pair .v');
document.body.setAttribute('data-probe', JSON.stringify({
  scroll_width: document.documentElement.scrollWidth, width: window.innerWidth,
  left_top: L.top, left_right: L.right, left_bottom: L.bottom, right_top: R.top, right_left: R.left,
  resources: performance.getEntriesByType('resource').length,
  passages: document.querySelectorAll('.pair .v, .pair .n, .pair .p').length,
  words: document.querySelectorAll('.pair mark.w').length,
  refs: document.querySelectorAll('.pair a.ref').length,
  quotes: document.querySelectorAll('.pair .q').length,
  passage_bg: near.backgroundColor, passage_line: near.textDecorationLine,
  word_weight: style('.pair mark.w').fontWeight,
  quote_style: style('.pair .q').fontStyle,
  title: document.title, pwned: String(window.pwned)
}));
</script>"#;
    let csp = report
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .expect("the report has a CSP");
    let csp_end = csp + report[csp..].find('>').expect("end of the meta") + 1;
    let body_end = report.rfind("</body>").expect("</body>");
    let probed = format!(
        "{}{}{SCRIPT}{}",
        &report[..csp],
        &report[csp_end..body_end],
        &report[body_end..]
    );
    let path = dir.join(format!("probe-{width}.html"));
    std::fs::write(&path, probed).expect("write the probe copy");
    let profile = dir.join(format!("profile-probe-{width}"));
    let mut command = browser(chromium, &profile, width, height);
    command
        .arg("--dump-dom")
        .arg(format!("file://{}", path.display()));
    let dom = output_of(command);
    let start = dom
        .find("data-probe=\"")
        .unwrap_or_else(|| panic!("no probe result in:\n{dom}"))
        + 12;
    let end = start + dom[start..].find('"').expect("end of the attribute");
    let json = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    Probe(serde_json::from_str(&json).expect("probe JSON"))
}

#[test]
fn the_report_reads_well_in_chromium_at_desktop_and_phone_widths() {
    let Some(chromium) = chromium() else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("chromium is missing in CI: .ci/run should have installed it");
        }
        eprintln!("report_browser: no chromium on PATH (apt-get install chromium); test skipped");
        return;
    };
    let dir = TempDir::new("report-browser");
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/en-harbour-bridge/source.html");
    let rewrite = dir.file(
        "rewrite.txt",
        "Westbay council said on Tuesday that the Harbour Street bridge will close to motor traffic on 4 March after engineers found corrosion in two of its steel girders.\n\n\
         A reader typed <script>window.pwned = 1; document.title = 'pwned'</script> and \"><img src=x onerror=\"window.pwned=2\"> into the council's form, which echoed it.\n\n\
         An inspection in December found that rust had eaten through up to a third of the metal in places, and the report said the bridge was “not at immediate risk of collapse”.\n\n\
         Pedestrians and cyclists will still be able to cross while repairs, expected to take eighteen months, are carried out.\n"
            .as_bytes(),
    );
    let report_path = dir.path().join("report.html");
    let status = Command::new(BIN)
        .args(["report"])
        .arg(&source)
        .arg(&rewrite)
        .arg("-o")
        .arg(&report_path)
        .stdin(Stdio::null())
        .status()
        .expect("run visavis report");
    assert!(status.success());
    let report = std::fs::read_to_string(&report_path).expect("the report");

    // The report as written: the markup-like text is text, no element came of it, no script ran.
    let mut command = browser(&chromium, &dir.path().join("profile-dom"), 1280, 900);
    command
        .arg("--dump-dom")
        .arg(format!("file://{}", report_path.display()));
    let dom = output_of(command);
    assert!(dom.contains("Comparison report"), "the page loaded:\n{dom}");
    assert!(
        dom.contains("&lt;script&gt;window.pwned = 1;"),
        "shown as text"
    );
    assert!(dom.contains("&lt;img src=x onerror="), "shown as text");
    assert!(!dom.contains("<script"), "no script element");
    assert!(!dom.contains("<img"), "no image element");
    assert!(!dom.contains("<title>pwned"), "no script ran");

    // Desktop: side by side, no horizontal scroll, marks styled, nothing fetched.
    let desktop = probe(&chromium, dir.path(), &report, 1280, 900);
    assert!(
        (desktop.f("left_top") - desktop.f("right_top")).abs() < 1.0,
        "{desktop:?}"
    );
    assert!(
        desktop.f("left_right") <= desktop.f("right_left"),
        "{desktop:?}"
    );
    assert!(
        desktop.f("scroll_width") <= desktop.f("width"),
        "{desktop:?}"
    );
    assert_eq!(desktop.f("resources"), 0.0, "nothing fetched: {desktop:?}");
    assert!(
        desktop.f("passages") >= 3.0 && desktop.f("refs") >= 4.0,
        "{desktop:?}"
    );
    assert!(
        desktop.f("words") >= 1.0 && desktop.f("quotes") >= 1.0,
        "{desktop:?}"
    );
    assert_ne!(
        desktop.s("passage_bg"),
        "rgba(0, 0, 0, 0)",
        "passages are tinted"
    );
    assert!(
        desktop.s("passage_line").contains("underline"),
        "and underlined: {desktop:?}"
    );
    assert_eq!(desktop.s("word_weight"), "700", "differing words are bold");
    assert_eq!(desktop.s("quote_style"), "italic");
    assert_eq!(desktop.s("pwned"), "undefined");

    // Phone: the columns stack, still no horizontal scroll.
    let phone = probe(&chromium, dir.path(), &report, 390, 844);
    assert!(
        phone.f("right_top") >= phone.f("left_bottom") - 1.0,
        "stacked: {phone:?}"
    );
    assert!(phone.f("scroll_width") <= phone.f("width"), "{phone:?}");

    // A screenshot renders (the README's picture is made the same way).
    let shot = dir.path().join("desktop.png");
    let mut command = browser(&chromium, &dir.path().join("profile-shot"), 1280, 900);
    command
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", report_path.display()));
    output_of(command);
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
}
