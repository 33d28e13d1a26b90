//! Daily check-ins and insights through the facade.
//!
//! A check-in is keyed by its local date (one per day, found by a keyed hash). Saying "used"
//! records a use in the journal in the same transaction, and may return the safety card. Its
//! answer about the day's pledge is only taken for a day that has one.
//! Insights are computed from every check-in, the journal and the circle, as of `now` in the
//! person's zone; any reach-out signal comes with the person's own reasons to stay clean.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::Companion;
use super::circle::{count_in_check_in, reach_outs_on};
use super::journal::{load, record_use_in};
use super::pledge::pledged_on;
use super::prevention_plan::reasons_in;
use super::records::{CheckInDate, CheckInRecord};
use super::views::UseRecorded;
use crate::checkin::{self, CheckIn, CheckInStreak};
use crate::contact::CallAction;
use crate::error::{Error, Result};
use crate::insight::{self, Averages, Signal, TopTags};
use crate::journal::{UseEvent, UseKind};
use crate::safety::SafetyCard;
use crate::store::Reader;

/// What recording a check-in returns.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckInRecorded {
    /// The day it is for.
    pub date: NaiveDate,
    /// Whether it replaced that day's earlier check-in.
    pub replaced: bool,
    /// The use it recorded, when it said "used" (and the day's earlier check-in did not).
    pub use_recorded: Option<UseRecorded>,
    /// The safety card, when that use followed 3 or more clean days.
    pub safety_card: Option<SafetyCard>,
    /// The check-in streak now.
    pub checkin_streak: CheckInStreak,
}

/// What the check-ins give back.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Insights {
    /// Consecutive days with a check-in (apart from the clean streak).
    pub checkin_streak: CheckInStreak,
    /// 7- and 30-day averages and trends of mood and craving.
    pub averages: Averages,
    /// The most frequent triggers and helpful actions over 30 days.
    pub top_tags: TopTags,
    /// Reasons to reach out now, each in plain words, most urgent first.
    pub signals: Vec<Signal>,
    /// The action behind "reach out" (the first of the chain), offered with any signal.
    pub reach_out: Option<CallAction>,
    /// The person's own reasons to stay clean, offered with any signal beside the reach-out
    /// action (empty when there is no signal, or no reason written).
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    pub reasons: Vec<String>,
}

fn checkins_in(reader: &Reader<'_>) -> Result<Vec<CheckIn>> {
    let mut checkins: Vec<CheckIn> = reader
        .list::<CheckInRecord>()?
        .records
        .into_iter()
        .map(|stored| stored.value.checkin)
        .collect();
    checkins.sort_by_key(|checkin| std::cmp::Reverse(checkin.date));
    Ok(checkins)
}

/// The date of every check-in, newest first, without decoding the rest of them.
pub(super) fn checkin_dates_in(reader: &Reader<'_>) -> Result<Vec<NaiveDate>> {
    let mut dates: Vec<NaiveDate> = reader
        .list_as::<CheckInRecord, CheckInDate>()?
        .records
        .iter()
        .map(|stored| stored.value.date())
        .collect();
    dates.sort_by_key(|date| std::cmp::Reverse(*date));
    Ok(dates)
}

impl Companion {
    /// Records the check-in of its date. A second one for the same day is refused unless
    /// `replace` is set; "used" records a use of `use_kind` (the first time that day says so)
    /// on the first journey. An answer about the day's pledge needs a pledge that day
    /// (`InvalidInput { field: "pledge_kept" }` otherwise).
    pub fn check_in(
        &mut self,
        checkin: CheckIn,
        use_kind: UseKind,
        replace: bool,
        now: DateTime<Utc>,
    ) -> Result<CheckInRecorded> {
        let zone = self.zone()?;
        let checkin = checkin::prepare_checkin(checkin, now, zone)?;
        let date = checkin.date;
        let (replaced, use_recorded) = self.store.write(|writer| {
            let existing = writer.find::<CheckInRecord>(date.to_string().as_bytes())?;
            if existing.is_some() && !replace {
                return Err(Error::AlreadyExists {
                    what: "check-in for that day",
                });
            }
            if checkin.pledge_kept.is_some() && !pledged_on(writer, date)? {
                return Err(Error::invalid("pledge_kept", "no pledge that day"));
            }
            let already_used = existing
                .as_ref()
                .is_some_and(|stored| stored.value.checkin.used);
            let use_recorded = if checkin.used && !already_used {
                let mut event = UseEvent::new(date, use_kind);
                event.triggers = checkin
                    .triggers
                    .iter()
                    .map(|t| t.key().to_owned())
                    .collect();
                Some(record_use_in(writer, None, event, now)?)
            } else {
                None
            };
            let record = CheckInRecord {
                recorded_at: existing
                    .as_ref()
                    .map_or(now, |stored| stored.value.recorded_at),
                checkin: checkin.clone(),
            };
            match &existing {
                Some(stored) => writer.update(stored.id, &record).map(drop)?,
                None => writer.insert(&record).map(drop)?,
            }
            for action in reach_outs_on(writer, date, zone)? {
                count_in_check_in(writer, date, action)?;
            }
            Ok((existing.is_some(), use_recorded))
        })?;
        let dates = self.store.read(checkin_dates_in)?;
        Ok(CheckInRecorded {
            date,
            replaced,
            safety_card: use_recorded
                .as_ref()
                .and_then(|used| used.safety_card.clone()),
            use_recorded,
            checkin_streak: checkin::checkin_streak(&dates, now, zone),
        })
    }

    /// Every check-in, newest first.
    pub fn checkins(&self) -> Result<Vec<CheckIn>> {
        self.store.read(checkins_in)
    }

    /// Averages, trends, frequent triggers and helpful actions, and reach-out signals.
    pub fn insights(&self, now: DateTime<Utc>) -> Result<Insights> {
        let settings = self.settings()?;
        let zone = crate::calendar::parse_time_zone(&settings.time_zone)?;
        // One read: every typed listing opens every row (kinds are sealed), so the check-ins
        // and the first journey's records are loaded once, not again through `status`.
        let (checkins, journal, reasons) = self.store.read(|reader| {
            let journal = match load(reader, None) {
                Ok(loaded) => Some(loaded),
                // No journey yet: no streak, and no uses (a use belongs to a journey).
                Err(Error::NotFound { what: "journey" }) => None,
                Err(other) => return Err(other),
            };
            Ok((checkins_in(reader)?, journal, reasons_in(reader)?))
        })?;
        let streak_days = journal
            .as_ref()
            .map(|loaded| loaded.summary(now).current_days);
        let use_dates = journal
            .map(|loaded| loaded.all_use_dates)
            .unwrap_or_default();
        let dates: Vec<NaiveDate> = checkins.iter().map(|c| c.date).collect();
        let signals = insight::reach_out_signals(
            &checkins,
            streak_days,
            &use_dates,
            now,
            zone,
            crate::text::messages(settings.language),
        );
        let (reach_out, reasons) = if signals.is_empty() {
            (None, Vec::new())
        } else {
            (Some(self.reach_out_action()?), reasons)
        };
        Ok(Insights {
            checkin_streak: checkin::checkin_streak(&dates, now, zone),
            averages: insight::averages(&checkins, now, zone),
            top_tags: insight::top_tags(&checkins, now, zone),
            signals,
            reach_out,
            reasons,
        })
    }
}
