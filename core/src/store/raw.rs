//! Records as bytes, for backups: every row opened without knowing its type, and a raw record
//! decoded back into its type (then written under the id it had, so references survive a move).

use zeroize::Zeroizing;

use super::record::{Reader, Record};
use crate::error::{Error, Result};
use crate::id::RecordId;

/// One record as serialised bytes with its kind and version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawRecord {
    /// The record's id.
    pub id: RecordId,
    /// Its kind.
    pub kind: u16,
    /// The version of its serialised form.
    pub payload_version: u16,
    /// The serialised form, zeroized on drop.
    pub body: Zeroizing<Vec<u8>>,
}

impl Reader<'_> {
    /// Every record as bytes, and the ids of rows that could not be opened.
    pub fn raw_records(&self) -> Result<(Vec<RawRecord>, Vec<RecordId>)> {
        self.mirror.with_current(self, |mirror| {
            let records = mirror
                .rows
                .iter()
                .map(|row| RawRecord {
                    id: row.id,
                    kind: row.opened.kind,
                    payload_version: row.opened.payload_version,
                    body: Zeroizing::new(row.opened.body().to_vec()),
                })
                .collect();
            Ok((records, mirror.damaged.iter().copied().collect()))
        })
    }
}

/// Decodes a raw record as `R`, as a store read would.
pub fn decode_raw<R: Record>(raw: &RawRecord) -> Result<R> {
    if raw.kind != R::KIND.0 {
        return Err(Error::BackupDamaged {
            reason: "a record of one kind was labelled as another",
        });
    }
    if raw.payload_version > R::VERSION {
        return Err(Error::NewerFormat {
            found: u32::from(raw.payload_version),
            supported: u32::from(R::VERSION),
        });
    }
    R::decode(raw.payload_version, &raw.body).ok_or(Error::BackupDamaged {
        reason: "a record does not decode",
    })
}
