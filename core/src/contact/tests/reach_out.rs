//! The order of the reach-out chain and what a reach-out counts as.

use chrono::{DateTime, Utc};

use super::common::{contact, id, invalid, message, primary_sponsor};
use crate::checkin::HelpfulAction;
use crate::contact::{
    ChainEntry, ChainRole, Channel, Contact, ContactRole, LineKind, ReachOut, Region,
    helpful_action, reach_out_chain,
};
use crate::id::RecordId;
use crate::test_support::english;
use crate::test_support::utc;

fn us() -> Option<Region> {
    Some(Region::parse("US").unwrap())
}

fn who(chain: &[ChainEntry]) -> Vec<&str> {
    chain.iter().map(|entry| entry.who.as_str()).collect()
}

const US_LINES: [&str; 3] = [
    "988 Suicide & Crisis Lifeline",
    "SAMHSA National Helpline",
    "Emergency services (911)",
];

fn circle() -> Vec<(RecordId, Contact)> {
    vec![
        (
            id(1u8),
            contact("Fay", "+1 555 000 0001", ContactRole::Friend, 0),
        ),
        (
            id(2u8),
            contact("Ben", "+1 555 000 0002", ContactRole::Backup, 5),
        ),
        (id(3u8), primary_sponsor("Sam", "+1 555 000 0003", 9)),
        (
            id(4u8),
            contact("Abe", "+1 555 000 0004", ContactRole::Backup, 1),
        ),
        (
            id(5u8),
            contact("Cal", "+1 555 000 0005", ContactRole::Counselor, 0),
        ),
        (
            id(6u8),
            contact("Sue", "+1 555 000 0006", ContactRole::Sponsor, 3),
        ),
    ]
}

#[test]
fn primary_sponsor_first_then_backups_then_the_rest_then_lines() {
    let chain = reach_out_chain(&circle(), us(), english());
    let mut expected = vec!["Sam", "Abe", "Ben", "Cal", "Fay", "Sue"];
    expected.extend(US_LINES);
    assert_eq!(who(&chain), expected);
    let ids: Vec<_> = chain.iter().map(|entry| entry.contact).collect();
    assert_eq!(ids[..6], [3u8, 4, 2, 5, 1, 6].map(|n| Some(id(n))));
    assert!(
        chain[6..]
            .iter()
            .all(|entry| entry.contact.is_none() && entry.line.is_some())
    );
    assert_eq!(chain[0].tel_uri, "tel:+15550000003");
    assert_eq!(chain[0].role, ChainRole::Contact(ContactRole::Sponsor));
}

#[test]
fn without_a_primary_backups_lead_and_sponsors_keep_their_order() {
    let mut people = circle();
    people[2].1.primary = false;
    let chain = reach_out_chain(&people, us(), english());
    assert_eq!(who(&chain)[..6], ["Abe", "Ben", "Cal", "Fay", "Sue", "Sam"]);
}

#[test]
fn removing_the_primary_still_leaves_a_working_chain() {
    let mut people = circle();
    people.retain(|(person, _)| *person != id(3u8));
    let chain = reach_out_chain(&people, us(), english());
    assert_eq!(who(&chain)[..5], ["Abe", "Ben", "Cal", "Fay", "Sue"]);
    let empty: [(RecordId, Contact); 0] = [];
    let chain = reach_out_chain(&empty, us(), english());
    assert_eq!(who(&chain), US_LINES);
    assert_eq!(chain.last().unwrap().tel_uri, "tel:911");
}

#[test]
fn ties_in_the_chosen_order_go_by_name_ignoring_case_then_position() {
    let people = vec![
        (id('x'), contact("bea", "911", ContactRole::Friend, 2)),
        (id('y'), contact("Al", "911", ContactRole::Friend, 2)),
        (id('z'), contact("Bea", "911", ContactRole::Family, 2)),
        (id('w'), contact("Zed", "911", ContactRole::Peer, 1)),
        (id('v'), contact("Al", "911", ContactRole::Friend, 2)),
    ];
    let chain = reach_out_chain(&people, None, english());
    let ids: Vec<_> = chain.iter().filter_map(|entry| entry.contact).collect();
    assert_eq!(ids, ['w', 'y', 'v', 'z', 'x'].map(id));
}

#[test]
fn two_primaries_put_only_the_first_in_order_at_the_front() {
    let people = vec![
        (id('a'), primary_sponsor("Ann", "911", 4)),
        (id('b'), primary_sponsor("Bob", "911", 2)),
        (id('c'), contact("Cat", "911", ContactRole::Backup, 9)),
        (
            id('p'),
            Contact {
                primary: true,
                ..contact("Pharm", "911", ContactRole::Pharmacy, 0)
            },
        ),
    ];
    let chain = reach_out_chain(&people, None, english());
    assert_eq!(
        who(&chain),
        ["Bob", "Cat", "Pharm", "Ann", "Emergency number (112)"]
    );
}

#[test]
fn texting_is_offered_only_where_allowed() {
    let mut people = circle();
    people[2].1.can_text = true;
    let chain = reach_out_chain(&people, us(), english());
    assert_eq!(chain[0].sms_uri.as_deref(), Some("sms:+15550000003"));
    assert!(chain[1..6].iter().all(|entry| entry.sms_uri.is_none()));
    assert_eq!(chain[6].sms_uri.as_deref(), Some("sms:988"));
    assert_eq!(chain[7].sms_uri, None);
    // An extension is dialled but never texted.
    people[2].1.phone = "+1 555 000 0003 x12".parse().unwrap();
    let chain = reach_out_chain(&people, us(), english());
    assert_eq!(chain[0].tel_uri, "tel:+15550000003;ext=12");
    assert_eq!(chain[0].sms_uri.as_deref(), Some("sms:+15550000003"));
}

