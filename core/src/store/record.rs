//! The typed record API that every domain module uses instead of SQL and crypto.
//!
//! A domain type implements [`Record`] (its kind number, payload version, padding and an
//! optional lookup key); the store seals it into one row of the generic `record` table. Reads go
//! through a [`Reader`] and writes through a [`Writer`], both bound to one SQLite transaction, so
//! a domain operation that writes several records commits all of them or none.

use rusqlite::{Connection, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::mirror::{LookupIndex, Mirror, MirrorSlot};
use crate::crypto::envelope::{self, Binding, Contents, Opened, Padding};
use crate::crypto::keys::{StoreKeys, random_bytes};
use crate::error::{Error, Result};
use crate::id::RecordId;

/// The number that says what a record is. Sealed inside the envelope, never in a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordKind(pub u16);

/// A value the store can keep.
pub trait Record: Serialize + DeserializeOwned {
    /// What this record is; unique across the domain.
    const KIND: RecordKind;
    /// The version of the serialised form; bump it when the form changes and teach
    /// [`Record::decode`] the old one.
    const VERSION: u16 = 1;

    /// A key that must be unique among records of this kind and can find the record (for
    /// example the day of a check-in). Never stored: lookups run over the decrypted records,
    /// so the file has no column that tells one kind of row from another.
    fn lookup_key(&self) -> Option<Vec<u8>> {
        None
    }

    /// Reads a payload of `version` (never newer than [`Record::VERSION`]).
    fn decode(version: u16, body: &[u8]) -> Option<Self> {
        (version == Self::VERSION)
            .then(|| serde_json::from_slice(body).ok())
            .flatten()
    }
}

/// A record with its id and revision.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored<R> {
    /// The record's id.
    pub id: RecordId,
    /// How many times it was written (1 when new).
    pub revision: u64,
    /// The record itself.
    pub value: R,
}

/// All readable records of one kind, and the ids of any rows that could not be opened.
#[derive(Debug)]
pub struct Listing<R> {
    /// The records that opened, in no particular order.
    pub records: Vec<Stored<R>>,
    /// Rows whose envelope failed to open. Their kind is unknown, so every listing reports them.
    pub damaged: Vec<RecordId>,
}

/// Read access inside one transaction.
pub struct Reader<'a> {
    pub(super) conn: &'a Connection,
    pub(super) keys: &'a StoreKeys,
    pub(super) mirror: &'a MirrorSlot,
}

pub(super) fn id_from_row(bytes: &[u8]) -> Result<RecordId> {
    let bytes: [u8; 16] = bytes.try_into().map_err(|_| Error::KeyDataDamaged)?;
    Ok(RecordId::from_bytes(bytes))
}

impl Reader<'_> {
    fn decode<R: Record>(id: RecordId, revision: u64, opened: &Opened) -> Result<Stored<R>> {
        if opened.payload_version > R::VERSION {
            return Err(Error::NewerFormat {
                found: u32::from(opened.payload_version),
                supported: u32::from(R::VERSION),
            });
        }
        let value =
            R::decode(opened.payload_version, opened.body()).ok_or(Error::RecordDamaged { id })?;
        Ok(Stored {
            id,
            revision,
            value,
        })
    }

    /// Record `id` of kind `R` in `mirror`.
    fn get_in<R: Record>(mirror: &Mirror, id: RecordId) -> Result<Stored<R>> {
        let Some(row) = mirror.row(id) else {
            return Err(if mirror.damaged.contains(&id) {
                Error::RecordDamaged { id }
            } else {
                Error::NotFound { what: "record" }
            });
        };
        if row.opened.kind != R::KIND.0 {
            return Err(Error::NotFound { what: "record" });
        }
        Self::decode(id, row.revision, &row.opened)
    }

    /// The record `id`, which must be of kind `R`.
    pub fn get<R: Record>(&self, id: RecordId) -> Result<Stored<R>> {
        self.mirror
            .with_current(self, |mirror| Self::get_in(mirror, id))
    }

    /// Every record of kind `R`; damaged rows are listed apart and do not stop the others.
    /// Rows are opened once per change of the file and kept opened (see the mirror module).
    pub fn list<R: Record>(&self) -> Result<Listing<R>> {
        self.listing(R::KIND, |id, revision, opened| {
            Ok(Self::decode::<R>(id, revision, opened)?.value)
        })
    }

    /// Every record of kind `R` read as `P`, a projection that keeps a few of its fields (the
    /// dates of every check-in, say). Serde skips the other fields without building them, which
    /// is several times faster than decoding whole records. A payload of an older version is
    /// decoded as `R` and converted.
    pub fn list_as<R: Record, P: DeserializeOwned + From<R>>(&self) -> Result<Listing<P>> {
        self.listing(R::KIND, |id, revision, opened| {
            if opened.payload_version == R::VERSION {
                serde_json::from_slice(opened.body()).map_err(|_| Error::RecordDamaged { id })
            } else {
                Ok(P::from(Self::decode::<R>(id, revision, opened)?.value))
            }
        })
    }

    /// The mirrored rows of `kind`, each decoded by `decode`: a row it calls damaged is listed
    /// apart, any other error stops the listing.
    fn listing<P>(
        &self,
        kind: RecordKind,
        decode: impl Fn(RecordId, u64, &Opened) -> Result<P>,
    ) -> Result<Listing<P>> {
        self.mirror.with_current(self, |mirror| {
            let mut listing = Listing {
                records: Vec::new(),
                damaged: mirror.damaged.iter().copied().collect(),
            };
            for row in mirror.rows.iter().filter(|row| row.opened.kind == kind.0) {
                match decode(row.id, row.revision, &row.opened) {
                    Ok(value) => listing.records.push(Stored {
                        id: row.id,
                        revision: row.revision,
                        value,
                    }),
                    Err(Error::RecordDamaged { id }) => listing.damaged.push(id),
                    Err(other) => return Err(other),
                }
            }
            Ok(listing)
        })
    }

    /// The record of kind `R` whose lookup key is `key`, if there is one.
    pub fn find<R: Record>(&self, key: &[u8]) -> Result<Option<Stored<R>>> {
        self.mirror.with_current(self, |mirror| {
            let id = lookup_index::<R>(mirror).get(key).copied();
            id.map(|id| Self::get_in(mirror, id)).transpose()
        })
    }
}

