//! Phone numbers as people type them, and the `tel:` and `sms:` links the shells open.
//!
//! The one-tap call on a person's worst day must not fail because a number was saved as
//! "(555) 123-4567 ext. 12" or pasted with invisible formatting marks. So a number is checked and
//! normalised once, when it is saved, into a [`PhoneNumber`]: ASCII digits with an optional
//! leading `+`, and an optional extension of ASCII digits. Every link is built from that form
//! alone, so no link can carry a separator, a letter or a pause that a dialer could misread.
//!
//! Choices, with their reasons:
//! - **Global numbers** (typed with a leading `+`) become RFC 3966 global numbers:
//!   `tel:+15551234567`. They hold 7 to 15 digits (E.164 allows 15; the shortest numbers in use,
//!   such as Niue's `+683 xxxx`, have 7).
//! - **Local numbers and short codes** (988, 116 123, 0300 123 6600) become `tel:988`, without a
//!   `;phone-context=` parameter. RFC 3966 section 5.1.5 says a local number MUST carry one; this
//!   is a deliberate deviation. The phone's dialer resolves a local number in the network the
//!   phone is on, which is the context the person meant; the context is not known when a number
//!   is saved; and a `;` inside a dial string is a WAIT on Android (`PhoneNumberUtils.WAIT`) and a
//!   hard pause on iOS (CallKit), so `tel:988;phone-context=+1` risks a prompt or stray tones in
//!   the middle of a crisis. Dialers accept `tel:988`, and services publish such links themselves
//!   (FRANK's contact page links `tel:03001236600` and `sms:82111`). Local numbers hold 3 to 15
//!   digits.
//! - **Trunk prefix**: in "+44 (0)20 7946 0018" the parenthesised 0 is the national trunk prefix,
//!   which is not dialled after a country code, so it is dropped: `+442079460018`. A 0 written
//!   without parentheses is kept (Italian numbers keep their 0 after +39), and "(0)" in a local
//!   number is kept, because there it is dialled.
//! - **International prefixes** typed as digits ("00 44 …", "011 44 …") are kept as typed:
//!   rewriting them to `+` would guess which country the person dials from.
//! - **Extensions** ("x123", "ext. 123", "extension 123", ";ext=123") are kept as the RFC 3966
//!   `;ext=` parameter of the `tel:` link (at most 10 digits). An `sms:` link never has one: a
//!   text goes to the line, not to an extension.
//! - **Refused**, each with its own reason: letters (vanity numbers such as 1-800-FLOWERS; the
//!   keypad mapping is not universal and RFC 3966 section 5.1.2 leaves it out), pauses and waits
//!   (`,` `;` `p` `w`, which a link cannot carry reliably), `*` and `#` codes (iOS refuses to open
//!   `tel:` links that contain them), digits other than 0 to 9, and anything else.
//!
//! Error reasons are fixed strings: they never repeat the number.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The most digits in a number, as in E.164 (the country code included).
pub const MAX_DIGITS: usize = 15;
/// The fewest digits in a local number: short codes such as 988, 911, 112, 999 and 000.
pub const MIN_LOCAL_DIGITS: usize = 3;
/// The fewest digits in a global (`+`) number, country code included.
pub const MIN_GLOBAL_DIGITS: usize = 7;
/// The most digits in an extension.
pub const MAX_EXTENSION_DIGITS: usize = 10;
/// The longest input accepted, in characters, separators included. Bounds the work done on text
/// that cannot be a phone number.
pub const MAX_INPUT_CHARS: usize = 64;

const FIELD: &str = "phone";
const EMPTY: &str = "is empty";
const TOO_LONG_INPUT: &str = "is too long to be a phone number";
const LETTERS: &str = "letters are not allowed; type the digits";
const PAUSES: &str = "pauses and waits (, ; p w) cannot be saved; write an extension as x123";
const STAR_HASH: &str = "* and # codes cannot be dialled from a link";
const PLUS_NOT_FIRST: &str = "+ is only allowed at the start";
const NON_ASCII_DIGIT: &str = "use the digits 0 to 9";
const OTHER_CHAR: &str = "contains a character that is not part of a phone number";
const COUNTRY_CODE_ZERO: &str = "a country code never starts with 0";
const TOO_FEW: &str = "has too few digits";
const TOO_MANY: &str = "has too many digits (at most 15)";
const EXTENSION_EMPTY: &str = "an extension needs digits after it";
const EXTENSION_TOO_LONG: &str = "an extension has at most 10 digits";
const NOT_NORMAL: &str = "is not in normal form";

