//! Calendar arithmetic in the user's time zone.
//!
//! Every count Cairn shows ("21 days clean", "next milestone in 9 days") is a count of calendar
//! days in the zone the person is in now, never a number of 86,400,000-millisecond blocks: across
//! a daylight-saving change a day lasts 23 or 25 hours (23.5 or 24.5 on Lord Howe Island), Samoa
//! skipped 30 December 2011 entirely, and a person who flies across the date line changes
//! calendar. So this module keeps two kinds of value apart: instants (`DateTime<Utc>`, for "how
//! long ago" and "is it in the future") and local dates (`NaiveDate`, for every count of days).
//! The only bridges between them are [`local_date`] and [`resolve_local`]. Nothing here reads the
//! clock; `now` is always an argument of the caller.

use chrono::{
    DateTime, Datelike, Days, MappedLocalTime, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeDelta, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, Result};

/// The earliest year [`parse_date`] accepts. Older dates are almost certainly typing mistakes,
/// and the bound keeps every later addition of days, months or years far from chrono's limits.
pub const EARLIEST_YEAR: i32 = 1900;

/// The longest stretch of non-existent local time searched by [`resolve_local`]. The longest gap
/// in the tz database is a whole day (Samoa and Kiribati skipped a date); three days is margin.
const MAX_GAP_MINUTES: u32 = 3 * 24 * 60;

/// A length of calendar time: whole days, or calendar months or years clamped to the month's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarSpan {
    /// Whole calendar days.
    Days(u32),
    /// Calendar months; the day of month is clamped to the last day of the target month.
    Months(u32),
    /// Calendar years, i.e. twelve months each, clamped the same way (29 Feb + 1 year = 28 Feb).
    Years(u32),
}

/// Parses an IANA time-zone name such as `"Europe/London"` (exact spelling, case-sensitive).
///
/// An unknown name is `InvalidInput { field: "time_zone", .. }`; the name itself is never put in
/// the error, which may end up in a log.
pub fn parse_time_zone(name: &str) -> Result<Tz> {
    if name.trim().is_empty() {
        return Err(Error::invalid("time_zone", "empty"));
    }
    name.parse::<Tz>()
        .map_err(|_| Error::invalid("time_zone", "unknown IANA time zone name"))
}

/// The calendar date that `instant` falls on in `tz`.
pub fn local_date(instant: DateTime<Utc>, tz: Tz) -> NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// The instant at which the wall clock in `tz` shows `time` on `date`.
///
/// - A wall time that exists once maps to that instant.
/// - An ambiguous wall time (the repeated hour when clocks go back) takes the first, earlier,
///   occurrence: a reminder or a clean time is never later than the person meant.
/// - A wall time that does not exist (the hour skipped when clocks go forward, or the whole of
///   2011-12-30 in Pacific/Apia) moves forward to the first whole minute that exists after the
///   gap, e.g. 02:30 on the night New York springs forward becomes 03:00 EDT.
///
/// So the result, read back in `tz`, is never earlier than the requested wall time and never on an
/// earlier date.
pub fn resolve_local(date: NaiveDate, time: NaiveTime, tz: Tz) -> DateTime<Utc> {
    let wanted = date.and_time(time);
    match earliest(tz.from_local_datetime(&wanted)) {
        Some(instant) => instant,
        None => first_valid_minute_after(wanted, tz),
    }
}

/// The instant at which `date` begins in `tz` (local midnight, or the first minute after a gap
/// if midnight itself was skipped, as in zones that change clocks at 00:00).
pub fn start_of_day(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    resolve_local(date, NaiveTime::MIN, tz)
}

/// The number of calendar days from `from` to `to` (negative when `to` is earlier).
///
/// Computed from day numbers, not from durations, so it cannot be thrown off by a 23- or 25-hour
/// day: 2026-03-07 to 2026-03-09 is 2 whatever the zone.
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce())
}

