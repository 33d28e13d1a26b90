//! One module per command; `run` dispatches.

mod backup;
mod checkins;
mod circle;
mod demo;
mod import_from;
mod journal;
mod journal_entries;
mod notifications;
mod pledge;
mod prevention_plan;
mod reasons;
mod settings;
mod status;

use crate::args::{Command, JourneyAction, PassphraseAction};
use crate::context::Context;
use crate::output::CliError;

/// Runs one command.
pub fn run(context: &Context, command: &Command) -> Result<(), CliError> {
    match command {
        Command::Init { time_zone, region } => {
            settings::init(context, time_zone.as_deref(), region)
        }
        Command::Passphrase {
            action: PassphraseAction::Change,
        } => settings::change_passphrase(context),
        Command::Settings { .. } => settings::settings(context, command),
        Command::Checkin(args) => checkins::checkin(context, args),
        Command::Insights => checkins::insights(context),
        Command::Pledge { date } => pledge::pledge(context, date.as_deref()),
        Command::PreventionPlan { action } => {
            prevention_plan::prevention_plan(context, action.as_ref())
        }
        Command::Contacts { action } => circle::contacts(context, action),
        Command::ReachOut { log, text } => circle::reach_out(context, log.as_deref(), *text),
        Command::Notifications { pending } => notifications::run(context, pending),
        Command::Journey {
            action:
                JourneyAction::Start {
                    clean_date,
                    time,
                    name,
                    savings,
                },
        } => journal::start(
            context,
            clean_date,
            time.as_deref(),
            name.as_deref(),
            savings,
        ),
        Command::Journey {
            action:
                JourneyAction::Edit {
                    savings,
                    clear_cost,
                    clear_hours,
                    journey,
                },
        } => journal::edit(
            context,
            savings,
            *clear_cost,
            *clear_hours,
            journey.as_deref(),
        ),
        Command::Journey {
            action: JourneyAction::List,
        } => journal::list(context),
        Command::Use(args) => journal::record_use(context, args),
        Command::Status { journey } => status::status(context, journey.as_deref()),
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
        Command::Wipe { yes } => settings::wipe(context, *yes),
        Command::Export {
            out,
            with_passphrase,
        } => backup::export(context, out, *with_passphrase),
        Command::Import { undo: true, .. } => backup::undo_import(context),
        Command::Import {
            file,
            replace,
            with_passphrase,
            ..
        } => match file {
            Some(file) => backup::import(context, file, *replace, *with_passphrase),
            None => Err(CliError::usage("usage-import-needs-file")),
        },
        Command::Demo => demo::run(context),
        Command::Journal { action } => journal_entries::run(context, action),
        Command::Reasons { action } => reasons::run(context, action),
        Command::ImportFrom { app, file } => import_from::run(context, *app, file),
    }
}
