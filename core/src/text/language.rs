//! The languages Cairn speaks, and how a device's locale or a person's choice picks one.
//!
//! Device locales arrive in many spellings: POSIX (`es_US.UTF-8`, `C`), BCP 47 (`es-419`,
//! `en-GB`), Apple's (`es_MX`). Only the language subtag decides. A device language Cairn does
//! not speak falls back to English, because the device is not the person's fault; a language the
//! person types to pin is checked, because a typo should say so.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// A language of Cairn's texts. JSON and the FFI carry it as its BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Language {
    /// English (`en`), also the fallback.
    #[default]
    #[serde(rename = "en")]
    English,
    /// Spanish (`es`), written for Latin American and US Spanish speakers.
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    /// Every language, in the order settings list them.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The BCP 47 language tag: `en`, `es`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language of a device locale (`LANG`, Android's `Locale`, iOS's `Locale`): its first
    /// subtag before `_`, `-`, `.` or `@`. Anything Cairn does not speak, empty text, `C` and
    /// `POSIX` give English.
    pub fn from_locale(locale: &str) -> Language {
        Self::from_tag(locale).unwrap_or_default()
    }

    /// A language the person names to pin: a tag such as `es`, `es-US` or `es_MX.UTF-8`, or the
    /// language's own name. Anything else is `InvalidInput { field: "language" }`.
    pub fn parse(text: &str) -> Result<Language> {
        let trimmed = text.trim();
        Self::ALL
            .into_iter()
            .find(|language| trimmed.eq_ignore_ascii_case(language.own_name()))
            .or_else(|| Self::from_tag(trimmed))
            .ok_or_else(|| Error::invalid("language", "not a language Cairn speaks (en, es)"))
    }

    /// The language's name in itself, as a picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    /// The identifier Fluent selects plural rules with.
    pub(crate) fn langid(self) -> LanguageIdentifier {
        match self {
            Language::English => unic_langid::langid!("en"),
            Language::Spanish => unic_langid::langid!("es"),
        }
    }

    fn from_tag(text: &str) -> Option<Language> {
        let subtag = text
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|language| subtag.eq_ignore_ascii_case(language.tag()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_locales_in_every_spelling() {
        for (locale, language) in [
            ("es_US.UTF-8", Language::Spanish),
            ("es-419", Language::Spanish),
            ("ES", Language::Spanish),
            ("es_MX@euro", Language::Spanish),
            ("en_GB.UTF-8", Language::English),
            ("fr_FR.UTF-8", Language::English),
            ("C", Language::English),
            ("POSIX", Language::English),
            ("", Language::English),
            ("e", Language::English),
            ("español", Language::English),
        ] {
            assert_eq!(Language::from_locale(locale), language, "{locale:?}");
        }
    }

    #[test]
    fn a_pinned_language_must_be_one_cairn_speaks() {
        assert_eq!(Language::parse(" es-US ").unwrap(), Language::Spanish);
        assert_eq!(Language::parse("Español").unwrap(), Language::Spanish);
        assert_eq!(Language::parse("en").unwrap(), Language::English);
        for bad in ["fr", "", "device", "C"] {
            assert!(matches!(
                Language::parse(bad),
                Err(Error::InvalidInput {
                    field: "language",
                    ..
                })
            ));
        }
    }

    #[test]
    fn json_carries_the_tag() {
        assert_eq!(serde_json::to_string(&Language::Spanish).unwrap(), "\"es\"");
        let back: Language = serde_json::from_str("\"en\"").unwrap();
        assert_eq!(back, Language::English);
    }
}
