//! Importing another recovery app's export (Quitter, Sobriety): what Settings offers.
//!
//! It takes a path, as backups do: the phones hand the copy their document picker made in the
//! app's own folder, and the core reads it (at most 4 MiB) and adds it in one transaction.

use std::path::Path;
use std::time::SystemTime;

use cairn_core::companion::{ImportReport, ImportSource};

use crate::CairnError;
use crate::companion::{Companion, instant};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Imports the export of `source` at `path`: each substance a journey with its clean date,
    /// relapses as uses, notes as journal entries, savings as cost and hours per day, all in
    /// one transaction or nothing. Times are read in the store's zone (the report names it).
    /// Importing the same history again adds nothing and changes nothing. A bad file is
    /// `InvalidInput` naming a field and a fixed reason, and changes nothing.
    pub fn import_from(
        &self,
        source: ImportSource,
        path: String,
        now: SystemTime,
    ) -> Result<ImportReport, CairnError> {
        self.with(|c| c.import_from_file(source, Path::new(&path), instant(now)))
    }
}