/// The lookup index of kind `R`, built from the decrypted rows the first time it is needed
/// (the writer keeps it current after that). A row that does not decode has no key.
fn lookup_index<R: Record>(mirror: &mut Mirror) -> &LookupIndex {
    let Mirror { rows, lookups, .. } = mirror;
    lookups.entry(R::KIND.0).or_insert_with(|| {
        rows.iter()
            .filter(|row| row.opened.kind == R::KIND.0)
            .filter_map(|row| {
                let value = R::decode(row.opened.payload_version, row.opened.body())?;
                Some((value.lookup_key()?, row.id))
            })
            .collect()
    })
}

/// Write access inside one `BEGIN IMMEDIATE` transaction; reads see the writes.
pub struct Writer<'a> {
    pub(super) reader: Reader<'a>,
}

impl<'a> std::ops::Deref for Writer<'a> {
    type Target = Reader<'a>;

    fn deref(&self) -> &Reader<'a> {
        &self.reader
    }
}

impl Writer<'_> {
    /// Seals `value` for row `id` at `revision`, and returns what opening it will give back.
    /// Every kind is padded alike, so a short record's length does not say what it is.
    fn seal<R: Record>(&self, id: RecordId, revision: u64, value: &R) -> Result<(Vec<u8>, Opened)> {
        let body = Zeroizing::new(
            serde_json::to_vec(value).map_err(|_| Error::invalid("record", "cannot be encoded"))?,
        );
        let contents = Contents {
            kind: R::KIND.0,
            payload_version: R::VERSION,
            body: &body,
            padding: Padding::Uniform,
        };
        let sealed = envelope::seal(
            &self.keys.record,
            self.keys.epoch,
            Binding { id, revision },
            &contents,
        )?;
        Ok((sealed, Opened::unsealed(&contents)))
    }

    /// Refuses `value` for row `id` if another record of its kind has the same lookup key, and
    /// returns its key.
    fn unique_key<R: Record>(&self, id: RecordId, value: &R) -> Result<Option<Vec<u8>>> {
        let Some(key) = value.lookup_key() else {
            return Ok(None);
        };
        match self.find::<R>(&key)? {
            Some(holder) if holder.id != id => Err(Error::AlreadyExists {
                what: "record with that key",
            }),
            _ => Ok(Some(key)),
        }
    }

    /// Records a written row in the mirror, and so in the manifest this transaction commits.
    fn mirror_put(
        &self,
        id: RecordId,
        revision: u64,
        opened: Opened,
        key: Option<Vec<u8>>,
    ) -> Result<()> {
        self.mirror.with_current(self, |mirror| {
            mirror.put(id, revision, opened, key);
            Ok(())
        })
    }

    /// Stores a new record and returns its fresh id.
    pub fn insert<R: Record>(&self, value: &R) -> Result<RecordId> {
        let id = RecordId::from_bytes(random_bytes()?);
        self.insert_with_id(id, value)?;
        Ok(id)
    }

    /// Stores `value` under a given id (restoring a backup), failing if the id is taken.
    pub fn insert_with_id<R: Record>(&self, id: RecordId, value: &R) -> Result<()> {
        let key = self.unique_key(id, value)?;
        let (sealed, opened) = self.seal(id, 1, value)?;
        self.conn
            .execute(
                "INSERT INTO record (id, envelope) VALUES (?1, ?2)",
                params![id.as_bytes(), sealed],
            )
            .map_err(|error| match error.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => Error::AlreadyExists {
                    what: "record with that id",
                },
                _ => error.into(),
            })?;
        self.mirror_put(id, 1, opened, key)
    }

    /// Replaces record `id` (which must be of kind `R`) and returns its new revision.
    pub fn update<R: Record>(&self, id: RecordId, value: &R) -> Result<u64> {
        let current = self.get::<R>(id)?;
        let key = self.unique_key(id, value)?;
        let revision = current
            .revision
            .checked_add(1)
            .ok_or(Error::RecordDamaged { id })?;
        let (sealed, opened) = self.seal(id, revision, value)?;
        self.conn.execute(
            "UPDATE record SET envelope = ?2 WHERE id = ?1",
            params![id.as_bytes(), sealed],
        )?;
        self.mirror_put(id, revision, opened, key)?;
        Ok(revision)
    }

    /// Inserts `value`, or replaces the record of kind `R` with the same lookup key.
    pub fn put_by_key<R: Record>(&self, value: &R) -> Result<RecordId> {
        let key = value
            .lookup_key()
            .ok_or(Error::invalid("record", "has no lookup key"))?;
        match self.find::<R>(&key)? {
            Some(existing) => {
                self.update(existing.id, value)?;
                Ok(existing.id)
            }
            None => self.insert(value),
        }
    }

    /// Deletes record `id`, which must be of kind `R`. With `secure_delete` on, its bytes are
    /// overwritten in the file.
    pub fn delete<R: Record>(&self, id: RecordId) -> Result<()> {
        self.get::<R>(id)?;
        self.conn
            .execute("DELETE FROM record WHERE id = ?1", params![id.as_bytes()])?;
        self.mirror.with_current(self, |mirror| {
            mirror.remove(id);
            Ok(())
        })
    }
}
