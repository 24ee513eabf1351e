//! Text subcommands: what `visavis <command>` prints, written to any `io::Write`.

pub mod align;
pub mod quotes;
pub mod quotes_set;
pub mod rank;
pub mod report;
pub mod set;
pub mod text;
