//! `cairn-ffi`: the UniFFI crate the phones link, thin on purpose.
//!
//! It exposes one object, [`Companion`] (Kotlin and Swift: `CairnCompanion`), opened on a file
//! path with a key source (a [`KeyStore`] the shell implements, or a passphrase), and the
//! platform key store's error. Every method converts nothing but `now` (a `SystemTime`, so
//! shells pass their clock) and calls the core's `Companion`: the records, enums, custom types
//! and the one error a shell sees ([`CairnError`]) are derived in `cairn-core` behind its
//! `uniffi` feature, so each type is written once. The methods are grouped by capability, one
//! file each, under the names every layer uses: journal, journal entries, checkins, pledge,
//! circle, notifications, backup, settings, prevention plan (with the reasons to stay clean),
//! import from other apps.
//!
//! Hand-written here, each for a reason given where it is defined: [`BackupExported`] and
//! [`BackupImported`] (the recovery code is a secret the core never serialises) and
//! [`CrisisLine`] (the core's directory is compiled-in static text; a shell gets owned text and
//! the links).

mod backup;
mod checkins;
mod circle;
mod companion;
mod import_from;
mod journal;
mod journal_entries;
mod key_store;
mod notifications;
mod pledge;
mod prevention_plan;
mod settings;

use cairn_core::RecordId;

pub use backup::{BackupExported, BackupImported};
pub use cairn_core::uniffi_support::CairnError;
pub use circle::CrisisLine;
pub use companion::{Companion, wipe_store};
pub use key_store::{KeyStore, KeyStoreError};

uniffi::setup_scaffolding!();

// Record ids appear in this crate's own signatures; their converter lives in cairn-core.
uniffi::use_remote_type!(cairn_core::RecordId);
// So does a date (the pledge's); its converter lives in cairn-core too.
uniffi::use_remote_type!(cairn_core::chrono::NaiveDate);
