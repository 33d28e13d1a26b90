//! The safety card: what the app shows when a use is recorded after days without one.
//!
//! Returning to use after a period of abstinence is the deadliest moment in opioid recovery:
//! tolerance falls, the old amount can kill, and people who overdose alone have no one to give
//! naloxone (features.md §1.2 and §5.3; brief principle 4). So when a use is logged after
//! [`MIN_CLEAN_DAYS`] or more clean days, the core returns a card of short, kind lines and
//! one-tap actions, offline. Below that threshold it returns nothing: the card is for the
//! moment tolerance has had time to drop, not a reflex on every entry (the threshold is the
//! brief's product choice; features.md §7.3 suggests 3 to 7 days).
//!
//! The wording is chosen in the one table `WORDING` below, a base row plus rows for regions where
//! the words differ, each statement cited beside it; the words themselves are messages of the
//! core's catalogues, in every language Cairn speaks. The phone numbers the actions dial are not
//! here: they come from the contacts module's crisis directory through [`SafetyCalls`]. A number
//! appears in the text only where the table's row names the region's spotter line, and only if
//! the caller's spotter action dials that same number; otherwise the card uses wording that
//! points at the button, or, with no spotter line at all, asks the person to tell someone nearby.

use serde::{Deserialize, Serialize};

use crate::contact::CallAction;
use crate::text::{Arg, Catalogue};

/// A use after at least this many clean days returns a safety card.
pub const MIN_CLEAN_DAYS: u32 = 3;

/// The calls the card offers for the region's lines: the contacts module's crisis directory
/// ([`crate::contact::SafetyCardLines`]) turned into one-tap actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyCalls {
    /// A "never use alone" spotter line (US, Canada), if the region has one.
    pub spotter: Option<CallAction>,
    /// A crisis line to call or text (US: 988), if the region has one.
    pub crisis: Option<CallAction>,
    /// The emergency number (US: 911). Always present.
    pub emergency: CallAction,
}

/// The card shown after a use that followed [`MIN_CLEAN_DAYS`] or more clean days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SafetyCard {
    /// The clean days before the use, as given.
    pub clean_days_before: u32,
    /// A short heading.
    pub title: String,
    /// The lines to show, in order.
    pub lines: Vec<SafetyCardLine>,
    /// One-tap actions, in order: sponsor, spotter line, crisis line, emergency.
    pub actions: Vec<SafetyAction>,
    /// The person's own reasons to stay clean, in their order and words (empty if they wrote
    /// none): what they chose, in a calm moment, to read in this one.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    pub reasons: Vec<String>,
}

/// One line of the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SafetyCardLine {
    /// What the line is about, for the shell's icon.
    pub topic: SafetyTopic,
    /// The text to show.
    pub text: String,
}

/// What a card line is about (stable snake_case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SafetyTopic {
    /// Tolerance is lower; the usual amount can kill.
    Tolerance,
    /// Start low, go slow.
    StartLow,
    /// Do not use alone.
    NotAlone,
    /// Have naloxone and tell someone where it is.
    Naloxone,
    /// Naloxone wears off; stay and call emergency services.
    NaloxoneWearsOff,
    /// The person is not starting over.
    NotStartingOver,
}

/// A one-tap action on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SafetyAction {
    /// Who the action reaches.
    pub kind: SafetyActionKind,
    /// The call (and, if the line takes texts, the text) to open.
    pub call: CallAction,
}

/// Who a card action reaches (stable snake_case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SafetyActionKind {
    /// The person's sponsor.
    Sponsor,
    /// The region's spotter line.
    Spotter,
    /// The region's crisis line (call or text).
    Crisis,
    /// Emergency services.
    Emergency,
}

