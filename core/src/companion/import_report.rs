//! What importing another app's export returns: counts, one line per substance, and notices.
//!
//! A person who brings 600 days from Quitter or Sobriety must be able to see what Cairn made of
//! them before trusting the count: which journeys were added (or were there from an earlier
//! import), the clean date Cairn counts from and the other app's own lengths beside Cairn's,
//! what was rounded, rebuilt, skipped or read in which zone. These are views (plain values the
//! shells render); the notices carry counts and indexes, never text from the file, except the
//! substance names of [`ImportedJourneyReport`], which are the person's own and shown to them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::id::RecordId;
use crate::import_from::{ImportWarning, JourneyStatus, Source};
use crate::money::MoneyAmount;

/// Which app wrote the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ImportSource {
    /// Quitter (brandonp2412/Quitter): its settings page's "export data".
    Quitter,
    /// Sobriety (KiARC/Sobriety) or its fork syfre.
    Sobriety,
}

impl From<ImportSource> for Source {
    fn from(source: ImportSource) -> Self {
        match source {
            ImportSource::Quitter => Source::Quitter,
            ImportSource::Sobriety => Source::Sobriety,
        }
    }
}

/// Everything an import did.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportReport {
    /// The app the file came from.
    pub source: ImportSource,
    /// The zone the file's times were read in: the store's (the device's, from settings).
    pub time_zone: String,
    /// True when the file's times carried no zone and were taken as local times in
    /// `time_zone` (Quitter); false when they were instants turned into local dates there.
    pub zone_assumed: bool,
    /// Journeys added now.
    pub journeys_added: u32,
    /// Uses added now (each relapse in the other app is a use of kind relapse).
    pub uses_added: u32,
    /// Journal entries added now (notes of the other app).
    pub journal_entries_added: u32,
    /// Journeys added now with a cost or hours per day.
    pub savings_set: u32,
    /// Records found from an earlier import of the same history and not added again.
    pub already_imported: u32,
    /// One per substance in the file, in its order (notices' `journey` indexes this list).
    pub journeys: Vec<ImportedJourneyReport>,
    /// What Cairn noticed and did about it.
    pub notices: Vec<ImportNotice>,
}

/// What became of one substance of the file.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportedJourneyReport {
    /// The journey in Cairn (`None` when it was not added: see `outcome`).
    pub journey_id: Option<RecordId>,
    /// Added now, there from an earlier import, or not yet started.
    pub outcome: ImportOutcome,
    /// Its name, as Cairn keeps it.
    pub substance: String,
    /// Where it stood in the other app.
    pub state: ImportedState,
    /// The first clean date: the journey's clean date in Cairn.
    pub first_clean_date: NaiveDate,
    /// The current streak's clean date by Cairn's rule: the day after the last use.
    pub clean_date: NaiveDate,
    /// The relapses in the file (each a use in Cairn); two on one day are one use day.
    pub relapses: u32,
    /// Of those, the uses added now.
    pub uses_added: u32,
    /// The streaks those uses ended, counted as Cairn counts (clean date to the use's day),
    /// oldest first.
    pub past_streak_days: Vec<u32>,
    /// The other app's own length of each ended attempt, in its own counting, oldest first
    /// (Quitter counts the quit day and the reset day; Sobriety whole 24-hour days).
    pub source_lengths: Vec<u32>,
    /// True when the uses' dates were rebuilt from lengths (Quitter keeps no dates).
    pub rebuilt_dates: bool,
    /// The cost per day kept (rounded to the currency's places), if any.
    pub cost_per_day: Option<MoneyAmount>,
    /// The hours per day kept, if any.
    pub hours_per_day: Option<f64>,
}

/// What became of a substance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ImportOutcome {
    /// Added now as a new journey.
    Added,
    /// An earlier import of this history added it; only what was missing was added to it.
    AlreadyImported,
    /// Planned in the other app to begin later than today: not added (import again once the day
    /// has come).
    NotYetStarted,
}

/// Where a substance stood in the other app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ImportedState {
    /// Counting clean time.
    Ongoing,
    /// The person had stopped counting (Sobriety's "stop"): the stop is the last use.
    Stopped,
    /// Planned to begin at a later time (Sobriety's "future").
    Planned,
}

impl From<JourneyStatus> for ImportedState {
    fn from(status: JourneyStatus) -> Self {
        match status {
            JourneyStatus::Ongoing => Self::Ongoing,
            JourneyStatus::Stopped => Self::Stopped,
            JourneyStatus::Planned => Self::Planned,
        }
    }
}

