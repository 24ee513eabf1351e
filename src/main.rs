//! Command line entry point: arguments → the reader or a text subcommand; errors become one
//! line (`visavis: PATH: reason`) and an exit code (1 for bad input, 2 for usage).

#![deny(clippy::unwrap_used)]

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, error::ErrorKind};

use visavis::core::document::Document;
use visavis::core::loader::{self, Loader};
use visavis::core::open;
use visavis::term::{self, Exit, Options};

/// Two articles about the same story, face to face: what the second took from the first,
/// and who said what.
#[derive(Parser, Debug)]
#[command(name = "visavis", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The first article (the original, the source, shown left). Without files: the bundled
    /// pair.
    left: Option<PathBuf>,
    /// The second article (the rewrite, shown right); or a folder of rewrites (read
    /// recursively: those that took something from LEFT are opened).
    right: Option<PathBuf>,
    /// More rewrites, or folders: the right pane shows one at a time.
    #[arg(value_name = "REWRITE")]
    extra: Vec<PathBuf>,
    /// With a folder: open every file, not only those that took something from the source.
    #[arg(long)]
    all: bool,
    /// Attributes only, no colours (also when the NO_COLOR variable is set). Accepted anywhere on
    /// the command line, subcommands included, so that an alias can always carry it.
    #[arg(long, global = true)]
    no_color: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Shared passages (kind, similarity, both sides) and each article's reuse figure.
    Align(TextArgs),
    /// Quotations of both articles: speaker, fragment or statement, cross-article status.
    Quotes(TextArgs),
    /// One source against many rewrites: which took what from it, best first.
    Rank(RankArgs),
    /// The text of one file exactly as visavis reads it (a web page: its article body).
    Text(FileArgs),
    /// The comparison as one self-contained HTML page, to open in any browser or print.
    Report(ReportArgs),
}

/// Takes `--no-color` out of the arguments wherever it stands before a `--`. Clap alone would
/// read `visavis --no-color align A B` as two files named `align` and `A` (a flag of the
/// reader rules out subcommands after it), and the flag must be usable anywhere.
fn take_no_color(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> (Vec<std::ffi::OsString>, bool) {
    let mut found = false;
    let mut ended = false;
    let kept = args
        .into_iter()
        .filter(|arg| {
            if ended {
                return true;
            }
            if arg == "--" {
                ended = true;
                return true;
            }
            let flag = arg == "--no-color";
            found |= flag;
            !flag
        })
        .collect();
    (kept, found)
}

/// Arguments of `report`.
#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// The source. Without files: the bundled pair.
    source: Option<PathBuf>,
    /// The rewrite; or several, or folders (read recursively).
    rewrites: Vec<PathBuf>,
    /// Where to write the page (default: visavis-report.html). Never one of the inputs.
    #[arg(short = 'o', long = "output", value_name = "FILE.html")]
    output: Option<PathBuf>,
}

/// Arguments of `text`.
#[derive(clap::Args, Debug)]
struct FileArgs {
    /// The file (`-`: standard input).
    file: PathBuf,
    /// The metadata and blocks too, as JSON.
    #[arg(long)]
    json: bool,
}

/// Arguments of `align` and `quotes`.
#[derive(clap::Args, Debug)]
struct TextArgs {
    /// The first article, the source. Without files: the bundled pair.
    source: Option<PathBuf>,
    /// The second article; or several rewrites, or folders (read recursively).
    rewrites: Vec<PathBuf>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
    /// With a folder: every file, not only those that took something from the source.
    #[arg(long)]
    all: bool,
}

/// Arguments of `rank`.
#[derive(clap::Args, Debug)]
struct RankArgs {
    /// The source: the article the others may have taken from.
    source: PathBuf,
    /// The rewrites: files, or folders (read recursively, hidden entries aside).
    #[arg(required = true)]
    rewrites: Vec<PathBuf>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
    /// Leave out the rewrites that took nothing.
    #[arg(long)]
    related: bool,
}

fn main() -> ExitCode {
    let (args, no_color) = take_no_color(std::env::args_os());
    let cli = Cli::parse_from(args);
    let no_color = no_color || cli.no_color;
    match cli.command {
        None => reader(cli.left, cli.right, cli.extra, cli.all, no_color),
        Some(Command::Align(args)) => {
            text_command(args, visavis::cmd::align::run, visavis::cmd::align::run_set)
        }
        Some(Command::Quotes(args)) => text_command(
            args,
            visavis::cmd::quotes::run,
            visavis::cmd::quotes_set::run_set,
        ),
        Some(Command::Rank(args)) => {
            let options = visavis::cmd::rank::RankOptions {
                json: args.json,
                related_only: args.related,
            };
            let mut named = vec![Some(args.source.as_path())];
            named.extend(args.rewrites.iter().map(|p| Some(p.as_path())));
            refuse_stdin_twice(&named);
            set_command(&args.source, &args.rewrites, |set, out| {
                visavis::cmd::rank::run(set, options, out)
            })
        }
        Some(Command::Report(args)) => {
            if args.source.is_some() && args.rewrites.is_empty() {
                usage_error();
            }
            let mut named = vec![args.source.as_deref()];
            named.extend(args.rewrites.iter().map(|p| Some(p.as_path())));
            refuse_stdin_twice(&named);
            write_out(|out| {
                visavis::cmd::report::run(
                    args.source.as_deref(),
                    &args.rewrites,
                    args.output.as_deref(),
                    out,
                )
            })
        }
        Some(Command::Text(args)) => {
            write_out(|out| visavis::cmd::text::run(&args.file, args.json, out))
        }
    }
}

