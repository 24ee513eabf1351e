//! End-to-end tests through a real pseudo-terminal: the binary runs as the session leader of a
//! fresh pty (its controlling terminal), the test types keys on the master side and reads what the
//! program draws into a `vt100` screen model, and checks on every exit path that each terminal
//! mode the reader turned on is turned off again and the pty's termios is back as it was.
//!
//! Every wait has a deadline and looks at the screen (never a bare sleep); a failing test kills
//! the child (see `Drop for Session`), so nothing can hang.

mod common;

use std::ffi::OsStr;
use std::fs::File;
use std::io::Write;
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::{BIN, FileState, LEGACY_1252, TempDir, old_mtime};

/// Deadline of one wait (for a screen, for the exit). Seconds, for a loaded 2-core machine.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The first screen of the wire story (the bundled left article).
const WIRE_START: &str = "Kim Jong Un et Vladimir Poutine";
const WIRE_TITLE: &str = "000_843fbf8397b90504.txt";
const REWRITE_TITLE: &str = "002_3142bb842cecfb83.txt";
/// What stays of the titles when a narrow pane shortens file names in the middle.
const WIRE_TITLE_HEAD: &str = "000_843f";
const REWRITE_TITLE_HEAD: &str = "002_3142";

/// Written to the pty's slave side by the test after the program exited: everything the program
/// wrote is queued before it, so reading up to it collects the whole output.
const END_MARK: &[u8] = b"#visavis-e2e-end-of-output#";

/// Serialises pty creation and spawning: `openpty` does not set close-on-exec, and a child forked
/// by a parallel test in between must not inherit this test's descriptors.
static SPAWN_LOCK: Mutex<()> = Mutex::new(());

/// The bytes read from the master, shared with the reader thread.
struct Output {
    bytes: Mutex<Vec<u8>>,
    grew: Condvar,
}

/// One run of the binary on its own pty.
struct Session {
    child: Child,
    master: OwnedFd,
    /// The test's own handle on the slave: for the termios, and for the end mark.
    slave: OwnedFd,
    output: Arc<Output>,
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    screen: vt100::Parser,
    /// How many bytes of `output` the screen model has processed.
    fed: usize,
    /// The pty's termios before the launch.
    termios_before: libc::termios,
    status: Option<ExitStatus>,
    /// Index of the end mark in `output`, once the output was collected after the exit.
    end: Option<usize>,
}

fn cvt(rc: libc::c_int, what: &str) -> libc::c_int {
    assert!(rc != -1, "{what}: {}", std::io::Error::last_os_error());
    rc
}

fn tcgetattr(fd: &OwnedFd) -> libc::termios {
    // SAFETY: termios is plain old data; tcgetattr fills it in.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    cvt(
        unsafe { libc::tcgetattr(fd.as_raw_fd(), &mut t) },
        "tcgetattr",
    );
    t
}

fn set_cloexec(fd: &OwnedFd) {
    // SAFETY: fcntl on a descriptor we own.
    let flags = cvt(
        unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFD) },
        "F_GETFD",
    );
    cvt(
        unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, flags | libc::FD_CLOEXEC) },
        "F_SETFD",
    );
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a non-zero terminal size")
}

fn winsize(rows: u16, cols: u16) -> libc::winsize {
    libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    }
}

