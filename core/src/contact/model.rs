//! The person's circle: the people Cairn calls for them, and the rules that keep the list sound.
//!
//! In a bad moment one tap calls the sponsor, then the next person. That only works if every
//! saved contact has a number a phone can dial, a role that says who they are, and at most one
//! primary sponsor at the front of the line. This module holds those records and the pure checks
//! and changes on them; storage wraps them with ids (any `Id: Copy + Eq`), as for every other
//! record.
//!
//! Validation limits (lengths in Unicode scalar values, i.e. `char`s):
//! - name: trimmed, 1..=[`NAME_MAX_CHARS`], no control characters;
//! - note: trimmed (a blank note is no note), at most [`NOTE_MAX_CHARS`], no control characters
//!   except line breaks;
//! - phone: see [`super::phone`];
//! - at most [`MAX_CONTACTS`] contacts.
//!
//! The primary rule: **only a contact whose role is [`ContactRole::Sponsor`] can be primary**, and
//! at most one is. "Primary sponsor" is how the brief and peers name the first person to call, and
//! it keeps one meaning across the app: the chain starts with the primary sponsor, and a call to a
//! sponsor counts as "called sponsor" in the day's check-in. A friend who acts as a sponsor is
//! common; the person then gives that friend the Sponsor role, because the role says what someone
//! is to the person's recovery, not a formal title. Every other contact keeps its place in the
//! chain by the order the person chose.
//!
//! Error values name the field and a fixed reason, never the content.

use serde::{Deserialize, Serialize};

use super::phone::PhoneNumber;
use crate::error::{Error, Result};

/// The longest name, in characters.
pub const NAME_MAX_CHARS: usize = 80;
/// The longest note on a contact, in characters.
pub const NOTE_MAX_CHARS: usize = 500;
/// The most contacts in a circle.
pub const MAX_CONTACTS: usize = 100;

/// Who a contact is to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// A 12-step sponsor, or whoever plays that part. Only a sponsor can be primary.
    Sponsor,
    /// A backup contact: the next call when the sponsor does not answer.
    Backup,
    /// A counselor, therapist or key worker.
    Counselor,
    /// The prescriber or clinic (for buprenorphine or methadone, for example).
    PrescriberOrClinic,
    /// The pharmacy.
    Pharmacy,
    /// A family member.
    Family,
    /// A friend.
    Friend,
    /// A peer in recovery or a peer-support worker.
    Peer,
}

impl ContactRole {
    /// Every role, in the order a picker shows them.
    pub const ALL: [Self; 8] = [
        Self::Sponsor,
        Self::Backup,
        Self::Counselor,
        Self::PrescriberOrClinic,
        Self::Pharmacy,
        Self::Family,
        Self::Friend,
        Self::Peer,
    ];

    /// The stable `snake_case` name, as serialised: `"sponsor"`, `"prescriber_or_clinic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sponsor => "sponsor",
            Self::Backup => "backup",
            Self::Counselor => "counselor",
            Self::PrescriberOrClinic => "prescriber_or_clinic",
            Self::Pharmacy => "pharmacy",
            Self::Family => "family",
            Self::Friend => "friend",
            Self::Peer => "peer",
        }
    }

    /// Reads a role from what a person types: any case, with spaces, hyphens, underscores or
    /// slashes between words, and common other words for the same role ("clinic", "doctor",
    /// "counsellor", "chemist", "back-up"). Anything else is an unknown role.
    pub fn parse(text: &str) -> Result<Self> {
        let words: Vec<String> = text
            .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | '/'))
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        let role = match words.join(" ").as_str() {
            "sponsor" => Self::Sponsor,
            "backup" | "back up" | "backup contact" | "fallback" => Self::Backup,
            "counselor" | "counsellor" | "therapist" | "key worker" | "keyworker" => {
                Self::Counselor
            }
            "prescriber or clinic"
            | "prescriber"
            | "clinic"
            | "doctor"
            | "gp"
            | "prescriber clinic" => Self::PrescriberOrClinic,
            "pharmacy" | "pharmacist" | "chemist" => Self::Pharmacy,
            "family" | "relative" => Self::Family,
            "friend" => Self::Friend,
            "peer" | "peer support" | "peer supporter" => Self::Peer,
            _ => {
                return Err(Error::invalid("role", "unknown role"));
            }
        };
        Ok(role)
    }
}

impl std::str::FromStr for ContactRole {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        Self::parse(text)
    }
}

/// A saved contact. Records carry no ids; storage wraps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Contact {
    /// The name, trimmed, 1..=[`NAME_MAX_CHARS`] characters.
    pub name: String,
    /// The validated number.
    pub phone: PhoneNumber,
    /// Who they are to the person.
    pub role: ContactRole,
    /// Whether the person wants to be able to text them (a landline cannot receive texts).
    #[serde(default)]
    pub can_text: bool,
    /// Free text, at most [`NOTE_MAX_CHARS`] characters.
    #[serde(default)]
    pub note: Option<String>,
    /// The person's chosen position in the chain (lower comes first; ties go by name).
    #[serde(default)]
    pub order: u32,
    /// Whether this is the primary sponsor: the first call of the chain. At most one contact, and
    /// only a sponsor.
    #[serde(default)]
    pub primary: bool,
}

