//! Contacts, the reach-out chain, crisis lines and notifications as the shells see them.

use std::time::SystemTime;

use cairn_core::contact as core_contact;
use cairn_core::plan as core_plan;

use super::{snake_name, system_time};

/// Who a contact is to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum ContactRole {
    /// A sponsor (one of them may be primary).
    Sponsor,
    /// A backup to the sponsor.
    Backup,
    /// A counselor or therapist.
    Counselor,
    /// A prescriber or clinic.
    PrescriberOrClinic,
    /// A pharmacy.
    Pharmacy,
    /// Family.
    Family,
    /// A friend.
    Friend,
    /// A peer in recovery.
    Peer,
}

/// A contact to add, or new details for one.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct NewContact {
    /// Their name, 1 to 80 characters.
    pub name: String,
    /// Their number as typed; separators are fine, letters and pauses are not.
    pub phone: String,
    /// Their role.
    pub role: ContactRole,
    /// Whether they accept texts.
    pub can_text: bool,
    /// A note, at most 500 characters.
    #[uniffi(default = None)]
    pub note: Option<String>,
}

/// A contact with the links a shell opens.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Contact {
    /// The contact's id.
    pub id: String,
    /// Their name.
    pub name: String,
    /// Their number, normalised.
    pub phone: String,
    /// Their role.
    pub role: ContactRole,
    /// Whether they are the primary sponsor.
    pub primary: bool,
    /// Whether they accept texts.
    pub can_text: bool,
    /// A note.
    pub note: Option<String>,
    /// The `tel:` link.
    pub tel_uri: String,
    /// The `sms:` link, if they accept texts.
    pub sms_uri: Option<String>,
}

/// One entry of the reach-out chain.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ChainEntry {
    /// Who: a contact's name or a line's name.
    pub name: String,
    /// A contact's role ("sponsor", "backup"...) or "crisis_line" / "emergency".
    pub role: String,
    /// The `tel:` link.
    pub tel_uri: String,
    /// The `sms:` link, where texting is welcome.
    pub sms_uri: Option<String>,
    /// The contact's id, for a contact.
    pub contact_id: Option<String>,
    /// The line's id (such as "us-988"), for a line.
    pub line_id: Option<String>,
    /// When a line answers, for a line.
    pub hours: Option<String>,
}

/// The chain behind the one-tap button.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ReachOutChain {
    /// Who to try, in order. Never empty.
    pub entries: Vec<ChainEntry>,
    /// Set when no local lines are known for the region.
    pub note: Option<String>,
}

/// How the person reached out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum Channel {
    /// A call.
    Call,
    /// A text.
    Text,
}

/// A line from the sourced crisis directory.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CrisisLine {
    /// Stable id, such as "us-988".
    pub id: String,
    /// Its name.
    pub name: String,
    /// crisis, overdose_spotter, treatment_helpline, urgent_care or emergency.
    pub purpose: String,
    /// The number as published.
    pub number: String,
    /// When it answers.
    pub hours: String,
    /// The `tel:` link.
    pub tel_uri: String,
    /// The `sms:` link, if it answers texts.
    pub sms_uri: Option<String>,
    /// Where the number comes from.
    pub source: String,
}

/// What a notification is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum NotificationKind {
    /// A milestone day.
    Milestone,
    /// The daily check-in reminder.
    CheckInReminder,
    /// A medication dose.
    MedicationDose,
}

/// A notification that should be pending.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct PlannedNotification {
    /// Stable id: schedule it under this id.
    pub id: String,
    /// What it is for (pick the channel by it).
    pub kind: NotificationKind,
    /// When it fires.
    pub fires_at: SystemTime,
    /// The local wall time it was planned for, "YYYY-MM-DDTHH:MM".
    pub local_time: String,
    /// The zone it was planned in.
    pub time_zone: String,
    /// The lock-screen text.
    pub public_text: String,
    /// The text once unlocked (neutral too in discreet mode).
    pub private_text: String,
}

/// What the OS must cancel and schedule to match the plan.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Reconciliation {
    /// Ids to cancel.
    pub cancel: Vec<String>,
    /// Notifications to schedule.
    pub schedule: Vec<PlannedNotification>,
}

