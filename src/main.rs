//! Command line entry point: arguments → the reader or a text subcommand; errors become one
//! line (`visavis: PATH: reason`) and an exit code (1 for bad input, 2 for usage).

#![deny(clippy::unwrap_used)]

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, error::ErrorKind};

use visavis::core::open;
use visavis::term::{self, Exit, Options};

/// Two articles about the same story, face to face: what the second took from the first,
/// and who said what.
#[derive(Parser, Debug)]
#[command(name = "visavis", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The first article (the original, shown left). Without files: the bundled pair.
    left: Option<PathBuf>,
    /// The second article (the rewrite, shown right).
    right: Option<PathBuf>,
    /// Files beyond two, only to say clearly that two are wanted.
    #[arg(hide = true)]
    extra: Vec<PathBuf>,
    /// Attributes only, no colours (also when the NO_COLOR variable is set).
    #[arg(long)]
    no_color: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Shared passages (kind, similarity, both sides) and each article's reuse figure.
    Align(TextArgs),
    /// Quotations of both articles: speaker, fragment or statement, cross-article status.
    Quotes(TextArgs),
    /// The text of one file exactly as visavis reads it (a web page: its article body).
    Text(FileArgs),
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

/// Arguments of the text subcommands.
#[derive(clap::Args, Debug)]
struct TextArgs {
    /// The first article. Without files: the bundled pair.
    left: Option<PathBuf>,
    /// The second article.
    right: Option<PathBuf>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None if !cli.extra.is_empty() => usage_error(),
        None => reader(cli.left, cli.right, cli.no_color),
        Some(Command::Align(args)) => text_command(args, visavis::cmd::align::run),
        Some(Command::Quotes(args)) => text_command(args, visavis::cmd::quotes::run),
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

/// Runs a text subcommand into a buffered standard output; errors are one line, exit 1.
fn text_command(args: TextArgs, command: TextCommand) -> ExitCode {
    if args.left.is_some() != args.right.is_some() {
        usage_error();
    }
    refuse_stdin_twice(&[args.left.as_deref(), args.right.as_deref()]);
    write_out(|out| command(args.left.as_deref(), args.right.as_deref(), args.json, out))
}

/// Runs a command that prints to a buffered standard output; errors are one line, exit 1.
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
            "give two files (LEFT RIGHT), or none for the bundled pair",
        )
        .exit()
}

fn reader(left: Option<PathBuf>, right: Option<PathBuf>, no_color: bool) -> ExitCode {
    let (left, right) = match pair(left, right) {
        Ok(pair) => pair,
        Err(code) => return code,
    };
    if !std::io::stdout().is_terminal() {
        say(
            "visavis: standard output is not a terminal; for text output use `visavis align` or `visavis quotes` (see `visavis --help`)",
        );
        return ExitCode::from(2);
    }
    let no_color = no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match term::run(left, right, Options { no_color }) {
        Ok(Exit::Quit) => ExitCode::SUCCESS,
        Ok(Exit::Signal(sig)) => ExitCode::from((128 + sig).clamp(0, 255) as u8),
        Err(err) => {
            say(&format!("visavis: {err:#}"));
            ExitCode::from(1)
        }
    }
}

/// Opens the two articles, or the bundled pair; usage errors exit 2, unreadable files 1.
fn pair(
    left: Option<PathBuf>,
    right: Option<PathBuf>,
) -> Result<
    (
        visavis::core::document::Document,
        visavis::core::document::Document,
    ),
    ExitCode,
> {
    if left.is_some() != right.is_some() {
        usage_error();
    }
    refuse_stdin_twice(&[left.as_deref(), right.as_deref()]);
    open::open_pair(left.as_deref(), right.as_deref()).map_err(|err| {
        say(&format!("visavis: {err}"));
        ExitCode::from(1)
    })
}
