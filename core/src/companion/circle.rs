//! The person's circle through the facade: contacts, the reach-out chain, logged reach-outs,
//! and the safety card that offers them after a risky use. The chain and the card carry the
//! person's own reasons to stay clean too.
//!
//! The rules live in [`crate::contact`] and [`crate::safety`]; this module loads contacts and
//! settings, calls them, and saves. A logged reach-out is sealed like everything else and counts
//! in that day's check-in ("called sponsor" or "reached out"), now if the check-in exists, or
//! when it is written later that day.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::Companion;
use super::prevention_plan::reasons_in;
use super::records::{CheckInRecord, ReachOutRecord};
use super::settings::settings_in;
use crate::calendar;
use crate::checkin::HelpfulAction;
use crate::contact::{
    self, CallAction, ChainEntry, ChainRole, Channel, Contact, ContactRole, NewContact, ReachOut,
};
use crate::error::{Error, Result};
use crate::id::RecordId;
use crate::safety::{self, SafetyCalls, SafetyCard};
use crate::store::{Reader, Stored, Writer};

/// A contact with its id and links.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ContactView {
    /// The contact's id.
    pub id: RecordId,
    /// The contact.
    #[serde(flatten)]
    pub contact: Contact,
    /// The link that calls.
    pub tel_uri: String,
    /// The link that texts, if they accept texts.
    pub sms_uri: Option<String>,
}

/// The chain behind the one-tap button, and a note when no local lines are known.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReachOutChain {
    /// Who to try, in order.
    pub entries: Vec<ChainEntry>,
    /// Set when the region has no local lines.
    pub note: Option<String>,
    /// The person's own reasons to stay clean, in their order (empty if they wrote none),
    /// shown beside the chain.
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    pub reasons: Vec<String>,
}

fn contacts_in(reader: &Reader<'_>) -> Result<Vec<(RecordId, Contact)>> {
    Ok(reader
        .list::<Contact>()?
        .records
        .into_iter()
        .map(|stored| (stored.id, stored.value))
        .collect())
}

fn contact_in(reader: &Reader<'_>, id: RecordId) -> Result<Stored<Contact>> {
    match reader.get::<Contact>(id) {
        Err(Error::NotFound { .. }) => Err(Error::NotFound { what: "contact" }),
        other => other,
    }
}

/// Applies "at most one primary sponsor": makes `primary` the primary (demoting the previous
/// one), within the writer's transaction.
fn set_primary(writer: &Writer<'_>, primary: Option<RecordId>) -> Result<()> {
    let circle = contacts_in(writer)?;
    for update in contact::primary_changes(&circle, primary)? {
        let mut stored = contact_in(writer, update.id)?;
        stored.value.primary = update.primary;
        writer.update(update.id, &stored.value)?;
    }
    Ok(())
}

/// The safety card after a use that ended `clean_days_before` clean days, if the rule says so.
pub(super) fn safety_card_in(
    reader: &Reader<'_>,
    clean_days_before: u32,
) -> Result<Option<SafetyCard>> {
    if clean_days_before < safety::MIN_CLEAN_DAYS {
        return Ok(None);
    }
    let settings = settings_in(reader)?;
    let region = settings.region;
    let text = crate::text::messages(settings.language);
    let lines = contact::safety_card_lines(region);
    // The chain puts the primary sponsor first, then any other sponsor among the backups.
    let sponsor = contact::reach_out_chain(&contacts_in(reader)?, region, text)
        .into_iter()
        .find(|entry| entry.role == ChainRole::Contact(ContactRole::Sponsor))
        .map(|entry| entry.call_action());
    let calls = SafetyCalls {
        spotter: lines.overdose_spotter.map(|line| line.call_action(text)),
        crisis: lines.crisis.map(|line| line.call_action(text)),
        emergency: lines.emergency.call_action(text),
    };
    let code = region.map_or("", |region| region.code());
    Ok(safety::safety_card(
        clean_days_before,
        code,
        sponsor,
        calls,
        reasons_in(reader)?,
        text,
    ))
}

/// Adds a reach-out's helpful action to the check-in of `date`, if there is one.
pub(super) fn count_in_check_in(
    writer: &Writer<'_>,
    date: NaiveDate,
    action: HelpfulAction,
) -> Result<()> {
    let Some(mut stored) = writer.find::<CheckInRecord>(date.to_string().as_bytes())? else {
        return Ok(());
    };
    if !stored.value.checkin.helped.contains(&action) {
        stored.value.checkin.helped.push(action);
        writer.update(stored.id, &stored.value)?;
    }
    Ok(())
}

