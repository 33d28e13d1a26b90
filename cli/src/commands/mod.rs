//! One module per command; `run` dispatches.

mod backup;
mod care;
mod circle;
mod demo;
mod demo_care;
mod journal;
mod notifications;
mod store;

use crate::args::{Command, JourneyAction, PassphraseAction};
use crate::context::Context;
use crate::output::CliError;

/// Runs one command.
pub fn run(context: &Context, command: &Command) -> Result<(), CliError> {
    match command {
        Command::Init { time_zone, region } => store::init(context, time_zone.as_deref(), region),
        Command::Passphrase {
            action: PassphraseAction::Change,
        } => store::change_passphrase(context),
        Command::Settings { .. } => store::settings(context, command),
        Command::Checkin(args) => care::checkin(context, args),
        Command::Insights => care::insights(context),
        Command::PreventionPlan { action } => care::prevention_plan(context, action.as_ref()),
        Command::Contacts { action } => circle::contacts(context, action),
        Command::ReachOut { log, text } => circle::reach_out(context, log.as_deref(), *text),
        Command::Notifications { pending } => notifications::run(context, pending),
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
