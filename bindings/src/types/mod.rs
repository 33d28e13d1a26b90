//! Records and enums mirrored from `cairn-core`, with their conversions.
//!
//! Outputs convert with `From` (they cannot fail); inputs with functions that parse text into
//! core values and fail with `InvalidInput`. Nothing here decides anything.

mod care;
mod circle;
mod journal;
mod settings;
mod status;

use std::time::SystemTime;

use cairn_core::store::RecordId;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

pub use care::*;
pub use circle::*;
pub use journal::*;
pub use settings::*;
pub use status::*;

use crate::CairnError;

pub(crate) fn instant(time: SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(time)
}

pub(crate) fn system_time(instant: DateTime<Utc>) -> SystemTime {
    SystemTime::from(instant)
}

pub(crate) fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub(crate) fn time_text(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

pub(crate) fn ids(ids: Vec<RecordId>) -> Vec<String> {
    ids.into_iter().map(|id| id.to_string()).collect()
}

/// The snake_case name serde gives a core enum value ("high_craving", "crisis_line").
pub(crate) fn snake_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, CairnError> {
    Ok(cairn_core::calendar::parse_date(text)?)
}

pub(crate) fn parse_time(text: Option<&str>) -> Result<Option<NaiveTime>, CairnError> {
    Ok(text.map(cairn_core::calendar::parse_time).transpose()?)
}

pub(crate) fn parse_id(text: &str) -> Result<RecordId, CairnError> {
    Ok(text.parse()?)
}

pub(crate) fn parse_optional_id(text: Option<String>) -> Result<Option<RecordId>, CairnError> {
    text.as_deref().map(parse_id).transpose()
}
