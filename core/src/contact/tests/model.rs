//! Roles, contact validation, placement in the circle and the one-primary-sponsor rule.

use super::common::{contact, invalid, message, primary_sponsor};
use crate::contact::model::{NAME_MAX_CHARS, NOTE_MAX_CHARS};
use crate::contact::{
    Contact, ContactRole, MAX_CONTACTS, NewContact, PrimaryUpdate, add_contact, edit_contact,
    primary_changes, validate_contact,
};

fn new(name: &str, phone: &str, role: ContactRole) -> NewContact {
    NewContact {
        name: name.to_owned(),
        phone: phone.to_owned(),
        role,
        can_text: true,
        note: None,
    }
}

/// A change to a contact's primary flag, as `primary_changes` returns it.
fn update(id: char, primary: bool) -> PrimaryUpdate<char> {
    PrimaryUpdate { id, primary }
}

#[test]
fn roles_parse_from_what_people_type() {
    use ContactRole::*;
    let table = [
        ("sponsor", Sponsor),
        ("  Sponsor ", Sponsor),
        ("SPONSOR", Sponsor),
        ("backup", Backup),
        ("Back-up", Backup),
        ("back up", Backup),
        ("counselor", Counselor),
        ("Counsellor", Counselor),
        ("therapist", Counselor),
        ("key worker", Counselor),
        ("prescriber", PrescriberOrClinic),
        ("clinic", PrescriberOrClinic),
        ("prescriber_or_clinic", PrescriberOrClinic),
        ("Prescriber or clinic", PrescriberOrClinic),
        ("prescriber/clinic", PrescriberOrClinic),
        ("GP", PrescriberOrClinic),
        ("pharmacy", Pharmacy),
        ("chemist", Pharmacy),
        ("family", Family),
        ("friend", Friend),
        ("peer", Peer),
        ("Peer supporter", Peer),
    ];
    for (typed, role) in table {
        assert_eq!(ContactRole::parse(typed).unwrap(), role, "{typed:?}");
    }
    for role in ContactRole::ALL {
        assert_eq!(ContactRole::parse(role.as_str()).unwrap(), role);
        assert_eq!(role.as_str().parse::<ContactRole>().unwrap(), role);
    }
}

#[test]
fn unknown_roles_are_refused() {
    for typed in [
        "",
        "  ",
        "sponsee",
        "boss",
        "friend of a friend",
        "sponsor!",
        "ex",
    ] {
        assert_eq!(
            message(ContactRole::parse(typed).unwrap_err()),
            invalid("role", "unknown role"),
            "{typed:?}"
        );
    }
}

#[test]
fn roles_serialise_in_snake_case() {
    let json = serde_json::to_string(&ContactRole::ALL).unwrap();
    assert_eq!(
        json,
        r#"["sponsor","backup","counselor","prescriber_or_clinic","pharmacy","family","friend","peer"]"#
    );
    for role in ContactRole::ALL {
        assert_eq!(
            serde_json::to_string(&role).unwrap(),
            format!("\"{}\"", role.as_str())
        );
    }
}

#[test]
fn names_are_trimmed_and_bounded() {
    let circle: [(u32, Contact); 0] = [];
    let added = add_contact(&circle, &new("  Sam  ", "988", ContactRole::Friend)).unwrap();
    assert_eq!(added.name, "Sam");
    let longest = "é".repeat(NAME_MAX_CHARS);
    assert!(add_contact(&circle, &new(&longest, "988", ContactRole::Friend)).is_ok());
    let cases = [
        ("", "is empty"),
        (" \t ", "is empty"),
        ("Sam\u{7}", "contains control characters"),
        ("Sam\nSmith", "contains control characters"),
    ];
    for (name, reason) in cases {
        let error = add_contact(&circle, &new(name, "988", ContactRole::Friend)).unwrap_err();
        assert_eq!(message(error), invalid("name", reason), "{name:?}");
    }
    let too_long = "é".repeat(NAME_MAX_CHARS + 1);
    let error = add_contact(&circle, &new(&too_long, "988", ContactRole::Friend)).unwrap_err();
    assert_eq!(
        message(error),
        invalid("name", "is longer than 80 characters")
    );
}

