//! The demo's new phone: an encrypted backup imported under a different key.

use std::path::Path;

use cairn_core::Companion;
use cairn_core::crypto::{KeySource, Passphrase};

use super::tour::Step;
use crate::context::Context;
use crate::output::CliError;

/// An encrypted backup, imported on a "new phone" under a different key.
pub fn new_phone(
    context: &Context,
    companion: &Companion,
    folder: &Path,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let file = folder.join("cairn.backup");
    let exported = companion.export_backup(&file, None)?;
    let code = exported.recovery_code.display();
    let source = KeySource::Passphrase(Passphrase::new("a new phone's passphrase".into())?);
    let mut phone = Companion::create(&folder.join("new-phone.db"), &source, "UTC")?;
    let imported = phone.import_backup(&file, &code, None)?;
    let same = phone.history(None, context.now)? == companion.history(None, context.now)?;
    steps.push(Step {
        step: "a new phone",
        result: format!(
            "Exported {} records into one encrypted file; its recovery code, shown once, is \
             {}. Imported on a new phone under its own key: {} records, history {}.",
            exported.records,
            code.as_str(),
            imported.records,
            if same {
                "identical"
            } else {
                "DIFFERENT (this should never happen)"
            }
        ),
    });
    Ok(())
}
