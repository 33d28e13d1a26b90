//! Export and import through the facade: which records go into a backup and how each kind is
//! restored.
//!
//! Export seals every record into a new file written next to its destination and renamed into
//! place, so a half-written backup never carries the final name. Import verifies and decrypts
//! the whole file, decodes every record as its type, writes them all into a staging store that
//! shares this store's keys, and only then swaps the staging store in with one atomic rename.
//! Any failure before the swap leaves the current store exactly as it was and removes the
//! staging files.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Companion;
use super::records::{
    AuditRecord, CheckInRecord, JourneyRecord, PledgeRecord, ReachOutRecord, UseRecord, kinds,
};
use super::records::{JournalEntryAuditRecord, JournalEntryRecord};
use crate::backup::{RecoveryCode, format, payload};
use crate::contact::Contact;
use crate::crypto::keys::Passphrase;
use crate::error::{Error, Result};
use crate::id::RecordId;
use crate::prevention_plan::PreventionPlan;
use crate::settings::Settings;
use crate::store::{
    BEFORE_IMPORT_SUFFIX, IMPORT_SUFFIX, RawRecord, Record, Writer, decode_raw, with_suffix,
};

/// What an export produced.
#[derive(Debug)]
pub struct BackupExported {
    /// The code that opens the backup: show it once, never store it.
    pub recovery_code: RecoveryCode,
    /// How many records went in.
    pub records: usize,
    /// Records that could not be opened and were left out.
    pub damaged_records: Vec<RecordId>,
}

/// What an import brought in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupImported {
    /// How many records the store now holds.
    pub records: usize,
}

