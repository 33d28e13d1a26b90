//! The demo's new phone: an encrypted backup imported under a different key.

use std::path::Path;

use cairn_core::Companion;
use cairn_core::crypto::{KeySource, Passphrase};

use super::tour::Step;
use crate::context::Context;
use crate::output::CliError;
use crate::text::{count, f, t};

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
    steps.push(Step::new(
        "a new phone",
        "demo-title-new-phone",
        f(
            "demo-new-phone",
            &[
                ("exported", count(exported.records)),
                ("code", code.as_str().into()),
                ("imported", count(imported.records)),
                (
                    "history",
                    (&t(if same {
                        "demo-history-identical"
                    } else {
                        "demo-history-different"
                    }))
                        .into(),
                ),
            ],
        ),
    ));
    Ok(())
}
