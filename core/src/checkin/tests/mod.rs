//! Tests of the check-in record and streak: table tests of every validation and parsing rule,
//! zone and daylight-saving cases where "today" comes from an instant, then properties.

mod common;
mod model;
mod props;
mod streak;
