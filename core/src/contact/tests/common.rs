//! Helpers shared by the contact tests.

use crate::contact::{Contact, ContactRole, PhoneNumber};
use crate::error::Error;
use crate::id::RecordId;

/// A record id that names a small number (or a letter), so cases read like the numbers they
/// were written with; ids compare in the order of their numbers.
pub(super) fn id(n: impl Into<u32>) -> RecordId {
    let byte = u8::try_from(n.into()).unwrap();
    RecordId::from_bytes([byte; 16])
}

/// The number an [`id`] was made from.
pub(super) fn number(id: RecordId) -> usize {
    usize::from(id.as_bytes()[0])
}

/// The text of an `InvalidInput` error, compared as text so the tests do not depend on which
/// other variants the real error enum has.
pub(super) fn invalid(field: &str, reason: &str) -> String {
    format!("invalid {field}: {reason}")
}

/// The message of an error, for comparison with [`invalid`].
pub(super) fn message(error: Error) -> String {
    error.to_string()
}

/// A valid contact; panics on a bad number, which is a bug in the test.
pub(super) fn contact(name: &str, phone: &str, role: ContactRole, order: u32) -> Contact {
    Contact {
        name: name.to_owned(),
        phone: PhoneNumber::parse(phone).unwrap(),
        role,
        can_text: false,
        note: None,
        order,
        primary: false,
    }
}

/// A sponsor flagged primary.
pub(super) fn primary_sponsor(name: &str, phone: &str, order: u32) -> Contact {
    Contact {
        primary: true,
        ..contact(name, phone, ContactRole::Sponsor, order)
    }
}
