//! The recovery journal's rules: from a journey and its recorded uses to streaks, stages and
//! milestones.
//!
//! Split in one idea per module: [`model`] holds the records and their validation, [`streak`]
//! derives the continuous streak and the cumulative measures, [`stage`] places a streak among the
//! four stages of recovery, [`milestone`] dates the milestones of the current streak, and
//! [`savings`] turns the clean days into money and hours not spent. All of them are pure
//! functions of records, `now` and the person's current zone, with no storage in sight, so every
//! rule is tested deterministically; calendar arithmetic lives in [`crate::calendar`], exact
//! money in [`crate::money`].

pub mod clean_time;
pub mod milestone;
pub mod model;
pub mod savings;
pub mod stage;
pub mod streak;

#[cfg(test)]
mod tests;

pub use clean_time::{CleanTime, clean_time};
pub use milestone::{
    Milestone, MilestoneSet, PersonalMilestone, milestones, newly_reached, next_milestone,
};
pub use model::{DayCounting, Journey, UseEvent, UseKind, validate_journey, validate_use};
pub use savings::{HoursPerDay, Savings, daily_cost, savings};
pub use stage::{Stage, StageProgress, stage_progress};
pub use streak::{CleanShare, Elapsed, PastStreak, StreakSummary, summarize};