/// Decodes a raw record as its type and writes it under its id. Every kind in
/// [`kinds::ALL`] must be handled here; a test checks that.
fn restore(writer: &Writer<'_>, raw: &RawRecord) -> Result<()> {
    fn put<R: Record>(writer: &Writer<'_>, raw: &RawRecord) -> Result<()> {
        writer.insert_with_id(raw.id, &decode_raw::<R>(raw)?)
    }
    match raw.kind {
        kind if kind == kinds::SETTINGS.0 => put::<Settings>(writer, raw),
        kind if kind == kinds::JOURNEY.0 => put::<JourneyRecord>(writer, raw),
        kind if kind == kinds::USE.0 => put::<UseRecord>(writer, raw),
        kind if kind == kinds::AUDIT.0 => put::<AuditRecord>(writer, raw),
        kind if kind == kinds::CHECK_IN.0 => put::<CheckInRecord>(writer, raw),
        kind if kind == kinds::PREVENTION_PLAN.0 => put::<PreventionPlan>(writer, raw),
        kind if kind == kinds::CONTACT.0 => put::<Contact>(writer, raw),
        kind if kind == kinds::REACH_OUT.0 => put::<ReachOutRecord>(writer, raw),
        kind if kind == kinds::JOURNAL_ENTRY.0 => put::<JournalEntryRecord>(writer, raw),
        kind if kind == kinds::JOURNAL_ENTRY_AUDIT.0 => put::<JournalEntryAuditRecord>(writer, raw),
        kind if kind == kinds::PLEDGE.0 => put::<PledgeRecord>(writer, raw),
        // A kind this version does not know was written by a newer Cairn.
        _ => Err(Error::NewerFormat {
            found: u32::from(raw.kind),
            supported: 0,
        }),
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let partial = sibling(path, ".partial");
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&partial, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    Ok(written?)
}

impl Companion {
    /// Writes an encrypted backup of every record to `out` and returns its recovery code.
    /// With a passphrase, both the code and the passphrase are needed to open it.
    pub fn export_backup(&self, out: &Path, passphrase: Option<String>) -> Result<BackupExported> {
        self.export_backup_with(
            out,
            passphrase,
            RecoveryCode::generate()?,
            format::SealParams::random()?,
        )
    }

    /// [`Companion::export_backup`] with a given code and parameters (known-answer vectors).
    #[cfg(feature = "test-support")]
    pub fn export_backup_fixed(
        &self,
        out: &Path,
        passphrase: Option<String>,
        code: RecoveryCode,
        params: format::SealParams,
    ) -> Result<BackupExported> {
        self.export_backup_with(out, passphrase, code, params)
    }

    fn export_backup_with(
        &self,
        out: &Path,
        passphrase: Option<String>,
        code: RecoveryCode,
        params: format::SealParams,
    ) -> Result<BackupExported> {
        let passphrase = passphrase.map(Passphrase::new_for_setting).transpose()?;
        let (records, damaged_records) = self.store.read(|reader| reader.raw_records())?;
        let sealed = format::seal(
            &payload::encode(&records)?,
            &code,
            passphrase.as_ref(),
            &params,
        )?;
        write_private(out, &sealed)?;
        Ok(BackupExported {
            recovery_code: code,
            records: records.len(),
            damaged_records,
        })
    }

    /// Replaces everything in this store with the backup at `file`, re-encrypted under this
    /// store's key. Nothing changes unless every record verifies and decodes. The store it
    /// replaces is kept, sealed as it was, until the next import or wipe:
    /// [`Companion::undo_import`] brings it back.
    pub fn import_backup(
        &mut self,
        file: &Path,
        recovery_code: &str,
        passphrase: Option<String>,
    ) -> Result<BackupImported> {
        let code = RecoveryCode::parse(recovery_code)?;
        let passphrase = passphrase.map(Passphrase::new).transpose()?;
        let bytes = std::fs::read(file)?;
        let plaintext = format::open(&bytes, &code, passphrase.as_ref())?;
        let records = payload::decode(&plaintext)?;
        if !records.iter().any(|raw| raw.kind == kinds::SETTINGS.0) {
            return Err(Error::BackupDamaged {
                reason: "it has no settings",
            });
        }

        let staging_path = with_suffix(self.store.path(), IMPORT_SUFFIX);
        let mut staging = self.store.create_sibling(&staging_path)?;
        let written =
            staging.write(|writer| records.iter().try_for_each(|raw| restore(writer, raw)));
        if let Err(error) = written {
            drop(staging);
            let _ = crate::store::remove_store(&staging_path);
            return Err(error);
        }
        let kept = with_suffix(self.store.path(), BEFORE_IMPORT_SUFFIX);
        self.store.replace_with(staging, Some(&kept))?;
        Ok(BackupImported {
            records: records.len(),
        })
    }

    /// Whether the store holds anything but its settings: what an import would throw away.
    pub fn holds_records(&self) -> Result<bool> {
        let (records, damaged) = self.store.read(|reader| reader.raw_records())?;
        Ok(!damaged.is_empty() || records.iter().any(|raw| raw.kind != kinds::SETTINGS.0))
    }

    /// Whether the store the last import replaced is still kept (see [`Companion::undo_import`]).
    pub fn can_undo_import(&self) -> bool {
        with_suffix(self.store.path(), BEFORE_IMPORT_SUFFIX).is_file()
    }

    /// Undoes the last import: the store it replaced, kept sealed beside this one, comes back
    /// with an atomic rename and the imported one is discarded. With nothing kept, or a kept
    /// file this store's key does not open, it fails and nothing changes.
    pub fn undo_import(&mut self) -> Result<()> {
        let kept = with_suffix(self.store.path(), BEFORE_IMPORT_SUFFIX);
        self.store.restore(&kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::RecordKind;

    #[test]
    fn every_record_kind_can_be_restored() {
        let folder = tempfile::tempdir().unwrap();
        let source = crate::crypto::KeySource::Platform(
            crate::crypto::PlatformKey::from_bytes(&[1; 32]).unwrap(),
        );
        let mut store = crate::store::Store::create(&folder.path().join("s.db"), &source).unwrap();
        for RecordKind(kind) in kinds::ALL {
            let raw = RawRecord {
                id: RecordId::from_bytes([kind.to_be_bytes()[1]; 16]),
                kind,
                payload_version: 1,
                body: zeroize::Zeroizing::new(b"{}".to_vec()),
            };
            let result = store.write(|writer| restore(writer, &raw));
            // `{}` is not a valid record of any kind: what matters is that the kind is known.
            assert!(
                !matches!(result, Err(Error::NewerFormat { .. })),
                "kind {kind} has no restore"
            );
        }
    }
}