/// The card for a use recorded after `clean_days_before` clean days, worded for `region` (an
/// ISO 3166-1 alpha-2 code, any case; an unknown or malformed code gets the base wording, so the
/// card never fails) in the language of `text`, with the person's `reasons` to stay clean as
/// they wrote them. `None` below [`MIN_CLEAN_DAYS`].
pub fn safety_card(
    clean_days_before: u32,
    region: &str,
    sponsor: Option<CallAction>,
    calls: SafetyCalls,
    reasons: Vec<String>,
    text: &Catalogue,
) -> Option<SafetyCard> {
    if clean_days_before < MIN_CLEAN_DAYS {
        return None;
    }
    let words = wording(region);
    let days = Arg::from(clean_days_before);
    let not_alone = match (&calls.spotter, words.spotter) {
        (Some(action), Some(line)) if dials(action, line.number) => {
            text.format(line.message, &[("number", line.number.into())])
        }
        (Some(_), _) => text.text(words.not_alone_line),
        (None, _) => text.text(words.not_alone_nearby),
    };
    let lines = [
        (
            SafetyTopic::Tolerance,
            text.format(words.tolerance, &[("days", days)]),
        ),
        (SafetyTopic::StartLow, text.text(words.start_low)),
        (SafetyTopic::NotAlone, not_alone),
        (SafetyTopic::Naloxone, text.text(words.naloxone)),
        (SafetyTopic::NaloxoneWearsOff, text.text(words.wears_off)),
        (
            SafetyTopic::NotStartingOver,
            text.format(words.not_starting_over, &[("days", days)]),
        ),
    ];
    let actions = [
        (SafetyActionKind::Sponsor, sponsor),
        (SafetyActionKind::Spotter, calls.spotter),
        (SafetyActionKind::Crisis, calls.crisis),
        (SafetyActionKind::Emergency, Some(calls.emergency)),
    ];
    Some(SafetyCard {
        clean_days_before,
        title: text.text(words.title),
        lines: lines
            .into_iter()
            .map(|(topic, text)| SafetyCardLine { topic, text })
            .collect(),
        actions: actions
            .into_iter()
            .filter_map(|(kind, call)| call.map(|call| SafetyAction { kind, call }))
            .collect(),
        reasons,
    })
}

/// One row of [`WORDING`]: the id of each line's message in the core's catalogues
/// (`core/locales/*/core.ftl`), where `$days` is the clean days before the use and a spotter
/// line's `$number` the number its action dials.
#[derive(Debug, Clone, Copy)]
struct Wording {
    /// ISO 3166-1 alpha-2 code, upper case; empty for the base row.
    region: &'static str,
    title: &'static str,
    tolerance: &'static str,
    start_low: &'static str,
    /// The region's own spotter line, named with its number.
    spotter: Option<Spotter>,
    /// "Do not use alone" when a spotter action is given but this row has no matching wording.
    not_alone_line: &'static str,
    /// "Do not use alone" when the region has no spotter line.
    not_alone_nearby: &'static str,
    naloxone: &'static str,
    wears_off: &'static str,
    not_starting_over: &'static str,
}

/// A spotter line named in the text. `number` must be what the contacts module dials.
#[derive(Debug, Clone, Copy)]
struct Spotter {
    number: &'static str,
    message: &'static str,
}

