//! `cairn import-from quitter|sobriety FILE`: bring a history from another recovery app.
//!
//! The core reads the file, adds what is new in one transaction and reports what it did
//! ([`ImportReport`]); this module prints that report: `--json` as the core serialises it, and
//! for a person a summary, one line per substance (Cairn's count beside the other app's) and a
//! line per notice, in the person's language. A bad file is the core's `InvalidInput` (exit
//! code 4) and the store is left as it was.

use std::path::Path;

use cairn_core::companion::{
    CostNotKeptReason, ImportNotice, ImportOutcome, ImportReport, ImportSource,
    ImportedJourneyReport,
};
use cairn_core::money::DailyCost;
use cairn_core::text::Arg;

use crate::args::ImportAppArg;
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, language};

/// `cairn import-from APP FILE`.
pub fn run(context: &Context, app: ImportAppArg, file: &Path) -> Result<(), CliError> {
    let source = match app {
        ImportAppArg::Quitter => ImportSource::Quitter,
        ImportAppArg::Sobriety => ImportSource::Sobriety,
    };
    let mut companion = context.open()?;
    let report = companion.import_from_file(source, file, context.now)?;
    emit(context.json, &report, || report_text(&report))
}

/// The app's name as people know it.
fn app_name(source: ImportSource) -> &'static str {
    match source {
        ImportSource::Quitter => "Quitter",
        ImportSource::Sobriety => "Sobriety",
    }
}

/// The whole report for a person.
fn report_text(report: &ImportReport) -> String {
    let app = app_name(report.source);
    let mut lines = Vec::new();
    let added = report.journeys_added + report.uses_added + report.journal_entries_added;
    // "Nothing new" only when it was all there already: a file whose only substance begins
    // later adds nothing either, and its zero counts and its line say why.
    if added == 0 && report.already_imported > 0 {
        lines.push(f(
            "import-from-nothing-new",
            &[
                ("app", app.into()),
                ("records", report.already_imported.into()),
            ],
        ));
    } else {
        lines.push(f(
            "import-from-added",
            &[
                ("app", app.into()),
                ("journeys", report.journeys_added.into()),
                ("uses", report.uses_added.into()),
                ("entries", report.journal_entries_added.into()),
                ("savings", report.savings_set.into()),
            ],
        ));
        if report.already_imported > 0 {
            lines.push(f(
                "import-from-already",
                &[("records", report.already_imported.into())],
            ));
        }
    }
    for line in &report.journeys {
        lines.push(format!("  {}", journey_text(line, app)));
    }
    for notice in &report.notices {
        if let Some(text) = notice_text(notice, report) {
            lines.push(format!("  - {text}"));
        }
    }
    lines.join("\n")
}

/// One substance: what became of it, its clean date and streaks as Cairn counts them.
fn journey_text(line: &ImportedJourneyReport, app: &str) -> String {
    let first = line.first_clean_date.to_string();
    let clean = line.clean_date.to_string();
    let args = [
        ("substance", Arg::Text(&line.substance)),
        ("first", Arg::Text(&first)),
        ("clean", Arg::Text(&clean)),
        ("relapses", line.relapses.into()),
        ("uses", line.uses_added.into()),
    ];
    let mut text = match line.outcome {
        ImportOutcome::Added => f("import-from-journey-added", &args),
        ImportOutcome::AlreadyImported => f("import-from-journey-already", &args),
        ImportOutcome::NotYetStarted => f("import-from-journey-later", &args),
    };
    if !line.past_streak_days.is_empty() || !line.source_lengths.is_empty() {
        let cairn = days_list(&line.past_streak_days);
        let source = days_list(&line.source_lengths);
        text.push_str(&format!(
            "\n    {}",
            f(
                "import-from-journey-streaks",
                &[
                    ("cairn", Arg::Text(&cairn)),
                    ("app", app.into()),
                    ("source", Arg::Text(&source)),
                ]
            )
        ));
    }
    text
}

