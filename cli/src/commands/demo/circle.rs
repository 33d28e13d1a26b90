//! The demo's circle: a sponsor, a backup, and the chain behind the one-tap button. Each crisis
//! line comes with the core's short line about it, in the person's language, which says when
//! a line answers in Spanish (the services' own names stay as they publish them).

use cairn_core::Companion;
use cairn_core::contact::{ContactRole, NewContact, crisis};
use cairn_core::settings::SettingsChange;

use super::tour::Step;
use crate::output::CliError;
use crate::text::t;

/// A sponsor, a backup, and the chain behind the one-tap button.
pub fn circle(companion: &mut Companion, steps: &mut Vec<Step>) -> Result<(), CliError> {
    companion.update_settings(SettingsChange {
        region: Some("US".into()),
        ..Default::default()
    })?;
    let sponsor = NewContact {
        name: t("demo-sample-sponsor"),
        phone: "(555) 010-4477".into(),
        role: ContactRole::Sponsor,
        can_text: true,
        note: Some(t("demo-sample-sponsor-note")),
    };
    companion.add_contact(sponsor, true)?;
    let backup = NewContact {
        name: "Alex".into(),
        phone: "+1 555 010 9921".into(),
        role: ContactRole::Backup,
        can_text: false,
        note: None,
    };
    companion.add_contact(backup, false)?;
    let chain = companion.reach_out_chain()?;
    let directory = crisis::directory(companion.settings()?.region);
    let words = companion.messages()?;
    let lines: Vec<String> = chain
        .entries
        .iter()
        .enumerate()
        .map(|(n, entry)| {
            let mut line = format!("  {}. {}: {}", n + 1, entry.who, entry.tel_uri);
            let detail = directory
                .lines
                .iter()
                .find(|known| entry.line.as_deref() == Some(known.id))
                .and_then(|known| known.detail(words));
            if let Some(detail) = detail {
                line.push_str("\n     ");
                line.push_str(&detail);
            }
            line
        })
        .collect();
    steps.push(Step::new(
        "one tap on a bad day",
        "demo-title-circle",
        format!("{}\n{}", t("demo-circle"), lines.join("\n")),
    ));
    Ok(())
}