/// Starts `visavis ARGS` on a new `rows`×`cols` pty as a new session whose controlling terminal
/// it is; standard error goes to the pty unless `stderr` says otherwise. Returns the master, the
/// test's own handle on the slave, the child and the pty's termios before the launch.
fn spawn_on_pty(
    args: &[&OsStr],
    env: &[(&str, &str)],
    rows: u16,
    cols: u16,
    stderr: Option<Stdio>,
    stdin: Option<Stdio>,
    cwd: Option<&std::path::Path>,
) -> (OwnedFd, OwnedFd, Child, libc::termios) {
    let _lock = SPAWN_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let (mut m, mut s) = (-1, -1);
    let ws = winsize(rows, cols);
    // SAFETY: out-pointers to two ints; no name buffer, default termios, our size.
    let rc = unsafe { libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), &ws) };
    cvt(rc, "openpty (is /dev/ptmx available?)");
    // SAFETY: openpty returned two fresh descriptors that nothing else owns.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(m), OwnedFd::from_raw_fd(s)) };
    set_cloexec(&master);
    set_cloexec(&slave);
    // Before the spawn: the program may switch to raw mode at once.
    let termios_before = tcgetattr(&slave);
    let cooked = libc::ICANON | libc::ECHO;
    assert_eq!(
        termios_before.c_lflag & cooked,
        cooked,
        "a new pty starts cooked"
    );
    let stdio = || Stdio::from(slave.try_clone().expect("dup the pty slave"));
    let mut command = Command::new(BIN);
    if let Some(dir) = cwd {
        command.current_dir(dir);
    }
    command
        .args(args)
        .env("TERM", "xterm-256color")
        .env("RUST_BACKTRACE", "0")
        .env_remove("NO_COLOR")
        .env_remove("VISAVIS_DEBUG_PANIC")
        .env_remove("VISAVIS_DEBUG_ERROR")
        .envs(env.iter().copied())
        .stdin(stdin.unwrap_or_else(stdio))
        .stdout(stdio())
        .stderr(stderr.unwrap_or_else(stdio));
    // SAFETY: only async-signal-safe calls between fork and exec. Standard output is the
    // slave by then (standard input too, unless a pipe was given): a new session takes it as
    // its controlling terminal, as a shell would.
    unsafe {
        command.pre_exec(|| {
            if libc::setsid() == -1 || libc::ioctl(1, libc::TIOCSCTTY, 0) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = command.spawn().expect("spawn visavis on the pty");
    (master, slave, child, termios_before)
}

impl Session {
    /// Starts `visavis ARGS` on a new `rows`×`cols` pty with the extra environment `env`.
    fn spawn(args: &[&OsStr], env: &[(&str, &str)], rows: u16, cols: u16) -> Session {
        Session::spawn_piped(args, env, rows, cols, None, None)
    }

    /// [`Session::spawn`] with `piped` written to standard input (a pipe, closed after it), as
    /// `printf … | visavis - other.txt` runs it; the keys still come from the terminal.
    fn spawn_piped(
        args: &[&OsStr],
        env: &[(&str, &str)],
        rows: u16,
        cols: u16,
        piped: Option<Vec<u8>>,
        cwd: Option<&std::path::Path>,
    ) -> Session {
        let stdin = piped.as_ref().map(|_| Stdio::piped());
        let (master, slave, mut child, termios_before) =
            spawn_on_pty(args, env, rows, cols, None, stdin, cwd);
        if let (Some(bytes), Some(mut pipe)) = (piped, child.stdin.take()) {
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            });
        }
        let output = Arc::new(Output {
            bytes: Mutex::new(Vec::new()),
            grew: Condvar::new(),
        });
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let (fd, output, stop) = (master.as_raw_fd(), Arc::clone(&output), Arc::clone(&stop));
            std::thread::spawn(move || read_master(fd, &output, &stop))
        };
        Session {
            child,
            master,
            slave,
            output,
            stop,
            reader: Some(reader),
            screen: vt100::Parser::new(nz(rows), nz(cols), 0),
            fed: 0,
            termios_before,
            status: None,
            end: None,
        }
    }

    /// The bundled pair at 80×24.
    fn bundled() -> Session {
        Session::spawn(&[], &[], 24, 80)
    }

    fn pid(&self) -> libc::pid_t {
        self.child.id() as libc::pid_t
    }

    /// Types bytes on the keyboard.
    fn send(&self, bytes: &[u8]) {
        let mut master = File::from(self.master.try_clone().expect("dup the pty master"));
        master.write_all(bytes).expect("write to the pty master");
    }

    /// Feeds the screen model with what the program wrote since last time.
    fn pump(&mut self) {
        let limit = self.end;
        let new = {
            let bytes = self.output.bytes.lock().unwrap();
            let upto = limit.unwrap_or(bytes.len());
            if upto <= self.fed {
                return;
            }
            bytes[self.fed..upto].to_vec()
        };
        self.fed += new.len();
        self.screen.process(&new);
    }

    fn text(&self) -> String {
        self.screen.screen().contents()
    }

    /// One screen row, as text.
    fn row(&self, row: u16) -> String {
        let cols = self.screen.screen().size().1.get();
        self.screen
            .screen()
            .rows(0, cols)
            .nth(row as usize)
            .unwrap_or_default()
    }

    fn last_row(&self) -> String {
        self.row(self.screen.screen().size().0.get() - 1)
    }

    /// Waits until `ok` holds for the screen; fails with the screen shown after `TIMEOUT`, or
    /// as soon as the program exits without the screen getting there.
    fn wait_until(&mut self, what: &str, mut ok: impl FnMut(&Session) -> bool) {
        self.wait_until_for(what, TIMEOUT, &mut ok)
    }

    fn wait_until_for(
        &mut self,
        what: &str,
        timeout: Duration,
        ok: &mut dyn FnMut(&Session) -> bool,
    ) {
        let deadline = Instant::now() + timeout;
        loop {
            self.pump();
            if ok(self) {
                return;
            }
            if self.status.is_none()
                && let Some(status) = self.child.try_wait().expect("try_wait")
            {
                self.status = Some(status);
                self.collect_output();
                self.pump();
                if ok(self) {
                    return;
                }
                panic!(
                    "visavis exited ({status}) before {what}; screen:\n{}",
                    self.text()
                );
            }
            let now = Instant::now();
            assert!(
                now < deadline,
                "timed out after {timeout:?} waiting for {what}; screen:\n{}",
                self.text()
            );
            let bytes = self.output.bytes.lock().unwrap();
            if bytes.len() <= self.fed {
                let pause = (deadline - now).min(Duration::from_millis(50));
                drop(self.output.grew.wait_timeout(bytes, pause).unwrap());
            }
        }
    }

    fn wait_for_text(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| s.text().contains(text));
    }

    /// Waits for the first frame of the bundled pair and checks the pty is in raw mode meanwhile
    /// (so the restore checks below are not vacuous).
    fn wait_first_frame(&mut self) {
        self.wait_for_text(WIRE_START);
        let during = tcgetattr(&self.slave);
        assert_eq!(
            during.c_lflag & (libc::ICANON | libc::ECHO),
            0,
            "raw mode while reading"
        );
        assert!(
            self.screen.screen().alternate_screen(),
            "alternate screen while reading"
        );
    }

    /// The reader's modes are on while it shows its first screen (whatever the text).
    fn wait_first_frame_modes(&mut self) {
        let during = tcgetattr(&self.slave);
        assert_eq!(
            during.c_lflag & (libc::ICANON | libc::ECHO),
            0,
            "raw mode while reading"
        );
        assert!(
            self.screen.screen().alternate_screen(),
            "alternate screen while reading"
        );
    }

    /// `(A, B, N, percent)` from the status line's `row A–B/N P%`.
    fn position(&self) -> Option<(usize, usize, usize, usize)> {
        let status = self.last_row();
        let rest = &status[status.find("row ")? + 4..];
        let (a, rest) = rest.split_once('–')?;
        let (b, rest) = rest.split_once('/')?;
        let (n, rest) = rest.split_once(' ')?;
        let p = rest.split_once('%')?.0;
        Some((
            a.parse().ok()?,
            b.parse().ok()?,
            n.parse().ok()?,
            p.parse().ok()?,
        ))
    }

    /// Sets a new window size on the pty; the kernel sends SIGWINCH to the program.
    fn resize(&mut self, rows: u16, cols: u16) {
        self.pump();
        let ws = winsize(rows, cols);
        // SAFETY: TIOCSWINSZ reads one winsize.
        cvt(
            unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &ws) },
            "TIOCSWINSZ",
        );
        self.screen.screen_mut().set_size(nz(rows), nz(cols));
    }

    /// Waits for the exit, collects the rest of the output, and returns the exit status.
    fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        while self.status.is_none() {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                self.status = Some(status);
                self.collect_output();
                break;
            }
            assert!(
                Instant::now() < deadline,
                "visavis still running after {TIMEOUT:?}; screen:\n{}",
                {
                    self.pump();
                    self.text()
                }
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        self.pump();
        self.status.expect("exit status")
    }

    fn exit_code(&mut self) -> i32 {
        let status = self.wait_exit();
        status
            .code()
            .unwrap_or_else(|| panic!("visavis ended by a signal: {status}"))
    }

    /// After the exit: writes the end mark on the slave and reads until it comes out of the
    /// master, so everything the program wrote before exiting has been read.
    fn collect_output(&mut self) {
        let mut slave = File::from(self.slave.try_clone().expect("dup the pty slave"));
        slave.write_all(END_MARK).expect("write the end mark");
        let deadline = Instant::now() + TIMEOUT;
        let mut bytes = self.output.bytes.lock().unwrap();
        loop {
            if let Some(i) = find(&bytes, END_MARK) {
                self.end = Some(i);
                return;
            }
            let now = Instant::now();
            assert!(now < deadline, "the end mark never came out of the pty");
            bytes = self
                .output
                .grew
                .wait_timeout(bytes, deadline - now)
                .unwrap()
                .0;
        }
    }

    /// Everything the program wrote (after the exit).
    fn bytes(&self) -> Vec<u8> {
        let end = self.end.expect("output collected after the exit");
        self.output.bytes.lock().unwrap()[..end].to_vec()
    }

    /// The terminal is as before the launch: every DEC private mode the reader set is reset
    /// last (in the byte stream and in the screen model), and the termios is the original one.
    fn assert_restored(&self) {
        self.assert_modes_reset();
        self.assert_termios_restored();
    }

    /// Every DEC private mode the reader set is reset last, in the byte stream and on the
    /// screen model.
    fn assert_modes_reset(&self) {
        self.assert_modes_reset_in(&self.bytes());
    }

    /// What the program wrote so far (while it runs).
    fn bytes_so_far(&self) -> Vec<u8> {
        self.output.bytes.lock().unwrap().clone()
    }

    /// The process's state letter from /proc (`T`: stopped).
    fn process_state(&self) -> Option<char> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).ok()?;
        // After "pid (comm) ": the comm may hold spaces, so look after its closing parenthesis.
        stat[stat.rfind(')')? + 1..].trim_start().chars().next()
    }

    /// The termios is cooked again, as before the launch.
    fn assert_cooked(&self, what: &str) {
        let now = tcgetattr(&self.slave);
        assert_eq!(
            now.c_lflag & (libc::ICANON | libc::ECHO),
            libc::ICANON | libc::ECHO,
            "{what}: raw mode left on"
        );
        assert_eq!(
            (now.c_iflag, now.c_oflag, now.c_lflag),
            (
                self.termios_before.c_iflag,
                self.termios_before.c_oflag,
                self.termios_before.c_lflag
            ),
            "{what}: termios differs from before the launch"
        );
    }

    /// Every DEC private mode the reader set is reset last in `bytes`, and on the screen model.
    fn assert_modes_reset_in(&self, bytes: &[u8]) {
        let events = private_modes(bytes);
        // (mode, the state the reader puts it in, what it is)
        let modes = [
            (1049, true, "alternate screen"),
            (1000, true, "mouse: clicks"),
            (1002, true, "mouse: drags"),
            (1003, true, "mouse: all motion"),
            (1006, true, "mouse: SGR encoding"),
            (2004, true, "bracketed paste"),
            (25, false, "cursor visible"),
        ];
        for (mode, active, name) in modes {
            assert!(
                events.contains(&(mode, active)),
                "?{mode} ({name}) was never set to {active}: {events:?}"
            );
            let last = events
                .iter()
                .rev()
                .find(|(m, _)| *m == mode)
                .map(|(_, on)| *on);
            assert_eq!(
                last,
                Some(!active),
                "?{mode} ({name}) left in the reader's state: {events:?}"
            );
        }
        // Any other mode turned on (1015 urxvt mouse, synchronised updates…) is off at the end.
        for (mode, on) in &events {
            if *on && ![1049, 1000, 1002, 1003, 1006, 2004, 25].contains(mode) {
                let last = events
                    .iter()
                    .rev()
                    .find(|(m, _)| m == mode)
                    .map(|(_, on)| *on);
                assert_eq!(last, Some(false), "?{mode} left on: {events:?}");
            }
        }
        let screen = self.screen.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste still on");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
    }

    /// The pty's termios after the exit is the one from before the launch (raw mode is off).
    fn assert_termios_restored(&self) {
        let after = tcgetattr(&self.slave);
        let before = &self.termios_before;
        assert_eq!(
            after.c_lflag & (libc::ICANON | libc::ECHO),
            libc::ICANON | libc::ECHO,
            "raw mode left on (ICANON/ECHO off)"
        );
        assert_eq!(
            (after.c_iflag, after.c_oflag, after.c_cflag, after.c_lflag),
            (
                before.c_iflag,
                before.c_oflag,
                before.c_cflag,
                before.c_lflag
            ),
            "termios (iflag, oflag, cflag, lflag) differs from before the launch"
        );
    }

    /// The screen just before the program left the alternate screen (the first `?1049l` after
    /// the last `?1049h`): its last frame.
    fn last_frame(&self) -> String {
        let bytes = self.bytes();
        let enter =
            rfind(&bytes, b"\x1b[?1049h").expect("the program entered the alternate screen");
        let leave = enter
            + find(&bytes[enter..], b"\x1b[?1049l").expect("the program left the alternate screen");
        let (rows, cols) = self.screen.screen().size();
        let mut parser = vt100::Parser::new(rows, cols, 0); // the size at the end
        parser.process(&bytes[..leave]);
        parser.screen().contents()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.status.is_none() {
            // The test failed (or forgot to quit): never leave a child behind.
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        self.stop.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}

/// Reads the master until told to stop, waking waiters at each chunk. Polls with a short timeout
/// so `stop` is noticed: the test keeps a slave open, so the master never reports end of file.
fn read_master(fd: libc::c_int, output: &Output, stop: &AtomicBool) {
    let mut chunk = [0u8; 16 * 1024];
    while !stop.load(Ordering::SeqCst) {
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd; the descriptor outlives this thread (joined before it is closed).
        let ready = unsafe { libc::poll(&mut pfd, 1, 20) };
        if ready <= 0 {
            continue; // timeout or EINTR
        }
        // SAFETY: reading into a buffer of the given length.
        let n = unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), chunk.len()) };
        if n > 0 {
            output
                .bytes
                .lock()
                .unwrap()
                .extend_from_slice(&chunk[..n as usize]);
            output.grew.notify_all();
        } else if n == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            break;
        }
    }
    output.grew.notify_all();
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Every DEC private mode set (`CSI ? Pm h`, true) or reset (`CSI ? Pm l`, false), in order.
fn private_modes(bytes: &[u8]) -> Vec<(u32, bool)> {
    let mut events = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&bytes[i..], b"\x1b[?") {
        let start = i + at + 3;
        let end = bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';'))
            .map_or(bytes.len(), |p| start + p);
        if let Some(&last) = bytes.get(end)
            && (last == b'h' || last == b'l')
        {
            let params = std::str::from_utf8(&bytes[start..end]).expect("ASCII");
            for p in params.split(';').filter(|p| !p.is_empty()) {
                events.push((p.parse().expect("a mode number"), last == b'h'));
            }
        }
        i = end;
    }
    events
}

