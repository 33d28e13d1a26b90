//! Text from a shell that is not a date, a time, an id, a region or a phone number fails where
//! UniFFI lifts it, before any method runs, and reaches the shell as the method's own
//! `CairnError::InvalidInput` (naming the field, never echoing the text), not as an internal
//! error. Each buffer is written field by field the way the generated Kotlin and Swift write it.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::companion::{NewJourney, UseRecorded};
use cairn_core::contact::NewContact;
use cairn_core::journal::UseEvent;
use cairn_core::settings::Settings;
use cairn_ffi::CairnError;
use uniffi::{Lift, LiftArgsError, Lower, LowerReturn, RustBuffer, RustCallError};

type CoreTag = cairn_core::UniFfiTag;
type FfiTag = cairn_ffi::UniFfiTag;

/// A buffer as a shell fills it, one field after another.
#[derive(Default)]
struct Written(Vec<u8>);

impl Written {
    fn text(mut self, text: &str) -> Self {
        <String as Lower<CoreTag>>::write(text.to_owned(), &mut self.0);
        self
    }
    fn no_text(mut self) -> Self {
        <Option<String> as Lower<CoreTag>>::write(None, &mut self.0);
        self
    }
    fn some_text(mut self, text: &str) -> Self {
        <Option<String> as Lower<CoreTag>>::write(Some(text.to_owned()), &mut self.0);
        self
    }
    /// An enum case without data, by its 1-based index as UniFFI writes it.
    fn case(mut self, index: i32) -> Self {
        <i32 as Lower<CoreTag>>::write(index, &mut self.0);
        self
    }
    fn no_list(mut self) -> Self {
        <Vec<String> as Lower<CoreTag>>::write(Vec::new(), &mut self.0);
        self
    }
    fn flag(mut self, value: bool) -> Self {
        <bool as Lower<CoreTag>>::write(value, &mut self.0);
        self
    }
}

/// The field and reason of the `InvalidInput` a lift failed with.
fn invalid<T: std::fmt::Debug>(lifted: uniffi::Result<T>) -> (String, String) {
    let error = lifted.expect_err("the text must not lift");
    match error.downcast::<CairnError>() {
        Ok(CairnError::InvalidInput { field, reason }) => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn use_event(date: &str, time: Option<&str>) -> uniffi::Result<UseEvent> {
    let written = Written::default().text(date);
    let written = match time {
        Some(time) => written.some_text(time),
        None => written.no_text(),
    };
    let bytes = written.case(1).no_text().no_list().0;
    <UseEvent as Lift<CoreTag>>::try_read(&mut bytes.as_slice())
}

#[test]
fn dates_and_times_that_do_not_exist_are_invalid_input() {
    assert!(use_event("2026-11-01", Some("07:30")).is_ok());
    let cases = [
        (
            use_event("2026-02-29", None),
            "date",
            "no such day in that month",
        ),
        (
            use_event("2026-13-01", None),
            "date",
            "month must be 01 to 12",
        ),
        (use_event("22/11/2026", None), "date", "expected YYYY-MM-DD"),
        (use_event("1850-01-01", None), "date", "year before 1900"),
        (
            use_event("2026-11-01", Some("7 pm")),
            "time",
            "expected HH:MM",
        ),
        (
            use_event("2026-11-01", Some("24:00")),
            "time",
            "hour must be 00 to 23",
        ),
    ];
    for (lifted, field, reason) in cases {
        let (got_field, got_reason) = invalid(lifted);
        assert_eq!((got_field.as_str(), got_reason.as_str()), (field, reason));
        assert!(!got_reason.contains("2026") && !got_reason.contains("pm"));
    }
    let journey = Written::default().no_text().text("2026-02-30").no_text().0;
    let (field, _) = invalid(<NewJourney as Lift<CoreTag>>::try_read(
        &mut journey.as_slice(),
    ));
    assert_eq!(field, "date");
}

#[test]
fn ids_regions_and_numbers_are_checked_where_they_cross() {
    let id = Written::default().text("not hex").0;
    let lifted = <cairn_core::RecordId as Lift<CoreTag>>::try_read(&mut id.as_slice());
    assert_eq!(invalid(lifted).0, "id");

    // Settings as a shell would send them back, with a region that does not exist.
    let settings = Written::default()
        .text("Europe/Dublin")
        .flag(true)
        .case(1)
        .flag(true)
        .case(1)
        .case(1)
        .some_text("ZZ")
        .0;
    let lifted = <Settings as Lift<CoreTag>>::try_read(&mut settings.as_slice());
    assert_eq!(invalid(lifted).0, "region");

    // A contact's number is text the core validates after lifting, not while lifting.
    let contact = Written::default()
        .text("Dana")
        .text("1-800-FLOWERS")
        .case(1)
        .flag(true)
        .no_text()
        .0;
    assert!(<NewContact as Lift<CoreTag>>::try_read(&mut contact.as_slice()).is_ok());
}

#[test]
fn a_failed_lift_is_the_methods_own_error_not_an_internal_one() {
    let error = use_event("2026-02-30", None).unwrap_err();
    let returned = <Result<UseRecorded, CairnError> as LowerReturn<FfiTag>>::handle_failed_lift(
        LiftArgsError {
            arg_name: "event",
            error,
        },
    );
    let buffer: RustBuffer = match returned {
        Err(RustCallError::Error(buffer)) => buffer,
        Err(RustCallError::InternalError(message)) => panic!("internal error: {message}"),
        Ok(_) => panic!("a failed lift returned a value"),
    };
    let lifted = <CairnError as Lift<CoreTag>>::try_lift(buffer).unwrap();
    assert!(
        matches!(lifted, CairnError::InvalidInput { ref field, .. } if field == "date"),
        "{lifted:?}"
    );
}

#[test]
fn a_recovery_code_never_reaches_a_debug_line() {
    let exported = cairn_ffi::BackupExported {
        recovery_code: "ABCDE-FGHJK-MNPQR-STVWX-YZ234".into(),
        records: 3,
        damaged_records: Vec::new(),
    };
    let line = format!("{exported:?}");
    assert!(
        !line.contains("ABCDE") && line.contains("[redacted]"),
        "{line}"
    );
}
