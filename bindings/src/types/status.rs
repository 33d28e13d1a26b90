//! The Today view as the shells see it: streaks, stages and milestones.

use std::time::SystemTime;

use cairn_core::companion as core_companion;
use cairn_core::journal as core_journal;

use super::journal::{Journey, UseKind};
use super::{date_text, ids, system_time};

/// Time clean in the first days.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Elapsed {
    /// The instant the count runs from.
    pub since: SystemTime,
    /// Whole hours.
    pub hours: u32,
    /// Minutes past those hours.
    pub minutes: u32,
}

/// Clean days over a recent window.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CleanShare {
    /// 30, 90 or 365.
    pub window_days: u32,
    /// Days of the window since the journey began.
    pub counted_days: u32,
    /// Of those, days without a use.
    pub clean_days: u32,
    /// `clean_days / counted_days`, 0 to 1.
    pub share: f64,
}

/// A streak that a use ended.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct PastStreak {
    /// Its clean date.
    pub start: String,
    /// The date of the use that ended it.
    pub end: String,
    /// Its clean days.
    pub days: u32,
    /// Lapse or relapse.
    pub ended_by: UseKind,
}

/// Streaks and cumulative measures.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct StreakSummary {
    /// Today in the person's zone.
    pub today: String,
    /// The current streak's clean date.
    pub current_start: String,
    /// Days clean in the current streak.
    pub current_days: u32,
    /// Hours and minutes while under 3 days.
    pub elapsed: Option<Elapsed>,
    /// The longest streak, in days.
    pub longest_days: u32,
    /// Streaks begun.
    pub attempts: u32,
    /// The journey's first clean date.
    pub first_clean_date: String,
    /// Days since the first clean date.
    pub days_since_first_clean_date: u32,
    /// Clean days since the first clean date.
    pub total_clean_days: u32,
    /// Over the last 30 days.
    pub share_30: CleanShare,
    /// Over the last 90 days.
    pub share_90: CleanShare,
    /// Over the last 365 days.
    pub share_365: CleanShare,
    /// Every ended streak, newest first.
    pub past_streaks: Vec<PastStreak>,
}

/// The four stages of recovery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum Stage {
    /// The first 7 clean days: withdrawal and commitment.
    Initiation,
    /// To 90 days.
    Abstinence,
    /// 90 days to 5 years.
    MaintainedAbstinence,
    /// 5 years and beyond.
    AdvancedRecovery,
}

/// Where the current streak stands among the stages.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct StageProgress {
    /// The stage today.
    pub stage: Stage,
    /// When it began.
    pub stage_started: String,
    /// The next stage, if any.
    pub next_stage: Option<Stage>,
    /// When the next stage begins.
    pub next_stage_starts: Option<String>,
    /// Days until then.
    pub days_left: Option<u32>,
    /// How far through the current stage, 0 to 1.
    pub progress: f64,
}

/// A milestone of the current streak.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Milestone {
    /// A stable key ("days:30", "months:6", "years:2", "date:2027-01-01").
    pub key: String,
    /// What to show ("30 days", "1 year").
    pub label: String,
    /// The local date it is reached.
    pub date: String,
    /// Days until then; 0 once reached.
    pub days_left: u32,
    /// Whether it is reached.
    pub reached: bool,
}

/// The Today view of a journey.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct JourneyStatus {
    /// The journey.
    pub journey: Journey,
    /// The zone the counts were made in.
    pub time_zone: String,
    /// Streaks and cumulative measures.
    pub streak: StreakSummary,
    /// The stage.
    pub stage: StageProgress,
    /// The next milestone, if any.
    pub next_milestone: Option<Milestone>,
    /// Ids of records that could not be opened (left out of the figures).
    pub damaged_records: Vec<String>,
}

impl From<core_journal::CleanShare> for CleanShare {
    fn from(share: core_journal::CleanShare) -> Self {
        CleanShare {
            window_days: share.window_days,
            counted_days: share.counted_days,
            clean_days: share.clean_days,
            share: share.share,
        }
    }
}

impl From<core_journal::PastStreak> for PastStreak {
    fn from(streak: core_journal::PastStreak) -> Self {
        PastStreak {
            start: date_text(streak.start),
            end: date_text(streak.end),
            days: streak.days,
            ended_by: streak.ended_by.into(),
        }
    }
}

impl From<core_journal::StreakSummary> for StreakSummary {
    fn from(summary: core_journal::StreakSummary) -> Self {
        StreakSummary {
            today: date_text(summary.today),
            current_start: date_text(summary.current_start),
            current_days: summary.current_days,
            elapsed: summary.elapsed.map(|elapsed| Elapsed {
                since: system_time(elapsed.since),
                hours: elapsed.hours,
                minutes: elapsed.minutes,
            }),
            longest_days: summary.longest_days,
            attempts: summary.attempts,
            first_clean_date: date_text(summary.first_clean_date),
            days_since_first_clean_date: summary.days_since_first_clean_date,
            total_clean_days: summary.total_clean_days,
            share_30: summary.share_30.into(),
            share_90: summary.share_90.into(),
            share_365: summary.share_365.into(),
            past_streaks: summary.past_streaks.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<core_journal::Stage> for Stage {
    fn from(stage: core_journal::Stage) -> Self {
        match stage {
            core_journal::Stage::Initiation => Stage::Initiation,
            core_journal::Stage::Abstinence => Stage::Abstinence,
            core_journal::Stage::MaintainedAbstinence => Stage::MaintainedAbstinence,
            core_journal::Stage::AdvancedRecovery => Stage::AdvancedRecovery,
        }
    }
}

impl From<core_journal::StageProgress> for StageProgress {
    fn from(progress: core_journal::StageProgress) -> Self {
        StageProgress {
            stage: progress.stage.into(),
            stage_started: date_text(progress.stage_started),
            next_stage: progress.next_stage.map(Into::into),
            next_stage_starts: progress.next_stage_starts.map(date_text),
            days_left: progress.days_left,
            progress: progress.progress,
        }
    }
}

impl From<core_journal::Milestone> for Milestone {
    fn from(milestone: core_journal::Milestone) -> Self {
        Milestone {
            key: milestone.key,
            label: milestone.label,
            date: date_text(milestone.date),
            days_left: milestone.days_left,
            reached: milestone.reached,
        }
    }
}

impl From<core_companion::JourneyStatus> for JourneyStatus {
    fn from(status: core_companion::JourneyStatus) -> Self {
        JourneyStatus {
            journey: status.journey.into(),
            time_zone: status.time_zone,
            streak: status.streak.into(),
            stage: status.stage.into(),
            next_milestone: status.next_milestone.map(Into::into),
            damaged_records: ids(status.damaged_records),
        }
    }
}