/// Expected (line id, role) pairs as the chain holds them.
fn owned(expected: &[(&str, ChainRole)]) -> Vec<(String, ChainRole)> {
    expected
        .iter()
        .map(|(line, role)| ((*line).to_owned(), *role))
        .collect()
}

#[test]
fn lines_come_crisis_then_treatment_then_urgent_care_then_emergency() {
    let lines = |code: &str| {
        let empty: [(RecordId, Contact); 0] = [];
        reach_out_chain(&empty, Some(Region::parse(code).unwrap()), english())
            .into_iter()
            .map(|entry| (entry.line.unwrap_or_default(), entry.role))
            .collect::<Vec<(String, ChainRole)>>()
    };
    let crisis = ChainRole::Line(LineKind::CrisisLine);
    let emergency = ChainRole::Line(LineKind::Emergency);
    assert_eq!(
        lines("GB"),
        owned(&[
            ("gb-samaritans", crisis),
            ("gb-frank", crisis),
            ("gb-nhs-111", crisis),
            ("gb-999", emergency)
        ])
    );
    assert_eq!(
        lines("CA"),
        owned(&[("ca-988", crisis), ("ca-911", emergency)])
    );
    assert_eq!(
        lines("IE"),
        owned(&[
            ("ie-samaritans", crisis),
            ("ie-hse-drugs-helpline", crisis),
            ("ie-112", emergency)
        ])
    );
    assert_eq!(
        lines("AU"),
        owned(&[
            ("au-lifeline", crisis),
            ("au-aod-hotline", crisis),
            ("au-000", emergency)
        ])
    );
    assert_eq!(lines("JP"), owned(&[("intl-112", emergency)]));
}

#[test]
fn hours_travel_with_lines() {
    let empty: [(RecordId, Contact); 0] = [];
    let chain = reach_out_chain(&empty, Some(Region::parse("IE").unwrap()), english());
    assert_eq!(
        chain[1].hours.as_deref(),
        Some("Monday to Friday, office hours")
    );
    assert_eq!(chain[0].hours.as_deref(), Some("24/7"));
}

#[test]
fn chain_roles_serialise_as_one_string() {
    let roles = [
        ChainRole::Contact(ContactRole::Sponsor),
        ChainRole::Contact(ContactRole::PrescriberOrClinic),
        ChainRole::Line(LineKind::CrisisLine),
        ChainRole::Line(LineKind::Emergency),
    ];
    let json = serde_json::to_string(&roles).unwrap();
    assert_eq!(
        json,
        r#"["sponsor","prescriber_or_clinic","crisis_line","emergency"]"#
    );
    assert_eq!(
        serde_json::from_str::<Vec<ChainRole>>(&json).unwrap(),
        roles
    );
}

fn at() -> DateTime<Utc> {
    utc(2026, 11, 22, 3, 14)
}

#[test]
fn a_tap_on_an_entry_becomes_a_reach_out() {
    let people = circle();
    let chain = reach_out_chain(&people, us(), english());
    let call = ReachOut::from_entry(&chain[0], Channel::Call, at()).unwrap();
    assert_eq!(
        (call.contact, call.line.as_deref(), call.channel),
        (Some(id(3u8)), None, Channel::Call)
    );
    let text = ReachOut::from_entry(&chain[6], Channel::Text, at()).unwrap();
    assert_eq!((text.contact, text.line.as_deref()), (None, Some("us-988")));
    assert_eq!(
        message(ReachOut::from_entry(&chain[1], Channel::Text, at()).unwrap_err()),
        invalid("channel", "this entry does not take texts")
    );
}

#[test]
fn reaching_any_sponsor_counts_as_called_sponsor() {
    let people = circle();
    let to = |contact: Option<u8>, line: Option<&str>, channel| ReachOut {
        contact: contact.map(id),
        line: line.map(str::to_owned),
        channel,
        at: at(),
    };
    let cases = [
        (
            to(Some(3), None, Channel::Call),
            HelpfulAction::CalledSponsor,
        ), // primary sponsor
        (
            to(Some(6), None, Channel::Call),
            HelpfulAction::CalledSponsor,
        ), // another sponsor
        (
            to(Some(6), None, Channel::Text),
            HelpfulAction::CalledSponsor,
        ), // by text
        (to(Some(4), None, Channel::Call), HelpfulAction::ReachedOut), // a backup
        (to(Some(1), None, Channel::Call), HelpfulAction::ReachedOut), // a friend
        (to(Some(99), None, Channel::Call), HelpfulAction::ReachedOut), // since deleted
        (
            to(None, Some("us-988"), Channel::Call),
            HelpfulAction::ReachedOut,
        ), // a line
    ];
    for (reach_out, action) in cases {
        assert_eq!(helpful_action(&reach_out, &people), action, "{reach_out:?}");
    }
    assert_eq!(HelpfulAction::CalledSponsor.key(), "called_sponsor");
    assert_eq!(HelpfulAction::ReachedOut.key(), "reached_out");
    assert_eq!(
        serde_json::to_string(&HelpfulAction::CalledSponsor).unwrap(),
        r#""called_sponsor""#
    );
}

#[test]
fn reach_outs_round_trip_through_serde() {
    let reach_out = ReachOut {
        contact: Some(id(7u8)),
        line: None,
        channel: Channel::Text,
        at: at(),
    };
    let json = serde_json::to_string(&reach_out).unwrap();
    assert_eq!(
        json,
        r#"{"contact":"07070707070707070707070707070707","line":null,"channel":"text","at":"2026-11-22T03:14:00Z"}"#
    );
    assert_eq!(serde_json::from_str::<ReachOut>(&json).unwrap(), reach_out);
}