type TextCommand = fn(
    Option<&std::path::Path>,
    Option<&std::path::Path>,
    bool,
    &mut dyn std::io::Write,
) -> anyhow::Result<()>;

type SetCommand = fn(
    &visavis::core::open::DocumentSet,
    bool,
    bool,
    &mut dyn std::io::Write,
) -> anyhow::Result<()>;

/// Runs `align` or `quotes`: on two files (or none) as always; on a source and several
/// rewrites or a folder, on the set.
fn text_command(args: TextArgs, pair: TextCommand, set: SetCommand) -> ExitCode {
    let is_pair = match (&args.source, args.rewrites.as_slice()) {
        (None, []) => true,
        (Some(_), [one]) => !one.is_dir(),
        (Some(_), [_, _, ..]) => false,
        // A source without a rewrite.
        _ => usage_error(),
    };
    let mut named: Vec<Option<&std::path::Path>> = vec![args.source.as_deref()];
    named.extend(args.rewrites.iter().map(|p| Some(p.as_path())));
    refuse_stdin_twice(&named);
    let (json, all) = (args.json, args.all);
    match args.source {
        Some(source) if !is_pair => set_command(&source, &args.rewrites, |docs, out| {
            set(docs, json, all, out)
        }),
        source => {
            let right = args.rewrites.first().map(PathBuf::as_path);
            write_out(|out| pair(source.as_deref(), right, json, out))
        }
    }
}

/// Opens a source and its rewrites (a folder's skipped entries noted on standard error, one
/// line each), then runs `command` on them.
fn set_command(
    source: &std::path::Path,
    rewrites: &[PathBuf],
    command: impl FnOnce(
        &visavis::core::open::DocumentSet,
        &mut dyn std::io::Write,
    ) -> anyhow::Result<()>,
) -> ExitCode {
    let set = match open::open_set(source, rewrites) {
        Ok(set) => set,
        Err(err) => {
            say(&format!("visavis: {err}"));
            return ExitCode::from(1);
        }
    };
    for skipped in &set.skipped {
        say(&format!("visavis: {skipped}"));
    }
    write_out(|out| command(&set, out))
}

/// Runs `command` into a buffered standard output; errors are one line, exit 1.
fn write_out(command: impl FnOnce(&mut dyn std::io::Write) -> anyhow::Result<()>) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = command(&mut out)
        .and_then(|()| std::io::Write::flush(&mut out).map_err(anyhow::Error::from));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`visavis align | head`) is not an error worth a message.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            say(&format!("visavis: {err:#}"));
            ExitCode::from(1)
        }
    }
}

/// One line on standard error. Unlike `eprintln!`, a standard error that cannot be written
/// (its terminal closed) is not a panic.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Standard input can be read once: `-` may name one file only.
fn refuse_stdin_twice(paths: &[Option<&std::path::Path>]) {
    let stdin = std::path::Path::new(visavis::core::document::STDIN);
    if paths.iter().filter(|p| **p == Some(stdin)).count() > 1 {
        Cli::command()
            .error(
                ErrorKind::ArgumentConflict,
                "`-` (standard input) can name only one of the files",
            )
            .exit()
    }
}

fn usage_error() -> ! {
    Cli::command()
        .error(
            ErrorKind::WrongNumberOfValues,
            "give two files (LEFT RIGHT) or more, or a file and a folder; none for the bundled pair",
        )
        .exit()
}

/// The reader: on two files (or the bundled pair), or on a source and several rewrites or a
/// folder of them.
fn reader(
    left: Option<PathBuf>,
    right: Option<PathBuf>,
    extra: Vec<PathBuf>,
    all: bool,
    no_color: bool,
) -> ExitCode {
    let no_color = no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let options = Options { no_color };
    let is_set = !extra.is_empty() || right.as_ref().is_some_and(|r| r.is_dir());
    if let (Some(source), Some(right), true) = (&left, &right, is_set) {
        let mut rewrites = vec![right.clone()];
        rewrites.extend(extra);
        return reader_set(source, &rewrites, all, options);
    }
    if left.is_some() != right.is_some() {
        usage_error();
    }
    refuse_stdin_twice(&[left.as_deref(), right.as_deref()]);
    // What needs no reading is checked here (a missing file is one line, the left one's first);
    // the reading itself goes on in the background while the reader shows what has come.
    let sources = match loader::pair_sources(left.as_deref(), right.as_deref()) {
        Ok(sources) => sources,
        Err(err) => {
            say(&format!("visavis: {err}"));
            return ExitCode::from(1);
        }
    };
    let mut pending = sources.iter().map(|(_, s)| Document::pending(s.shown()));
    let (Some(left), Some(right)) = (pending.next(), pending.next()) else {
        return ExitCode::from(1);
    };
    let loader = match Loader::start(sources) {
        Ok(loader) => loader,
        Err(err) => {
            say(&format!("visavis: cannot start reading: {err}"));
            return ExitCode::from(1);
        }
    };
    if !std::io::stdout().is_terminal() {
        // Bad input is still said first, as when the files are read before anything else.
        if let Err(err) = loader.finish_all() {
            say(&format!("visavis: {err}"));
            return ExitCode::from(1);
        }
        terminal_or_say();
        return ExitCode::from(2);
    }
    reader_exit(term::run(loader, left, right, options))
}

