//! The reach-out chain behind the one-tap button, and what a reach-out counts as.
//!
//! On a person's worst day one tap calls the sponsor; if the sponsor does not answer, the next
//! tap calls the next person, and the chain always ends with lines that answer. The chain is
//! decided here, from the circle and the region alone, so it works offline and every shell shows
//! the same order:
//!
//! 1. the primary sponsor (at most one; see [`super::model`]);
//! 2. backup contacts, in the person's chosen order;
//! 3. everyone else in the circle, in the chosen order (other sponsors included);
//! 4. the region's lines: crisis lines, then treatment helplines, then urgent care, then the
//!    emergency number, last.
//!
//! Ties in the chosen order go by name (ignoring case), then by position in the circle, so the
//! chain is the same on every call. Overdose-spotter lines (Never Use Alone, NORS) are not in the
//! chain: they are for someone about to use, not the next call when the sponsor does not answer;
//! the safety card shows them ([`super::crisis::safety_card_lines`]). Because the lines are always
//! there, removing the primary sponsor, or every contact, still leaves a working chain.
//!
//! Reaching out is logged and counts as a helpful action in the day's check-in: reaching any
//! sponsor (primary or not, by call or text) counts as `called_sponsor`, anyone else or any line
//! as `reached_out`. Storing the log is storage's job; this module only says what it counts as.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::crisis::{self, Purpose, Region};
use super::model::{Contact, ContactRole, is_primary_sponsor};
use crate::checkin::HelpfulAction;
use crate::error::{Error, Result};
use crate::id::RecordId;
use crate::text::Catalogue;

/// The order of line purposes at the end of the chain.
const LINE_ORDER: [Purpose; 4] = [
    Purpose::Crisis,
    Purpose::TreatmentHelpline,
    Purpose::UrgentCare,
    Purpose::Emergency,
];

/// The kind of a line in the chain, serialised as `"crisis_line"` or `"emergency"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// A crisis line, treatment helpline or urgent-care line.
    CrisisLine,
    /// The emergency number.
    Emergency,
}

/// Who an entry of the chain is: a contact's role (`"sponsor"`, `"backup"`, …) or a line's kind
/// (`"crisis_line"`, `"emergency"`). Serialised as that one string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(untagged)]
pub enum ChainRole {
    /// A contact from the person's circle.
    Contact(ContactRole),
    /// A line from the directory.
    Line(LineKind),
}

/// One step of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChainEntry {
    /// The contact's name or the line's name.
    pub who: String,
    /// The contact's role or the line's kind.
    pub role: ChainRole,
    /// The link to call.
    pub tel_uri: String,
    /// The link to text, only where texting is allowed (the contact's `can_text`, or a line that
    /// answers texts).
    pub sms_uri: Option<String>,
    /// The contact's id, for a contact.
    pub contact: Option<RecordId>,
    /// The line's directory id, for a line.
    pub line: Option<String>,
    /// When the line answers (e.g. "24/7"), for a line.
    pub hours: Option<String>,
}

/// How the person reached out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A phone call.
    Call,
    /// A text message.
    Text,
}

/// A logged reach-out: to a contact or to a line, by call or text, at an instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReachOut {
    /// The contact reached, if it was a contact.
    pub contact: Option<RecordId>,
    /// The directory id of the line reached, if it was a line.
    pub line: Option<String>,
    /// Call or text.
    pub channel: Channel,
    /// When the person tapped.
    pub at: DateTime<Utc>,
}

impl ReachOut {
    /// The reach-out a tap on `entry` records. Texting an entry without an `sms:` link is an
    /// error: the shell offered something the chain did not.
    pub fn from_entry(entry: &ChainEntry, channel: Channel, at: DateTime<Utc>) -> Result<Self> {
        if channel == Channel::Text && entry.sms_uri.is_none() {
            return Err(Error::invalid("channel", "this entry does not take texts"));
        }
        Ok(Self {
            contact: entry.contact,
            line: entry.line.clone(),
            channel,
            at,
        })
    }
}

/// What `reach_out` counts as in the day's check-in: [`HelpfulAction::CalledSponsor`] when its contact is in `circle`
/// with the Sponsor role (by call or by text), [`HelpfulAction::ReachedOut`] otherwise, including
/// a contact since deleted and every line.
pub fn helpful_action(reach_out: &ReachOut, circle: &[(RecordId, Contact)]) -> HelpfulAction {
    let reached_sponsor = reach_out.contact.is_some_and(|wanted| {
        circle
            .iter()
            .any(|(id, contact)| *id == wanted && contact.role == ContactRole::Sponsor)
    });
    if reached_sponsor {
        HelpfulAction::CalledSponsor
    } else {
        HelpfulAction::ReachedOut
    }
}

/// The ordered chain behind the one-tap button (see the module documentation for the order).
/// Never empty: it always ends with the region's emergency number (112 when the region is not
/// set or has no entries).
pub fn reach_out_chain(
    circle: &[(RecordId, Contact)],
    region: Option<Region>,
    text: &Catalogue,
) -> Vec<ChainEntry> {
    let primary = circle
        .iter()
        .enumerate()
        .filter(|(_, (_, contact))| is_primary_sponsor(contact))
        .min_by_key(|(index, (_, contact))| tie_key(*index, contact))
        .map(|(index, _)| index);
    let group = |index: usize, contact: &Contact| {
        if Some(index) == primary {
            0u8
        } else if contact.role == ContactRole::Backup {
            1
        } else {
            2
        }
    };
    let mut people: Vec<(usize, &(RecordId, Contact))> = circle.iter().enumerate().collect();
    people.sort_by_cached_key(|&(index, (_, contact))| {
        (group(index, contact), tie_key(index, contact))
    });

    let mut chain: Vec<ChainEntry> = people
        .into_iter()
        .map(|(_, (id, contact))| ChainEntry {
            who: contact.name.clone(),
            role: ChainRole::Contact(contact.role),
            tel_uri: contact.phone.tel_uri(),
            sms_uri: contact.can_text.then(|| contact.phone.sms_uri()),
            contact: Some(*id),
            line: None,
            hours: None,
        })
        .collect();

    let lines = crisis::directory(region).lines;
    for purpose in LINE_ORDER {
        for line in lines.iter().filter(|line| line.purpose == purpose) {
            let kind = if purpose == Purpose::Emergency {
                LineKind::Emergency
            } else {
                LineKind::CrisisLine
            };
            chain.push(ChainEntry {
                who: line.name(text),
                role: ChainRole::Line(kind),
                tel_uri: line.tel_uri(),
                sms_uri: line.sms_uri(),
                contact: None,
                line: Some(line.id.to_owned()),
                hours: Some(line.hours(text)),
            });
        }
    }
    chain
}

/// The key that orders contacts within a group: chosen order, then name ignoring case, then the
/// exact name, then position in the circle, so that no two contacts ever compare equal.
fn tie_key(index: usize, contact: &Contact) -> (u32, String, String, usize) {
    (
        contact.order,
        contact.name.to_lowercase(),
        contact.name.clone(),
        index,
    )
}
