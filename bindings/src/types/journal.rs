//! The recovery journal's inputs and history as the shells see them: journeys and uses.

use std::time::SystemTime;

use cairn_core::companion as core_companion;
use cairn_core::journal as core_journal;

use super::status::PastStreak;
use super::{date_text, ids, parse_date, parse_time, system_time, time_text};
use crate::CairnError;

/// A single use (lapse) or a return to regular use (relapse). Both restart the streak; the
/// history keeps which it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum UseKind {
    /// A single use, back on track.
    Lapse,
    /// A return to regular use.
    Relapse,
}

/// A use as the person records it. Dates are "YYYY-MM-DD", times "HH:MM", both local.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct UseEvent {
    /// The local date; back-dating is fine, the future is not.
    pub date: String,
    /// The local time, if known.
    #[uniffi(default = None)]
    pub time: Option<String>,
    /// Lapse or relapse.
    pub kind: UseKind,
    /// A note, at most 1,000 characters.
    #[uniffi(default = None)]
    pub note: Option<String>,
    /// What led to it, at most 10 tags.
    #[uniffi(default = [])]
    pub triggers: Vec<String>,
}

/// A journey to start.
#[derive(Clone, Debug, uniffi::Record)]
pub struct NewJourney {
    /// What it is about; `null` means "opioids".
    #[uniffi(default = None)]
    pub substance: Option<String>,
    /// The first clean date, "YYYY-MM-DD"; not in the future.
    pub clean_date: String,
    /// The time on that date, "HH:MM", if known.
    #[uniffi(default = None)]
    pub clean_time: Option<String>,
}

/// One of the person's own milestones.
#[derive(Clone, Debug, PartialEq, uniffi::Enum)]
pub enum PersonalMilestone {
    /// A number of clean days, 1 to 36,525.
    Days {
        /// The day count.
        days: u32,
    },
    /// A date, "YYYY-MM-DD".
    Date {
        /// The date.
        date: String,
    },
}

/// A journey.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Journey {
    /// Its id.
    pub id: String,
    /// What it is about.
    pub substance: String,
    /// The first clean date.
    pub clean_date: String,
    /// The time on that date, if given.
    pub clean_time: Option<String>,
    /// The person's own milestones.
    pub personal_milestones: Vec<PersonalMilestone>,
}

/// A recorded use.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct UseEntry {
    /// Its id, for editing or deleting.
    pub id: String,
    /// The journey it belongs to.
    pub journey_id: String,
    /// The use.
    pub event: UseEvent,
    /// When it was recorded.
    pub recorded_at: SystemTime,
}

/// What happened to a use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum AuditChange {
    /// It was edited.
    Edited,
    /// It was deleted.
    Deleted,
}

/// An edit or deletion, with the use as it was.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct AuditEntry {
    /// The use.
    pub use_id: String,
    /// Edit or deletion.
    pub change: AuditChange,
    /// When.
    pub at: SystemTime,
    /// The use before the change.
    pub previous: UseEvent,
}

/// Everything that happened on a journey, newest first.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct History {
    /// The journey.
    pub journey: Journey,
    /// The current streak's clean date.
    pub current_streak_start: String,
    /// Every ended streak.
    pub past_streaks: Vec<PastStreak>,
    /// Every use.
    pub uses: Vec<UseEntry>,
    /// Every edit and deletion.
    pub audit: Vec<AuditEntry>,
    /// Ids of records that could not be opened.
    pub damaged_records: Vec<String>,
}

/// What recording a use returns.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct UseRecorded {
    /// The new use's id.
    pub id: String,
    /// The days of the streak it ended.
    pub clean_days_before: u32,
    /// After 3 or more clean days: lower tolerance, never alone, naloxone, one-tap calls.
    pub safety_card: Option<super::SafetyCard>,
}

