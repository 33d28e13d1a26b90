//! `cairn pledge`: "Just for today", the one-tap daily pledge, and its line in `status`.
//!
//! Its own module because the pledge is its own habit with its own streak, apart from clean
//! time and from check-ins; the evening answer is a flag of `cairn checkin`.

use cairn_core::calendar::parse_date;
use cairn_core::pledge::PledgeStreak;
use serde_json::json;

use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};

/// `cairn pledge [--date D]`. Pledging a day that already has one changes nothing and says so;
/// it is not an error.
pub fn pledge(context: &Context, date: Option<&str>) -> Result<(), CliError> {
    let date = date.map(parse_date).transpose()?;
    let mut companion = context.open()?;
    let recorded = companion.pledge(date, context.now)?;
    let value = json!({
        "date": recorded.date,
        "already_pledged": recorded.already_pledged,
        "pledged_at": recorded.pledged_at,
        "pledge_streak_days": recorded.streak.current_days,
        "pledged_today": recorded.streak.pledged_today,
        "pledge_streak": recorded.streak,
    });
    emit(context.json, &value, || {
        f(
            if recorded.already_pledged {
                "pledge-already"
            } else {
                "pledge-made"
            },
            &[
                ("date", (&recorded.date.to_string()).into()),
                ("streak", recorded.streak.current_days.into()),
            ],
        )
    })
}

/// The pledge's line in `cairn status`: made today, still open with a streak until yesterday,
/// or an invitation when there is no streak to keep.
pub(crate) fn status_line(streak: &PledgeStreak) -> String {
    let days = [("streak", streak.current_days.into())];
    match (streak.pledged_today, streak.current_days) {
        (true, _) => f("status-pledge-made", &days),
        (false, 0) => t("status-pledge-none"),
        (false, _) => f("status-pledge-open", &days),
    }
}
