//! Tests of the journal rules and of the calendar they stand on: table tests of the known
//! calendar traps, then properties over random zones, dates and use histories.

mod calendar;
mod clean_time;
mod common;
mod milestone;
mod model;
mod props;
mod savings;
mod stage;
mod streak;
