//! One module per command; `run` dispatches.

mod backup;
mod demo;
mod journal;
mod store;

use crate::args::{Command, JourneyAction, PassphraseAction};
use crate::context::Context;
use crate::output::CliError;

/// Runs one command.
pub fn run(context: &Context, command: &Command) -> Result<(), CliError> {
    match command {
        Command::Init { time_zone } => store::init(context, time_zone.as_deref()),
        Command::Passphrase {
            action: PassphraseAction::Change,
        } => store::change_passphrase(context),
        Command::Settings {
            time_zone,
            day_counting,
            milestone_set,
        } => store::settings(context, time_zone.as_deref(), *day_counting, *milestone_set),
        Command::Journey {
            action:
                JourneyAction::Start {
                    clean_date,
                    time,
                    name,
                },
        } => journal::start(context, clean_date, time.as_deref(), name.as_deref()),
        Command::Journey {
            action: JourneyAction::List,
        } => journal::list(context),
        Command::Use(args) => journal::record_use(context, args),
        Command::Status { journey } => journal::status(context, journey.as_deref()),
        Command::History { journey } => journal::history(context, journey.as_deref()),
        Command::Milestones {
            set,
            add_days,
            add_date,
            journey,
        } => journal::milestones(
            context,
            *set,
            *add_days,
            add_date.as_deref(),
            journey.as_deref(),
        ),
        Command::Wipe { yes } => store::wipe(context, *yes),
        Command::Export {
            out,
            with_passphrase,
        } => backup::export(context, out, *with_passphrase),
        Command::Import {
            file,
            code,
            with_passphrase,
        } => backup::import(context, file, code, *with_passphrase),
        Command::Demo => demo::run(context),
    }
}
