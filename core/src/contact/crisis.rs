//! A small, sourced directory of crisis, treatment and emergency lines by region.
//!
//! When the sponsor does not answer, the chain must still end somewhere that answers, with no
//! network and no server: so the lines are compiled in. Each entry names its source (in a comment
//! and in the `source` field) so that anyone can check it, and nothing here is invented: a line
//! that could not be sourced is left out and said so. Sources were read in November 2026; the
//! research file is `research/features.md` (sections 5.3 and 5.4). Numbers change rarely but they
//! do change: re-check every `source` before each release.
//!
//! Not sourced, so not listed: a Canadian or Irish overdose-spotter line (the Brave app is not a
//! phone line), a UK overdose-spotter line (Scotland's pilot had no number), a Canadian national
//! treatment helpline, and exact opening hours of the Irish HSE helpline beyond "office hours,
//! Monday to Friday". Texting is marked only where a source says texts are answered.
//!
//! Regions are ISO 3166-1 alpha-2 codes. A valid code with no entries here (for example "DE")
//! gets 112, which GSM-family phones treat as an emergency number everywhere (3GPP TS 22.101).

use serde::{Deserialize, Serialize};

use super::phone::PhoneNumber;
use crate::error::{Error, Result};
use crate::text::Catalogue;

/// The message id of the note shown where no local lines are known.
pub const NO_LOCAL_LINES_NOTE: &str = "crisis-no-local-lines";

/// A country or territory, by its ISO 3166-1 alpha-2 code (always upper case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Region(&'static str);

/// By hand rather than derived: a derive over the `&'static str` inside would only accept
/// `'static` input; this reads any text through [`Region::parse`].
impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Region::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Region {
    /// Reads an ISO 3166-1 alpha-2 code in any case, with spaces around it allowed. "UK", which
    /// ISO reserves for the United Kingdom, is read as "GB". Anything that is not an assigned
    /// code is an error.
    pub fn parse(code: &str) -> Result<Self> {
        let code = code.trim().to_ascii_uppercase();
        let code = if code == "UK" { "GB".to_owned() } else { code };
        ISO_3166_ALPHA2
            .binary_search(&code.as_str())
            .map(|index| Self(ISO_3166_ALPHA2[index]))
            .ok()
            .ok_or(Error::invalid(
                "region",
                "is not an ISO 3166-1 alpha-2 country code",
            ))
    }

    /// The upper-case code, e.g. "US".
    pub fn code(self) -> &'static str {
        self.0
    }
}

impl From<Region> for String {
    fn from(region: Region) -> Self {
        region.0.to_owned()
    }
}

impl TryFrom<String> for Region {
    type Error = Error;

    fn try_from(code: String) -> Result<Self> {
        Self::parse(&code)
    }
}

impl std::str::FromStr for Region {
    type Err = Error;

    fn from_str(code: &str) -> Result<Self> {
        Self::parse(code)
    }
}

/// What a line is for. The reach-out chain uses it to order lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Someone to talk to in a crisis, suicidal or not (988, Samaritans, Lifeline).
    Crisis,
    /// Stays on the line while a person uses and sends help if they stop responding.
    OverdoseSpotter,
    /// Information and referral to drug treatment.
    TreatmentHelpline,
    /// Urgent medical help that is not a 999 emergency (NHS 111).
    UrgentCare,
    /// Ambulance, police and fire.
    Emergency,
}

/// One line in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrisisLine {
    /// Stable id, e.g. "us-988"; safe to store in a reach-out log.
    pub id: &'static str,
    /// The message id of the name people know it by (services' own names stay as they publish
    /// them; an emergency number is "Emergency services (911)" in the person's language).
    pub name: &'static str,
    /// What it is for.
    pub purpose: Purpose,
    /// The number as the service writes it.
    pub number: &'static str,
    /// Whether it answers texts.
    pub can_text: bool,
    /// Where texts go when that is not `number` (FRANK texts to 82111).
    pub text_number: Option<&'static str>,
    /// The message id of when it answers, e.g. "24/7".
    pub hours: &'static str,
    /// The message id of a short line for the person, if one helps.
    pub detail: Option<&'static str>,
    /// The languages (BCP 47) a source confirms it answers calls in; empty when the source
    /// names none. 988 (US) and SAMHSA answer in Spanish (research/features.md 5.4).
    pub languages: &'static [&'static str],
    /// Where the number, hours and texting were checked.
    pub source: &'static str,
}

