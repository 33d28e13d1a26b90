//! Searching the journal on the device, ignoring case and accents.
//!
//! Entries are sealed one by one, so no index could be kept without a second copy of what
//! they say; and a person looking for "mañana" may type "manana", or "Sponsor" for "sponsor".
//! So a search folds the query and each decrypted entry the same way (lower case, accents and
//! other combining marks removed after canonical decomposition, every run of white space and
//! line breaks as one space) and looks for the folded query inside the folded text. The query
//! lives only in memory for the call: it is never stored, logged or put in an error.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::error::{Error, Result};

/// The longest query, in characters.
pub const QUERY_MAX_CHARS: usize = 200;

/// A validated, folded query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    folded: String,
}

impl SearchQuery {
    /// Checks what the person typed: 1..=[`QUERY_MAX_CHARS`] characters once trimmed, no
    /// control characters, and something left once accents are removed.
    pub fn new(typed: &str) -> Result<Self> {
        let trimmed = typed.trim();
        if trimmed.chars().count() > QUERY_MAX_CHARS {
            return Err(Error::invalid("query", "too long"));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(Error::invalid("query", "contains control characters"));
        }
        let folded = fold(trimmed);
        if folded.is_empty() {
            return Err(Error::invalid("query", "empty"));
        }
        Ok(Self { folded })
    }

    /// Whether `text` holds the query, ignoring case, accents and how white space is laid out.
    pub fn matches(&self, text: &str) -> bool {
        fold(text).contains(&self.folded)
    }
}

/// `text` in the form searches compare: lower case, canonical decomposition without combining
/// marks ("Mañana" and "MANANA" both give "manana"), white-space runs as one space, trimmed.
pub fn fold(text: &str) -> String {
    let bare: String = text
        .to_lowercase()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}
