//! Text subcommands: what `visavis <command>` prints, written to any `io::Write`.

pub mod align;
pub mod quotes;
pub mod text;
