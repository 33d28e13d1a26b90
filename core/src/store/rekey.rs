//! Re-keying: a passphrase change gives the store a new data key, so an old copy of a key slot
//! and the old passphrase open nothing written after the change.
//!
//! Everything the new keys need is computed first (the new data key, salt and epoch, and a
//! new slot for every key source the store has, which for a passphrase is the slow Argon2id
//! step). Then one immediate transaction reseals every record under the new record key (same
//! id, revision and padded length, fresh nonce), recomputes every lookup tag, writes the new
//! salt, epoch and canary, and replaces every key slot. A crash at any moment leaves the old
//! store or the new one, never a mix; a failure changes nothing.
//!
//! A slot can only be rewrapped with its own key source. The store keeps the source it was
//! opened with; a store that also has a slot of the other kind (a platform key, when opened
//! with the passphrase) refuses the change, because leaving that slot on the old data key would
//! keep the old key alive, and dropping it would lock the phone out.
//!
//! Rows that do not open (damaged or tampered with) are left exactly as they are: they were
//! unreadable before and stay reported as damaged after.
//!
//! The same module upgrades a PBKDF2 passphrase slot to Argon2id after an unlock: that only
//! rewraps the same data key, and a failure (a full or read-only disk, a busy store) is ignored,
//! since the old slot still opens and the next unlock tries again.

use std::time::Duration;

use rusqlite::types::ValueRef;
use rusqlite::{TransactionBehavior, params};

use super::record::id_from_row;
use super::{BUSY_TIMEOUT, Reader, RecordKind, Store, read_slot, seal_canary, write_slot};
use crate::crypto::envelope::{self, Binding};
use crate::crypto::key_slot::{KeySlot, SlotKind};
use crate::crypto::keys::{DataKey, KeySource, StoreKeys, random_bytes};
use crate::error::{Error, Result};

/// One row of the record table, resealed: (id, lookup tag, envelope).
type Resealed = (Vec<u8>, Option<[u8; 16]>, Vec<u8>);

impl Store {
    /// Sets `new_source` (a new passphrase, or a first one) and re-keys the store: a new random
    /// data key, salt and epoch; every record resealed; every key slot rewrapped; the canary
    /// rewritten; all in one transaction.
    ///
    /// `lookup_key` gives the lookup key of a record from its kind, payload version and body
    /// (what [`super::Record::lookup_key`] would give), or `None` for a kind that has none; it
    /// is how lookup tags are recomputed under the new keys. A row with a tag whose key it does
    /// not give refuses the change as [`Error::RecordDamaged`].
    ///
    /// A store with a slot of the other kind than it was opened with refuses with
    /// [`Error::KeySourceNotEnrolled`] naming that kind (open it with that key source to
    /// change the passphrase). Whatever fails, nothing is changed.
    pub fn rekey(
        &mut self,
        new_source: &KeySource,
        lookup_key: impl Fn(RecordKind, u16, &[u8]) -> Option<Vec<u8>>,
    ) -> Result<()> {
        let new_kind = SlotKind::of(new_source);
        let data_key = DataKey::generate()?;
        let mut slots = vec![(new_kind, KeySlot::create(new_source, &data_key)?)];
        for kind in [SlotKind::Platform, SlotKind::Passphrase] {
            if kind == new_kind || read_slot(&self.conn, kind)?.is_none() {
                continue;
            }
            if SlotKind::of(&self.source) != kind {
                return Err(Error::KeySourceNotEnrolled(kind.describe()));
            }
            slots.push((kind, KeySlot::create(&self.source, &data_key)?));
        }
        let store_salt: [u8; 32] = random_bytes()?;
        let epoch = self
            .keys
            .epoch
            .checked_add(1)
            .ok_or(Error::KeyDataDamaged)?;
        let keys = StoreKeys::derive(&data_key, &store_salt, epoch)?;

        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let resealed = {
            let reader = Reader {
                conn: &tx,
                keys: &self.keys,
                mirror: &self.mirror,
            };
            reseal_rows(&reader, &keys, &lookup_key)?
        };
        {
            let mut update =
                tx.prepare("UPDATE record SET lookup = ?2, envelope = ?3 WHERE id = ?1")?;
            for (id, lookup, envelope) in &resealed {
                update.execute(params![id, lookup, envelope])?;
            }
        }
        tx.execute(
            "UPDATE store_meta SET store_salt = ?1, key_epoch = ?2, canary = ?3",
            params![store_salt, epoch, seal_canary(&keys)?],
        )?;
        tx.execute("DELETE FROM key_slot", [])?;
        for (kind, slot) in &slots {
            write_slot(&tx, *kind, slot)?;
        }
        tx.commit()?;

        self.mirror.clear();
        self.keys = keys;
        self.data_key = data_key;
        if SlotKind::of(&self.source) == new_kind {
            self.source = new_source.duplicate();
        }
        // Fold the new pages into the database now, so the old envelopes and slots do not
        // linger in the WAL (secure_delete then overwrites them). Failing here loses nothing.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }

    /// Rewraps the data key in a slot of today's derivation for the source the store was just
    /// opened with. Best effort: see the module's documentation.
    pub(super) fn upgrade_slot(&mut self, kind: SlotKind) {
        // Never wait for another process: the unlock must not stall for an upgrade.
        if self.conn.busy_timeout(Duration::ZERO).is_err() {
            return;
        }
        let upgraded = KeySlot::create(&self.source, &self.data_key).and_then(|slot| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            write_slot(&tx, kind, &slot)?;
            tx.commit()?;
            Ok(())
        });
        drop(upgraded);
        let _ = self.conn.busy_timeout(BUSY_TIMEOUT);
    }
}

/// Every row of the record table resealed under `keys`; rows that do not open are left out
/// (and so left as they are).
fn reseal_rows(
    reader: &Reader<'_>,
    keys: &StoreKeys,
    lookup_key: &impl Fn(RecordKind, u16, &[u8]) -> Option<Vec<u8>>,
) -> Result<Vec<Resealed>> {
    let mut statement = reader
        .conn
        .prepare("SELECT id, rev, lookup, envelope FROM record ORDER BY id")?;
    let mut rows = statement.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let id_bytes = row
            .get_ref(0)?
            .as_blob()
            .map_err(|_| Error::KeyDataDamaged)?;
        let id = id_from_row(id_bytes)?;
        let (revision, opened) = match reader.open_fields(id, row.get_ref(1)?, row.get_ref(3)?) {
            Ok(opened) => opened,
            Err(Error::RecordDamaged { .. }) => continue,
            Err(other) => return Err(other),
        };
        let key = lookup_key(
            RecordKind(opened.kind),
            opened.payload_version,
            opened.body(),
        );
        if key.is_none() && !matches!(row.get_ref(2)?, ValueRef::Null) {
            return Err(Error::RecordDamaged { id });
        }
        let lookup = key.map(|key| keys.lookup_tag(opened.kind, &key));
        let envelope =
            envelope::reseal(&keys.record, keys.epoch, Binding { id, revision }, &opened)?;
        out.push((id_bytes.to_vec(), lookup, envelope));
    }
    Ok(out)
}
