//! Re-keying: a passphrase change gives the store a new data key, so an old copy of a key slot
//! and the old passphrase open nothing written after the change.
//!
//! Everything the new keys need is computed first (the new data key, salt and epoch, and a
//! new slot for every key source the store has, which for a passphrase is the slow Argon2id
//! step). Then one immediate transaction reseals every record under the new record key (same
//! id, revision and padded length, fresh nonce), reseals the manifest under the new manifest
//! key (the same records and store id, one more commit), writes the new salt, epoch and canary,
//! and replaces every key slot. A crash at any moment leaves the old
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

use rusqlite::{TransactionBehavior, params};

use super::{BUSY_TIMEOUT, Reader, Store, read_slot, seal_canary, write_slot};
use crate::crypto::envelope::{self, Binding};
use crate::crypto::key_slot::{KeySlot, SlotKind};
use crate::crypto::keys::{DataKey, KeySource, StoreKeys, random_bytes};
use crate::error::{Error, Result};

impl Store {
    /// Sets `new_source` (a new passphrase, or a first one) and re-keys the store: a new random
    /// data key, salt and epoch; every record resealed; every key slot rewrapped; the canary
    /// rewritten; all in one transaction.
    ///
    /// A store with a slot of the other kind than it was opened with refuses with
    /// [`Error::KeySourceNotEnrolled`] naming that kind (open it with that key source to
    /// change the passphrase). Whatever fails, nothing is changed.
    pub fn rekey(&mut self, new_source: &KeySource) -> Result<()> {
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
        let reader = Reader {
            conn: &tx,
            keys: &self.keys,
            mirror: &self.mirror,
        };
        // Rows that did not open are not in the mirror, so they are left exactly as they are.
        self.mirror.with_current(&reader, |mirror| {
            let mut update = tx.prepare("UPDATE record SET envelope = ?2 WHERE id = ?1")?;
            for row in &mirror.rows {
                let binding = Binding {
                    id: row.id,
                    revision: row.revision,
                };
                let sealed = envelope::reseal(&keys.record, keys.epoch, binding, &row.opened)?;
                update.execute(params![row.id.as_bytes(), sealed])?;
            }
            mirror.manifest.clone().commit(&tx, &keys)
        })?;
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