impl CrisisLine {
    /// Its name in the language of `text`.
    pub fn name(&self, text: &Catalogue) -> String {
        text.format(self.name, &[("number", self.number.into())])
    }

    /// When it answers, in the language of `text`.
    pub fn hours(&self, text: &Catalogue) -> String {
        text.text(self.hours)
    }

    /// Its short line for the person, in the language of `text`.
    pub fn detail(&self, text: &Catalogue) -> Option<String> {
        self.detail.map(|id| text.text(id))
    }

    /// The number to call, normalised through [`PhoneNumber`].
    pub fn phone(&self) -> PhoneNumber {
        PhoneNumber::from_trusted(self.number)
    }

    /// The `tel:` link, e.g. `tel:988`.
    pub fn tel_uri(&self) -> String {
        self.phone().tel_uri()
    }

    /// The `sms:` link, only for a line that answers texts.
    pub fn sms_uri(&self) -> Option<String> {
        self.can_text
            .then(|| PhoneNumber::from_trusted(self.text_number.unwrap_or(self.number)).sms_uri())
    }
}

/// The lines known for a region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Directory {
    /// In directory order: crisis lines first, emergency last.
    pub lines: &'static [CrisisLine],
    /// Set when no local lines are known: [`NO_LOCAL_LINES_NOTE`].
    pub note: Option<&'static str>,
}

/// The lines a safety card shows after a use following clean days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SafetyCardLines {
    /// A line that stays on while the person uses (Never Use Alone in the US, NORS in Canada);
    /// none is known elsewhere.
    pub overdose_spotter: Option<&'static CrisisLine>,
    /// The crisis line (988, Samaritans, Lifeline); none where the directory has none.
    pub crisis: Option<&'static CrisisLine>,
    /// The emergency number; 112 where the region has no entry.
    pub emergency: &'static CrisisLine,
}

/// The lines for `region`; `None` (region not set) and regions without entries get 112 and
/// [`NO_LOCAL_LINES_NOTE`].
pub fn directory(region: Option<Region>) -> Directory {
    let lines: &'static [CrisisLine] = match region.map(Region::code) {
        Some("US") => &US,
        Some("CA") => &CA,
        Some("GB") => &GB,
        Some("IE") => &IE,
        Some("AU") => &AU,
        _ => {
            return Directory {
                lines: &FALLBACK,
                note: Some(NO_LOCAL_LINES_NOTE),
            };
        }
    };
    Directory { lines, note: None }
}

/// The overdose-spotter line, the crisis line and the emergency number for a safety card.
pub fn safety_card_lines(region: Option<Region>) -> SafetyCardLines {
    let lines = directory(region).lines;
    let first = |purpose| lines.iter().find(|line| line.purpose == purpose);
    SafetyCardLines {
        overdose_spotter: first(Purpose::OverdoseSpotter),
        crisis: first(Purpose::Crisis),
        emergency: first(Purpose::Emergency).unwrap_or(&FALLBACK[0]),
    }
}

const ALWAYS: &str = "crisis-hours-always";

/// What most entries share: call only, around the clock. Each entry below overrides the rest;
/// the tests prove every entry has its own id, name, number and source.
const CALL_ONLY_24_7: CrisisLine = CrisisLine {
    id: "",
    name: "",
    purpose: Purpose::Crisis,
    number: "",
    can_text: false,
    text_number: None,
    hours: ALWAYS,
    detail: None,
    languages: &[],
    source: "",
};