/// The base row: every region without its own row, and every field a regional row keeps.
const BASE: Wording = Wording {
    region: "",
    title: "safety-title",
    // Tolerance falls with abstinence and the first weeks back are the deadliest: features.md
    // §5.3 (Binswanger et al., NEJM 2007;356:157-65: overdose death 129x in the first 2 weeks
    // after prison release; Strang et al., BMJ 2003;326:959: every overdose death after detox
    // was in the "lost tolerance" group; evidence2impact.psu.edu: about 5x in the month after
    // treatment ends without medication); brief principle 4. /work/shared has no source for
    // how many days it takes tolerance to fall; 3 days is the brief's threshold.
    tolerance: "safety-tolerance",
    // "Start low" is listed as a warning to give in features.md §4.3, but /work/shared cites no
    // medical source for "start low, go slow" itself (it is common harm-reduction advice).
    start_low: "safety-start-low",
    spotter: None,
    // Spotter lines send help to a caller who stops responding: features.md §5.3
    // (streetconnections.ca/overdose-prevention; inhsu abstract 2022: 46 EMS dispatches).
    not_alone_line: "safety-not-alone-line",
    // Nearly two-thirds of fatal overdoses happen alone (CDC, via wrvo.org 2023-03-21), and
    // naloxone should be held by the person's household or network: features.md §5.3.
    not_alone_nearby: "safety-not-alone-nearby",
    // Prescribe to people at risk and equip their household or network; do not rely on
    // self-administration: features.md §5.3 (Green et al. 2014, uprisehealth.com summary).
    naloxone: "safety-naloxone",
    // Naloxone works for 30-90 minutes, shorter than most opioids, so overdose can return;
    // stay with the person: features.md §5.3 (harmreduction.org aftercare page).
    wears_off: "safety-wears-off",
    // A lapse is not a restart: brief principle 2 (nothing is lost, nobody is shamed); the
    // abstinence violation effect makes all-or-nothing framing dangerous: features.md §5.6
    // (Marlatt & Gordon 1985).
    not_starting_over: "safety-not-starting-over",
};

/// The one wording table: the base row, then regions whose words differ.
const WORDING: [Wording; 3] = [
    BASE,
    Wording {
        region: "US",
        // Never Use Alone, US 1-800-484-3731: brief principle 4 and domain (crisis lines);
        // features.md §4.3 and §5.3 (streetconnections.ca/overdose-prevention).
        spotter: Some(Spotter {
            number: "1-800-484-3731",
            message: "safety-spotter-us",
        }),
        // Narcan nasal spray, over the counter in the US since March 2023: features.md §5.3
        // (secondary source: rxoutreach).
        naloxone: "safety-naloxone-us",
        // 911: brief, domain (US crisis lines).
        wears_off: "safety-wears-off-us",
        ..BASE
    },
    Wording {
        region: "CA",
        // NORS (Canada) 1-888-688-6677: features.md §5.3 (streetconnections.ca). /work/shared
        // has no source for Canada's emergency number or naloxone brand names, so those lines
        // keep the base wording.
        spotter: Some(Spotter {
            number: "1-888-688-6677",
            message: "safety-spotter-ca",
        }),
        ..BASE
    },
];

/// The row for `region`, or the base row.
fn wording(region: &str) -> Wording {
    let code = region.trim().to_ascii_uppercase();
    WORDING
        .into_iter()
        .find(|row| !row.region.is_empty() && row.region == code)
        .unwrap_or(BASE)
}

