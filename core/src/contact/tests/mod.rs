//! Tests of the contact rules: known-answer tables for phone numbers, roles, regions and crisis
//! lines, ordering tests for the reach-out chain, then properties over arbitrary input.

mod common;
mod crisis;
mod model;
mod phone;
mod props;
mod reach_out;
