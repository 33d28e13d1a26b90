//! Records as bytes, for backups: every row opened without knowing its type, and a raw record
//! decoded back into its type (then written under the id it had, so references survive a move).

use zeroize::Zeroizing;

use super::record::{Reader, Record, RecordId};
use crate::error::{Error, Result};

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
        let mut statement = self.conn.prepare("SELECT id, rev, envelope FROM record")?;
        let mut rows = statement.query([])?;
        let (mut records, mut damaged) = (Vec::new(), Vec::new());
        while let Some(row) = rows.next()? {
            let id = super::record::id_from_row(
                row.get_ref(0)?
                    .as_blob()
                    .map_err(|_| Error::KeyDataDamaged)?,
            )?;
            match self.open_fields(id, row.get_ref(1)?, row.get_ref(2)?) {
                Ok((_, opened)) => records.push(RawRecord {
                    id,
                    kind: opened.kind,
                    payload_version: opened.payload_version,
                    body: Zeroizing::new(opened.body().to_vec()),
                }),
                Err(Error::RecordDamaged { id }) => damaged.push(id),
                Err(other) => return Err(other),
            }
        }
        Ok((records, damaged))
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