#[test]
fn mode_parser_reads_set_and_reset_sequences() {
    let events =
        private_modes(b"x\x1b[?1049h\x1b[?1000;1006h\x1b[?25l\x1b[2J\x1b[?2026$p\x1b[?1049l");
    assert_eq!(
        events,
        [
            (1049, true),
            (1000, true),
            (1006, true),
            (25, false),
            (1049, false)
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Exit paths: each quits from a real pty and leaves the terminal as it found it.

/// Launches the bundled pair, waits for the first frame, ends the program with `end`, and checks
/// the exit code and the restored terminal.
fn exit_path(end: impl FnOnce(&mut Session), expected: i32) -> Session {
    let mut s = Session::bundled();
    s.wait_first_frame();
    end(&mut s);
    assert_eq!(s.exit_code(), expected, "exit code; screen:\n{}", s.text());
    s.assert_restored();
    s
}

#[test]
fn q_quits_with_status_0_and_restores_the_terminal() {
    exit_path(|s| s.send(b"q"), 0);
}

#[test]
fn esc_backs_out_and_never_quits() {
    let mut s = Session::bundled();
    s.wait_first_frame();
    s.wait_until("the comparison done", |s| {
        s.text().matches("% shared").count() == 2
    });
    // A lone Esc: nothing follows it, so crossterm cannot take it for the start of a sequence.
    // The first hides the quotations panel shown at launch, the next have nothing to close.
    for _ in 0..3 {
        s.send(b"\x1b");
        std::thread::sleep(Duration::from_millis(150));
    }
    s.wait_until("`q quits` after Esc", |s| s.last_row().contains("q quits"));
    assert!(s.status.is_none() && s.child.try_wait().expect("try_wait").is_none());
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

#[test]
fn ctrl_c_quits() {
    // Raw mode turns ISIG off: Ctrl-c arrives as a key, not as SIGINT.
    exit_path(|s| s.send(b"\x03"), 0);
}

fn kill(s: &Session, signal: libc::c_int) {
    // SAFETY: the child is not reaped yet, so its pid is still ours.
    cvt(unsafe { libc::kill(s.pid(), signal) }, "kill");
}

#[test]
fn sigterm_exits_143_and_restores_the_terminal() {
    exit_path(|s| kill(s, libc::SIGTERM), 128 + libc::SIGTERM);
}

#[test]
fn sighup_exits_129_and_restores_the_terminal() {
    exit_path(|s| kill(s, libc::SIGHUP), 128 + libc::SIGHUP);
}

#[test]
fn sigint_and_sigquit_from_kill_also_restore_the_terminal() {
    exit_path(|s| kill(s, libc::SIGINT), 128 + libc::SIGINT);
    exit_path(|s| kill(s, libc::SIGQUIT), 128 + libc::SIGQUIT);
}

#[test]
fn a_panic_exits_101_restores_the_terminal_and_shows_the_message() {
    let mut s = Session::spawn(&[], &[("VISAVIS_DEBUG_PANIC", "1")], 24, 80);
    assert_eq!(s.exit_code(), 101, "screen:\n{}", s.text());
    s.assert_restored();
    assert!(
        s.last_frame().contains(WIRE_START),
        "the panic came after a first frame"
    );
    let message = "VISAVIS_DEBUG_PANIC: deliberate panic";
    assert!(
        s.text().contains(message),
        "panic message on the restored screen:\n{}",
        s.text()
    );
    // Printed on the normal screen, after the reader left the alternate one.
    let bytes = s.bytes();
    let printed = find(&bytes, message.as_bytes()).expect("panic message in the output");
    let left = find(&bytes, b"\x1b[?1049l").expect("left the alternate screen");
    assert!(
        left < printed,
        "the panic message was printed on the alternate screen"
    );
}

#[test]
fn an_error_exits_1_restores_the_terminal_and_shows_the_message() {
    let mut s = Session::spawn(&[], &[("VISAVIS_DEBUG_ERROR", "1")], 24, 80);
    assert_eq!(s.exit_code(), 1, "screen:\n{}", s.text());
    s.assert_restored();
    assert!(
        s.last_frame().contains(WIRE_START),
        "the error came after a first frame"
    );
    let message = "visavis: VISAVIS_DEBUG_ERROR: deliberate error";
    assert!(
        s.text().contains(message),
        "error message on the restored screen:\n{}",
        s.text()
    );
    let bytes = s.bytes();
    let printed = find(&bytes, message.as_bytes()).expect("error message in the output");
    let left = rfind(&bytes, b"\x1b[?1049l").expect("left the alternate screen");
    assert!(
        left < printed,
        "the error message was printed before the terminal was restored"
    );
}

#[test]
fn the_restore_checks_catch_a_terminal_left_in_reader_modes() {
    // SIGKILL gives the program no chance to restore anything: the checks must notice.
    let mut s = Session::bundled();
    s.wait_first_frame();
    kill(&s, libc::SIGKILL);
    let status = s.wait_exit();
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&status),
        Some(libc::SIGKILL)
    );
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| s.assert_restored()));
    assert!(
        caught.is_err(),
        "assert_restored passed on a terminal left raw"
    );
}

