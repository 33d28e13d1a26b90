//! Daily savings from other apps, as exact decimal strings and, where the unit says so, a currency.
//!
//! Sobriety keeps each saving as a floating-point amount per day and a unit the person typed
//! ("USD", "€", "cigarettes"). Cairn keeps money as an exact decimal and an ISO 4217 code, so this
//! file turns the amount into the shortest decimal that reads back as the same number, adds
//! amounts without floating point, and recognises a unit as money only when it is an ISO 4217
//! code Cairn knows (the table of [`crate::money`]) or a symbol that names one currency. "$"
//! names several, so it is money with no currency (the caller takes the region's).

use crate::money::Currency;

/// Money per day: an exact decimal amount and, when the file says which, an ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    /// The amount, a plain decimal string ("12.5"), never negative.
    pub amount: String,
    /// The ISO 4217 code, or `None` when the unit was money of no single currency ("$").
    pub currency: Option<String>,
}

/// Symbols that name exactly one currency.
const SYMBOLS: [(&str, &str); 14] = [
    ("€", "EUR"),
    ("£", "GBP"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("₫", "VND"),
    ("฿", "THB"),
    ("₱", "PHP"),
    ("₦", "NGN"),
    ("zł", "PLN"),
    ("R$", "BRL"),
];

/// Symbols and words that are money of no single currency.
const AMBIGUOUS: [&str; 6] = ["$", "¥", "kr", "money", "dollars", "dollar"];

/// What a unit says about money: `None` when it is not money, `Some(None)` when it is money of
/// no single currency, `Some(Some(code))` for one currency.
pub(super) fn currency_of(unit: &str) -> Option<Option<String>> {
    let unit = unit.trim();
    let upper = unit.to_ascii_uppercase();
    if upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_uppercase()) {
        return Currency::parse(&upper)
            .ok()
            .map(|currency| Some(currency.code().to_owned()));
    }
    if let Some((_, code)) = SYMBOLS.iter().find(|(symbol, _)| *symbol == unit) {
        return Some(Some((*code).to_owned()));
    }
    let lower = unit.to_lowercase();
    if AMBIGUOUS.contains(&lower.as_str()) {
        return Some(None);
    }
    None
}

/// The shortest plain decimal that reads back as `amount`, or `None` when it is negative, not
/// finite, or beyond a trillion a day (no real saving; it would not print as a short decimal).
pub(super) fn decimal_from_f64(amount: f64) -> Option<String> {
    if !amount.is_finite() || !(0.0..=1e12).contains(&amount) {
        return None;
    }
    // Rust prints an f64 as the shortest decimal that parses back to it, never with an exponent.
    let text = format!("{amount}");
    // Keep at most 6 decimal places: sub-micro amounts are noise from a float, not a price.
    Some(match text.split_once('.') {
        Some((whole, fraction)) if fraction.len() > 6 => {
            let fraction = fraction[..6].trim_end_matches('0');
            if fraction.is_empty() {
                whole.to_owned()
            } else {
                format!("{whole}.{fraction}")
            }
        }
        _ => text,
    })
}

/// Adds two plain decimal strings exactly. `None` only for text that is not a plain decimal.
pub(super) fn add_decimals(a: &str, b: &str) -> Option<String> {
    let (a_whole, a_fraction) = a.split_once('.').unwrap_or((a, ""));
    let (b_whole, b_fraction) = b.split_once('.').unwrap_or((b, ""));
    let places = a_fraction.len().max(b_fraction.len());
    let scaled = |whole: &str, fraction: &str| -> Option<u128> {
        let digits = format!("{whole}{fraction:0<places$}");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 30 {
            return None;
        }
        digits.parse().ok()
    };
    let sum = scaled(a_whole, a_fraction)?.checked_add(scaled(b_whole, b_fraction)?)?;
    if places == 0 {
        return Some(sum.to_string());
    }
    let digits = format!("{sum:0>width$}", width = places + 1);
    let (whole, fraction) = digits.split_at(digits.len() - places);
    let fraction = fraction.trim_end_matches('0');
    Some(if fraction.is_empty() {
        whole.to_owned()
    } else {
        format!("{whole}.{fraction}")
    })
}

/// `amount` (a plain decimal string, as [`Money::amount`] holds) rounded half to even to
/// `places` decimal places, and whether that changed its value. Sobriety's amounts are floats a
/// person typed and may carry more places than their currency has (12.345 USD); the importer
/// keeps the nearest amount the currency can hold, ties to the even last digit as banks round,
/// and says so. `None` for text that is not a plain decimal.
pub fn round_half_even(amount: &str, places: u8) -> Option<(String, bool)> {
    let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
    let digits_only = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 24
        || !digits_only(whole)
        || !digits_only(fraction)
        || (amount.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let places = usize::from(places);
    let padded = format!("{fraction:0<places$}");
    let (kept, rest) = padded.split_at(places);
    let rest = rest.trim_end_matches('0');
    let mut minor: u128 = format!("{whole}{kept}").parse().ok()?;
    let up = match rest.bytes().next() {
        None => false,
        Some(first) if first > b'5' => true,
        Some(b'5') => rest.len() > 1 || minor % 2 == 1,
        Some(_) => false,
    };
    if up {
        minor = minor.checked_add(1)?;
    }
    let text = if places == 0 {
        minor.to_string()
    } else {
        let digits = format!("{minor:0>width$}", width = places + 1);
        let (whole, fraction) = digits.split_at(digits.len() - places);
        format!("{whole}.{fraction}")
    };
    Some((text, !rest.is_empty()))
}