/// Extension markers, longest first at any one position, compared ignoring ASCII case.
const EXTENSION_MARKERS: [&str; 7] = [";ext=", "extension", "ext.", "ext=", "ext:", "ext", "x"];

/// A validated, normalised phone number.
///
/// Invariants (enforced by [`PhoneNumber::parse`] and by deserialisation, which re-parses):
/// `digits` is ASCII digits with an optional leading `+`, 3..=15 digits for a local number and
/// 7..=15 for a global one, and a global number's country code does not start with 0; the
/// extension, if any, is 1..=10 ASCII digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "StoredPhone", into = "StoredPhone")]
pub struct PhoneNumber {
    digits: String,
    extension: Option<String>,
}

/// The stored shape of a [`PhoneNumber`]; re-validated on the way in.
#[derive(Serialize, Deserialize)]
struct StoredPhone {
    digits: String,
    #[serde(default)]
    extension: Option<String>,
}

impl PhoneNumber {
    /// Validates and normalises a number as a person typed or pasted it.
    pub fn parse(input: &str) -> Result<Self> {
        if input.chars().nth(MAX_INPUT_CHARS).is_some() {
            return Err(invalid(TOO_LONG_INPUT));
        }
        // Copying a number from a contact card or a chat often brings bidirectional marks and
        // zero-width characters along; they are invisible, so they cannot be the person's intent.
        let visible: String = input.chars().filter(|c| !is_invisible(*c)).collect();
        let text = visible.trim();
        if text.is_empty() {
            return Err(invalid(EMPTY));
        }
        let (main, extension) = split_extension(text)?;
        let digits = normalise_main(main)?;
        Ok(Self { digits, extension })
    }

    /// The digits, with a leading `+` for a global number. Never has separators.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The extension's digits, if the number has one.
    pub fn extension(&self) -> Option<&str> {
        self.extension.as_deref()
    }

    /// Whether the number is global (E.164, written with `+`) rather than local or a short code.
    pub fn is_global(&self) -> bool {
        self.digits.starts_with('+')
    }

    /// The normal text form: the digits, then `;ext=` and the extension if there is one.
    /// Parsing it gives back the same number.
    pub fn canonical(&self) -> String {
        match &self.extension {
            Some(extension) => format!("{};ext={extension}", self.digits),
            None => self.digits.clone(),
        }
    }

    /// The RFC 3966 `tel:` link: `tel:+15551234567`, `tel:988`, `tel:+15551234567;ext=12`.
    /// Local numbers carry no `;phone-context=` (see the module documentation).
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.canonical())
    }

    /// The RFC 5724 `sms:` link: `sms:+15551234567`, `sms:988`. Never carries the extension.
    pub fn sms_uri(&self) -> String {
        format!("sms:{}", self.digits)
    }

    /// For numbers compiled into Cairn (the crisis directory), which tests prove to parse: the
    /// parsed number, or, should one ever fail to parse, its `+` and ASCII digits as written,
    /// so that building a link has no panic path. Never use this for what a person typed.
    pub(crate) fn from_trusted(number: &str) -> Self {
        Self::parse(number).unwrap_or_else(|_| Self {
            digits: number
                .chars()
                .enumerate()
                .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
                .map(|(_, c)| c)
                .collect(),
            extension: None,
        })
    }
}

impl std::str::FromStr for PhoneNumber {
    type Err = Error;

    fn from_str(input: &str) -> Result<Self> {
        Self::parse(input)
    }
}

impl TryFrom<StoredPhone> for PhoneNumber {
    type Error = Error;

    fn try_from(stored: StoredPhone) -> Result<Self> {
        let candidate = Self {
            digits: stored.digits,
            extension: stored.extension,
        };
        // A stored number must already be in normal form: re-parsing it changes nothing.
        if Self::parse(&candidate.canonical())? == candidate {
            Ok(candidate)
        } else {
            Err(invalid(NOT_NORMAL))
        }
    }
}

impl From<PhoneNumber> for StoredPhone {
    fn from(number: PhoneNumber) -> Self {
        Self {
            digits: number.digits,
            extension: number.extension,
        }
    }
}

fn invalid(reason: &'static str) -> Error {
    Error::invalid(FIELD, reason)
}