/// A contact as entered in a form, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewContact {
    /// The name as typed.
    pub name: String,
    /// The number as typed or pasted.
    pub phone: String,
    /// The role chosen (see [`ContactRole::parse`] for typed roles).
    pub role: ContactRole,
    /// Whether texting is allowed.
    #[serde(default)]
    pub can_text: bool,
    /// The note as typed.
    #[serde(default)]
    pub note: Option<String>,
}

/// One change to a contact's primary flag, returned by [`primary_changes`] for storage to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrimaryUpdate<Id> {
    /// The contact to change.
    pub id: Id,
    /// Its new primary flag.
    pub primary: bool,
}

/// Validates a new contact for the circle and places it: last in the chosen order, and primary
/// when it is a sponsor and the circle has no primary sponsor yet (so that the first sponsor a
/// person saves is the one the one-tap button calls, without another step).
pub fn add_contact<Id: Copy + Eq>(circle: &[(Id, Contact)], new: &NewContact) -> Result<Contact> {
    if circle.len() >= MAX_CONTACTS {
        return Err(Error::invalid(
            "contacts",
            "the circle is full (at most 100 contacts)",
        ));
    }
    let order = circle
        .iter()
        .map(|(_, contact)| contact.order)
        .max()
        .map_or(0, |last| last.saturating_add(1));
    let has_primary = circle
        .iter()
        .any(|(_, contact)| is_primary_sponsor(contact));
    let mut contact = validated(new, order)?;
    contact.primary = contact.role == ContactRole::Sponsor && !has_primary;
    Ok(contact)
}

/// Validates an edit of `current`. The contact keeps its place in the order, and stays primary
/// only while it is still a sponsor.
pub fn edit_contact(current: &Contact, edit: &NewContact) -> Result<Contact> {
    let mut contact = validated(edit, current.order)?;
    contact.primary = current.primary && contact.role == ContactRole::Sponsor;
    Ok(contact)
}

/// Checks a contact that did not come through [`add_contact`] or [`edit_contact`] (an import,
/// a stored record): the same limits, a name already trimmed, and primary only for a sponsor.
pub fn validate_contact(contact: &Contact) -> Result<()> {
    if validate_name(&contact.name)? != contact.name {
        return Err(Error::invalid("name", "has spaces at either end"));
    }
    validate_note(contact.note.as_deref())?;
    if contact.primary && contact.role != ContactRole::Sponsor {
        return Err(not_a_sponsor());
    }
    Ok(())
}

/// The changes that make `new_primary` the one primary sponsor (or, with `None`, leave no
/// primary), for storage to apply together.
///
/// Every other contact flagged primary is demoted, so a circle that somehow holds two primaries
/// is repaired by the next change. Nothing is returned for a contact already in the wanted state;
/// an empty list means nothing changes. The new primary must exist and be a sponsor.
pub fn primary_changes<Id: Copy + Eq>(
    circle: &[(Id, Contact)],
    new_primary: Option<Id>,
) -> Result<Vec<PrimaryUpdate<Id>>> {
    if let Some(id) = new_primary {
        let Some((_, contact)) = circle.iter().find(|(candidate, _)| *candidate == id) else {
            return Err(Error::invalid("contact", "no such contact in the circle"));
        };
        if contact.role != ContactRole::Sponsor {
            return Err(not_a_sponsor());
        }
    }
    Ok(circle
        .iter()
        .filter_map(|(id, contact)| {
            let wanted = Some(*id) == new_primary;
            (contact.primary != wanted).then_some(PrimaryUpdate {
                id: *id,
                primary: wanted,
            })
        })
        .collect())
}

/// Whether a contact is a primary sponsor. A primary flag on any other role (possible only in a
/// damaged or hand-edited record) is ignored everywhere, so it never puts a pharmacy first.
pub(crate) fn is_primary_sponsor(contact: &Contact) -> bool {
    contact.primary && contact.role == ContactRole::Sponsor
}

fn validated(new: &NewContact, order: u32) -> Result<Contact> {
    Ok(Contact {
        name: validate_name(&new.name)?,
        phone: PhoneNumber::parse(&new.phone)?,
        role: new.role,
        can_text: new.can_text,
        note: validate_note(new.note.as_deref())?,
        order,
        primary: false,
    })
}

/// The trimmed name, if it is within limits.
fn validate_name(name: &str) -> Result<String> {
    let name = name.trim();
    let invalid = |reason| Error::invalid("name", reason);
    if name.is_empty() {
        return Err(invalid("is empty"));
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(invalid("is longer than 80 characters"));
    }
    if name.chars().any(char::is_control) {
        return Err(invalid("contains control characters"));
    }
    Ok(name.to_owned())
}

/// The trimmed note (none when blank), if it is within limits.
fn validate_note(note: Option<&str>) -> Result<Option<String>> {
    let Some(note) = note.map(str::trim).filter(|note| !note.is_empty()) else {
        return Ok(None);
    };
    let invalid = |reason| Error::invalid("note", reason);
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(invalid("is longer than 500 characters"));
    }
    if note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(invalid("contains control characters"));
    }
    Ok(Some(note.to_owned()))
}

fn not_a_sponsor() -> Error {
    Error::invalid("primary", "only a sponsor can be the primary contact")
}
