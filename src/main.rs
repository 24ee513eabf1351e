//! Command line entry point: arguments → the reader or a text subcommand.

fn main() {}
