//! Cairn's core: the rules of a private recovery companion, and the encrypted store they live in.
//!
//! Two floors. The rules (calendar, journal, and the capabilities that follow) are pure functions
//! from records, `now` and a time zone to a view. Storage ([`store`], [`crypto`]) keeps sealed
//! records and knows nothing of recovery. [`Companion`] is the one facade that loads records,
//! calls the rules and saves what changed; the FFI crate and the terminal shell both go through
//! it. Nothing in this crate reads the clock: time is always an argument.
//!
//! With the `uniffi` feature, the records and enums that cross to Kotlin and Swift unchanged
//! derive their UniFFI converters where they are defined, and [`uniffi_support`] holds the custom
//! types (dates, times, instants, ids) and the one error a shell sees. Without it (the terminal,
//! the benchmarks) the crate knows nothing of UniFFI.

pub mod backup;
pub mod calendar;
pub mod checkin;
pub mod companion;
pub mod contact;
pub mod crypto;
pub mod error;
pub mod id;
pub mod import_from;
pub mod insight;
pub mod journal;
pub mod journal_entry;
pub mod money;
pub mod notification_plan;
pub mod pledge;
pub mod prevention_plan;
pub mod safety;
pub mod settings;
pub mod store;
pub mod text;
#[cfg(feature = "uniffi")]
pub mod uniffi_support;

#[cfg(test)]
mod test_support;

pub use companion::Companion;
pub use error::{Error, Result};
pub use id::RecordId;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();
