//! The demo's later steps: the circle and the chain, a month of check-ins and what they give
//! back, a hard day with the safety card, the notification plan, and moving to a new phone.

use std::path::Path;

use cairn_core::Companion;
use cairn_core::calendar::{add_days, local_date};
use cairn_core::checkin::{CheckIn, HelpfulAction, MedicationTaken, Trigger};
use cairn_core::companion::SettingsChange;
use cairn_core::contact::{ContactRole, NewContact};
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::UseKind;
use cairn_core::plan::Medication;
use chrono::NaiveTime;

use super::care::safety_card_text;
use super::demo::Step;
use super::journal::status_text;
use crate::context::Context;
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
        .chain
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

/// Thirty days of check-ins, ending with three hard ones, and the insights they give.
pub fn month(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let today = local_date(context.now, companion.zone()?);
    for offset in (1..=30).rev() {
        let date = add_days(today, -offset);
        let hard = offset <= 3;
        let mood = if hard {
            5 - offset as u8
        } else {
            3 + (offset % 3) as u8
        };
        let craving = if hard {
            6 + offset as u8
        } else {
            (offset % 4) as u8
        };
        let mut checkin = CheckIn::new(
            date,
            mood.clamp(1, 5),
            craving,
            false,
            MedicationTaken::Taken,
        );
        checkin.triggers = if hard {
            vec![Trigger::Loneliness, Trigger::Stress]
        } else {
            vec![Trigger::Stress]
        };
        checkin.helped = if offset % 2 == 0 {
            vec![HelpfulAction::Meeting]
        } else {
            vec![HelpfulAction::Exercise]
        };
        companion.check_in(checkin, UseKind::Lapse, false, context.now)?;
    }
    let insights = companion.insights(context.now)?;
    let mut text = format!(
        "Thirty check-ins, {} days in a row. Mood averaged {:.1} over 30 days, craving {:.1}.",
        insights.checkin_streak.current_days,
        insights.averages.last_30.mood.unwrap_or_default(),
        insights.averages.last_30.craving.unwrap_or_default(),
    );
    for signal in &insights.signals {
        text.push_str(&format!("\n  {}", signal.reason));
    }
    if let Some(action) = &insights.reach_out {
        text.push_str(&format!(
            "\n  Reach out: {} ({})",
            action.label, action.tel_uri
        ));
    }
    steps.push(Step {
        step: "a month of check-ins",
        result: text,
    });
    Ok(())
}

/// Today's check-in says "used": the use is recorded and the safety card comes back.
pub fn hard_day(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let today = local_date(context.now, companion.zone()?);
    let mut checkin = CheckIn::new(today, 1, 9, true, MedicationTaken::Missed);
    checkin.triggers = vec![Trigger::Loneliness];
    let recorded = companion.check_in(checkin, UseKind::Lapse, false, context.now)?;
    let card = recorded
        .safety_card
        .as_ref()
        .map(safety_card_text)
        .unwrap_or_default();
    steps.push(Step {
        step: "a hard day",
        result: format!(
            "Today's check-in says \"used\". It is recorded as a lapse, and because it came after \
             clean days the safety card comes back:{card}\nNothing is lost:\n{}",
            status_text(&companion.status(None, context.now)?, &[])
        ),
    });
    Ok(())
}

/// Reminders, medication doses and milestones, planned in the person's zone.
pub fn notifications(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let dose = NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default();
    let medication = Medication {
        name: "buprenorphine".into(),
        dose_times: vec![dose],
    };
    companion.update_settings(SettingsChange {
        medications: Some(vec![medication]),
        ..Default::default()
    })?;
    let plan = companion.notification_plan(context.now)?;
    let zone = companion.zone()?;
    let first: Vec<String> = plan
        .iter()
        .take(4)
        .map(|entry| {
            format!(
                "  {}  {:?}",
                entry.fires_at.with_timezone(&zone).format("%a %d %b %H:%M"),
                entry.kind
            )
        })
        .collect();
    steps.push(Step {
        step: "notifications",
        result: format!(
            "{} notifications should be pending (at most 60), soonest first; the lock screen only \
             ever says \"{}\":\n{}",
            plan.len(),
            cairn_core::plan::PUBLIC_TEXT,
            first.join("\n")
        ),
    });
    Ok(())
}

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
