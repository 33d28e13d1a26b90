//! The person's circle: contacts, the reach-out chain behind the one-tap button, and the
//! crisis lines that never depend on anything the person entered.

use std::time::SystemTime;

use cairn_core::RecordId;
use cairn_core::checkin::HelpfulAction;
use cairn_core::companion::{ContactView, ReachOutChain};
use cairn_core::contact::{self, CallAction, Channel, NewContact, Purpose};
use cairn_core::text::{self, Catalogue, Language};

use crate::CairnError;
use crate::companion::{Companion, instant};

/// A line from the sourced crisis directory.
///
/// Hand-written rather than derived: the core's directory is compiled-in `&'static str` data,
/// and a shell needs owned text plus the `tel:` and `sms:` links the core computes for it.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CrisisLine {
    /// Stable id, such as "us-988".
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is for.
    pub purpose: Purpose,
    /// The number as published.
    pub number: String,
    /// When it answers.
    pub hours: String,
    /// A short line for the person, if the directory has one.
    pub detail: Option<String>,
    /// The languages (BCP 47 tags) a source confirms it answers calls in; empty when unknown.
    pub languages: Vec<String>,
    /// The `tel:` link.
    pub tel_uri: String,
    /// The `sms:` link, if it answers texts.
    pub sms_uri: Option<String>,
    /// Where the number comes from.
    pub source: String,
}

impl CrisisLine {
    fn new(line: &contact::CrisisLine, text: &Catalogue) -> Self {
        CrisisLine {
            id: line.id.to_owned(),
            name: line.name(text),
            purpose: line.purpose,
            number: line.number.to_owned(),
            hours: line.hours(text),
            detail: line.detail(text),
            languages: line.languages.iter().map(|tag| (*tag).to_owned()).collect(),
            tel_uri: line.tel_uri(),
            sms_uri: line.sms_uri(),
            source: line.source.to_owned(),
        }
    }
}

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Adds a contact; `primary` makes them the primary sponsor (demoting the previous one).
    pub fn add_contact(&self, contact: NewContact, primary: bool) -> Result<RecordId, CairnError> {
        self.with(|c| c.add_contact(contact, primary))
    }

    /// Every contact, in the person's order.
    pub fn contacts(&self) -> Result<Vec<ContactView>, CairnError> {
        self.with(|c| c.contacts())
    }

    /// Replaces a contact's details; `primary` true or false changes who is primary.
    pub fn edit_contact(
        &self,
        contact_id: RecordId,
        contact: NewContact,
        primary: Option<bool>,
    ) -> Result<(), CairnError> {
        self.with(|c| c.edit_contact(contact_id, contact, primary))
    }

    /// Removes a contact; the chain still works.
    pub fn remove_contact(&self, contact_id: RecordId) -> Result<(), CairnError> {
        self.with(|c| c.remove_contact(contact_id))
    }

    /// The chain behind the one-tap button. Never empty.
    pub fn reach_out_chain(&self) -> Result<ReachOutChain, CairnError> {
        self.with(|c| c.reach_out_chain())
    }

    /// What the one-tap button does now: the first entry of the chain.
    pub fn reach_out_action(&self) -> Result<CallAction, CairnError> {
        self.with(|c| c.reach_out_action())
    }

    /// Logs a tap on chain entry `index`; it counts in today's check-in as what it returns
    /// (`CalledSponsor` or `ReachedOut`).
    pub fn log_reach_out(
        &self,
        index: u32,
        channel: Channel,
        now: SystemTime,
    ) -> Result<HelpfulAction, CairnError> {
        let index = usize::try_from(index).unwrap_or(usize::MAX);
        self.with(|c| c.log_reach_out(index, channel, instant(now)))
    }

    /// The sourced crisis lines of the person's region (112 when none are known). Shown on the
    /// screen for a store that cannot open too, through [`crisis_lines_for_region`].
    pub fn crisis_lines(&self) -> Result<Vec<CrisisLine>, CairnError> {
        self.with(|c| Ok((c.crisis_lines()?, c.messages()?)))
            .map(|(directory, text)| lines_in(&directory, text))
    }
}

/// The crisis lines of `region` (an ISO 3166-1 code; `null` or an unknown region gives 112),
/// worded for the device's `locale` (any spelling; unknown languages get English), with no
/// store at all: what a shell shows when the store cannot be opened.
#[uniffi::export]
pub fn crisis_lines_for_region(region: Option<String>, locale: String) -> Vec<CrisisLine> {
    let region = region.and_then(|code| contact::Region::parse(&code).ok());
    let text = text::messages(Language::from_locale(&locale));
    lines_in(&contact::directory(region), text)
}

fn lines_in(directory: &contact::Directory, text: &Catalogue) -> Vec<CrisisLine> {
    directory
        .lines
        .iter()
        .map(|line| CrisisLine::new(line, text))
        .collect()
}