/// Characters with no width that copying text tends to carry: zero-width spaces and joiners,
/// direction marks, embeddings and isolates, word joiners, the byte-order mark, soft hyphens.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Visual separators people put in numbers: any Unicode white space (which includes the
/// non-breaking and narrow no-break spaces), dots, hyphens and the Unicode dashes and minus that
/// word processors substitute for them, parentheses and slashes.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '.' | '-' | '(' | ')' | '/')
        || matches!(
            c,
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
        )
}

/// Splits off an extension written after the number. A marker counts only when digits alone
/// follow it; otherwise the text is left whole, so "1-800-MAX-HELP" reports letters rather than
/// a strange extension.
fn split_extension(text: &str) -> Result<(&str, Option<String>)> {
    let bytes = text.as_bytes();
    for (start, _) in text.char_indices() {
        let rest = &bytes[start..];
        let Some(marker) = EXTENSION_MARKERS.iter().find(|marker| {
            rest.len() >= marker.len()
                && rest[..marker.len()].eq_ignore_ascii_case(marker.as_bytes())
        }) else {
            continue;
        };
        // The marker is ASCII, so `start + marker.len()` is a character boundary.
        let before = &text[..start];
        let after = text[start + marker.len()..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '=' | '-'));
        if after.is_empty() {
            if before.chars().any(char::is_alphabetic) {
                continue;
            }
            return Err(invalid(EXTENSION_EMPTY));
        }
        if after.bytes().all(|b| b.is_ascii_digit()) {
            if after.len() > MAX_EXTENSION_DIGITS {
                return Err(invalid(EXTENSION_TOO_LONG));
            }
            return Ok((before, Some(after.to_owned())));
        }
    }
    Ok((text, None))
}

/// Normalises the number part (without its extension) to `+` and digits, or says why not.
fn normalise_main(main: &str) -> Result<String> {
    // Letters other than the dial-string pause letters are a vanity number or a typo; report
    // them as letters even where a p or w also appears ("1-800-FLOWERS").
    let has_pause_letter = main.chars().any(|c| matches!(c, 'p' | 'P' | 'w' | 'W'));
    if main
        .chars()
        .any(|c| c.is_alphabetic() && !matches!(c, 'p' | 'P' | 'w' | 'W'))
    {
        return Err(invalid(LETTERS));
    }
    if has_pause_letter && !main.chars().any(|c| c.is_ascii_digit()) {
        return Err(invalid(LETTERS));
    }

    let chars: Vec<char> = main.chars().collect();
    let mut digits = String::with_capacity(MAX_DIGITS + 1);
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '0'..='9' => digits.push(c),
            '+' if digits.is_empty() => digits.push('+'),
            '+' => return Err(invalid(PLUS_NOT_FIRST)),
            '(' if digits.starts_with('+') && digits.len() > 1 => {
                if let Some(skip) = trunk_prefix_len(&chars[i..]) {
                    i += skip;
                    continue;
                }
            }
            ',' | ';' | 'p' | 'P' | 'w' | 'W' => return Err(invalid(PAUSES)),
            '*' | '#' => return Err(invalid(STAR_HASH)),
            c if is_separator(c) => {}
            c if c.is_numeric() => return Err(invalid(NON_ASCII_DIGIT)),
            _ => return Err(invalid(OTHER_CHAR)),
        }
        i += 1;
    }

    let global = digits.starts_with('+');
    let count = digits.len() - usize::from(global);
    if count == 0 {
        return Err(invalid(EMPTY));
    }
    if global && digits.as_bytes().get(1) == Some(&b'0') {
        return Err(invalid(COUNTRY_CODE_ZERO));
    }
    let min = if global {
        MIN_GLOBAL_DIGITS
    } else {
        MIN_LOCAL_DIGITS
    };
    if count < min {
        return Err(invalid(TOO_FEW));
    }
    if count > MAX_DIGITS {
        return Err(invalid(TOO_MANY));
    }
    Ok(digits)
}

/// If `chars` starts with a "(0)" group (spaces allowed inside), its length in characters.
fn trunk_prefix_len(chars: &[char]) -> Option<usize> {
    let mut inside = chars
        .iter()
        .enumerate()
        .skip(1) // the '('
        .filter(|(_, c)| !c.is_whitespace());
    match (inside.next(), inside.next()) {
        (Some((_, '0')), Some((close, ')'))) => Some(close + 1),
        _ => None,
    }
}
