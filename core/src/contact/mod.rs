//! Contacts and the way out of a bad moment: one tap calls the sponsor, then the next person,
//! then a line that always answers.
//!
//! The brief's worst-day promise ("in a bad moment: one tap calls the sponsor; if the sponsor
//! does not answer, the next person, then a crisis line") rests on four small pieces, each a
//! module: [`phone`] turns what a person typed into a number and the `tel:`/`sms:` links the
//! shells open; [`model`] holds the circle of contacts and the one-primary-sponsor rule;
//! [`crisis`] is the compiled-in, sourced directory of crisis and emergency lines by region; and
//! [`reach_out`] orders the chain behind the button and says what a reach-out counts as in the
//! day's check-in. All of it is pure and works offline: no network, no clock (time is an input),
//! no storage.

mod call;
pub mod crisis;
pub mod model;
pub mod phone;
pub mod reach_out;

#[cfg(test)]
mod tests;

pub use call::CallAction;
pub use crisis::{
    CrisisLine, Directory, NO_LOCAL_LINES_NOTE, Purpose, Region, SafetyCardLines, directory,
    safety_card_lines,
};
pub use model::{
    Contact, ContactRole, MAX_CONTACTS, NewContact, PrimaryUpdate, add_contact, edit_contact,
    primary_changes, validate_contact,
};
pub use phone::PhoneNumber;
pub use reach_out::{
    ChainEntry, ChainRole, Channel, LineKind, ReachOut, helpful_action, reach_out_chain,
};
