//! Money, exactly: an amount in a currency's minor units, never a floating-point number.
//!
//! A person says what a day of using cost them ("20", "12.50", "3000" yen); Cairn multiplies it
//! by their clean days and shows what they did not spend. Every amount is held as a whole
//! number of the currency's minor units (cents, fils, or whole yen), so the product is exact
//! and nothing is ever rounded. The rules:
//! - a currency is an ISO 4217 code Cairn knows ([`Currency::parse`], any case), with ISO's
//!   minor units: 0 (JPY), 2 (USD, EUR) or 3 (KWD, BHD); a region's usual currency is
//!   [`Currency::of_region`];
//! - a cost per day ([`DailyCost::parse`]) is plain decimal text: digits, then optionally a
//!   point and at most as many digits as the currency has minor units ("20.123" USD and "20.0"
//!   JPY are refused, not rounded); no sign, no exponent, no digit grouping; more than zero and
//!   under [`MAX_PER_DAY`] whole units;
//! - a cost per day times any `u32` count of days fits a `u64` of minor units (checked at
//!   compile time below), so [`DailyCost::over`] cannot overflow;
//! - an amount is written with exactly the currency's minor-unit places: "1234.50" for data
//!   ([`Money::amount`]), and as the person's language writes numbers for reading
//!   ([`Money::text`]: "1,234.50 USD" in English, "1234,50 USD" in Spanish), always with the
//!   code, never a symbol ("$" names a dozen currencies).
//!
//! Errors name the field (`cost_per_day`, `currency`) and a fixed reason, never the text typed.

mod currencies;

use serde::{Deserialize, Serialize};

use crate::contact::Region;
use crate::error::{Error, Result};
use crate::text::{self, Language};

/// A cost per day must be under this many whole units of its currency.
pub const MAX_PER_DAY: u64 = 1_000_000;

/// The most minor units any known currency has.
const MAX_MINOR_UNITS: u8 = 3;

// The largest cost per day (in minor units of a 3-place currency) times the most days a count
// can hold must fit in a u64: then `DailyCost::over` is exact for every input.
const _: () = assert!(
    (MAX_PER_DAY as u128 * 10u128.pow(MAX_MINOR_UNITS as u32) - 1) * u32::MAX as u128
        <= u64::MAX as u128
);

/// An ISO 4217 currency Cairn knows, with its minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: &'static str,
    minor_units: u8,
}

impl Currency {
    /// Reads a three-letter ISO 4217 code in any case, spaces around it allowed. An unknown
    /// code is `InvalidInput { field: "currency" }`.
    pub fn parse(code: &str) -> Result<Self> {
        let code = code.trim().to_ascii_uppercase();
        currencies::CURRENCIES
            .binary_search_by(|(known, _)| (*known).cmp(code.as_str()))
            .map(|index| {
                let (code, minor_units) = currencies::CURRENCIES[index];
                Self { code, minor_units }
            })
            .map_err(|_| Error::invalid("currency", "is not an ISO 4217 currency code"))
    }

    /// The usual currency of `region`, if it has one (Antarctica and Palestine have none).
    pub fn of_region(region: Region) -> Option<Self> {
        let index = currencies::REGION_CURRENCIES
            .binary_search_by(|(known, _)| (*known).cmp(region.code()))
            .ok()?;
        Self::parse(currencies::REGION_CURRENCIES[index].1).ok()
    }

    /// The upper-case code, e.g. "USD".
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The places after the decimal point: 0, 2 or 3.
    pub fn minor_units(self) -> u8 {
        self.minor_units
    }
}

/// An exact amount of money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "MoneyAmount")]
pub struct Money {
    /// The amount in the currency's minor units (cents for USD, whole yen for JPY).
    minor: u64,
    currency: Currency,
}

