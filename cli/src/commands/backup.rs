//! `cairn export` and `cairn import`: moving everything to another computer or phone.

use std::path::Path;

use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::{Companion, Error};
use serde_json::json;

use crate::context::{self, Context};
use crate::output::{CliError, emit};
use crate::text::{count, f, t};

/// `cairn export`: prints the recovery code once.
pub fn export(context: &Context, out: &Path, with_passphrase: bool) -> Result<(), CliError> {
    let companion = context.open()?;
    let passphrase = with_passphrase
        .then(|| context::backup_passphrase(true))
        .transpose()?;
    let exported = companion.export_backup(out, passphrase)?;
    let code = exported.recovery_code.display();
    let value = json!({
        "file": out.display().to_string(),
        "records": exported.records,
        "recovery_code": code.as_str(),
        "damaged_records": exported.damaged_records,
    });
    emit(context.json, &value, || {
        let mut text = format!(
            "{}\n\n{}\n\n    {}\n",
            f(
                "export-written",
                &[
                    ("file", (&out.display().to_string()).into()),
                    ("records", count(exported.records)),
                ]
            ),
            t("export-recovery-code"),
            code.as_str()
        );
        if with_passphrase {
            text.push_str(&format!("\n{}\n", t("export-needs-passphrase")));
        }
        if !exported.damaged_records.is_empty() {
            text.push_str(&format!(
                "\n{}\n",
                f(
                    "export-damaged",
                    &[("count", count(exported.damaged_records.len()))]
                )
            ));
        }
        text
    })
}

/// `cairn import`: with no store here yet, creates one protected by `CAIRN_PASSPHRASE`. A store
/// that holds records is replaced only with `--replace`; the store replaced is kept for
/// `cairn import --undo`. The recovery code is never an argument (shell history and the process
/// list keep those): it comes from `CAIRN_RECOVERY_CODE` or a prompt that does not echo.
pub fn import(
    context: &Context,
    file: &Path,
    replace: bool,
    with_passphrase: bool,
) -> Result<(), CliError> {
    let existing = match Companion::open(&context.store_path, &context::passphrase()?) {
        Err(Error::StoreMissing) => None,
        other => Some(other?),
    };
    let holds_records = existing
        .as_ref()
        .map(Companion::holds_records)
        .transpose()?;
    if !replace && holds_records == Some(true) {
        return Err(CliError::usage("usage-import-would-replace"));
    }
    let code = context::recovery_code()?;
    let backup_passphrase = with_passphrase
        .then(|| context::backup_passphrase(false))
        .transpose()?;
    let mut companion = match existing {
        Some(companion) => companion,
        None => {
            let passphrase = context::new_passphrase("CAIRN_PASSPHRASE")?;
            let source = KeySource::Passphrase(Passphrase::new_for_setting(passphrase)?);
            Companion::create(&context.store_path, &source, &context::system_time_zone())?
        }
    };
    let imported = companion.import_backup(file, &code, backup_passphrase)?;
    let settings = companion.settings()?;
    // The backup brought its own settings, perhaps a pinned language.
    crate::text::set_language(settings.language);
    let value = json!({ "records": imported.records, "time_zone": settings.time_zone });
    emit(context.json, &value, || {
        f(
            "import-done",
            &[
                ("records", count(imported.records)),
                ("zone", (&settings.time_zone).into()),
            ],
        )
    })
}

/// `cairn import --undo`: the store the last import replaced comes back.
pub fn undo_import(context: &Context) -> Result<(), CliError> {
    let mut companion = context.open()?;
    if !companion.can_undo_import() {
        return Err(CliError::usage("usage-import-nothing-to-undo"));
    }
    companion.undo_import()?;
    let settings = companion.settings()?;
    crate::text::set_language(settings.language);
    emit(context.json, &json!({ "undone": true }), || {
        t("import-undone")
    })
}