/// Why a cost per day in the file was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum CostNotKeptReason {
    /// Money of no single currency ("$") and no region with a usual currency in settings.
    NoCurrency,
    /// Less than the currency's smallest unit.
    RoundsToZero,
    /// A million or more a day.
    TooLarge,
}

/// Something the import noticed, and what it did. Counts, indexes into
/// [`ImportReport::journeys`] and fixed words only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportNotice {
    /// The zone every date and time of the file was read in; `times_without_zone` when the
    /// file's times had none and were taken as local times there.
    ZoneUsed {
        /// The IANA zone.
        zone: String,
        /// True for Quitter.
        times_without_zone: bool,
    },
    /// Text damaged by Quitter's phone export: `replaced` characters became U+FFFD, and names
    /// and notes with other than plain ASCII may hold wrong letters.
    TextDamaged {
        /// Characters replaced.
        replaced: u32,
    },
    /// The dates of a journey's uses were rebuilt from the lengths of its attempts.
    DatesRebuilt {
        /// Index into the journeys.
        journey: u32,
    },
    /// Cairn counts a journey's ended streaks differently from the other app (a relapse on day
    /// R makes the clean date R + 1): both counts are in the journey's line.
    CountsDiffer {
        /// Index into the journeys.
        journey: u32,
    },
    /// A cost per day had more decimal places than its currency and was rounded half to even.
    MoneyRounded {
        /// Index into the journeys.
        journey: u32,
    },
    /// A cost per day was not kept.
    CostNotKept {
        /// Index into the journeys.
        journey: u32,
        /// Why.
        reason: CostNotKeptReason,
    },
    /// Time per day was not a whole number of hundredths of an hour and was rounded.
    HoursRounded {
        /// Index into the journeys.
        journey: u32,
    },
    /// Daily savings that are not money (cigarettes) have no place in Cairn and were left out.
    OtherSavingsNotKept {
        /// Index into the journeys.
        journey: u32,
        /// How many.
        count: u32,
    },
    /// A substance more than one currency was saved in: only the first is the cost per day.
    SeveralCurrencies {
        /// Index into the journeys.
        journey: u32,
    },
    /// The person had stopped counting this substance in the other app; Cairn has no such
    /// state, so the stop is the journey's last use and clean time counts from the day after.
    StoppedInOtherApp {
        /// Index into the journeys.
        journey: u32,
    },
    /// Spans the other app did not track (stopped, then started again): both ends are uses,
    /// the days between count as clean in Cairn.
    UntrackedSpans {
        /// Index into the journeys.
        journey: u32,
        /// How many.
        count: u32,
    },
    /// Planned to begin after today: not added.
    NotYetStarted {
        /// Index into the journeys.
        journey: u32,
    },
    /// Notes dated after today (Quitter's journal allows them) were left out.
    NotesAhead {
        /// How many.
        count: u32,
    },
    /// Notes longer than a journal entry may be were kept as several entries.
    NotesSplit {
        /// How many notes.
        count: u32,
    },
    /// Lengths kept for substances no longer tracked were left out.
    LengthsWithoutSubstance {
        /// How many substances.
        count: u32,
    },
    /// Substances that never began were left out.
    NeverStarted {
        /// How many.
        count: u32,
    },
    /// Names longer than 60 characters were shortened.
    NamesShortened {
        /// How many.
        count: u32,
    },
    /// A field of an older version of the app was ignored, as the app ignores it.
    LegacyFieldIgnored {
        /// The field's name in the file.
        field: String,
    },
}

/// A count or index for the report (they are bounded far below `u32::MAX` by the readers).
pub(super) fn count(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

impl From<&ImportWarning> for ImportNotice {
    fn from(warning: &ImportWarning) -> Self {
        match *warning {
            ImportWarning::TextDamaged { replaced } => Self::TextDamaged {
                replaced: count(replaced),
            },
            ImportWarning::DatesRebuilt { journey } => Self::DatesRebuilt {
                journey: count(journey),
            },
            ImportWarning::LengthsWithoutSubstance { count: n } => {
                Self::LengthsWithoutSubstance { count: count(n) }
            }
            ImportWarning::NeverStarted { count: n } => Self::NeverStarted { count: count(n) },
            ImportWarning::NamesShortened { count: n } => Self::NamesShortened { count: count(n) },
            ImportWarning::SeveralCurrencies { journey } => Self::SeveralCurrencies {
                journey: count(journey),
            },
            ImportWarning::LegacyFieldIgnored { field } => Self::LegacyFieldIgnored {
                field: field.to_owned(),
            },
        }
    }
}
