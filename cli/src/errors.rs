//! Error messages in the person's language.
//!
//! The core's errors carry fixed English words (a field name and a reason) and never user
//! data; this module turns each variant into a catalogue message, and each known field and
//! reason into its own, so a Spanish reader gets a whole Spanish sentence. A field or reason
//! this table does not know yet (one added to the core later) is shown as the core wrote it,
//! which is still a true message, only in English. English messages say exactly what the
//! core's `Display` says, so scripts and logs that matched them keep working.

use cairn_core::Error as E;
use cairn_core::text::Arg;

use crate::output::CliError;
use crate::text::{f, t};

/// What `cairn: ` is followed by on stderr for `error`.
pub fn message(error: &CliError) -> String {
    match error {
        CliError::Usage(id) => t(id),
        CliError::NoJourney => t("status-no-journey"),
        CliError::Output(error) => f("error-output", &[("detail", (&error.to_string()).into())]),
        CliError::Core(error) => core_message(error),
    }
}

fn core_message(error: &E) -> String {
    match error {
        E::WrongKey => t("error-wrong-key"),
        E::KeySourceNotEnrolled(kind) => f("error-key-source", &[("kind", (*kind).into())]),
        E::InvalidInput { field, reason } => f(
            "error-invalid",
            &[
                ("field", Arg::Text(&named(field_id(field), field))),
                ("reason", Arg::Text(&named(reason_id(reason), reason))),
            ],
        ),
        E::RecordDamaged { id } => f("error-record-damaged", &[("id", (&id.to_string()).into())]),
        E::KeyDataDamaged => t("error-key-data-damaged"),
        E::RolledBack => t("error-rolled-back"),
        E::NotAStore => t("error-not-a-store"),
        E::NewerFormat { found, supported } => f(
            "error-newer-format",
            &[
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        E::StoreMissing => t("error-store-missing"),
        E::StoreExists => t("error-store-exists"),
        E::NotFound { what } => match not_found_id(what) {
            Some(id) => t(id),
            None => f("error-not-found", &[("what", (*what).into())]),
        },
        E::AlreadyExists { what } => match exists_id(what) {
            Some(id) => t(id),
            None => f("error-exists", &[("what", (*what).into())]),
        },
        E::StorageFull => t("error-storage-full"),
        E::NotABackup => t("error-not-a-backup"),
        E::WrongRecoveryCode => t("error-wrong-recovery-code"),
        E::BackupDamaged { reason } => f("error-backup-damaged", &[("reason", (*reason).into())]),
        E::Busy => t("error-busy"),
        E::Closed => t("error-closed"),
        E::Database(error) => f("error-database", &[("detail", (&error.to_string()).into())]),
        E::Io(error) if error.kind() == std::io::ErrorKind::PermissionDenied => {
            t("error-io-read-only")
        }
        E::Io(error) => f("error-io", &[("detail", (&error.to_string()).into())]),
    }
}

/// The message `id` when there is one, else the core's own word.
fn named(id: Option<&str>, raw: &str) -> String {
    id.map_or_else(|| raw.to_owned(), t)
}

fn not_found_id(what: &str) -> Option<&'static str> {
    Some(match what {
        "contact" => "error-not-found-contact",
        "journey" => "error-not-found-journey",
        "reach-out action" => "error-not-found-reach-out",
        "record" => "error-not-found-record",
        "settings" => "error-not-found-settings",
        "store" => "error-not-found-store",
        "use" => "error-not-found-use",
        "chain entry" => "error-not-found-chain-entry",
        "journal entry" => "error-not-found-journal-entry",
        _ => return None,
    })
}

fn exists_id(what: &str) -> Option<&'static str> {
    Some(match what {
        "check-in for that day" => "error-exists-check-in",
        "record with that key" => "error-exists-record",
        "store" => "error-store-exists",
        _ => return None,
    })
}

/// The catalogue id naming an input the core rejected.
fn field_id(field: &str) -> Option<&'static str> {
    Some(match field {
        "backup" => "field-backup",
        "channel" => "field-channel",
        "clean_date" => "field-clean-date",
        "clean_time" => "field-clean-time",
        "contact" => "field-contact",
        "contacts" => "field-contacts",
        "cost_per_day" => "field-cost-per-day",
        "craving" => "field-craving",
        "currency" => "field-currency",
        "date" => "field-date",
        "helped" => "field-helped",
        "hours_per_day" => "field-hours-per-day",
        "id" => "field-id",
        "index" => "field-index",
        "item" => "field-item",
        "items" => "field-items",
        "language" => "field-language",
        "local_time" => "field-local-time",
        "medication" => "field-medication",
        "medications" => "field-medications",
        "mood" => "field-mood",
        "name" => "field-name",
        "note" => "field-note",
        "passphrase" => "field-passphrase",
        "personal_milestone" => "field-personal-milestone",
        "phone" => "field-phone",
        "platform_key" => "field-platform-key",
        "primary" => "field-primary",
        "record" => "field-record",
        "recovery_code" => "field-recovery-code",
        "region" => "field-region",
        "role" => "field-role",
        "section" => "field-section",
        "substance" => "field-substance",
        "time" => "field-time",
        "time_zone" => "field-time-zone",
        "trigger" => "field-trigger",
        "triggers" => "field-triggers",
        "text" => "field-text",
        "query" => "field-query",
        "pledge_kept" => "field-pledge-kept",
        "file" => "field-import-file",
        "history" => "field-import-history",
        "days" => "field-import-days",
        "entries" => "field-import-entries",
        "quit date" => "field-import-quit-date",
        "savings" => "field-import-savings",
        "status" => "field-import-status",
        "time saving" => "field-import-time-saving",
        "daily notes" => "field-import-daily-notes",
        "journal" => "field-import-journal",
        "custom_names" => "field-import-custom-names",
        _ => return None,
    })
}

