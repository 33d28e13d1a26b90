//! The demo's circle: a sponsor, a backup, and the chain behind the one-tap button.

use cairn_core::Companion;
use cairn_core::contact::{ContactRole, NewContact};
use cairn_core::settings::SettingsChange;

use super::tour::Step;
use crate::output::CliError;

/// A sponsor, a backup, and the chain behind the one-tap button.
pub fn circle(companion: &mut Companion, steps: &mut Vec<Step>) -> Result<(), CliError> {
    companion.update_settings(SettingsChange {
        region: Some("US".into()),
        ..Default::default()
    })?;
    let sponsor = NewContact {
        name: "Jordan (sponsor)".into(),
        phone: "(555) 010-4477".into(),
        role: ContactRole::Sponsor,
        can_text: true,
        note: Some("calls back within the hour".into()),
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
    let lines: Vec<String> = chain
        .entries
        .iter()
        .enumerate()
        .map(|(n, entry)| format!("  {}. {}: {}", n + 1, entry.who, entry.tel_uri))
        .collect();
    steps.push(Step {
        step: "one tap on a bad day",
        result: format!(
            "The button calls the sponsor first; if nobody answers, the next person, then lines \
             that always answer:\n{}",
            lines.join("\n")
        ),
    });
    Ok(())
}
