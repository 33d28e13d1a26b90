//! Daily check-ins and insights in the terminal.

use cairn_core::calendar::{local_date, parse_date};
use cairn_core::checkin::{CheckIn, MedicationTaken, parse_helped, parse_triggers};
use cairn_core::safety::SafetyCard;
use serde_json::json;

use crate::args::{CheckinArgs, YesNo};
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};

/// The safety card as text, for people (scripts read the JSON).
pub(crate) fn safety_card_text(card: &SafetyCard) -> String {
    let mut text = format!("\n{}\n", card.title);
    for line in &card.lines {
        text.push_str(&format!("  - {}\n", line.text));
    }
    for action in &card.actions {
        text.push_str(&format!(
            "  {}\n",
            f(
                "safety-call",
                &[
                    ("who", (&action.call.label).into()),
                    ("link", (&action.call.tel_uri).into()),
                ]
            )
        ));
    }
    text.push_str(&super::reasons::reasons_text(&card.reasons));
    text
}

/// `cairn checkin`.
pub fn checkin(context: &Context, args: &CheckinArgs) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let date = match &args.date {
        Some(date) => parse_date(date)?,
        None => local_date(context.now, companion.zone()?),
    };
    let mut checkin = CheckIn::new(
        date,
        args.mood,
        args.craving,
        args.used,
        MedicationTaken::parse(&args.meds)?,
    );
    checkin.triggers = parse_triggers(&args.triggers.join(","))?;
    checkin.helped = parse_helped(&args.helped.join(","))?;
    checkin.note = args.note.clone();
    checkin.pledge_kept = args.pledge_kept.map(|answer| matches!(answer, YesNo::Yes));
    let pledge_kept = checkin.pledge_kept;
    let recorded = companion.check_in(checkin, args.kind.into(), args.edit, context.now)?;
    let value = json!({
        "date": recorded.date,
        "replaced": recorded.replaced,
        "use_id": recorded.use_recorded.as_ref().map(|used| used.id),
        "checkin_streak_days": recorded.checkin_streak.current_days,
        "safety_card": recorded.safety_card,
        "pledge_kept": pledge_kept,
    });
    emit(context.json, &value, || {
        let date = recorded.date.to_string();
        let mut text = f(
            if recorded.replaced {
                "checkin-replaced"
            } else {
                "checkin-saved"
            },
            &[
                ("date", (&date).into()),
                ("streak", recorded.checkin_streak.current_days.into()),
            ],
        );
        if recorded.use_recorded.is_some() {
            text.push('\n');
            text.push_str(&t("checkin-use-recorded"));
        }
        if let Some(kept) = pledge_kept {
            text.push('\n');
            text.push_str(&t(if kept {
                "pledge-kept"
            } else {
                "pledge-not-kept"
            }));
        }
        if let Some(card) = &recorded.safety_card {
            text.push_str(&safety_card_text(card));
        }
        text
    })
}

/// An average with one decimal. Spanish in the US and Mexico writes a decimal point too, so
/// both languages show "3.5".
fn decimal(value: f64) -> String {
    format!("{value:.1}")
}

/// A fixed trigger or helpful action in the person's language; their own words as typed.
pub(crate) fn tag_word(key: &str) -> String {
    let id = match key {
        "people" => "tag-people",
        "places" => "tag-places",
        "stress" => "tag-stress",
        "boredom" => "tag-boredom",
        "pain" => "tag-pain",
        "conflict" => "tag-conflict",
        "money" => "tag-money",
        "loneliness" => "tag-loneliness",
        "withdrawal" => "tag-withdrawal",
        "celebration" => "tag-celebration",
        "meeting" => "tag-meeting",
        "called_sponsor" => "tag-called-sponsor",
        "therapy" => "tag-therapy",
        "exercise" => "tag-exercise",
        "medication" => "tag-medication",
        "rest" => "tag-rest",
        "reached_out" => "tag-reached-out",
        own => return own.to_owned(),
    };
    t(id)
}

/// `cairn insights`.
pub fn insights(context: &Context) -> Result<(), CliError> {
    let insights = context.open()?.insights(context.now)?;
    emit(context.json, &insights, || {
        let averages = &insights.averages;
        let number = |value: Option<f64>| value.map_or("-".to_owned(), decimal);
        let mut text = f(
            "insights-check-ins",
            &[
                ("streak", insights.checkin_streak.current_days.into()),
                ("days", insights.checkin_streak.days_in_last_30.into()),
            ],
        );
        text.push('\n');
        text.push_str(&f(
            "insights-averages",
            &[
                ("mood7", (&number(averages.last_7.mood)).into()),
                ("mood30", (&number(averages.last_30.mood)).into()),
                ("craving7", (&number(averages.last_7.craving)).into()),
                ("craving30", (&number(averages.last_30.craving)).into()),
            ],
        ));
        let tags = |names: Vec<String>| {
            if names.is_empty() {
                "-".to_owned()
            } else {
                names.join(", ")
            }
        };
        let top = &insights.top_tags;
        let counted = |name: String, n: u32| {
            f(
                "insights-tag-count",
                &[("tag", (&name).into()), ("count", n.into())],
            )
        };
        text.push('\n');
        text.push_str(&f(
            "insights-triggers",
            &[(
                "tags",
                (&tags(
                    top.triggers
                        .iter()
                        .map(|c| counted(tag_word(c.tag.key()), c.count))
                        .collect(),
                ))
                    .into(),
            )],
        ));
        text.push('\n');
        text.push_str(&f(
            "insights-helped",
            &[(
                "tags",
                (&tags(
                    top.helped
                        .iter()
                        .map(|c| counted(tag_word(c.tag.key()), c.count))
                        .collect(),
                ))
                    .into(),
            )],
        ));
        for signal in &insights.signals {
            text.push_str(&format!("\n\n{}", signal.reason));
        }
        if let Some(action) = &insights.reach_out {
            text.push('\n');
            text.push_str(&f(
                "insights-reach-out",
                &[
                    ("who", (&action.label).into()),
                    ("link", (&action.tel_uri).into()),
                ],
            ));
        }
        text.push_str(super::reasons::reasons_text(&insights.reasons).trim_end());
        text
    })
}