#[test]
fn notes_are_trimmed_bounded_and_may_span_lines() {
    let circle: [(u32, Contact); 0] = [];
    let with_note = |note: &str| NewContact {
        note: Some(note.to_owned()),
        ..new("Sam", "988", ContactRole::Friend)
    };
    assert_eq!(add_contact(&circle, &with_note("   ")).unwrap().note, None);
    assert_eq!(
        add_contact(&circle, &with_note(" evenings\nonly "))
            .unwrap()
            .note
            .as_deref(),
        Some("evenings\nonly")
    );
    assert!(add_contact(&circle, &with_note(&"n".repeat(NOTE_MAX_CHARS))).is_ok());
    let error = add_contact(&circle, &with_note(&"n".repeat(NOTE_MAX_CHARS + 1))).unwrap_err();
    assert_eq!(
        message(error),
        invalid("note", "is longer than 500 characters")
    );
    let error = add_contact(&circle, &with_note("a\r\nb")).unwrap_err();
    assert_eq!(
        message(error),
        invalid("note", "contains control characters")
    );
}

#[test]
fn a_bad_number_is_refused_with_the_phone_reason() {
    let circle: [(u32, Contact); 0] = [];
    let error =
        add_contact(&circle, &new("Sam", "1-800-FLOWERS", ContactRole::Friend)).unwrap_err();
    assert_eq!(
        message(error),
        invalid("phone", "letters are not allowed; type the digits")
    );
}

#[test]
fn new_contacts_go_last_and_the_first_sponsor_becomes_primary() {
    let mut circle: Vec<(u32, Contact)> = Vec::new();
    let friend = add_contact(&circle, &new("Ana", "+1 555 123 0001", ContactRole::Friend)).unwrap();
    assert_eq!((friend.order, friend.primary), (0, false));
    circle.push((10, friend));
    let sponsor =
        add_contact(&circle, &new("Bo", "+1 555 123 0002", ContactRole::Sponsor)).unwrap();
    assert_eq!((sponsor.order, sponsor.primary), (1, true));
    circle.push((11, sponsor));
    let second = add_contact(&circle, &new("Cy", "+1 555 123 0003", ContactRole::Sponsor)).unwrap();
    assert_eq!((second.order, second.primary), (2, false));
    assert!(second.can_text);
    assert_eq!(second.phone.tel_uri(), "tel:+15551230003");
}

#[test]
fn order_never_overflows() {
    let circle = [(1u8, contact("Ana", "988", ContactRole::Friend, u32::MAX))];
    let added = add_contact(&circle, &new("Bo", "911", ContactRole::Friend)).unwrap();
    assert_eq!(added.order, u32::MAX);
}

#[test]
fn the_circle_holds_at_most_100_contacts() {
    let circle: Vec<(usize, Contact)> = (0..MAX_CONTACTS - 1)
        .map(|i| (i, contact("Friend", "988", ContactRole::Friend, 0)))
        .collect();
    let mut circle = circle;
    let last = add_contact(&circle, &new("Last", "911", ContactRole::Friend)).unwrap();
    circle.push((MAX_CONTACTS, last));
    let error = add_contact(&circle, &new("Too many", "911", ContactRole::Friend)).unwrap_err();
    assert_eq!(
        message(error),
        invalid("contacts", "the circle is full (at most 100 contacts)")
    );
}

#[test]
fn edits_keep_the_place_and_drop_primary_when_no_longer_a_sponsor() {
    let current = primary_sponsor("Bo", "988", 7);
    let still = edit_contact(
        &current,
        &new(" Bo B. ", "+1 555 123 0002", ContactRole::Sponsor),
    );
    let still = still.unwrap();
    assert_eq!(
        (still.name.as_str(), still.order, still.primary),
        ("Bo B.", 7, true)
    );
    let friend = edit_contact(&current, &new("Bo", "988", ContactRole::Friend)).unwrap();
    assert_eq!((friend.order, friend.primary), (7, false));
    let plain = contact("Cy", "911", ContactRole::Friend, 3);
    let now_sponsor = edit_contact(&plain, &new("Cy", "911", ContactRole::Sponsor)).unwrap();
    assert!(
        !now_sponsor.primary,
        "becoming a sponsor does not make one primary by itself"
    );
}