// United States. 988, SAMHSA and Never Use Alone: research/features.md sections 5.3 and 5.4.
static US: [CrisisLine; 4] = [
    // 988 launched 16 July 2022; call, text or chat; covers substance-use crises.
    CrisisLine {
        id: "us-988",
        name: "crisis-us-988",
        purpose: Purpose::Crisis,
        number: "988",
        can_text: true,
        detail: Some("crisis-us-988-detail"),
        // Cited in research/features.md 5.4.
        source: "mhn.com/members/news/988_Introduction.html; webmd.com/mental-health/features/988-suicide-prevention-overview",
        languages: &["en", "es"],
        ..CALL_ONLY_24_7
    },
    // Never Use Alone: stays on the line while you use and calls EMS if you stop responding.
    CrisisLine {
        id: "us-never-use-alone",
        name: "crisis-us-never-use-alone",
        purpose: Purpose::OverdoseSpotter,
        number: "1-800-484-3731",
        detail: Some("crisis-spotter-detail"),
        // Cited in research/features.md 5.3.
        source: "streetconnections.ca/overdose-prevention; filtermag.org/never-use-alone-24-hour-hotline-new-england/ (all hotlines 24/7)",
        ..CALL_ONLY_24_7
    },
    // SAMHSA: free, confidential, 24/7/365, English and Spanish; referrals, not counselling.
    // Its text service (a ZIP code to 435748) needs a ZIP code as the message, so it is not
    // offered as a one-tap text.
    CrisisLine {
        id: "us-samhsa",
        name: "crisis-us-samhsa",
        purpose: Purpose::TreatmentHelpline,
        number: "1-800-662-4357",
        detail: Some("crisis-us-samhsa-detail"),
        // Cited in research/features.md 5.4.
        source: "samhsa.gov/find-help/national-helpline",
        languages: &["en", "es"],
        ..CALL_ONLY_24_7
    },
    // "The official emergency number in the United States and Canada is 9-1-1."
    CrisisLine {
        id: "us-911",
        name: "crisis-emergency",
        purpose: Purpose::Emergency,
        number: "911",
        source: "fcc.gov/consumer-information; 911.gov/calling-911/frequently-asked-questions/",
        ..CALL_ONLY_24_7
    },
];

// Canada.
static CA: [CrisisLine; 3] = [
    // 988 Suicide Crisis Helpline launched 30 November 2023: call or text, 24/7, English/French.
    CrisisLine {
        id: "ca-988",
        name: "crisis-ca-988",
        purpose: Purpose::Crisis,
        number: "988",
        can_text: true,
        detail: Some("crisis-ca-988-detail"),
        source: "mentalhealthcommission.ca/catalyst/988-launches-in-canada/; cdnfirefighter.com/no-one-will-be-turned-away-988-suicide-crisis-helpline-launches-across-canada/ (Canadian Press, 30 Nov 2023)",
        languages: &["en", "fr"],
        ..CALL_ONLY_24_7
    },
    // NORS: peer-run; "whenever and wherever you use drugs"; calls 911 if you stop responding.
    // A CBC report says texts are possible too, but not to which number: call only here.
    CrisisLine {
        id: "ca-nors",
        name: "crisis-ca-nors",
        purpose: Purpose::OverdoseSpotter,
        number: "1-888-688-6677",
        detail: Some("crisis-spotter-detail"),
        // Cited in research/features.md 5.3.
        source: "streetconnections.ca/overdose-prevention; theglobeandmail.com/canada/article-canada-wide-phone-line-launches-to-prevent-drug-overdose-deaths/",
        ..CALL_ONLY_24_7
    },
    // "If it is an emergency, call 9-1-1."
    CrisisLine {
        id: "ca-911",
        name: "crisis-emergency",
        purpose: Purpose::Emergency,
        number: "911",
        source: "mentalhealthcommission.ca/catalyst/988-launches-in-canada/; fcc.gov/consumer-information",
        ..CALL_ONLY_24_7
    },
];

// United Kingdom.
static GB: [CrisisLine; 4] = [
    // Free from landlines and mobiles, no credit needed, 24/7; does not show on the bill.
    CrisisLine {
        id: "gb-samaritans",
        name: "crisis-gb-samaritans",
        purpose: Purpose::Crisis,
        number: "116 123",
        detail: Some("crisis-samaritans-detail"),
        source: "samaritans.org/how-we-can-help/contact-samaritan/; civilsociety.co.uk/news/samaritans-helpline-now-free-to-call.html",
        ..CALL_ONLY_24_7
    },
    // The service's own contact page: "Call FRANK 24 hours a day, 7 days a week";
    // "Text FRANK on 82111".
    CrisisLine {
        id: "gb-frank",
        name: "crisis-gb-frank",
        purpose: Purpose::TreatmentHelpline,
        number: "0300 123 6600",
        can_text: true,
        text_number: Some("82111"),
        detail: Some("crisis-gb-frank-detail"),
        source: "talktofrank.com contact page: github.com/UKHSA-Internal/talktofrank-beta app/shared/components/PageContact/component.jsx",
        ..CALL_ONLY_24_7
    },
    // Free, 24/7, for urgent medical help that is not life-threatening; in England, press 2
    // for mental health support.
    CrisisLine {
        id: "gb-nhs-111",
        name: "crisis-gb-nhs-111",
        purpose: Purpose::UrgentCare,
        number: "111",
        detail: Some("crisis-gb-nhs-111-detail"),
        source: "wmas.nhs.uk/999-or-111/; neas.nhs.uk/your-service/111",
        ..CALL_ONLY_24_7
    },
    CrisisLine {
        id: "gb-999",
        name: "crisis-emergency",
        purpose: Purpose::Emergency,
        number: "999",
        source: "wmas.nhs.uk/999-or-111/",
        ..CALL_ONLY_24_7
    },
];

