//! `cairn`: the terminal shell over Cairn's core.
//!
//! It parses arguments, finds the store in the data directory, gets the passphrase from the
//! environment or a prompt that does not echo, calls the core's `Companion`, and prints the
//! result for a person or, with `--json`, for a script. It decides nothing about recovery
//! itself. Every error ends the program with a one-line message on stderr, in the person's
//! language, and a non-zero exit code that says what kind of failure it was.

mod args;
mod commands;
mod context;
mod errors;
mod output;
mod text;

use std::process::ExitCode;

use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::args::Cli;
use crate::context::Context;

fn main() -> ExitCode {
    // The computer's language until a store says which one the person chose.
    text::set_language(context::device_language());
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => error.exit(), // --help and --version
        Err(error) => {
            eprintln!("cairn: {}", clap_message(&error));
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

/// One line for a command line clap refused. clap's own message spans several lines and is
/// English, so the line says the kind of mistake in the person's language and names the
/// option; English keeps clap's first line, which also quotes the value.
fn clap_message(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    let detail = rendered
        .lines()
        .next()
        .unwrap_or("invalid arguments")
        .trim_start_matches("error: ")
        .to_owned();
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(value)) => value.clone(),
        Some(ContextValue::Strings(values)) => values.join(", "),
        _ => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let other = context(ContextKind::PriorArg);
    let id = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "usage-invalid-value",
        ErrorKind::UnknownArgument => "usage-unknown-argument",
        ErrorKind::InvalidSubcommand => "usage-unknown-command",
        ErrorKind::MissingRequiredArgument => "usage-missing-argument",
        ErrorKind::ArgumentConflict => "usage-conflict",
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "usage-missing-command"
        }
        _ => "usage-invalid-arguments",
    };
    text::f(
        id,
        &[
            ("detail", (&detail).into()),
            ("arg", (&arg).into()),
            ("other", (&other).into()),
        ],
    )
}