#[test]
fn stored_contacts_are_checked_again() {
    assert!(validate_contact(&primary_sponsor("Bo", "988", 0)).is_ok());
    let untrimmed = contact(" Bo", "988", ContactRole::Friend, 0);
    assert_eq!(
        message(validate_contact(&untrimmed).unwrap_err()),
        invalid("name", "has spaces at either end")
    );
    let primary_friend = Contact {
        primary: true,
        ..contact("Bo", "988", ContactRole::Friend, 0)
    };
    assert_eq!(
        message(validate_contact(&primary_friend).unwrap_err()),
        invalid("primary", "only a sponsor can be the primary contact")
    );
    let long_note = Contact {
        note: Some("n".repeat(NOTE_MAX_CHARS + 1)),
        ..contact("Bo", "988", ContactRole::Friend, 0)
    };
    assert!(validate_contact(&long_note).is_err());
}

fn circle() -> Vec<(char, Contact)> {
    vec![
        ('a', primary_sponsor("Ana", "+1 555 123 0001", 0)),
        (
            'b',
            contact("Bo", "+1 555 123 0002", ContactRole::Sponsor, 1),
        ),
        (
            'c',
            contact("Cy", "+1 555 123 0003", ContactRole::Friend, 2),
        ),
    ]
}

#[test]
fn making_a_sponsor_primary_demotes_the_previous_one() {
    let changes = primary_changes(&circle(), Some('b')).unwrap();
    assert_eq!(changes, [update('a', false), update('b', true),]);
}

#[test]
fn making_the_primary_primary_again_changes_nothing() {
    assert_eq!(primary_changes(&circle(), Some('a')).unwrap(), []);
}

#[test]
fn clearing_the_primary_demotes_it() {
    assert_eq!(
        primary_changes(&circle(), None).unwrap(),
        [update('a', false)]
    );
    let no_primary = vec![('c', contact("Cy", "911", ContactRole::Friend, 0))];
    assert_eq!(primary_changes(&no_primary, None).unwrap(), []);
}

#[test]
fn only_a_sponsor_in_the_circle_can_become_primary() {
    assert_eq!(
        message(primary_changes(&circle(), Some('c')).unwrap_err()),
        invalid("primary", "only a sponsor can be the primary contact")
    );
    assert_eq!(
        message(primary_changes(&circle(), Some('z')).unwrap_err()),
        invalid("contact", "no such contact in the circle")
    );
}

#[test]
fn a_circle_with_two_primaries_is_repaired_by_the_next_change() {
    let mut damaged = circle();
    damaged.push(('d', primary_sponsor("Di", "911", 3)));
    damaged.push((
        'e',
        Contact {
            primary: true,
            ..contact("Ed", "112", ContactRole::Pharmacy, 4)
        },
    ));
    let changes = primary_changes(&damaged, Some('d')).unwrap();
    assert_eq!(changes, [update('a', false), update('e', false),]);
}

#[test]
fn contacts_round_trip_through_serde() {
    let original = Contact {
        can_text: true,
        note: Some("call after 6".to_owned()),
        ..primary_sponsor("Ana", "+44 (0)20 7946 0018 x12", 4)
    };
    let json = serde_json::to_string(&original).unwrap();
    assert_eq!(serde_json::from_str::<Contact>(&json).unwrap(), original);
    let minimal: Contact =
        serde_json::from_str(r#"{"name":"Bo","phone":{"digits":"988"},"role":"peer"}"#).unwrap();
    assert_eq!(minimal, contact("Bo", "988", ContactRole::Peer, 0));
}
