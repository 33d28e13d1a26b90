//! What each variant returns, compared across variants before anything is timed: a benchmark
//! whose variants computed different things would compare nothing.

use cairn_core::checkin::CheckIn;
use cairn_core::companion::{History, Insights, JourneyStatus};

/// The Today screen: the first journey's status and the insights.
#[derive(Debug, PartialEq)]
pub struct TodayView {
    /// Streaks, stage and next milestone.
    pub status: JourneyStatus,
    /// Averages, trends, signals and the reach-out action.
    pub insights: Insights,
}

/// The full history: the first journey's and every check-in.
#[derive(Debug, PartialEq)]
pub struct HistoryView {
    /// Streaks, uses and the audit trail.
    pub journey: History,
    /// Every check-in, newest first.
    pub checkins: Vec<CheckIn>,
}
