//! `cairn`: the terminal shell over Cairn's core.
//!
//! It parses arguments, finds the store in the data directory, gets the passphrase from the
//! environment or a prompt that does not echo, calls the core's `Companion`, and prints the
//! result for a person or, with `--json`, for a script. It decides nothing about recovery
//! itself. Every error ends the program with a one-line message on stderr and a non-zero exit
//! code that says what kind of failure it was.

mod args;
mod commands;
mod context;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crate::args::Cli;
use crate::context::Context;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => error.exit(), // --help and --version
        Err(error) => {
            // clap's message spans several lines; keep the promise of one line on stderr.
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            eprintln!(
                "cairn: {} (see cairn --help)",
                first.trim_start_matches("error: ")
            );
            return ExitCode::from(2);
        }
    };
    let result = Context::from_cli(&cli).and_then(|context| commands::run(&context, &cli.command));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cairn: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