impl Money {
    /// `minor` minor units of `currency` (1234 USD cents is 12.34 USD).
    pub fn from_minor(minor: u64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// The amount in minor units.
    pub fn minor(self) -> u64 {
        self.minor
    }

    /// The currency.
    pub fn currency(self) -> Currency {
        self.currency
    }

    /// The amount as plain decimal text with exactly the currency's places: "1234.50", "3000",
    /// "1.250". No grouping: this is the form scripts and the FFI read.
    pub fn amount(self) -> String {
        let (whole, fraction) = self.split();
        if fraction.is_empty() {
            whole.to_string()
        } else {
            format!("{whole}.{fraction}")
        }
    }

    /// The amount and code as `language` writes them: "1,234.50 USD", "1234,50 USD",
    /// "12 345,50 USD" (a no-break space), "3,000 JPY".
    pub fn text(self, language: Language) -> String {
        let (whole, fraction) = self.split();
        format!(
            "{} {}",
            text::decimal(language, whole, &fraction),
            self.currency.code
        )
    }

    /// The data form: amount text and code.
    pub fn to_amount(self) -> MoneyAmount {
        MoneyAmount {
            amount: self.amount(),
            currency: self.currency.code.to_owned(),
        }
    }

    /// Whole units and the fraction's digits, zero-padded to the currency's places.
    fn split(self) -> (u64, String) {
        let places = usize::from(self.currency.minor_units);
        let scale = 10u64.pow(u32::from(self.currency.minor_units));
        let fraction = if places == 0 {
            String::new()
        } else {
            format!("{:0places$}", self.minor % scale)
        };
        (self.minor / scale, fraction)
    }
}

impl From<Money> for MoneyAmount {
    fn from(money: Money) -> Self {
        money.to_amount()
    }
}

/// Money as data: the amount as decimal text with exactly the currency's minor-unit places, and
/// the ISO 4217 code. The form JSON and the FFI carry (`{"amount": "1234.50", "currency":
/// "USD"}`); text, not a number, so no reader turns it into a float.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MoneyAmount {
    /// Plain decimal text, e.g. "1234.50"; no grouping, a point as the decimal mark.
    pub amount: String,
    /// The ISO 4217 code, e.g. "USD".
    pub currency: String,
}

/// What a day of using cost: a positive amount under [`MAX_PER_DAY`] in a known currency.
/// Stored on a journey as a [`MoneyAmount`] and checked again when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "MoneyAmount", into = "MoneyAmount")]
pub struct DailyCost(Money);

impl DailyCost {
    /// Reads `amount` (see the module doc for the form) in `currency`. Errors are
    /// `InvalidInput { field: "cost_per_day" }` with a fixed reason.
    pub fn parse(amount: &str, currency: Currency) -> Result<Self> {
        let invalid = |reason| Error::invalid("cost_per_day", reason);
        let amount = amount.trim();
        if amount.is_empty() {
            return Err(invalid("empty"));
        }
        if amount.starts_with('-') {
            return Err(invalid("must not be negative"));
        }
        let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
        let digits_only = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !digits_only(whole)
            || !digits_only(fraction)
            || (amount.contains('.') && fraction.is_empty())
        {
            return Err(invalid(
                "is not a plain decimal number (digits, optionally a point and digits)",
            ));
        }
        if fraction.len() > usize::from(currency.minor_units) {
            return Err(invalid("has more decimal places than the currency has"));
        }
        let whole = whole.trim_start_matches('0');
        // Seven digits or more is a million or more; checked before parsing, so any length of
        // text is refused without overflow.
        let whole: u64 = if whole.is_empty() {
            0
        } else if whole.len() > 6 {
            return Err(invalid("must be under 1000000 a day"));
        } else {
            whole
                .parse()
                .map_err(|_| invalid("is not a plain decimal number"))?
        };
        let places = usize::from(currency.minor_units);
        let fraction: u64 = if places == 0 {
            0
        } else {
            format!("{fraction:0<places$}")
                .parse()
                .map_err(|_| invalid("is not a plain decimal number"))?
        };
        let minor = whole * 10u64.pow(u32::from(currency.minor_units)) + fraction;
        if minor == 0 {
            return Err(invalid("must be more than zero"));
        }
        Ok(Self(Money::from_minor(minor, currency)))
    }

    /// The cost of one day.
    pub fn per_day(self) -> Money {
        self.0
    }

    /// The cost of `days` days, exactly.
    pub fn over(self, days: u32) -> Money {
        // Cannot overflow: see the compile-time check on MAX_PER_DAY above.
        Money::from_minor(self.0.minor * u64::from(days), self.0.currency)
    }
}

impl TryFrom<MoneyAmount> for DailyCost {
    type Error = Error;

    fn try_from(amount: MoneyAmount) -> Result<Self> {
        Self::parse(&amount.amount, Currency::parse(&amount.currency)?)
    }
}

impl From<DailyCost> for MoneyAmount {
    fn from(cost: DailyCost) -> Self {
        cost.0.to_amount()
    }
}

#[cfg(test)]
mod tests;
