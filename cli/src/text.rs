//! The terminal's own words, in the person's language.
//!
//! Every sentence, label and table header `cairn` prints for a person comes from the Fluent
//! catalogues `cli/locales/<tag>/cli.ftl`, read through the core's [`Catalogue`] so plurals and
//! digit grouping follow the same rules as the core's own texts. JSON keys and enum values are
//! for scripts and stay English; they never pass through here.
//!
//! One run of `cairn` is one command, so the language is held for the whole process: it starts
//! as this computer's (`LC_ALL`, `LC_MESSAGES`, `LANG`) and becomes the store's setting as soon
//! as a store is open, because a person may have pinned a language that differs from the
//! computer's. Errors printed after a failure then speak the same language as the output.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use cairn_core::text::{Arg, Catalogue, Language};

/// The English catalogue source.
pub const CLI_EN: &str = include_str!("../locales/en/cli.ftl");
/// The Spanish catalogue source.
pub const CLI_ES: &str = include_str!("../locales/es/cli.ftl");

/// Whether this run speaks Spanish; English otherwise. A flag rather than a lock, because it is
/// set from one thread and two languages fit in a bool.
static SPANISH: AtomicBool = AtomicBool::new(false);

/// Speaks `language` from now on.
pub fn set_language(language: Language) {
    SPANISH.store(language == Language::Spanish, Ordering::Relaxed);
}

/// The language this run speaks.
pub fn language() -> Language {
    if SPANISH.load(Ordering::Relaxed) {
        Language::Spanish
    } else {
        Language::English
    }
}

/// The terminal's catalogue in `language`, parsed once per process.
pub fn catalogue(language: Language) -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    static SPANISH_TEXT: OnceLock<Catalogue> = OnceLock::new();
    let (cell, source) = match language {
        Language::English => (&ENGLISH, CLI_EN),
        Language::Spanish => (&SPANISH_TEXT, CLI_ES),
    };
    cell.get_or_init(|| Catalogue::new(language, &[source]))
}

/// Message `id` in this run's language.
pub fn t(id: &str) -> String {
    catalogue(language()).text(id)
}

/// Message `id` with `args`, in this run's language.
pub fn f(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    catalogue(language()).format(id, args)
}

/// A count of things held in a `usize`, as a message argument.
pub fn count(n: usize) -> Arg<'static> {
    Arg::Count(u64::try_from(n).unwrap_or(u64::MAX))
}

/// The core's catalogue in this run's language, for labels the core names (stages).
pub fn core() -> &'static Catalogue {
    cairn_core::text::messages(language())
}

#[cfg(test)]
mod tests;
