//! Money and time not spent: what every clean day of a journey gave back.
//!
//! A journey may say what a day of using cost ([`DailyCost`], exact money: see
//! [`crate::money`]) and how many hours it took ([`HoursPerDay`]). The savings are those times
//! the journey's **total clean days**, as [`super::streak`] counts them (every clean day since
//! the first clean date, in the chosen day counting, use days left out): a lapse does not take
//! back the days before it, and the day of a use saves nothing. Nothing is recounted here.
//!
//! Hours per day: more than 0 and at most 24, in hundredths of an hour at most ("2.5",
//! "0.25"; "2.125" is refused rather than rounded), held as whole hundredths so the product is
//! exact. A cost given without a currency takes the fallback the caller passes (the journey's
//! own currency when it has one, else the region's usual one: see [`daily_cost`]). Errors name
//! the field (`cost_per_day`, `currency`, `hours_per_day`) and a fixed reason.

use serde::{Deserialize, Serialize};

use super::model::Journey;
use crate::error::{Error, Result};
use crate::money::{Currency, DailyCost, Money};
use crate::text::{self, Arg, Catalogue, Language};

/// The most hours a day can give back.
pub const MAX_HOURS_PER_DAY: u16 = 24;

/// Hours a day of using took: more than 0, at most 24, in hundredths of an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct HoursPerDay(u16);

impl HoursPerDay {
    /// Checks `hours`: finite, more than 0, at most 24, and a whole number of hundredths (within
    /// a millionth, so 2.3 typed as a float reads as 230 hundredths). Errors are
    /// `InvalidInput { field: "hours_per_day" }`.
    pub fn new(hours: f64) -> Result<Self> {
        let invalid = |reason| Error::invalid("hours_per_day", reason);
        if !hours.is_finite() {
            return Err(invalid("is not a number"));
        }
        if hours <= 0.0 {
            return Err(invalid("must be more than zero"));
        }
        if hours > f64::from(MAX_HOURS_PER_DAY) {
            return Err(invalid("must be at most 24"));
        }
        let hundredths = hours * 100.0;
        let whole = hundredths.round();
        if (hundredths - whole).abs() > 1e-6 {
            return Err(invalid("has more than 2 decimal places"));
        }
        // 1..=2400 after the checks above, so the cast is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let hundredths = whole as u16;
        if hundredths == 0 {
            return Err(invalid("must be more than zero"));
        }
        Ok(Self(hundredths))
    }

    /// Hundredths of an hour (250 for 2.5 hours).
    pub fn hundredths(self) -> u16 {
        self.0
    }

    /// The hours as a number (2.5).
    pub fn hours(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl TryFrom<f64> for HoursPerDay {
    type Error = Error;

    fn try_from(hours: f64) -> Result<Self> {
        Self::new(hours)
    }
}

impl From<HoursPerDay> for f64 {
    fn from(hours: HoursPerDay) -> Self {
        hours.hours()
    }
}

/// A cost per day as a person gives it: `amount` as decimal text, in `currency` (a code) or,
/// when that is `None`, in `fallback`. With neither, `InvalidInput { field: "currency" }`.
pub fn daily_cost(
    amount: &str,
    currency: Option<&str>,
    fallback: Option<Currency>,
) -> Result<DailyCost> {
    let currency = match currency {
        Some(code) => Currency::parse(code)?,
        None => fallback.ok_or(Error::invalid(
            "currency",
            "needed: no region with a usual currency in settings",
        ))?,
    };
    DailyCost::parse(amount, currency)
}

/// What a journey's clean days gave back, for the ones it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Savings {
    /// The clean days counted.
    pub clean_days: u32,
    /// Money not spent, when the journey has a cost per day.
    pub money: Option<Money>,
    /// Hours given back, in hundredths of an hour, when the journey has hours per day.
    pub hundredths_of_hours: Option<u64>,
}

/// The savings of `journey` over `total_clean_days` (the streak summary's
/// [`total_clean_days`](super::StreakSummary::total_clean_days)).
pub fn savings(journey: &Journey, total_clean_days: u32) -> Savings {
    Savings {
        clean_days: total_clean_days,
        money: journey.cost_per_day.map(|cost| cost.over(total_clean_days)),
        hundredths_of_hours: journey
            .hours_per_day
            .map(|hours| u64::from(hours.hundredths()) * u64::from(total_clean_days)),
    }
}

impl Savings {
    /// The hours given back as a number (152.5), for data.
    pub fn hours(&self) -> Option<f64> {
        // At most 2400 × u32::MAX hundredths, below 2^53: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        self.hundredths_of_hours.map(|h| h as f64 / 100.0)
    }

    /// The hours given back as the language says them: "152.5 hours", "1 hour", "152,5 horas".
    pub fn hours_text(&self, catalogue: &Catalogue) -> Option<String> {
        self.hundredths_of_hours
            .map(|h| hours_text(h, catalogue.language(), catalogue))
    }
}

/// "152.5 hours": the whole hours grouped as counts are, the hundredths without trailing zeros.
/// The plural form follows the whole number when there is no fraction; a fraction takes the
/// "other" form, as "1.5 hours" does in English and "1,5 horas" in Spanish.
fn hours_text(hundredths: u64, language: Language, catalogue: &Catalogue) -> String {
    let whole = hundredths / 100;
    let fraction = format!("{:02}", hundredths % 100);
    let fraction = fraction.trim_end_matches('0');
    let number = text::decimal(language, whole, fraction);
    let count = if fraction.is_empty() {
        Arg::Count(whole)
    } else {
        Arg::Text(&number)
    };
    catalogue.format(
        "savings-hours",
        &[("count", count), ("hours", Arg::Text(&number))],
    )
}