/// Standard output is a terminal; if not, says so (exit 2 follows).
fn terminal_or_say() -> bool {
    let terminal = std::io::stdout().is_terminal();
    if !terminal {
        say(
            "visavis: standard output is not a terminal; for text output use `visavis align` or `visavis quotes` (see `visavis --help`)",
        );
    }
    terminal
}

/// The reader on a source and its rewrites: files named are opened whatever they took; a
/// folder's files when the prefilter finds them worth comparing (all with `--all`), those that
/// prove to have taken nothing being set aside as their analysis arrives. Only what needs no
/// reading is checked first (a missing file named is one line); the folders are walked, the
/// files read and the pairs compared behind the first frame. A folder's entries that are no
/// rewrite are said after exit, one line each.
fn reader_set(
    source: &std::path::Path,
    rewrites: &[PathBuf],
    all: bool,
    options: Options,
) -> ExitCode {
    use visavis::core::loader::Source;
    use visavis::core::loader::set::Named;
    if !std::io::stdout().is_terminal() {
        return reader_set_without_terminal(source, rewrites, all);
    }
    let checked = Source::file(source).and_then(|source| {
        let named = rewrites
            .iter()
            .map(|path| match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => Ok(Named::Folder(path.clone())),
                _ => Source::file(path).map(Named::File),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok((source, named))
    });
    let (source_input, named) = match checked {
        Ok(checked) => checked,
        Err(err) => {
            say(&format!("visavis: {err}"));
            return ExitCode::from(1);
        }
    };
    let input = term::SetInput {
        source: source_input,
        source_path: source.to_path_buf(),
        rewrites: named,
        all,
        first_named: rewrites
            .first()
            .map_or_else(String::new, |p| visavis::core::load::display_path(p)),
    };
    let (outcome, notes) = term::run_set(input, options);
    for note in &notes {
        say(&format!("visavis: {note}"));
    }
    reader_exit(outcome)
}

/// The reader asked for on a set with no terminal to draw on: the set is read first, so that
/// bad input is said as it would be (its notes, or that nothing is worth showing), then that
/// there is no terminal.
fn reader_set_without_terminal(
    source: &std::path::Path,
    rewrites: &[PathBuf],
    all: bool,
) -> ExitCode {
    use visavis::core::compare::rank::choose_candidates;
    use visavis::core::open::Origin;
    let set = match open::open_set(source, rewrites) {
        Ok(set) => set,
        Err(err) => {
            say(&format!("visavis: {err}"));
            return ExitCode::from(1);
        }
    };
    for skipped in &set.skipped {
        say(&format!("visavis: {skipped}"));
    }
    let always = |id: visavis::core::side::DocId| {
        all || set.origins.get(id.index()) != Some(&Origin::Folder)
    };
    if choose_candidates(&set.documents, always).is_empty() {
        say(&format!(
            "visavis: {}: no rewrite to show: nothing shares a passage with it (--all opens every file)",
            visavis::core::load::display_path(source)
        ));
        return ExitCode::from(1);
    }
    terminal_or_say();
    ExitCode::from(2)
}

/// The reader's end as an exit code (a signal: 128 + its number).
fn reader_exit(outcome: anyhow::Result<Exit>) -> ExitCode {
    match outcome {
        Ok(Exit::Quit) => ExitCode::SUCCESS,
        Ok(Exit::Signal(sig)) => ExitCode::from((128 + sig).clamp(0, 255) as u8),
        Err(err) => {
            say(&format!("visavis: {err:#}"));
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::take_no_color;

    fn strings(args: &[&str]) -> Vec<std::ffi::OsString> {
        args.iter().map(Into::into).collect()
    }

    #[test]
    fn no_color_is_taken_out_anywhere_before_a_double_dash() {
        let (kept, found) = take_no_color(strings(&["visavis", "--no-color", "align", "a"]));
        assert_eq!((kept, found), (strings(&["visavis", "align", "a"]), true));
        let (kept, found) = take_no_color(strings(&["visavis", "a", "b", "--no-color"]));
        assert_eq!((kept, found), (strings(&["visavis", "a", "b"]), true));
        // After `--` it is a file name.
        let (kept, found) = take_no_color(strings(&["visavis", "a", "--", "--no-color"]));
        assert_eq!(
            (kept, found),
            (strings(&["visavis", "a", "--", "--no-color"]), false)
        );
    }
}
