//! The daily pledge ("Just for today") through the facade: make today's (or a back-dated
//! day's), and read the pledges with their evening answers and the pledge streak.
//!
//! A pledge is keyed by its local date, found by a keyed hash like a check-in. Pledging a day
//! that already has one writes nothing and says so (`already_pledged`): a double tap or a
//! retry is not an error, and the store stays byte-identical, even on a full disk. The evening
//! answer lives in that day's check-in (`pledge_kept`, checked in
//! [`Companion::check_in`](super::Companion::check_in)), so it is read from there.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::Companion;
use super::records::{CheckInRecord, PledgeRecord};
use crate::error::{Error, Result};
use crate::pledge::{self, PledgeStreak};
use crate::store::Reader;

/// What making a pledge returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PledgeRecorded {
    /// The local day it is for.
    pub date: NaiveDate,
    /// Whether that day already had a pledge; then nothing was written.
    pub already_pledged: bool,
    /// When that day's pledge was made (the first time, when it already had one).
    pub pledged_at: DateTime<Utc>,
    /// The pledge streak now.
    pub streak: PledgeStreak,
}

/// One day's pledge and how the day went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PledgeDay {
    /// The local day it is for.
    pub date: NaiveDate,
    /// When it was made.
    pub pledged_at: DateTime<Utc>,
    /// The evening check-in's answer: kept, not kept, or not answered (`None`).
    pub kept: Option<bool>,
}

/// Every pledge and the streak they make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Pledges {
    /// The pledge streak now.
    pub streak: PledgeStreak,
    /// Every pledge, newest first.
    pub days: Vec<PledgeDay>,
}

/// The date of every pledge, in no particular order.
pub(super) fn pledge_dates_in(reader: &Reader<'_>) -> Result<Vec<NaiveDate>> {
    Ok(reader
        .list::<PledgeRecord>()?
        .records
        .iter()
        .map(|stored| stored.value.date)
        .collect())
}

/// Whether `date` has a pledge.
pub(super) fn pledged_on(reader: &Reader<'_>, date: NaiveDate) -> Result<bool> {
    Ok(reader
        .find::<PledgeRecord>(date.to_string().as_bytes())?
        .is_some())
}

impl Companion {
    /// Makes the pledge of `date` (today in the person's zone when `None`). A date after today
    /// or before 1900 is `InvalidInput { field: "date" }`. Pledging a day that already has one
    /// changes nothing and returns `already_pledged`.
    pub fn pledge(
        &mut self,
        date: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<PledgeRecorded> {
        let zone = self.zone()?;
        let date = pledge::pledge_date(date, now, zone)?;
        let key = date.to_string();
        let find = |reader: &Reader<'_>| reader.find::<PledgeRecord>(key.as_bytes());
        let (already_pledged, pledged_at) = match self.store.read(find)? {
            Some(stored) => (true, stored.value.pledged_at),
            None => {
                let record = PledgeRecord {
                    date,
                    pledged_at: now,
                };
                match self.store.write(|writer| writer.insert(&record)) {
                    Ok(_) => (false, now),
                    // Another process pledged that day between the read and the write.
                    Err(Error::AlreadyExists { .. }) => {
                        let stored = self.store.read(find)?.ok_or(Error::NotFound {
                            what: "pledge for that day",
                        })?;
                        (true, stored.value.pledged_at)
                    }
                    Err(other) => return Err(other),
                }
            }
        };
        let dates = self.store.read(pledge_dates_in)?;
        Ok(PledgeRecorded {
            date,
            already_pledged,
            pledged_at,
            streak: pledge::pledge_streak(&dates, now, zone),
        })
    }

    /// The pledge streak as of `now` in the person's zone.
    pub fn pledge_streak(&self, now: DateTime<Utc>) -> Result<PledgeStreak> {
        let zone = self.zone()?;
        let dates = self.store.read(pledge_dates_in)?;
        Ok(pledge::pledge_streak(&dates, now, zone))
    }

    /// Every pledge, newest first, with the evening check-in's answer, and the streak.
    pub fn pledges(&self, now: DateTime<Utc>) -> Result<Pledges> {
        let zone = self.zone()?;
        let (pledges, answers) = self.store.read(|reader| {
            let pledges = reader.list::<PledgeRecord>()?.records;
            let answers: BTreeMap<NaiveDate, bool> = reader
                .list::<CheckInRecord>()?
                .records
                .into_iter()
                .filter_map(|stored| {
                    let checkin = stored.value.checkin;
                    checkin.pledge_kept.map(|kept| (checkin.date, kept))
                })
                .collect();
            Ok((pledges, answers))
        })?;
        let mut days: Vec<PledgeDay> = pledges
            .into_iter()
            .map(|stored| PledgeDay {
                date: stored.value.date,
                pledged_at: stored.value.pledged_at,
                kept: answers.get(&stored.value.date).copied(),
            })
            .collect();
        days.sort_by_key(|day| std::cmp::Reverse(day.date));
        let dates: Vec<NaiveDate> = days.iter().map(|day| day.date).collect();
        Ok(Pledges {
            streak: pledge::pledge_streak(&dates, now, zone),
            days,
        })
    }
}
