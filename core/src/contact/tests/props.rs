//! Properties over arbitrary input: parsing never panics, normalising is idempotent, links have
//! only digits where digits belong, errors never echo a number, and the chain keeps its order.

use crate::test_support::english;
use proptest::prelude::*;

use super::common::{id, number};
use crate::contact::{
    ChainRole, Contact, ContactRole, LineKind, PhoneNumber, Region, primary_changes,
    reach_out_chain,
};
use crate::id::RecordId;

/// Characters people type, paste or fat-finger into a number field.
const TRICKY: &[char] = &[
    '0',
    '1',
    '2',
    '5',
    '9',
    '+',
    '(',
    ')',
    ' ',
    '.',
    '-',
    '/',
    ':',
    '=',
    ',',
    ';',
    'p',
    'w',
    'x',
    'X',
    'e',
    't',
    '*',
    '#',
    '\u{a0}',
    '\u{202f}',
    '\u{2013}',
    '\u{200b}',
    '\u{202a}',
    '\u{202c}',
    '\u{feff}',
    '\u{665}',
    '\u{ff15}',
    'é',
    'Ö',
    '\u{1f642}',
    '\0',
    '\n',
    '\t',
];

/// Visual separators that must never change a number.
const SEPARATORS: &[&str] = &[
    "", " ", "-", ".", "/", "(", ")", "\u{a0}", "\u{202f}", "\u{2013}", "\u{200b}",
];

fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TRICKY), 0..40)
        .prop_map(|chars| chars.into_iter().collect())
}

fn phone_like() -> impl Strategy<Value = String> {
    "[+]?[0-9 ().\\-/]{0,24}( ?(x|ext\\.?|extension|;ext=) ?[0-9]{1,4})?"
}

/// A `tel:` or `sms:` link in the only shape allowed: scheme, optional `+`, digits, and for `tel:`
/// an optional `;ext=` with digits.
fn well_formed(uri: &str, scheme: &str, extension_allowed: bool) -> bool {
    let Some(rest) = uri.strip_prefix(scheme) else {
        return false;
    };
    let (number, extension) = match rest.split_once(";ext=") {
        Some((number, extension)) if extension_allowed => (number, Some(extension)),
        Some(_) => return false,
        None => (rest, None),
    };
    let digits = number.strip_prefix('+').unwrap_or(number);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(digits) && extension.is_none_or(all_digits)
}

fn check_parsed(input: &str) -> Result<(), TestCaseError> {
    match PhoneNumber::parse(input) {
        Ok(number) => {
            prop_assert_eq!(&PhoneNumber::parse(&number.canonical()).unwrap(), &number);
            let digits_only = PhoneNumber::parse(number.digits()).unwrap();
            prop_assert_eq!(digits_only.digits(), number.digits());
            prop_assert!(
                well_formed(&number.tel_uri(), "tel:", true),
                "{}",
                number.tel_uri()
            );
            prop_assert!(
                well_formed(&number.sms_uri(), "sms:", false),
                "{}",
                number.sms_uri()
            );
        }
        Err(error) => {
            let text = error.to_string();
            prop_assert!(text.starts_with("invalid phone: "), "{}", text);
            let longest_run = text
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            prop_assert!(longest_run < 4, "error echoes digits: {}", text);
        }
    }
    Ok(())
}

