//! Text subcommands: each turns core results into human-readable or JSON output.

pub mod align;