// Ireland.
static IE: [CrisisLine; 3] = [
    // ComReg awarded Samaritans 116 123 in 2009; free to call since March 2014; 24 hours a day.
    CrisisLine {
        id: "ie-samaritans",
        name: "crisis-ie-samaritans",
        purpose: Purpose::Crisis,
        number: "116 123",
        detail: Some("crisis-samaritans-detail"),
        source: "samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey; irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-samaritans-since-2014",
        ..CALL_ONLY_24_7
    },
    // "accessible via 1800 459459 ... open during office hours Monday to Friday". Exact hours
    // were not found in a source.
    CrisisLine {
        id: "ie-hse-drugs-helpline",
        name: "crisis-ie-hse-drugs-helpline",
        purpose: Purpose::TreatmentHelpline,
        number: "1800 459 459",
        hours: "crisis-hours-weekday-office",
        detail: Some("crisis-ie-hse-drugs-helpline-detail"),
        source: "healthtopical.com/harris-proposes-24-7-service-run-by-people-coping-with-drug-abuse; newstalk.com/news/hse-drug-alcohol-helpline-997449",
        ..CALL_ONLY_24_7
    },
    // "There are two emergency numbers in Ireland - 112 and 999. Both are free of charge."
    CrisisLine {
        id: "ie-112",
        name: "crisis-ie-112",
        purpose: Purpose::Emergency,
        number: "112",
        detail: Some("crisis-ie-112-detail"),
        source: "www2.hse.ie/emergencies/when-to-call-112-or-999/",
        ..CALL_ONLY_24_7
    },
];

// Australia.
static AU: [CrisisLine; 3] = [
    // 24-hour crisis support on 13 11 14; 24/7 crisis text service on 0477 13 11 14 (2022).
    CrisisLine {
        id: "au-lifeline",
        name: "crisis-au-lifeline",
        purpose: Purpose::Crisis,
        number: "13 11 14",
        can_text: true,
        text_number: Some("0477 13 11 14"),
        detail: Some("crisis-au-lifeline-detail"),
        source: "lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/; suicidepreventionaust.org/october-member-of-the-month-lifeline/; theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-247-to-help-more-in-need/",
        ..CALL_ONLY_24_7
    },
    // Connects to the state or territory alcohol and drug service; 24/7, but in South Australia
    // a counsellor answers 8:30am to 10pm.
    CrisisLine {
        id: "au-aod-hotline",
        name: "crisis-au-aod-hotline",
        purpose: Purpose::TreatmentHelpline,
        number: "1800 250 015",
        detail: Some("crisis-au-aod-hotline-detail"),
        source: "mindframe.org.au/news/mindframe-encourages-inclusion-of-the-national-alcohol-and-other-drugs-hotline-1800-250-015-in-media-reporting; emhprac.org.au/directory/national-alcohol-and-other-drug-hotline/",
        ..CALL_ONLY_24_7
    },
    // "If you are experiencing an emergency please call an ambulance on 000."
    CrisisLine {
        id: "au-000",
        name: "crisis-emergency",
        purpose: Purpose::Emergency,
        number: "000",
        source: "emhprac.org.au/directory/national-alcohol-and-other-drug-hotline/; lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
        ..CALL_ONLY_24_7
    },
];

// Anywhere else. 112 is one of the emergency numbers every GSM-family phone recognises (3GPP TS
// 22.101); "112 also works in any EU country and from any phone, free of charge" (HSE).
static FALLBACK: [CrisisLine; 1] = [CrisisLine {
    id: "intl-112",
    name: "crisis-intl-112",
    purpose: Purpose::Emergency,
    number: "112",
    detail: Some("crisis-intl-112-detail"),
    source: "3GPP TS 22.101 (emergency numbers on mobile phones); www2.hse.ie/emergencies/when-to-call-112-or-999/",
    ..CALL_ONLY_24_7
}];

/// Every officially assigned ISO 3166-1 alpha-2 code, sorted (for binary search).
pub const ISO_3166_ALPHA2: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];