/// The generated circle with record ids made from its numbers.
fn with_ids(people: &[(usize, Contact)]) -> Vec<(RecordId, Contact)> {
    people
        .iter()
        .map(|(n, contact)| (id(u32::try_from(*n).unwrap()), contact.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_unicode_never_panics_and_keeps_the_invariants(input in any::<String>()) {
        check_parsed(&input)?;
    }

    #[test]
    fn tricky_text_keeps_the_invariants(input in tricky_text()) {
        check_parsed(&input)?;
    }

    #[test]
    fn phone_like_text_keeps_the_invariants(input in phone_like()) {
        check_parsed(&input)?;
    }

    #[test]
    fn separators_never_change_a_number(
        global in any::<bool>(),
        first in 1u8..=9,
        rest in prop::collection::vec(0u8..=9, 6..=14),
        seps in prop::collection::vec(prop::sample::select(SEPARATORS), 16),
    ) {
        let digits: Vec<char> = std::iter::once(first).chain(rest).map(|d| char::from(b'0' + d)).collect();
        let plain: String = digits.iter().collect();
        let mut spaced = String::from(if global { "+" } else { "" });
        for (digit, sep) in digits.iter().zip(&seps) {
            spaced.push(*digit);
            // After a country code "(0)" is a trunk prefix, which is dropped on purpose.
            spaced.push_str(if global && *sep == "(" { "" } else { sep });
        }
        let plain = format!("{}{plain}", if global { "+" } else { "" });
        let from_plain = PhoneNumber::parse(&plain).unwrap();
        prop_assert_eq!(PhoneNumber::parse(&spaced).unwrap(), from_plain);
    }
}

const NAMES: &[&str] = &["Ana", "ana", "Bo", "Cy", "Di", "Éd"];
const REGIONS: &[Option<&str>] = &[
    None,
    Some("US"),
    Some("CA"),
    Some("GB"),
    Some("IE"),
    Some("AU"),
    Some("DE"),
];

fn circle() -> impl Strategy<Value = Vec<(usize, Contact)>> {
    let one = (
        0..ContactRole::ALL.len(),
        0u32..4,
        prop::sample::select(NAMES),
        any::<bool>(),
        any::<bool>(),
    );
    prop::collection::vec(one, 0..12).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(id, (role, order, name, primary, can_text))| {
                let role = ContactRole::ALL[role];
                let contact = Contact {
                    name: name.to_owned(),
                    phone: PhoneNumber::parse(&format!("+1 555 010 {id:04}")).unwrap(),
                    role,
                    can_text,
                    note: None,
                    order,
                    primary: primary && (role == ContactRole::Sponsor || id % 5 == 0),
                };
                (id, contact)
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_chain_keeps_its_order_and_always_ends_in_an_emergency_number(
        people in circle(),
        region in prop::sample::select(REGIONS),
    ) {
        let region = region.map(|code| Region::parse(code).unwrap());
        let chain = reach_out_chain(&with_ids(&people), region, english());
        let (contacts, lines) = chain.split_at(people.len());
        prop_assert!(!lines.is_empty());
        prop_assert!(lines.iter().all(|entry| entry.contact.is_none()));
        prop_assert_eq!(lines.last().unwrap().role, ChainRole::Line(LineKind::Emergency));

        let mut ids: Vec<usize> = contacts.iter().map(|entry| number(entry.contact.unwrap())).collect();
        let of = |id: usize| &people[id].1;
        let is_primary = |c: &Contact| c.primary && c.role == ContactRole::Sponsor;
        let has_primary = people.iter().any(|(_, c)| is_primary(c));
        if let Some(first) = ids.first() {
            prop_assert_eq!(is_primary(of(*first)), has_primary);
        }
        let rank = |position: usize, id: usize| {
            if position == 0 && has_primary { 0 } else if of(id).role == ContactRole::Backup { 1 } else { 2 }
        };
        for (position, pair) in ids.windows(2).enumerate() {
            let (a, b) = (pair[0], pair[1]);
            let (ra, rb) = (rank(position, a), rank(position + 1, b));
            prop_assert!(ra <= rb, "groups out of order");
            if ra == rb {
                let key = |id: usize| (of(id).order, of(id).name.to_lowercase());
                prop_assert!(key(a) <= key(b), "order or name out of order");
            }
        }
        for entry in contacts {
            let contact = of(number(entry.contact.unwrap()));
            prop_assert_eq!(entry.sms_uri.is_some(), contact.can_text);
            prop_assert_eq!(&entry.tel_uri, &contact.phone.tel_uri());
        }
        ids.sort_unstable();
        prop_assert_eq!(ids, (0..people.len()).collect::<Vec<_>>());
    }

    #[test]
    fn the_chain_does_not_depend_on_storage_order(
        people in circle().prop_map(|mut people| {
            // Distinct names, so that only real ties could fall back to position.
            for (id, contact) in &mut people { contact.name = format!("{} {id}", contact.name); }
            people
        }).prop_shuffle(),
    ) {
        let mut sorted = people.clone();
        sorted.sort_by_key(|(id, _)| *id);
        let ids = |p: &[(usize, Contact)]| -> Vec<Option<usize>> {
            reach_out_chain(&with_ids(p), None, english()).iter().map(|entry| entry.contact.map(number)).collect()
        };
        prop_assert_eq!(ids(&people), ids(&sorted));
    }

    #[test]
    fn applying_primary_changes_leaves_exactly_the_chosen_primary(
        people in circle(),
        pick in any::<prop::sample::Index>(),
        clear in any::<bool>(),
    ) {
        let sponsors: Vec<usize> = people.iter()
            .filter(|(_, c)| c.role == ContactRole::Sponsor)
            .map(|(id, _)| *id)
            .collect();
        let wanted = if clear || sponsors.is_empty() { None } else { Some(*pick.get(&sponsors)) };
        let changes = primary_changes(&people, wanted).unwrap();
        let mut after = people.clone();
        for change in &changes {
            let contact = &mut after[change.id].1;
            prop_assert_ne!(contact.primary, change.primary, "a change that changes nothing");
            contact.primary = change.primary;
        }
        let primaries: Vec<usize> = after.iter().filter(|(_, c)| c.primary).map(|(id, _)| *id).collect();
        prop_assert_eq!(primaries, wanted.into_iter().collect::<Vec<_>>());
        prop_assert!(primary_changes(&after, wanted).unwrap().is_empty());
    }
}