/// The helpful actions of the reach-outs logged on `date` in `zone`.
pub(super) fn reach_outs_on(
    reader: &Reader<'_>,
    date: NaiveDate,
    zone: chrono_tz::Tz,
) -> Result<Vec<HelpfulAction>> {
    let circle = contacts_in(reader)?;
    let mut actions: Vec<HelpfulAction> = reader
        .list::<ReachOutRecord>()?
        .records
        .into_iter()
        .filter(|stored| calendar::local_date(stored.value.at, zone) == date)
        .map(|stored| contact::helpful_action(&stored.value, &circle))
        .collect();
    actions.sort_by_key(|action| action.key().to_owned());
    actions.dedup();
    Ok(actions)
}

impl Companion {
    /// Adds a contact; `primary` makes them the primary sponsor (only a sponsor can be).
    pub fn add_contact(&mut self, new: NewContact, primary: bool) -> Result<RecordId> {
        self.store.write(|writer| {
            let contact = contact::add_contact(&contacts_in(writer)?, &new)?;
            let id = writer.insert(&contact)?;
            if primary {
                set_primary(writer, Some(id))?;
            }
            Ok(id)
        })
    }

    /// Every contact, in the person's order.
    pub fn contacts(&self) -> Result<Vec<ContactView>> {
        let mut circle = self.store.read(contacts_in)?;
        circle.sort_by(|(a_id, a), (b_id, b)| {
            (a.order, &a.name, a_id).cmp(&(b.order, &b.name, b_id))
        });
        Ok(circle
            .into_iter()
            .map(|(id, contact)| ContactView {
                id,
                tel_uri: contact.phone.tel_uri(),
                sms_uri: contact.can_text.then(|| contact.phone.sms_uri()),
                contact,
            })
            .collect())
    }

    /// Replaces a contact's details; `primary` `Some(true)` makes them the primary sponsor,
    /// `Some(false)` removes that.
    pub fn edit_contact(
        &mut self,
        id: RecordId,
        new: NewContact,
        primary: Option<bool>,
    ) -> Result<()> {
        self.store.write(|writer| {
            let current = contact_in(writer, id)?;
            let edited = contact::edit_contact(&current.value, &new)?;
            writer.update(id, &edited)?;
            match primary {
                Some(true) => set_primary(writer, Some(id)),
                Some(false) if edited.primary => set_primary(writer, None),
                _ => Ok(()),
            }
        })
    }

    /// Removes a contact. The chain still works: the next person, then the lines.
    pub fn remove_contact(&mut self, id: RecordId) -> Result<()> {
        self.store.write(|writer| {
            contact_in(writer, id)?;
            writer.delete::<Contact>(id)
        })
    }

    /// The chain behind the one-tap button: primary sponsor, backups, the rest of the circle,
    /// then the region's lines. Never empty.
    pub fn reach_out_chain(&self) -> Result<ReachOutChain> {
        self.store.read(|reader| {
            let settings = settings_in(reader)?;
            let region = settings.region;
            let text = crate::text::messages(settings.language);
            let chain = contact::reach_out_chain(&contacts_in(reader)?, region, text);
            Ok(ReachOutChain {
                entries: chain,
                note: contact::directory(region).note.map(|id| text.text(id)),
                reasons: reasons_in(reader)?,
            })
        })
    }

    /// The first action of the chain: what "reach out" means right now.
    pub fn reach_out_action(&self) -> Result<CallAction> {
        self.reach_out_chain()?
            .entries
            .first()
            .map(ChainEntry::call_action)
            .ok_or(Error::NotFound {
                what: "reach-out action",
            })
    }

    /// Logs a tap on chain entry `index` (by call or text). It counts in today's check-in.
    pub fn log_reach_out(
        &mut self,
        index: usize,
        channel: Channel,
        now: DateTime<Utc>,
    ) -> Result<HelpfulAction> {
        let zone = self.zone()?;
        let chain = self.reach_out_chain()?.entries;
        let entry = chain
            .get(index)
            .ok_or(Error::invalid("index", "is past the end of the chain"))?;
        let reach_out = ReachOut::from_entry(entry, channel, now)?;
        self.store.write(|writer| {
            writer.insert(&reach_out)?;
            let action = contact::helpful_action(&reach_out, &contacts_in(writer)?);
            count_in_check_in(writer, calendar::local_date(now, zone), action.clone())?;
            Ok(action)
        })
    }

    /// The crisis lines of the person's region (112 and a note when none are known).
    pub fn crisis_lines(&self) -> Result<contact::Directory> {
        Ok(contact::directory(self.settings()?.region))
    }
}