impl From<core_contact::ContactRole> for ContactRole {
    fn from(role: core_contact::ContactRole) -> Self {
        match role {
            core_contact::ContactRole::Sponsor => ContactRole::Sponsor,
            core_contact::ContactRole::Backup => ContactRole::Backup,
            core_contact::ContactRole::Counselor => ContactRole::Counselor,
            core_contact::ContactRole::PrescriberOrClinic => ContactRole::PrescriberOrClinic,
            core_contact::ContactRole::Pharmacy => ContactRole::Pharmacy,
            core_contact::ContactRole::Family => ContactRole::Family,
            core_contact::ContactRole::Friend => ContactRole::Friend,
            core_contact::ContactRole::Peer => ContactRole::Peer,
        }
    }
}

impl From<ContactRole> for core_contact::ContactRole {
    fn from(role: ContactRole) -> Self {
        match role {
            ContactRole::Sponsor => core_contact::ContactRole::Sponsor,
            ContactRole::Backup => core_contact::ContactRole::Backup,
            ContactRole::Counselor => core_contact::ContactRole::Counselor,
            ContactRole::PrescriberOrClinic => core_contact::ContactRole::PrescriberOrClinic,
            ContactRole::Pharmacy => core_contact::ContactRole::Pharmacy,
            ContactRole::Family => core_contact::ContactRole::Family,
            ContactRole::Friend => core_contact::ContactRole::Friend,
            ContactRole::Peer => core_contact::ContactRole::Peer,
        }
    }
}

impl From<NewContact> for core_contact::NewContact {
    fn from(new: NewContact) -> Self {
        core_contact::NewContact {
            name: new.name,
            phone: new.phone,
            role: new.role.into(),
            can_text: new.can_text,
            note: new.note,
        }
    }
}

impl From<cairn_core::companion::ContactView> for Contact {
    fn from(view: cairn_core::companion::ContactView) -> Self {
        Contact {
            id: view.id.to_string(),
            name: view.contact.name,
            phone: view.contact.phone.canonical(),
            role: view.contact.role.into(),
            primary: view.contact.primary,
            can_text: view.contact.can_text,
            note: view.contact.note,
            tel_uri: view.tel_uri,
            sms_uri: view.sms_uri,
        }
    }
}

impl From<cairn_core::companion::ReachOutChain> for ReachOutChain {
    fn from(chain: cairn_core::companion::ReachOutChain) -> Self {
        ReachOutChain {
            entries: chain
                .chain
                .into_iter()
                .map(|entry| ChainEntry {
                    role: snake_name(&entry.role),
                    name: entry.who,
                    tel_uri: entry.tel_uri,
                    sms_uri: entry.sms_uri,
                    contact_id: entry.contact.map(|id| id.to_string()),
                    line_id: entry.line.map(str::to_owned),
                    hours: entry.hours.map(str::to_owned),
                })
                .collect(),
            note: chain.note.map(str::to_owned),
        }
    }
}

impl From<&core_contact::CrisisLine> for CrisisLine {
    fn from(line: &core_contact::CrisisLine) -> Self {
        CrisisLine {
            id: line.id.to_owned(),
            name: line.name.to_owned(),
            purpose: snake_name(&line.purpose),
            number: line.number.to_owned(),
            hours: line.hours.to_owned(),
            tel_uri: line.tel_uri(),
            sms_uri: line.sms_uri(),
            source: line.source.to_owned(),
        }
    }
}

impl From<core_plan::PlannedNotification> for PlannedNotification {
    fn from(entry: core_plan::PlannedNotification) -> Self {
        PlannedNotification {
            id: entry.id,
            kind: match entry.kind {
                core_plan::NotificationKind::Milestone => NotificationKind::Milestone,
                core_plan::NotificationKind::CheckInReminder => NotificationKind::CheckInReminder,
                core_plan::NotificationKind::MedicationDose => NotificationKind::MedicationDose,
            },
            fires_at: system_time(entry.fires_at),
            local_time: entry.local_time.format("%Y-%m-%dT%H:%M").to_string(),
            time_zone: entry.time_zone,
            public_text: entry.public_text,
            private_text: entry.private_text,
        }
    }
}

impl From<core_plan::Reconciliation> for Reconciliation {
    fn from(diff: core_plan::Reconciliation) -> Self {
        Reconciliation {
            cancel: diff.cancel,
            schedule: diff.schedule.into_iter().map(Into::into).collect(),
        }
    }
}
