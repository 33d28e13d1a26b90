//! What the check-ins give back: averages, trends, the most frequent triggers and helpful
//! actions, and explainable reach-out signals.
//!
//! A check-in that only takes is a chore; these views are the return on 30 seconds a day. The
//! [averages module](mod@averages) summarizes mood and craving over 7 and 30 days and says whether
//! they are rising or falling; [`signals`] turns the patterns that research links to lapses (high
//! craving, falling mood, silence, the first weeks, a recent use) into gentle prompts to reach out,
//! each with its reason in plain words. Everything is a pure function of the check-ins, `now` and
//! the person's zone; no model, no server, nothing leaves the phone.

pub mod averages;
pub mod signals;

#[cfg(test)]
mod tests;

pub use averages::{
    Averages, HelpedCount, TopTags, Trend, TriggerCount, WindowAverage, averages, top_tags,
};
pub use signals::{Signal, SignalKind, SuggestedAction, reach_out_signals};