// ---------------------------------------------------------------------------------------------
// Stopping and resuming as a shell job.

/// Stops the reader with `stop` (Ctrl-Z typed, or a signal), checks the terminal is the
/// shell's while it is stopped, continues it with SIGCONT, and checks the reader is back with
/// every mode and a whole screen.
fn stop_and_continue(stop: impl FnOnce(&mut Session)) {
    let mut s = Session::bundled();
    s.wait_first_frame();
    s.wait_until("the comparison done", |s| {
        s.text().matches("% shared").count() == 2
    });
    // With the search prompt open, so the cursor is shown: it must come back as it was.
    s.send(b"/kim");
    s.wait_until("the search prompt", |s| s.last_row().starts_with("/kim"));
    let frame = s.text();
    stop(&mut s);
    s.wait_until("the process stopped", |s| s.process_state() == Some('T'));
    s.pump();
    s.assert_cooked("while stopped");
    // The restore was written before the stop; the reading thread may not have it yet.
    s.wait_until("the restore on the wire", |s| {
        private_modes(&s.bytes_so_far()).contains(&(1049, false))
    });
    s.assert_modes_reset_in(&s.bytes_so_far());
    let written = s.bytes_so_far().len();

    kill(&s, libc::SIGCONT);
    s.wait_until("the reader back on the alternate screen", |s| {
        s.screen.screen().alternate_screen() && s.text() == frame
    });
    let during = tcgetattr(&s.slave);
    assert_eq!(during.c_lflag & (libc::ICANON | libc::ECHO), 0, "raw again");
    let resumed = s.bytes_so_far()[written..].to_vec();
    let modes = private_modes(&resumed);
    for mode in [1049, 1000, 1006, 2004] {
        assert!(
            modes.contains(&(mode, true)),
            "?{mode} set again: {modes:?}"
        );
    }
    assert!(
        find(&resumed, b"\x1b[2J").is_some(),
        "the screen cleared and drawn whole"
    );
    assert!(
        !s.screen.screen().hide_cursor(),
        "the prompt's cursor shown again"
    );
    // Still reading: the prompt takes keys, then q quits.
    s.send(b" jong");
    s.wait_until("the prompt after resuming", |s| {
        s.last_row().starts_with("/kim jong")
    });
    s.send(b"\r");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

#[test]
fn ctrl_z_suspends_with_the_terminal_restored_and_sigcont_redraws() {
    // Raw mode turns ISIG off: Ctrl-Z arrives as a key, and the reader stops itself.
    stop_and_continue(|s| s.send(b"\x1a"));
}

#[test]
fn sigtstp_suspends_with_the_terminal_restored_and_sigcont_redraws() {
    stop_and_continue(|s| kill(s, libc::SIGTSTP));
}

#[test]
fn a_stop_that_cannot_be_caught_is_redrawn_whole_on_sigcont() {
    let mut s = Session::bundled();
    s.wait_first_frame();
    s.wait_until("the comparison done", |s| {
        s.text().matches("% shared").count() == 2
    });
    let frame = s.text();
    kill(&s, libc::SIGSTOP);
    s.wait_until("the process stopped", |s| s.process_state() == Some('T'));
    // What the process wrote before it stopped may still be on its way through the pty: count
    // the bytes only once they have stopped coming, so that none of them passes for the redraw.
    let mut written = s.bytes_so_far().len();
    let mut quiet_since = Instant::now();
    while quiet_since.elapsed() < Duration::from_millis(100) {
        std::thread::sleep(Duration::from_millis(5));
        s.pump();
        let now = s.bytes_so_far().len();
        if now != written {
            written = now;
            quiet_since = Instant::now();
        }
    }
    kill(&s, libc::SIGCONT);
    // Cleared and drawn whole: the clear comes first, then the same screen as before the stop.
    s.wait_until("a whole screen again after a clear", |s| {
        let resumed = &s.bytes_so_far()[written..];
        find(resumed, b"\x1b[2J").is_some() && s.text() == frame
    });
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

// ---------------------------------------------------------------------------------------------
// Interaction.

#[test]
fn reading_scrolling_search_help_resize_and_quit() {
    let mut s = Session::bundled();
    s.wait_first_frame();
    assert!(
        s.row(0).contains(WIRE_TITLE),
        "left title on the first row:\n{}",
        s.text()
    );
    assert!(
        !s.row(0).contains(REWRITE_TITLE),
        "stacked at 80 columns:\n{}",
        s.text()
    );
    s.wait_until("a status line `row A–B/N`", |s| s.position().is_some());
    let (a0, _, n, _) = s.position().unwrap();
    assert_eq!(a0, 1, "starts at the top: {}", s.last_row());
    // The quotations panel is on the first screen, below the stacked panes; `c` hides it and
    // the panes take the screen back.
    s.wait_for_text(" Quotations ");
    s.send(b"c");
    s.wait_until("the panel hidden by c", |s| {
        !s.text().contains(" Quotations ")
    });

    // j: one line down.
    s.send(b"j");
    s.wait_until("row 2 at the top after j", |s| {
        s.position().is_some_and(|p| p.0 == 2)
    });
    // Space: a page down.
    s.send(b" ");
    s.wait_until("a page further after Space", |s| {
        s.position().is_some_and(|p| p.0 > 2)
    });
    let (a, b, n2, _) = s.position().unwrap();
    assert_eq!(n2, n, "the same article");
    assert!(a > 3 && b > a, "row {a}–{b}/{n} after a page");

    // Search: `/`, a query typed without its accent, Enter.
    s.send(b"/");
    s.wait_until("the search prompt", |s| s.last_row().starts_with('/'));
    s.send(b"pekin");
    s.wait_until("the query in the prompt", |s| {
        s.last_row().starts_with("/pekin")
    });
    s.send(b"\r");
    // From the page shown, the next hit is the right pane's first (the search covers both).
    s.wait_until("a match message", |s| {
        s.last_row().contains("match 2/3 · right")
    });

    // Help.
    s.send(b"?");
    s.wait_for_text("scroll down one line");
    s.send(b"?");
    s.wait_until("the help closed", |s| {
        !s.text().contains("scroll down one line")
    });

    // Resize: 120×40 puts the panes side by side, both titles on the first row.
    s.resize(40, 120);
    s.wait_until("both titles on one row at 120×40", |s| {
        let top = s.row(0);
        top.contains(WIRE_TITLE_HEAD) && top.contains(REWRITE_TITLE_HEAD)
    });
    s.wait_until("the status line on row 40", |s| s.row(39).contains("row "));

    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

#[test]
fn a_window_narrowed_and_widened_back_at_once_is_redrawn_whole() {
    let mut s = Session::bundled();
    s.wait_first_frame();
    s.wait_until("the comparison done", |s| {
        s.text().matches("% shared").count() == 2
    });
    let before = s.text();
    // Both before the reader draws again: its size ends where it was, but the terminal (here
    // the vt100 model) cut every row to 30 columns meanwhile.
    s.resize(24, 30);
    s.resize(24, 80);
    s.wait_until("the whole screen drawn again", |s| s.text() == before);
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn the_mouse_wheel_scrolls_and_m_releases_the_mouse() {
    let mut s = Session::bundled();
    s.wait_first_frame();
    s.wait_until("a status line", |s| s.position().is_some());
    // Wheel down (SGR encoding, button 64+1) over the left pane, column 10, row 5.
    s.send(b"\x1b[<65;10;5M");
    s.wait_until("the left pane scrolled by the wheel", |s| {
        s.position().is_some_and(|p| p.0 > 1)
    });
    s.send(b"m");
    s.wait_until("`mouse off` in the status line", |s| {
        s.last_row().contains("mouse off")
    });
    let bytes = s.output.bytes.lock().unwrap().clone();
    let events = private_modes(&bytes);
    for mode in [1000, 1002, 1003, 1006] {
        let last = events.iter().rev().find(|(m, _)| *m == mode);
        assert_eq!(
            last,
            Some(&(mode, false)),
            "?{mode} released by m: {events:?}"
        );
    }
    // Quitting with the mouse already released still leaves everything as it was.
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

#[test]
fn three_rewrites_open_side_by_side_and_keys_and_the_mouse_switch_between_them() {
    let dir = TempDir::new("pty-rewrites");
    let source = dir.file(
        "source.txt",
        "Trois usines vont fermer\n\nLe ministre de l'Industrie a annoncé mardi la fermeture \
         de trois usines dans le nord du pays, qui emploient au total 1 200 salariés.\n\nLes \
         syndicats appellent à une grève générale dès jeudi dans les trois sites concernés.\n"
            .as_bytes(),
    );
    let copy = dir.file(
        "copie.txt",
        "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le nord \
         du pays. Les syndicats appellent à une grève générale dès jeudi dans les trois sites \
         concernés.\n"
            .as_bytes(),
    );
    let brief = dir.file(
        "breve.txt",
        "En bref. Les syndicats appellent à une grève générale dès jeudi dans les trois sites \
         concernés.\n"
            .as_bytes(),
    );
    let other = dir.file(
        "festival.txt",
        "Le festival ouvre vendredi à Lyon.\n".as_bytes(),
    );
    let args = [&source, &copy, &brief, &other].map(|p| p.as_os_str());
    let mut s = Session::spawn(&args, &[], 30, 120);
    s.wait_until("the first rewrite, one of three", |s| {
        s.row(0).contains("copie.txt") && s.row(0).contains("‹ rewrite 1/3 ›")
    });
    s.wait_until("the pairs compared", |s| {
        s.text().matches("% shared").count() == 2
    });
    // `>`: the next rewrite; the source stays on the left.
    s.send(b">");
    s.wait_until("rewrite 2/3", |s| {
        s.row(0).contains("breve.txt") && s.row(0).contains("‹ rewrite 2/3 ›")
    });
    assert!(s.row(0).contains("source.txt"), "{}", s.row(0));
    // `3`: the third.
    s.send(b"3");
    s.wait_until("rewrite 3/3", |s| s.row(0).contains("festival.txt"));
    // A click on `›` (SGR, 1-based column): round to the first.
    s.send(b"\x1b[<0;120;1M");
    s.wait_until("back to rewrite 1/3", |s| {
        s.row(0).contains("‹ rewrite 1/3 ›")
    });
    // `o`: the overview, the copy first; Enter on the second row opens the brief.
    s.send(b"o");
    // The overview ranks every rewrite as its comparison ends: under load the brief's may end
    // after the first frame of the overview, which then lists it below the festival.
    s.wait_until("the overview, every rewrite ranked", |s| {
        s.row(0).contains("3 rewrites of source.txt") && s.row(3).contains("breve.txt")
    });
    assert!(s.row(2).contains("copie.txt"), "best first:\n{}", s.text());
    s.send(b"j\r");
    s.wait_until("the brief opened", |s| s.row(0).contains("‹ rewrite 2/3 ›"));
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

/// A folder read behind the first frame: the first screen comes before the folder's files
/// are compared, the list fills in, and the entries that are no rewrite (binary, empty, a
/// folder loop through a link) are a note each in the reader and printed after exit.
#[test]
fn a_folder_is_read_behind_the_first_frame_and_its_bad_files_are_noted() {
    let dir = TempDir::new("pty-folder");
    let news = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le \
                nord du pays, qui emploient au total 1 200 salariés.\n\nLes syndicats appellent \
                à une grève générale dès jeudi dans les trois sites concernés.\n";
    let source = dir.file("source.txt", news.as_bytes());
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).expect("a folder");
    for n in 0..7 {
        std::fs::write(
            corpus.join(format!("copie-{n}.txt")),
            format!("Hier. {news}"),
        )
        .expect("a file");
    }
    std::fs::write(
        corpus.join("festival.txt"),
        "Le festival ouvre vendredi à Lyon.\n",
    )
    .expect("a file");
    std::fs::write(
        corpus.join("photo.bin"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .expect("a file");
    std::fs::write(corpus.join("vide.txt"), b"").expect("a file");
    std::os::unix::fs::symlink(&corpus, corpus.join("sub/boucle")).expect("a link");
    let args = [source.as_os_str(), corpus.as_os_str()];
    let mut s = Session::spawn(&args, &[], 24, 100);
    // More than five rewrites: the overview is the first screen, once they are listed; the
    // festival, which took nothing, is set aside; the three bad entries are noted.
    s.wait_until("the overview of the seven copies", |s| {
        s.row(0).contains("7 rewrites of source.txt") && s.row(0).contains("1 took nothing")
    });
    s.wait_until("the notes line and the status", |s| {
        s.text().contains("3 skipped (listed again on exit)") && s.last_row().contains("3 skipped")
    });
    // Enter opens the best, with its number among the seven.
    s.send(b"\r");
    s.wait_until("a copy against the source", |s| {
        s.row(0).contains("‹ rewrite ") && s.row(0).contains("/7 ›")
    });
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
    let shown = corpus.display().to_string();
    for note in [
        format!("visavis: {shown}/photo.bin: skipped: looks like a binary file"),
        format!("visavis: {shown}/sub/boucle: skipped: a folder loop through a link"),
        format!("visavis: {shown}/vide.txt: skipped: empty file"),
    ] {
        let bytes = s.bytes();
        let printed = find(&bytes, note.as_bytes()).unwrap_or_else(|| {
            panic!(
                "{note:?} printed after exit:\n{}",
                String::from_utf8_lossy(&bytes)
            )
        });
        let left = rfind(&bytes, b"\x1b[?1049l").expect("left the alternate screen");
        assert!(
            left < printed,
            "{note:?} printed after the terminal was restored"
        );
    }
}

#[test]
fn legacy_and_empty_files_open_and_are_never_written() {
    let dir = TempDir::new("pty-inputs");
    let left = dir.file("l.txt", LEGACY_1252);
    let right = dir.file("r.txt", b"");
    let before = [FileState::of(&left), FileState::of(&right)];
    assert_eq!(before[0].mtime, old_mtime());

    let mut s = Session::spawn(&[left.as_os_str(), right.as_os_str()], &[], 24, 80);
    s.wait_for_text("Pékin et Moscou : “liens historiques”");
    s.wait_for_text("decoded as windows-1252");
    s.wait_for_text("empty file");
    s.send(b"j");
    s.send(b"?");
    s.wait_for_text("scroll down one line");
    s.send(b"?");
    s.wait_until("the help closed", |s| {
        !s.text().contains("scroll down one line")
    });
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
    assert_eq!(
        [FileState::of(&left), FileState::of(&right)],
        before,
        "inputs untouched"
    );
}

#[test]
fn bible_pair_opens_and_goes_to_the_end() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bible");
    let (left, right) = (corpus.join("segond1910.txt"), corpus.join("ostervald.txt"));
    if !left.is_file() || !right.is_file() {
        eprintln!("skipped: the Bible pair is not at {}", corpus.display());
        return;
    }
    let mut s = Session::spawn(&[left.as_os_str(), right.as_os_str()], &[], 24, 80);
    // A book: the first frame may take longer than an article's, in a debug build especially.
    s.wait_until_for("the first frame of Genesis", TIMEOUT * 3, &mut |s| {
        s.text().contains("Au commencement")
    });
    s.send(b"G");
    s.wait_until("100% in the status line after G", |s| {
        s.position().is_some_and(|p| p.3 == 100)
    });
    let (_, b, n, _) = s.position().unwrap();
    assert_eq!(b, n, "the last row is on screen: {}", s.last_row());
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

/// A FIFO in `dir`: opening it for reading waits for a writer, as a pipe from a command does.
fn fifo(dir: &TempDir, name: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
    path
}

#[test]
fn a_fifo_with_no_writer_says_it_waits_and_q_quits() {
    let dir = TempDir::new("pty-fifo-idle");
    let idle = fifo(&dir, "idle.fifo");
    let right = dir.file("r.txt", "Un article à droite.\n".as_bytes());
    let mut s = Session::spawn(&[idle.as_os_str(), right.as_os_str()], &[], 24, 80);
    s.wait_for_text("Un article à droite.");
    s.wait_for_text("waiting for");
    assert!(s.text().contains("idle.fifo"), "{}", s.text());
    s.wait_first_frame_modes();
    s.send(b"j");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0, "screen:\n{}", s.text());
    s.assert_restored();
}

#[test]
fn the_first_screen_of_a_slow_file_comes_before_its_end() {
    let dir = TempDir::new("pty-fifo-slow");
    let slow = fifo(&dir, "slow.fifo");
    let right = dir.file("r.txt", "Premier paragraphe à droite.\n".as_bytes());
    let lines: Vec<String> = (0..3000)
        .map(|i| format!("Paragraphe numéro {i}, assez long pour tenir une ligne entière."))
        .collect();
    // The writer sends the first lines, then waits until the test has seen them on screen.
    let (go_on, wait) = std::sync::mpsc::channel::<()>();
    let writer = {
        let (slow, lines) = (slow.clone(), lines.clone());
        std::thread::spawn(move || {
            let mut file = std::fs::OpenOptions::new().write(true).open(&slow).unwrap();
            for line in &lines[..100] {
                writeln!(file, "{line}").unwrap();
            }
            file.flush().unwrap();
            let _ = wait.recv_timeout(TIMEOUT * 2);
            for line in &lines[100..] {
                // A broken pipe is the test failing elsewhere: stop quietly.
                if writeln!(file, "{line}").is_err() {
                    return;
                }
            }
        })
    };
    // Wide enough for the status line's message beside the reading progress.
    let mut s = Session::spawn(&[slow.as_os_str(), right.as_os_str()], &[], 24, 140);
    s.wait_for_text("Paragraphe numéro 0,");
    s.wait_first_frame_modes();
    assert!(
        s.text().contains("reading"),
        "the file is still being read: {}",
        s.text()
    );
    s.send(b"G");
    s.wait_for_text("going to the end once the file is read");
    go_on.send(()).unwrap();
    writer.join().unwrap();
    // The end arrives and the pane goes there; the comparison starts once both are whole.
    s.wait_for_text("Paragraphe numéro 2999,");
    s.wait_for_text("% shared");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

// ---------------------------------------------------------------------------------------------
// Regressions: bugs these tests found once.

#[test]
fn after_a_panic_the_cursor_is_below_the_message() {
    let mut s = Session::spawn(&[], &[("VISAVIS_DEBUG_PANIC", "1")], 24, 80);
    assert_eq!(s.exit_code(), 101);
    let message_row = (0..24u16)
        .find(|&r| s.row(r).contains("VISAVIS_DEBUG_PANIC"))
        .expect("the panic message on screen");
    let (cursor_row, _) = s.screen.screen().cursor_position();
    assert!(
        cursor_row > message_row,
        "the cursor (row {cursor_row}) is back above the message (row {message_row}): the next \
         prompt overwrites it; {} `?1049l` in the output",
        private_modes(&s.bytes())
            .iter()
            .filter(|e| **e == (1049, false))
            .count()
    );
}

#[test]
fn keys_in_one_burst_see_the_context_the_previous_key_opened() {
    let mut s = Session::bundled();
    s.wait_first_frame();
    s.send(b"/q");
    s.wait_until("`/q` in the search prompt", |s| {
        s.last_row().starts_with("/q")
    });
    s.send(b"\x1b");
    std::thread::sleep(Duration::from_millis(150)); // let the lone Esc be read alone
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn closing_the_terminal_ends_visavis_instead_of_spinning() {
    // A closed terminal window: the master side goes away with nobody left to read. crossterm
    // then reads end-of-file forever; visavis must notice and end (128 + SIGHUP).
    // Standard error on a pipe, so a failure can say what visavis reported.
    let (master, slave, mut child, _) =
        spawn_on_pty(&[], &[], 24, 80, Some(Stdio::piped()), None, None);
    drop(slave);
    // Wait for the first frame.
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !String::from_utf8_lossy(&seen).contains("words") {
        assert!(Instant::now() < deadline, "no first frame");
        let mut fds = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut fds, 1, 100) } == 1 {
            let mut buf = [0u8; 4096];
            // SAFETY: reading into a buffer we own, of its length.
            let n = unsafe { libc::read(master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                seen.extend_from_slice(&buf[..n as usize]);
            }
        }
    }
    drop(master);
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("visavis still running 5 s after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
    }
    assert_eq!(
        status.code(),
        Some(128 + libc::SIGHUP),
        "{status:?}; stderr: {stderr}"
    );
}

#[test]
fn a_page_piped_on_standard_input_opens_and_the_keys_come_from_the_terminal() {
    let dir = TempDir::new("pty-stdin");
    let right = dir.file(
        "other.txt",
        "The Harbour Street bridge will close to motor traffic on 4 March.\n".as_bytes(),
    );
    let page = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/pages/en-harbour-bridge/source.html"),
    )
    .expect("fixture");
    let mut s = Session::spawn_piped(
        &[OsStr::new("-"), right.as_os_str()],
        &[],
        24,
        200,
        Some(page),
        None,
    );
    // The pane title carries the page's metadata; the body is the article only. (The panes
    // take the whole width once the quotations panel beside them is hidden.)
    s.wait_for_text("The Harbour Street bridge will close");
    s.send(b"c");
    s.wait_for_text("▶ standard input…ars from March");
    s.wait_for_text("Westbay Courier · Tom Reyes · 2024-01-23");
    s.wait_for_text("The Harbour Street bridge will close");
    assert!(!s.text().contains("Accept all"));
    // Keys still arrive, from the terminal: the help opens and closes, q quits.
    s.send(b"?");
    s.wait_for_text("scroll down one line");
    s.send(b"?");
    s.wait_until("the help closed", |s| {
        !s.text().contains("scroll down one line")
    });
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}

#[test]
fn w_writes_the_report_of_the_pair_shown_and_says_where() {
    let dir = TempDir::new("pty-report");
    let mut s = Session::spawn_piped(&[], &[], 24, 120, None, Some(dir.path()));
    s.wait_for_text("% shared");
    s.send(b"w");
    s.wait_for_text("report written to");
    let name = "visavis-report-000_843fbf8397b90504-002_3142bb842cecfb83.html";
    let report = std::fs::read_to_string(dir.path().join(name)).expect("the report file");
    assert!(report.starts_with("<!DOCTYPE html>") && report.contains("<article class=\"right\""));
    let entries = std::fs::read_dir(dir.path())
        .expect("the directory")
        .count();
    assert_eq!(entries, 1, "no temporary file left");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    s.assert_restored();
}