/// Whether `action` dials `number`: the digits of its `tel:` URI end with the number's digits
/// (so `tel:+1-800-484-3731` dials `1-800-484-3731`).
fn dials(action: &CallAction, number: &str) -> bool {
    let digits = |text: &str| {
        text.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let wanted = digits(number);
    !wanted.is_empty() && digits(&action.tel_uri).ends_with(&wanted)
}

#[cfg(test)]
mod tests {
    //! The threshold, the wording per region, the spotter-number cross-check and the actions.

    use super::*;
    use crate::text::{Language, messages};

    fn en() -> &'static Catalogue {
        messages(Language::English)
    }

    fn call(label: &str, tel: &str) -> CallAction {
        CallAction {
            label: label.to_owned(),
            tel_uri: format!("tel:{tel}"),
            sms_uri: None,
        }
    }

    fn lines(spotter: Option<CallAction>, crisis: Option<CallAction>, sos: &str) -> SafetyCalls {
        let emergency = call("Emergency", sos);
        SafetyCalls {
            spotter,
            crisis,
            emergency,
        }
    }

    fn us_lines() -> SafetyCalls {
        let crisis = CallAction {
            sms_uri: Some("sms:988".into()),
            ..call("988 Lifeline", "988")
        };
        lines(
            Some(call("Never Use Alone", "+1-800-484-3731")),
            Some(crisis),
            "911",
        )
    }

    fn text(card: &SafetyCard, topic: SafetyTopic) -> &str {
        card.lines
            .iter()
            .find(|l| l.topic == topic)
            .map(|l| l.text.as_str())
            .expect("line present")
    }

    #[test]
    fn the_card_starts_at_three_clean_days() {
        for (days, shown) in [(0, false), (1, false), (2, false), (3, true), (4, true)] {
            let card = safety_card(days, "US", None, us_lines(), vec![], en());
            assert_eq!(card.is_some(), shown, "{days} clean days");
        }
        let card = safety_card(u32::MAX, "US", None, us_lines(), vec![], en()).expect("card");
        assert!(text(&card, SafetyTopic::Tolerance).contains("4,294,967,295"));
    }

    #[test]
    fn us_card_names_never_use_alone_narcan_and_911() {
        let sponsor = call("Sam (sponsor)", "+1-555-0100");
        let card =
            safety_card(12, "us", Some(sponsor.clone()), us_lines(), vec![], en()).expect("card");
        let topics: Vec<SafetyTopic> = card.lines.iter().map(|l| l.topic).collect();
        use SafetyTopic::*;
        #[rustfmt::skip]
        assert_eq!(topics, [Tolerance, StartLow, NotAlone, Naloxone, NaloxoneWearsOff, NotStartingOver]);
        assert!(text(&card, Tolerance).starts_with("After 12 clean days"));
        assert!(text(&card, Tolerance).contains("can now kill"));
        assert!(text(&card, StartLow).contains("much less"));
        assert!(text(&card, NotAlone).contains("Never Use Alone line at 1-800-484-3731"));
        assert!(text(&card, Naloxone).contains("naloxone (Narcan)"));
        assert!(text(&card, NaloxoneWearsOff).contains("30 to 90 minutes"));
        assert!(text(&card, NaloxoneWearsOff).ends_with("call 911."));
        assert_eq!(
            text(&card, NotStartingOver),
            "You are not starting over. Your 12 clean days still count, and so does \
             everything you learned."
        );
        let kinds: Vec<SafetyActionKind> = card.actions.iter().map(|a| a.kind).collect();
        use SafetyActionKind::*;
        assert_eq!(kinds, [Sponsor, Spotter, Crisis, Emergency]);
        assert_eq!(card.actions[0].call, sponsor);
        assert_eq!(card.actions[2].call.sms_uri.as_deref(), Some("sms:988"));
        for line in &card.lines {
            assert!(!line.text.contains('{'), "placeholder left: {}", line.text);
            let lower = line.text.to_lowercase();
            for word in ["fail", "day 0", "addict", "!"] {
                assert!(!lower.contains(word), "{word:?} in {}", line.text);
            }
        }
    }

    #[test]
    fn wording_follows_the_region_and_the_lines_offered() {
        // No spotter line outside the US and Canada: tell someone nearby; no US brand or number.
        let de = lines(None, None, "112");
        let card = safety_card(5, "DE", None, de.clone(), vec![], en()).expect("card");
        assert!(
            text(&card, SafetyTopic::NotAlone).contains("Tell someone you trust who is nearby")
        );
        assert!(!text(&card, SafetyTopic::Naloxone).contains("Narcan"));
        assert!(text(&card, SafetyTopic::NaloxoneWearsOff).ends_with("call emergency services."));
        assert_eq!(card.actions.len(), 1);
        assert_eq!(card.actions[0].kind, SafetyActionKind::Emergency);
        // Unknown and malformed regions get the same base wording.
        for region in ["", "ZZ", "united states", "U S", "🇺🇸"] {
            let other = safety_card(5, region, None, de.clone(), vec![], en());
            assert_eq!(other.as_ref(), Some(&card), "{region:?}");
        }
        // Canada names NORS when the caller offers that number.
        let ca = lines(Some(call("NORS", "+1-888-688-6677")), None, "911");
        let card = safety_card(5, " ca ", None, ca, vec![], en()).expect("card");
        assert!(text(&card, SafetyTopic::NotAlone).contains("NORS line at 1-888-688-6677"));
        // A US person without the spotter line offered is told to tell someone nearby.
        let no_spotter = lines(None, us_lines().crisis, "911");
        let card = safety_card(5, "US", None, no_spotter, vec![], en()).expect("card");
        assert!(text(&card, SafetyTopic::NotAlone).contains("nearby"));
        assert!(
            !card
                .actions
                .iter()
                .any(|a| a.kind == SafetyActionKind::Spotter)
        );
    }

    #[test]
    fn a_number_is_shown_only_if_the_action_dials_it() {
        let other = lines(Some(call("Local line", "+1-800-555-0199")), None, "911");
        let card = safety_card(5, "US", None, other, vec![], en()).expect("card");
        let line = text(&card, SafetyTopic::NotAlone);
        assert!(line.contains("line below") && !line.contains("484"));
        // A spotter line in a region whose row has none also points at the button.
        let gb = lines(Some(call("Line", "+44-800-000-0000")), None, "999");
        let card = safety_card(5, "GB", None, gb, vec![], en()).expect("card");
        assert!(text(&card, SafetyTopic::NotAlone).contains("overdose line below"));
        assert!(dials(&call("x", "18004843731"), "1-800-484-3731"));
        assert!(!dials(&call("x", "+1-800-484-373"), "1-800-484-3731"));
        assert!(!dials(&call("x", ""), ""));
    }

    #[test]
    fn table_rows_are_unique_codes_and_json_is_stable() {
        for (i, row) in WORDING.iter().enumerate() {
            let unique = WORDING[..i].iter().all(|r| r.region != row.region);
            assert!(unique && (row.region.is_empty() || row.region.len() == 2));
        }
        let card = safety_card(3, "US", None, us_lines(), vec![], en()).expect("card");
        let json = serde_json::to_value(&card).expect("serializes");
        assert_eq!(json["lines"][0]["topic"], "tolerance");
        assert_eq!(json["actions"][0]["kind"], "spotter");
        let back: SafetyCard = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, card);
    }

    #[test]
    fn the_spanish_card_carries_the_same_numbers_and_actions() {
        for (region, calls) in [
            ("US", us_lines()),
            (
                "CA",
                lines(Some(call("NORS", "+1-888-688-6677")), None, "911"),
            ),
            ("DE", lines(None, None, "112")),
        ] {
            let english = safety_card(12, region, None, calls.clone(), vec![], en()).expect("card");
            let spanish = safety_card(12, region, None, calls, vec![], messages(Language::Spanish))
                .expect("card");
            assert_eq!(spanish.actions, english.actions, "{region}");
            assert_eq!(spanish.lines.len(), english.lines.len());
            for (es, en) in spanish.lines.iter().zip(&english.lines) {
                assert_eq!(es.topic, en.topic);
                assert_ne!(es.text, en.text, "{region} {:?} untranslated", es.topic);
                let numbers = |text: &str| {
                    text.split(|c: char| !c.is_ascii_digit() && c != '-')
                        .filter(|word| word.chars().any(|c| c.is_ascii_digit()))
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                };
                assert_eq!(
                    numbers(&es.text),
                    numbers(&en.text),
                    "{region} {:?}",
                    es.topic
                );
            }
        }
        let card = safety_card(
            1_000,
            "US",
            None,
            us_lines(),
            vec![],
            messages(Language::Spanish),
        )
        .expect("card");
        assert!(
            card.lines[0]
                .text
                .starts_with("Después de 1000 días sin consumir")
        );
        assert!(
            card.lines[2]
                .text
                .contains("Never Use Alone al 1-800-484-3731")
        );
        assert!(card.lines[4].text.ends_with("llama al 911."));
    }
}
