//! What every step of the demo shares: the step record, the sample store's facts, how to open
//! it with a passphrase, and dates written the way the person's language writes them.
//!
//! The sample person's words (a note, a sponsor, a medication) come from the terminal's
//! catalogue, so a Spanish reader meets a Spanish journey; the passphrases are never shown and
//! stay as they are.

use cairn_core::crypto::{KeySource, Passphrase};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::output::CliError;
use crate::text::{f, t};

/// The sample person's zone.
pub const DEMO_ZONE: &str = "America/Denver";
/// The sample store's first passphrase.
pub const DEMO_PASSPHRASE: &str = "stones on the trail";
/// The passphrase it is changed to.
pub const NEW_PASSPHRASE: &str = "every clean day adds a stone";
/// The sponsor's name as it is searched for in the sealed file (the sample name starts with it
/// in every language).
pub const SPONSOR_FIRST_NAME: &str = "Jordan";

/// One step of the tour. `step` is a fixed English name, for scripts; `title` and `result` are
/// for the person and follow their language.
#[derive(Serialize)]
pub struct Step {
    /// Its fixed name.
    pub step: &'static str,
    /// Its name in the person's language.
    pub title: String,
    /// What happened.
    pub result: String,
}

impl Step {
    /// Step `step`, titled by message `title_id`.
    pub fn new(step: &'static str, title_id: &str, result: String) -> Self {
        Self {
            step,
            title: t(title_id),
            result,
        }
    }
}

/// A passphrase key source for the sample store.
pub fn passphrase(text: &str) -> Result<KeySource, CliError> {
    Ok(KeySource::Passphrase(Passphrase::new(text.to_owned())?))
}

/// The note of the sample lapse, which the sealed file must not show.
pub fn sample_note() -> String {
    t("demo-sample-note")
}

/// "Sunday 22 November 2026", "domingo 22 de noviembre de 2026".
pub fn long_date(date: NaiveDate) -> String {
    date_with(
        date,
        "demo-long-date",
        "demo-weekday-name",
        "demo-month-name",
    )
}

/// "Sun 22 Nov", "dom 22 nov".
pub fn short_date(date: NaiveDate) -> String {
    date_with(
        date,
        "demo-short-date",
        "demo-weekday-name-short",
        "demo-month-name-short",
    )
}

fn date_with(date: NaiveDate, pattern: &str, weekday: &str, month: &str) -> String {
    let weekday = f(
        weekday,
        &[("n", date.weekday().number_from_monday().into())],
    );
    let month = f(month, &[("n", date.month().into())]);
    // The year as text: a year is not a count, so it is never grouped ("2,026").
    let year = date.year().to_string();
    f(
        pattern,
        &[
            ("weekday", (&weekday).into()),
            ("day", date.day().into()),
            ("month", (&month).into()),
            ("year", (&year).into()),
        ],
    )
}
