//! One module per command; `run` dispatches.

mod demo;
mod store;

use crate::args::{Command, PassphraseAction};
use crate::context::Context;
use crate::output::CliError;

/// Runs one command.
pub fn run(context: &Context, command: &Command) -> Result<(), CliError> {
    match command {
        Command::Init { time_zone } => store::init(context, time_zone.as_deref()),
        Command::Passphrase {
            action: PassphraseAction::Change,
        } => store::change_passphrase(context),
        Command::Settings { time_zone } => store::settings(context, time_zone.as_deref()),
        Command::Wipe { yes } => store::wipe(context, *yes),
        Command::Demo => demo::run(context),
    }
}
