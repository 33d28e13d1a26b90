//! What a backup holds once decrypted: every record, in a versioned form later Cairns can read.
//!
//! ```text
//! payload = version u16 BE = 1 | record count u32 BE | record* | zero padding
//! record  = id [16] | kind u16 BE | record payload version u16 BE | body length u32 BE | body
//! ```
//!
//! Bodies are the records' own serialised forms (the same JSON the store seals), tagged with
//! their kind and version, so a later Cairn decodes old versions the way it reads its own store.
//! The payload is padded with zeros to a multiple of 16 KiB so the file's length says little
//! about how much is in it. Decoding checks every length and the padding before trusting any of
//! it.

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::id::RecordId;
use crate::store::RawRecord;

const VERSION: u16 = 1;
const PADDING_BUCKET: usize = 16 * 1024;
const RECORD_PREFIX: usize = 16 + 2 + 2 + 4;

fn damaged(reason: &'static str) -> Error {
    Error::BackupDamaged { reason }
}

/// Encodes records into a padded payload.
pub fn encode(records: &[RawRecord]) -> Result<Zeroizing<Vec<u8>>> {
    let too_many = || Error::invalid("backup", "too many records");
    let count = u32::try_from(records.len()).map_err(|_| too_many())?;
    let mut out = Zeroizing::new(Vec::new());
    out.extend_from_slice(&VERSION.to_be_bytes());
    out.extend_from_slice(&count.to_be_bytes());
    for record in records {
        let length = u32::try_from(record.body.len()).map_err(|_| too_many())?;
        out.extend_from_slice(record.id.as_bytes());
        out.extend_from_slice(&record.kind.to_be_bytes());
        out.extend_from_slice(&record.payload_version.to_be_bytes());
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(&record.body);
    }
    let padded = out.len().div_ceil(PADDING_BUCKET) * PADDING_BUCKET;
    out.resize(padded, 0);
    Ok(out)
}

fn take<'a>(bytes: &mut &'a [u8], count: usize) -> Result<&'a [u8]> {
    if bytes.len() < count {
        return Err(damaged("the records are cut short"));
    }
    let (head, tail) = bytes.split_at(count);
    *bytes = tail;
    Ok(head)
}

/// Decodes a payload, checking every length and that nothing but zeros follows the records.
pub fn decode(payload: &[u8]) -> Result<Vec<RawRecord>> {
    let mut rest = payload;
    let version = u16::from_be_bytes([take(&mut rest, 1)?[0], take(&mut rest, 1)?[0]]);
    if version != VERSION {
        return Err(Error::NewerFormat {
            found: u32::from(version),
            supported: u32::from(VERSION),
        });
    }
    let count = take(&mut rest, 4)?;
    let count = u32::from_be_bytes([count[0], count[1], count[2], count[3]]);
    // Each record needs at least its prefix, so a forged count cannot reserve much memory.
    let count = usize::try_from(count).map_err(|_| damaged("record count out of range"))?;
    if count > rest.len() / RECORD_PREFIX {
        return Err(damaged("record count out of range"));
    }
    let mut records = Vec::with_capacity(count);
    for _ in 0..count {
        let prefix = take(&mut rest, RECORD_PREFIX)?;
        let id: [u8; 16] = prefix[..16].try_into().map_err(|_| damaged("record id"))?;
        let kind = u16::from_be_bytes([prefix[16], prefix[17]]);
        let payload_version = u16::from_be_bytes([prefix[18], prefix[19]]);
        let length = u32::from_be_bytes([prefix[20], prefix[21], prefix[22], prefix[23]]);
        let length = usize::try_from(length).map_err(|_| damaged("record length out of range"))?;
        let body = Zeroizing::new(take(&mut rest, length)?.to_vec());
        records.push(RawRecord {
            id: RecordId::from_bytes(id),
            kind,
            payload_version,
            body,
        });
    }
    if rest.iter().any(|byte| *byte != 0) {
        return Err(damaged("unexpected data after the records"));
    }
    Ok(records)
}