impl From<core_journal::UseKind> for UseKind {
    fn from(kind: core_journal::UseKind) -> Self {
        match kind {
            core_journal::UseKind::Lapse => UseKind::Lapse,
            core_journal::UseKind::Relapse => UseKind::Relapse,
        }
    }
}

impl From<UseKind> for core_journal::UseKind {
    fn from(kind: UseKind) -> Self {
        match kind {
            UseKind::Lapse => core_journal::UseKind::Lapse,
            UseKind::Relapse => core_journal::UseKind::Relapse,
        }
    }
}

impl From<core_journal::UseEvent> for UseEvent {
    fn from(event: core_journal::UseEvent) -> Self {
        UseEvent {
            date: date_text(event.date),
            time: event.time.map(time_text),
            kind: event.kind.into(),
            note: event.note,
            triggers: event.triggers,
        }
    }
}

impl UseEvent {
    pub(crate) fn to_core(&self) -> Result<core_journal::UseEvent, CairnError> {
        Ok(core_journal::UseEvent {
            date: parse_date(&self.date)?,
            time: parse_time(self.time.as_deref())?,
            kind: self.kind.into(),
            note: self.note.clone(),
            triggers: self.triggers.clone(),
        })
    }
}

impl NewJourney {
    pub(crate) fn to_core(&self) -> Result<core_companion::NewJourney, CairnError> {
        Ok(core_companion::NewJourney {
            substance: self.substance.clone(),
            clean_date: parse_date(&self.clean_date)?,
            clean_time: parse_time(self.clean_time.as_deref())?,
        })
    }
}

impl From<core_journal::PersonalMilestone> for PersonalMilestone {
    fn from(milestone: core_journal::PersonalMilestone) -> Self {
        match milestone {
            core_journal::PersonalMilestone::Days(days) => PersonalMilestone::Days { days },
            core_journal::PersonalMilestone::Date(date) => PersonalMilestone::Date {
                date: date_text(date),
            },
        }
    }
}

impl PersonalMilestone {
    pub(crate) fn to_core(&self) -> Result<core_journal::PersonalMilestone, CairnError> {
        Ok(match self {
            PersonalMilestone::Days { days } => core_journal::PersonalMilestone::Days(*days),
            PersonalMilestone::Date { date } => {
                core_journal::PersonalMilestone::Date(parse_date(date)?)
            }
        })
    }
}

impl From<core_companion::JourneyView> for Journey {
    fn from(view: core_companion::JourneyView) -> Self {
        Journey {
            id: view.id.to_string(),
            substance: view.substance,
            clean_date: date_text(view.clean_date),
            clean_time: view.clean_time.map(time_text),
            personal_milestones: view
                .personal_milestones
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl From<core_companion::History> for History {
    fn from(history: core_companion::History) -> Self {
        History {
            journey: history.journey.into(),
            current_streak_start: date_text(history.current_streak_start),
            past_streaks: history.past_streaks.into_iter().map(Into::into).collect(),
            uses: history
                .uses
                .into_iter()
                .map(|entry| UseEntry {
                    id: entry.id.to_string(),
                    journey_id: entry.journey_id.to_string(),
                    event: entry.event.into(),
                    recorded_at: system_time(entry.recorded_at),
                })
                .collect(),
            audit: history
                .audit
                .into_iter()
                .map(|entry| AuditEntry {
                    use_id: entry.use_id.to_string(),
                    change: match entry.change {
                        core_companion::records::AuditChange::Edited => AuditChange::Edited,
                        core_companion::records::AuditChange::Deleted => AuditChange::Deleted,
                    },
                    at: system_time(entry.at),
                    previous: entry.previous.into(),
                })
                .collect(),
            damaged_records: ids(history.damaged_records),
        }
    }
}

impl From<core_companion::UseRecorded> for UseRecorded {
    fn from(recorded: core_companion::UseRecorded) -> Self {
        UseRecorded {
            id: recorded.id.to_string(),
            clean_days_before: recorded.clean_days_before,
            safety_card: recorded.safety_card.map(Into::into),
        }
    }
}
