//! The record id: the one name storage, crypto, rules and shells share for a stored thing.
//!
//! A leaf module, so that every floor can name a record without importing another floor:
//! crypto binds an envelope to an id's bytes, errors name a damaged record by it, rules tell
//! contacts apart by it and the store hands them out. It knows nothing of how ids are made
//! (the store draws them at random) or what they point at, and imports nothing of the crate:
//! text that is not an id is an [`InvalidId`], which the crate's error turns into an invalid
//! input.

use std::fmt;
use std::str::FromStr;

/// A record's random 128-bit id. Random rather than sequential so the table's order says
/// nothing about when records were written. Shown and parsed as 32 hexadecimal digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId([u8; 16]);

impl RecordId {
    /// An id from its 16 bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes)
    }

    /// The id's 16 bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordId({self})")
    }
}

/// an id must be 32 hexadecimal digits
#[derive(Clone, Copy, Debug, PartialEq, Eq, displaydoc::Display, thiserror::Error)]
pub struct InvalidId;

impl FromStr for RecordId {
    type Err = InvalidId;

    /// Parses the 32 hexadecimal digits that [`fmt::Display`] prints.
    fn from_str(text: &str) -> Result<Self, InvalidId> {
        let bytes: [u8; 16] = hex::decode(text.trim())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(InvalidId)?;
        Ok(Self(bytes))
    }
}

impl serde::Serialize for RecordId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for RecordId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}
