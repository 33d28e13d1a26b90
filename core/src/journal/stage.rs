//! The four stages of recovery, and how far the current streak is from the next one.
//!
//! The stages come from the seed article "Heroin Rehab – 4 Steps To Recovery": initiation (the
//! first days: withdrawal, ambivalence, and turning a decision into commitment), abstinence (often
//! the hardest stretch: withdrawal, cravings and triggers, while learning coping skills),
//! maintained abstinence ("once a patient had completed their first 90 days", "until the
//! individual has reached the five-year mark") and advanced recovery ("after an individual has
//! obtained five years of abstinence"). The article's list once calls the last one "Continued
//! Recovery"; its own heading, and Cairn, call it advanced recovery. The brief fixes initiation
//! at the first 7 clean days.
//!
//! Boundaries are counted in *completed* clean days of the current streak, so they do not depend
//! on [`DayCounting`](super::model::DayCounting): with clean date `S`, abstinence starts on
//! `S + 7` (after the 7 dates `S..S+7`), maintained abstinence on `S + 90`, and advanced recovery
//! on `S` plus 5 calendar years (clamped to the month's end: a streak from 2024-02-29 reaches it
//! on 2029-02-28). With day 0 counting these are exactly the "7 days" and "90 days" milestone
//! dates; with day 1 counting the stage changes the day after the count shows 7 or 90.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::{self, CalendarSpan};
use crate::text::Catalogue;

/// A stage of recovery. Ordered: a later stage compares greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The first 7 clean days: withdrawal and commitment.
    Initiation,
    /// From day 7 to 90 days clean.
    Abstinence,
    /// From 90 days to 5 years clean.
    MaintainedAbstinence,
    /// Five years clean and beyond.
    AdvancedRecovery,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 4] = [
        Self::Initiation,
        Self::Abstinence,
        Self::MaintainedAbstinence,
        Self::AdvancedRecovery,
    ];

    /// The stage's name in the language of `text`, e.g. "Maintained abstinence".
    pub fn label(self, text: &Catalogue) -> String {
        text.text(match self {
            Self::Initiation => "stage-initiation",
            Self::Abstinence => "stage-abstinence",
            Self::MaintainedAbstinence => "stage-maintained-abstinence",
            Self::AdvancedRecovery => "stage-advanced-recovery",
        })
    }

    /// One sentence on what the stage is about, after the seed article, in the language of
    /// `text`.
    pub fn description(self, text: &Catalogue) -> String {
        text.text(match self {
            Self::Initiation => "stage-initiation-about",
            Self::Abstinence => "stage-abstinence-about",
            Self::MaintainedAbstinence => "stage-maintained-abstinence-about",
            Self::AdvancedRecovery => "stage-advanced-recovery-about",
        })
    }

    /// The stage after this one, if any.
    pub fn next(self) -> Option<Stage> {
        match self {
            Self::Initiation => Some(Self::Abstinence),
            Self::Abstinence => Some(Self::MaintainedAbstinence),
            Self::MaintainedAbstinence => Some(Self::AdvancedRecovery),
            Self::AdvancedRecovery => None,
        }
    }

    /// The date this stage begins for a streak whose clean date is `streak_start`.
    pub fn starts_on(self, streak_start: NaiveDate) -> NaiveDate {
        match self {
            Self::Initiation => streak_start,
            Self::Abstinence => calendar::add_span(streak_start, CalendarSpan::Days(7)),
            Self::MaintainedAbstinence => calendar::add_span(streak_start, CalendarSpan::Days(90)),
            Self::AdvancedRecovery => calendar::add_span(streak_start, CalendarSpan::Years(5)),
        }
    }
}

/// Where the current streak stands among the stages.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StageProgress {
    /// The stage today.
    pub stage: Stage,
    /// The date the current stage began (for initiation, the streak's clean date).
    pub stage_started: NaiveDate,
    /// The next stage, `None` in advanced recovery.
    pub next_stage: Option<Stage>,
    /// The date the next stage begins.
    pub next_stage_starts: Option<NaiveDate>,
    /// Calendar days from today to that date (at least 1 while there is a next stage).
    pub days_left: Option<u32>,
    /// How far through the current stage today is, 0.0..=1.0: days since the stage began over
    /// the stage's length in days. Advanced recovery has no end and reports 1.0.
    pub progress: f64,
}

/// The stage of a streak whose clean date is `streak_start`, as of `today` (both local dates in
/// the person's current zone). A streak that has not begun yet (its clean date is tomorrow, after
/// a use today) is at the very start of initiation.
pub fn stage_progress(streak_start: NaiveDate, today: NaiveDate) -> StageProgress {
    // The last stage whose start date has come; initiation if none has (start in the future).
    let stage = Stage::ALL
        .into_iter()
        .rev()
        .find(|stage| stage.starts_on(streak_start) <= today)
        .unwrap_or(Stage::Initiation);
    let stage_started = stage.starts_on(streak_start);
    let next_stage = stage.next();
    let next_stage_starts = next_stage.map(|next| next.starts_on(streak_start));

    let (days_left, progress) = match next_stage_starts {
        None => (None, 1.0),
        Some(next_start) => {
            let length = calendar::days_between(stage_started, next_start);
            let done = calendar::days_between(stage_started, today).clamp(0, length);
            let left = calendar::days_between(today, next_start).max(0);
            // `length` is at least 7 for every stage that has a successor.
            let progress = if length > 0 {
                done as f64 / length as f64
            } else {
                1.0
            };
            (
                Some(u32::try_from(left).unwrap_or(u32::MAX)),
                progress.clamp(0.0, 1.0),
            )
        }
    };
    StageProgress {
        stage,
        stage_started,
        next_stage,
        next_stage_starts,
        days_left,
        progress,
    }
}