/// The catalogue id of a reason the core gave for rejecting an input.
fn reason_id(reason: &str) -> Option<&'static str> {
    Some(match reason {
        "already in this section" => "reason-already-in-section",
        "at most 10 medications" => "reason-at-most-10-medications",
        "at most 20 in a section" => "reason-at-most-20-items",
        "cannot be encoded" => "reason-cannot-be-encoded",
        "contains control characters" => "reason-control-characters",
        "day count must be at least 1" => "reason-day-count-at-least-1",
        "day count too large" => "reason-day-count-too-large",
        "duplicate" => "reason-duplicate",
        "empty" => "reason-empty",
        "is empty" => "reason-is-empty",
        "expected HH:MM" => "reason-expected-time",
        "expected YYYY-MM-DD" => "reason-expected-date",
        "expected YYYY-MM-DDTHH:MM" => "reason-expected-date-time",
        "expected taken, missed or none" => "reason-expected-medication",
        "has no lookup key" => "reason-no-lookup-key",
        "must be 30 letters and digits in 6 groups" => "reason-code-length",
        "has a character that is not in recovery codes" => "reason-code-character",
        "has a typo in group 1" => "reason-code-typo-1",
        "has a typo in group 2" => "reason-code-typo-2",
        "has a typo in group 3" => "reason-code-typo-3",
        "has a typo in group 4" => "reason-code-typo-4",
        "has a typo in group 5" => "reason-code-typo-5",
        "has a typo in group 6" => "reason-code-typo-6",
        "has spaces at either end" => "reason-spaces-at-ends",
        "not trimmed" => "reason-not-trimmed",
        "has the same dose time twice" => "reason-same-dose-time",
        "hour must be 00 to 23" => "reason-hour-range",
        "in the future" => "reason-in-the-future",
        "is longer than 1024 bytes" => "reason-longer-than-1024-bytes",
        "is longer than 500 characters" => "reason-longer-than-500",
        "is longer than 80 characters" => "reason-longer-than-80",
        "is not an ISO 3166-1 alpha-2 country code" => "reason-not-a-country-code",
        "is past the end of the chain" => "reason-past-end-of-chain",
        "is too large" => "reason-too-large",
        "is too long to be a phone number" => "reason-phone-too-long",
        "letters are not allowed; type the digits" => "reason-phone-letters",
        "minute must be 00 to 59" => "reason-minute-range",
        "month must be 01 to 12" => "reason-month-range",
        "must be 0 to 10" => "reason-0-to-10",
        "must be 1 to 5" => "reason-1-to-5",
        "must be 32 hexadecimal digits" => "reason-32-hex-digits",
        "must be at least 8 characters" => "reason-at-least-8-characters",
        "must be exactly 32 bytes" => "reason-exactly-32-bytes",
        "name has control characters" => "reason-name-control-characters",
        "name must be 1 to 60 characters" => "reason-name-1-to-60",
        "names a fixed tag" => "reason-names-a-fixed-tag",
        "needs 1 to 8 dose times" => "reason-1-to-8-dose-times",
        "no such contact in the circle" => "reason-no-such-contact",
        "no such day in that month" => "reason-no-such-day",
        "no such item" => "reason-no-such-item",
        "not a language Cairn speaks (en, es)" => "reason-not-a-language",
        "only a sponsor can be the primary contact" => "reason-only-sponsor-primary",
        "the circle is full (at most 100 contacts)" => "reason-circle-full",
        "this backup also needs its passphrase" => "reason-backup-needs-passphrase",
        "this backup has no passphrase" => "reason-backup-has-no-passphrase",
        "this entry does not take texts" => "reason-no-texts",
        "too long" => "reason-too-long",
        "too many" => "reason-too-many",
        "too many records" => "reason-too-many-records",
        "unknown IANA time zone name" => "reason-unknown-time-zone",
        "unknown role" => "reason-unknown-role",
        "unknown section" => "reason-unknown-section",
        "year before 1900" => "reason-year-before-1900",
        "is not an ISO 4217 currency code" => "reason-not-a-currency",
        "must not be negative" => "reason-not-negative",
        "is not a plain decimal number (digits, optionally a point and digits)" => {
            "reason-not-plain-decimal-help"
        }
        "is not a plain decimal number" => "reason-not-plain-decimal",
        "has more decimal places than the currency has" => "reason-too-many-decimal-places",
        "must be under 1000000 a day" => "reason-under-a-million",
        "must be more than zero" => "reason-more-than-zero",
        "is not a number" => "reason-not-a-number",
        "must be at most 24" => "reason-at-most-24",
        "has more than 2 decimal places" => "reason-at-most-2-decimals",
        "needed: no region with a usual currency in settings" => "reason-currency-needed",
        "a Quitter export, not Sobriety" => "reason-import-quitter-not-sobriety",
        "a Sobriety export, not Quitter" => "reason-import-sobriety-not-quitter",
        "an earlier attempt never ended" => "reason-import-attempt-never-ended",
        "attempts overlap" => "reason-import-attempts-overlap",
        "cut short" => "reason-import-cut-short",
        "damaged, perhaps by the phone export" => "reason-import-damaged-by-phone",
        "does not match the history" => "reason-import-does-not-match-history",
        "holds nothing to import" => "reason-import-nothing",
        "missing title or quit date" => "reason-import-missing-title-or-date",
        "not JSON" => "reason-import-not-json",
        "not UTF-8 text" => "reason-import-not-utf8",
        "not a JSON export" => "reason-import-not-json-export",
        "not a Quitter export" => "reason-import-not-quitter",
        "not a Sobriety export" => "reason-import-not-sobriety",
        "not a date" => "reason-import-not-a-date",
        "not a list" => "reason-import-not-a-list",
        "not a map" => "reason-import-not-a-map",
        "not a positive length" => "reason-import-not-positive-length",
        "not a time" => "reason-import-not-a-time",
        "not an amount" => "reason-import-not-an-amount",
        "not an amount and a unit" => "reason-import-not-amount-and-unit",
        "not text" => "reason-import-not-text",
        "reach before 1900" => "reason-import-before-1900",
        "text damaged by the phone export cannot be recovered" => {
            "reason-import-damaged-unrecoverable"
        }
        "too large" => "reason-import-too-large",
        "too many attempts" => "reason-import-too-many-attempts",
        "too many notes" => "reason-import-too-many-notes",
        "too many substances" => "reason-import-too-many-substances",
        "unknown" => "reason-import-unknown",
        "at most 12 reasons" => "reason-at-most-12-reasons",
        "kept on a day with a use" => "reason-kept-with-a-use",
        "no pledge that day" => "reason-no-pledge-that-day",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The string literals of a call's arguments, up to its closing parenthesis.
    fn literals_to_close(call: &str) -> (Vec<String>, usize, bool) {
        let mut literals = Vec::new();
        let mut inside: Option<String> = None;
        let (mut depth, mut commas) = (0u32, 0);
        for c in call.chars() {
            if inside.is_some() {
                if c == '"' {
                    literals.extend(inside.take());
                } else if let Some(literal) = inside.as_mut() {
                    literal.push(c);
                }
                continue;
            }
            match c {
                '"' => inside = Some(String::new()),
                '(' => depth += 1,
                ')' if depth == 0 => break,
                ')' => depth -= 1,
                ',' if depth == 0 => commas += 1,
                _ => {}
            }
        }
        let first_is_literal = call.trim_start().starts_with('"');
        (literals, commas, first_is_literal)
    }

    /// Every `Error::invalid(.., "reason")` literal in the core's sources has a message here,
    /// so a reason added to the core shows up as a failing test rather than English in a
    /// Spanish sentence.
    #[test]
    fn every_reason_the_core_gives_has_a_message() {
        let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src");
        let mut missing = Vec::new();
        let mut stack = vec![core];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if path.is_dir() && name != "tests" {
                    stack.push(path);
                } else if name.ends_with(".rs") && name != "tests.rs" && name != "test_support.rs" {
                    let source = std::fs::read_to_string(&path).unwrap();
                    for call in source.split("invalid(").skip(1) {
                        // `invalid("field", "reason")`, `invalid(FIELD, "reason")`, or a
                        // closure's `invalid("reason")`; `invalid("field", reason)` passes a
                        // variable whose literals are checked where the closure is called.
                        let (mut literals, commas, first_is_literal) = literals_to_close(call);
                        let reason = match (literals.len(), commas, first_is_literal) {
                            (1, 0, _) | (2, _, _) | (1, _, false) => literals.pop(),
                            _ => None,
                        };
                        let Some(reason) = reason else { continue };
                        if reason_id(&reason).is_none() {
                            missing.push(format!("{}: {reason}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "reasons without a message: {missing:#?}"
        );
    }
}
