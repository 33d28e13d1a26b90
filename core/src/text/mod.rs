//! Every sentence the core writes for a person, in the person's language.
//!
//! The words live in Project Fluent catalogues (`core/locales/<tag>/core.ftl`), compiled into
//! the library so the safety card reads the same offline on the worst day. Fluent gives each
//! language its own plural rules ("1 día", "2 días"; a Spanish "many" falls back to "other"), so
//! no sentence is built by joining English words. The terminal keeps its own catalogue in the
//! same format and reads it through [`Catalogue`] too.
//!
//! A language is chosen once per call from the settings (which follow the device unless the
//! person pinned one); an unknown device language gets English. A message missing from a
//! catalogue shows its id rather than failing: the tests prove no used id is missing in any
//! language, and a card with an id in it is still better than no card.

mod language;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use language::Language;

/// An argument of a message: a count (which also picks the plural form) or text.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// A whole number, written with the language's digit grouping.
    Count(u64),
    /// Text put in as it is (a name, a number as the service writes it, a date).
    Text(&'a str),
}

impl From<u32> for Arg<'_> {
    fn from(count: u32) -> Self {
        Arg::Count(u64::from(count))
    }
}

impl From<u64> for Arg<'_> {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

/// One language's messages from one or more Fluent sources.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The messages of `sources` (Fluent text) in `language`. A syntax error drops only the
    /// entries it touches (the tests parse every catalogue strictly), and a message id defined
    /// twice keeps the first.
    pub fn new(language: Language, sources: &[&str]) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
        // Unicode isolation marks around every argument would show as stray characters in a
        // terminal; the texts are left-to-right only.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match language {
            Language::English => group_digits_english,
            Language::Spanish => group_digits_spanish,
        }));
        for source in sources {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _errors)| partial);
            bundle.add_resource_overriding(resource);
        }
        Self { language, bundle }
    }

    /// The language of these messages.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether message `id` exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Message `id` with `args` filled in; its id when the message is missing.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            match *arg {
                Arg::Count(count) => fluent_args.set(*name, count),
                Arg::Text(text) => fluent_args.set(*name, text),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// The core's own catalogue in `language`, parsed once per process.
pub fn messages(language: Language) -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    static SPANISH: OnceLock<Catalogue> = OnceLock::new();
    let (cell, source) = match language {
        Language::English => (&ENGLISH, CORE_EN),
        Language::Spanish => (&SPANISH, CORE_ES),
    };
    cell.get_or_init(|| Catalogue::new(language, &[source]))
}

/// The core's English catalogue source.
pub const CORE_EN: &str = include_str!("../../locales/en/core.ftl");
/// The core's Spanish catalogue source.
pub const CORE_ES: &str = include_str!("../../locales/es/core.ftl");

/// A decimal number as `language` writes it: the whole part grouped as counts are ("1,234" in
/// English; "1234" but "12 345" in Spanish), then the decimal mark ("." in English, "," in
/// Spanish) and `fraction`'s digits as given. An empty `fraction` writes no mark.
pub fn decimal(language: Language, whole: u64, fraction: &str) -> String {
    let (whole, mark) = match language {
        Language::English => (grouped(whole, ",", 4), '.'),
        Language::Spanish => (grouped(whole, "\u{a0}", 5), ','),
    };
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}{mark}{fraction}")
    }
}

/// "10,000": English groups thousands with commas.
fn group_digits_english<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    whole_number(value).map(|n| grouped(n, ",", 4))
}

/// "10 000" but "1000": Spanish groups with a (no-break) space, and only from five digits
/// (Real Academia Española, Ortografía 2010), so neither a comma nor a point can be misread.
fn group_digits_spanish<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    whole_number(value).map(|n| grouped(n, "\u{a0}", 5))
}

fn whole_number(value: &FluentValue<'_>) -> Option<u64> {
    match value {
        FluentValue::Number(number) if number.value >= 0.0 && number.value.fract() == 0.0 => {
            // Counts come in as u64 and Fluent holds them as f64: exact below 2^53.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Some(number.value as u64)
        }
        _ => None,
    }
}

/// `n` with `separator` between groups of three digits, if it has at least `from` digits.
fn grouped(n: u64, separator: &str, from: usize) -> String {
    let digits = n.to_string();
    if digits.len() < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