/// `date` moved by `days` calendar days (backwards when negative), saturating at chrono's limits
/// instead of failing (unreachable for dates that passed validation).
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let step = Days::new(days.unsigned_abs());
    let moved = if days >= 0 {
        date.checked_add_days(step)
    } else {
        date.checked_sub_days(step)
    };
    moved.unwrap_or(if days >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// `date` plus `months` calendar months, clamped to the last day of the target month
/// (2026-01-31 + 1 month = 2026-02-28; 2024-01-31 + 1 month = 2024-02-29). Always computed from
/// `date` itself, never by chaining single months, so 31 Jan + 2 months is 31 March, not 28 March.
/// Saturates at `NaiveDate::MAX`.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` plus `years` calendar years (twelve months each, clamped like [`add_months`]):
/// 2024-02-29 + 1 year = 2025-02-28, + 4 years = 2028-02-29.
pub fn add_years(date: NaiveDate, years: u32) -> NaiveDate {
    add_months(date, years.saturating_mul(12))
}

/// `date` plus a [`CalendarSpan`].
pub fn add_span(date: NaiveDate, span: CalendarSpan) -> NaiveDate {
    match span {
        CalendarSpan::Days(days) => add_days(date, i64::from(days)),
        CalendarSpan::Months(months) => add_months(date, months),
        CalendarSpan::Years(years) => add_years(date, years),
    }
}

/// Parses a date typed by the user as `YYYY-MM-DD` (surrounding spaces ignored).
///
/// Errors use `field: "date"`: wrong shape, a year before [`EARLIEST_YEAR`], a month outside
/// 1..=12, or a day that the month does not have (2025-02-29).
pub fn parse_date(input: &str) -> Result<NaiveDate> {
    const FIELD: &str = "date";
    let text = input.trim();
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(Error::invalid(FIELD, "expected YYYY-MM-DD"));
    }
    let year = digits(&bytes[0..4]);
    let month = digits(&bytes[5..7]);
    let day = digits(&bytes[8..10]);
    if year < EARLIEST_YEAR as u32 {
        return Err(Error::invalid(FIELD, "year before 1900"));
    }
    if !(1..=12).contains(&month) {
        return Err(Error::invalid(FIELD, "month must be 01 to 12"));
    }
    // The year has four digits and is at least 1900, so the conversion cannot fail.
    let year = i32::try_from(year).map_err(|_| Error::invalid(FIELD, "expected YYYY-MM-DD"))?;
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or(Error::invalid(FIELD, "no such day in that month"))
}

/// Parses a 24-hour wall time typed as `HH:MM` or `H:MM` (surrounding spaces ignored).
///
/// Errors use `field: "time"`: wrong shape, an hour outside 0..=23 or a minute outside 0..=59.
pub fn parse_time(input: &str) -> Result<NaiveTime> {
    const FIELD: &str = "time";
    let text = input.trim();
    let Some((hours, minutes)) = text.split_once(':') else {
        return Err(Error::invalid(FIELD, "expected HH:MM"));
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(1..=2).contains(&hours.len())
        || minutes.len() != 2
        || !all_digits(hours)
        || !all_digits(minutes)
    {
        return Err(Error::invalid(FIELD, "expected HH:MM"));
    }
    let (hour, minute) = (digits(hours.as_bytes()), digits(minutes.as_bytes()));
    if hour > 23 {
        return Err(Error::invalid(FIELD, "hour must be 00 to 23"));
    }
    if minute > 59 {
        return Err(Error::invalid(FIELD, "minute must be 00 to 59"));
    }
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or(Error::invalid(FIELD, "expected HH:MM"))
}

/// The earlier instant of a local-time mapping, or `None` when the wall time does not exist.
fn earliest(mapped: MappedLocalTime<DateTime<Tz>>) -> Option<DateTime<Utc>> {
    match mapped {
        MappedLocalTime::Single(at) => Some(at.with_timezone(&Utc)),
        // Compare as instants rather than trusting the order of the pair.
        MappedLocalTime::Ambiguous(a, b) => Some(a.min(b).with_timezone(&Utc)),
        MappedLocalTime::None => None,
    }
}

/// Walks forward minute by minute from a non-existent wall time to the first one that exists.
/// Gaps end on whole minutes in every modern rule, so the walk lands exactly on the transition.
fn first_valid_minute_after(wanted: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    let mut candidate = wanted
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(wanted);
    for _ in 0..MAX_GAP_MINUTES {
        let Some(next) = candidate.checked_add_signed(TimeDelta::minutes(1)) else {
            break;
        };
        candidate = next;
        if let Some(instant) = earliest(tz.from_local_datetime(&candidate)) {
            return instant;
        }
    }
    // Unreachable with the real tz database: read the wall time with the offset in force at the
    // same reading taken as UTC, which is off by at most the (impossible) gap.
    let offset = tz.offset_from_utc_datetime(&wanted).fix();
    let shifted = wanted
        .checked_sub_signed(TimeDelta::seconds(i64::from(offset.local_minus_utc())))
        .unwrap_or(wanted);
    Utc.from_utc_datetime(&shifted)
}

/// Reads a run of ASCII digits already checked by the caller (at most four, so no overflow).
fn digits(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
}
