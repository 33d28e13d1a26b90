//! What the journal's facade methods return: plain values a shell renders as they are.
//!
//! These are views, not records: they carry ids for the shell to act on and never hold anything
//! the store does not already hold. They serialise to the JSON the terminal prints.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Serialize;

use super::records::AuditChange;
use crate::id::RecordId;
use crate::journal::{
    CleanTime, Milestone, PastStreak, PersonalMilestone, StageProgress, StreakSummary, UseEvent,
};
use crate::money::MoneyAmount;
use crate::pledge::PledgeStreak;
use crate::safety::SafetyCard;
use crate::text::Language;

/// A journey with its id.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JourneyView {
    /// The journey's id.
    pub id: RecordId,
    /// What it is about.
    pub substance: String,
    /// Its first clean date.
    pub clean_date: NaiveDate,
    /// The time on that date, if given.
    pub clean_time: Option<NaiveTime>,
    /// The person's own milestones.
    pub personal_milestones: Vec<PersonalMilestone>,
    /// What a day of using cost, if the person said.
    pub cost_per_day: Option<MoneyAmount>,
    /// Hours a day of using took, if the person said.
    pub hours_per_day: Option<f64>,
}

/// What the Today screen shows for one journey.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JourneyStatus {
    /// The journey.
    pub journey: JourneyView,
    /// The zone the counts were made in.
    pub time_zone: String,
    /// The language the texts are in.
    pub language: Language,
    /// Streaks and cumulative measures.
    pub streak: StreakSummary,
    /// The current streak in years, months and days.
    pub clean_time: CleanTime,
    /// The same as people say it: "1 year, 2 months and 3 days", in `language`.
    pub clean_time_text: String,
    /// The stage of the current streak and the way to the next.
    pub stage: StageProgress,
    /// The next milestone of the chosen set, if any.
    pub next_milestone: Option<Milestone>,
    /// Money not spent over every clean day of the journey (`streak.total_clean_days` times
    /// the cost per day), when the journey has a cost per day.
    pub money_saved: Option<MoneyAmount>,
    /// The same as the language writes it: "1,220.00 USD", "1220,00 USD".
    pub money_saved_text: Option<String>,
    /// Hours given back over every clean day, when the journey has hours per day.
    pub hours_saved: Option<f64>,
    /// The same as the language says it: "152.5 hours", "152,5 horas".
    pub hours_saved_text: Option<String>,
    /// The daily pledge's streak ("Just for today"), the same for every journey.
    pub pledge: PledgeStreak,
    /// Records that could not be opened; the figures leave them out.
    pub damaged_records: Vec<RecordId>,
}

/// A recorded use with its ids.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UseEntry {
    /// The use's id (for editing or deleting it).
    pub id: RecordId,
    /// The journey it belongs to.
    pub journey_id: RecordId,
    /// The use.
    #[serde(flatten)]
    pub event: UseEvent,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// One edit or deletion, with the value as it was.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AuditEntry {
    /// The use that changed.
    pub use_id: RecordId,
    /// Edit or deletion.
    pub change: AuditChange,
    /// When.
    pub at: DateTime<Utc>,
    /// The use before the change.
    pub previous: UseEvent,
}

/// Everything that happened on a journey, newest first.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct History {
    /// The journey.
    pub journey: JourneyView,
    /// The current streak's clean date.
    pub current_streak_start: NaiveDate,
    /// Every ended streak.
    pub past_streaks: Vec<PastStreak>,
    /// Every recorded use.
    pub uses: Vec<UseEntry>,
    /// Every edit and deletion of a use.
    pub audit: Vec<AuditEntry>,
    /// Records that could not be opened.
    pub damaged_records: Vec<RecordId>,
}

/// What recording a use returns.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UseRecorded {
    /// The new use's id.
    pub id: RecordId,
    /// The days of the streak this use ended (0 if it was already broken today).
    pub clean_days_before: u32,
    /// After 3 or more clean days: what keeps a person alive now that tolerance is lower.
    pub safety_card: Option<SafetyCard>,
}

/// A new journey, before validation.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewJourney {
    /// What it is about; `None` means "opioids".
    pub substance: Option<String>,
    /// The first clean date.
    pub clean_date: NaiveDate,
    /// The time on that date, if known.
    pub clean_time: Option<NaiveTime>,
    /// What a day of using cost, if the person says.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub cost_per_day: Option<CostPerDay>,
    /// Hours a day of using took (more than 0, at most 24, in hundredths at most).
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub hours_per_day: Option<f64>,
}

/// A cost per day as a person gives it, before validation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CostPerDay {
    /// Plain decimal text with at most the currency's minor-unit places: "20", "12.50".
    pub amount: String,
    /// An ISO 4217 code; `None` keeps the journey's currency, or takes the region's usual one.
    pub currency: Option<String>,
}

/// A journey's savings, replacing both: `None` removes one.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JourneySavings {
    /// What a day of using cost.
    pub cost_per_day: Option<CostPerDay>,
    /// Hours a day of using took.
    pub hours_per_day: Option<f64>,
}