/// "44, 1", or "-" for none.
fn days_list(days: &[u32]) -> String {
    if days.is_empty() {
        return "-".to_owned();
    }
    let language = language();
    days.iter()
        .map(|day| cairn_core::text::decimal(language, u64::from(*day), ""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A notice for a person; `None` for what the journey's own line already says.
fn notice_text(notice: &ImportNotice, report: &ImportReport) -> Option<String> {
    let app = app_name(report.source);
    let journey_line = |index: u32| report.journeys.get(index as usize);
    let name = |index: u32| journey_line(index).map_or("", |line| line.substance.as_str());
    let about = |id: &str, index: u32| {
        f(
            id,
            &[("substance", name(index).into()), ("app", app.into())],
        )
    };
    let counted = |id: &str, count: u32| f(id, &[("count", count.into()), ("app", app.into())]);
    Some(match notice {
        ImportNotice::ZoneUsed {
            zone,
            times_without_zone: true,
        } => f("import-from-notice-zone-assumed", &[("zone", zone.into())]),
        ImportNotice::ZoneUsed { zone, .. } => {
            f("import-from-notice-zone-instants", &[("zone", zone.into())])
        }
        ImportNotice::TextDamaged { replaced } => {
            counted("import-from-notice-text-damaged", *replaced)
        }
        ImportNotice::DatesRebuilt { journey } => {
            about("import-from-notice-dates-rebuilt", *journey)
        }
        ImportNotice::CountsDiffer { journey } => {
            about("import-from-notice-counts-differ", *journey)
        }
        ImportNotice::MoneyRounded { journey } => {
            let cost = journey_line(*journey)
                .and_then(|line| line.cost_per_day.clone())
                .and_then(|amount| DailyCost::try_from(amount).ok())
                .map(|cost| cost.per_day().text(language()))
                .unwrap_or_default();
            f(
                "import-from-notice-money-rounded",
                &[
                    ("substance", name(*journey).into()),
                    ("amount", Arg::Text(&cost)),
                ],
            )
        }
        ImportNotice::CostNotKept { journey, reason } => about(
            match reason {
                CostNotKeptReason::NoCurrency => "import-from-notice-cost-no-currency",
                CostNotKeptReason::RoundsToZero => "import-from-notice-cost-zero",
                CostNotKeptReason::TooLarge => "import-from-notice-cost-too-large",
            },
            *journey,
        ),
        ImportNotice::HoursRounded { journey } => {
            let hours = journey_line(*journey)
                .and_then(|line| line.hours_per_day)
                .map(hours_text)
                .unwrap_or_default();
            f(
                "import-from-notice-hours-rounded",
                &[
                    ("substance", name(*journey).into()),
                    ("hours", Arg::Text(&hours)),
                ],
            )
        }
        ImportNotice::OtherSavingsNotKept { journey, count } => f(
            "import-from-notice-other-savings",
            &[
                ("substance", name(*journey).into()),
                ("count", (*count).into()),
            ],
        ),
        ImportNotice::SeveralCurrencies { journey } => {
            about("import-from-notice-several-currencies", *journey)
        }
        ImportNotice::StoppedInOtherApp { journey } => {
            about("import-from-notice-stopped", *journey)
        }
        ImportNotice::UntrackedSpans { journey, count } => f(
            "import-from-notice-untracked",
            &[
                ("substance", name(*journey).into()),
                ("count", (*count).into()),
                ("app", app.into()),
            ],
        ),
        // The journey's own line says it will be added once its day comes.
        ImportNotice::NotYetStarted { .. } => return None,
        ImportNotice::NotesAhead { count } => counted("import-from-notice-notes-ahead", *count),
        ImportNotice::NotesSplit { count } => counted("import-from-notice-notes-split", *count),
        ImportNotice::LengthsWithoutSubstance { count } => {
            counted("import-from-notice-lengths-without-substance", *count)
        }
        ImportNotice::NeverStarted { count } => counted("import-from-notice-never-started", *count),
        ImportNotice::NamesShortened { count } => {
            counted("import-from-notice-names-shortened", *count)
        }
        ImportNotice::LegacyFieldIgnored { field } => f(
            "import-from-notice-legacy-field",
            &[("field", field.into()), ("app", app.into())],
        ),
    })
}

/// Hours as the language writes them: "0.17", "0,17".
fn hours_text(hours: f64) -> String {
    // At most 24 hours in hundredths: the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let hundredths = (hours * 100.0).round() as u64;
    let fraction = format!("{:02}", hundredths % 100);
    cairn_core::text::decimal(language(), hundredths / 100, fraction.trim_end_matches('0'))
}
