//! A one-tap action: who is called, and the links a shell opens to do it. The safety card, the
//! reach-out signals and the chain all hand shells this one shape.

use serde::{Deserialize, Serialize};

use super::crisis::CrisisLine;
use super::reach_out::ChainEntry;
use crate::text::Catalogue;

/// Who to call, with the `tel:` link and, where texting is welcome, the `sms:` link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CallAction {
    /// What the button says: a contact's name or a line's name.
    pub label: String,
    /// The RFC 3966 link that dials.
    pub tel_uri: String,
    /// The RFC 5724 link that opens a text, where texting is welcome.
    pub sms_uri: Option<String>,
}

impl CrisisLine {
    /// The action that calls (or texts) this line, labelled in the language of `text`.
    pub fn call_action(&self, text: &Catalogue) -> CallAction {
        CallAction {
            label: self.name(text),
            tel_uri: self.tel_uri(),
            sms_uri: self.sms_uri(),
        }
    }
}

impl ChainEntry {
    /// The action that calls (or texts) this entry.
    pub fn call_action(&self) -> CallAction {
        CallAction {
            label: self.who.clone(),
            tel_uri: self.tel_uri.clone(),
            sms_uri: self.sms_uri.clone(),
        }
    }
}
