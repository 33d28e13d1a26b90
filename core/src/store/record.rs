//! The typed record API that every domain module uses instead of SQL and crypto.
//!
//! A domain type implements [`Record`] (its kind number, payload version, padding and an
//! optional lookup key); the store seals it into one row of the generic `record` table. Reads go
//! through a [`Reader`] and writes through a [`Writer`], both bound to one SQLite transaction, so
//! a domain operation that writes several records commits all of them or none.

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::mirror::MirrorSlot;
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
    /// How the serialised form is padded.
    const PADDING: Padding = Padding::Compact;

    /// A key that must be unique among records of this kind and can find the record (for
    /// example the day of a check-in). Stored only as a keyed hash.
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
    fn open_row(&self, id: RecordId, revision: u64, sealed: &[u8]) -> Result<Opened> {
        if envelope::epoch_of(sealed, id)? != self.keys.epoch {
            return Err(Error::RecordDamaged { id });
        }
        envelope::open(&self.keys.record, Binding { id, revision }, sealed)
    }

    /// Opens a row's revision and envelope columns. A value of the wrong SQLite type is damage
    /// to this record, not a database failure: it is reported by id like any other tampering.
    pub(super) fn open_fields(
        &self,
        id: RecordId,
        revision: ValueRef<'_>,
        envelope: ValueRef<'_>,
    ) -> Result<(u64, Opened)> {
        let damaged = || Error::RecordDamaged { id };
        let revision = revision
            .as_i64()
            .ok()
            .and_then(|rev| u64::try_from(rev).ok());
        let revision = revision.ok_or_else(damaged)?;
        let sealed = envelope.as_blob().map_err(|_| damaged())?;
        Ok((revision, self.open_row(id, revision, sealed)?))
    }

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

    /// The record `id`, which must be of kind `R`.
    pub fn get<R: Record>(&self, id: RecordId) -> Result<Stored<R>> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT rev, envelope FROM record WHERE id = ?1")?;
        let mut rows = statement.query(params![id.as_bytes()])?;
        let row = rows.next()?.ok_or(Error::NotFound { what: "record" })?;
        let (revision, opened) = self.open_fields(id, row.get_ref(0)?, row.get_ref(1)?)?;
        if opened.kind != R::KIND.0 {
            return Err(Error::NotFound { what: "record" });
        }
        Self::decode(id, revision, &opened)
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
        let tag = self.keys.lookup_tag(R::KIND.0, key);
        let id: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT id FROM record WHERE lookup = ?1",
                params![tag],
                |row| row.get(0),
            )
            .optional()?;
        id.map(|id| self.get(id_from_row(&id)?)).transpose()
    }
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
    fn seal<R: Record>(&self, id: RecordId, revision: u64, value: &R) -> Result<(Vec<u8>, Opened)> {
        let body = Zeroizing::new(
            serde_json::to_vec(value).map_err(|_| Error::invalid("record", "cannot be encoded"))?,
        );
        let contents = Contents {
            kind: R::KIND.0,
            payload_version: R::VERSION,
            body: &body,
            padding: R::PADDING,
        };
        let sealed = envelope::seal(
            &self.keys.record,
            self.keys.epoch,
            Binding { id, revision },
            &contents,
        )?;
        Ok((sealed, Opened::unsealed(&contents)))
    }

    fn lookup_tag<R: Record>(&self, value: &R) -> Option<[u8; 16]> {
        value
            .lookup_key()
            .map(|key| self.keys.lookup_tag(R::KIND.0, &key))
    }

    fn unique(error: rusqlite::Error) -> Error {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => Error::AlreadyExists {
                what: "record with that key",
            },
            _ => error.into(),
        }
    }

    /// Stores a new record and returns its fresh id.
    pub fn insert<R: Record>(&self, value: &R) -> Result<RecordId> {
        let id = RecordId::from_bytes(random_bytes()?);
        self.insert_with_id(id, value)?;
        Ok(id)
    }

    /// Stores `value` under a given id (restoring a backup), failing if the id is taken.
    pub fn insert_with_id<R: Record>(&self, id: RecordId, value: &R) -> Result<()> {
        let (sealed, opened) = self.seal(id, 1, value)?;
        self.conn
            .execute(
                "INSERT INTO record (id, rev, lookup, envelope) VALUES (?1, 1, ?2, ?3)",
                params![id.as_bytes(), self.lookup_tag(value), sealed],
            )
            .map_err(Self::unique)?;
        self.mirror.put(id, 1, opened);
        Ok(())
    }

    /// Replaces record `id` (which must be of kind `R`) and returns its new revision.
    pub fn update<R: Record>(&self, id: RecordId, value: &R) -> Result<u64> {
        let current = self.get::<R>(id)?;
        let revision = current.revision + 1;
        let (sealed, opened) = self.seal(id, revision, value)?;
        let stored_revision = i64::try_from(revision).map_err(|_| Error::RecordDamaged { id })?;
        self.conn
            .execute(
                "UPDATE record SET rev = ?2, lookup = ?3, envelope = ?4 WHERE id = ?1",
                params![
                    id.as_bytes(),
                    stored_revision,
                    self.lookup_tag(value),
                    sealed
                ],
            )
            .map_err(Self::unique)?;
        self.mirror.put(id, revision, opened);
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
        self.mirror.remove(id);
        Ok(())
    }
}
