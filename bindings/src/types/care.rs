//! Check-ins, insights, the safety card and the prevention plan as the shells see them.

use cairn_core::checkin as core_checkin;
use cairn_core::insight as core_insight;
use cairn_core::prevention_plan as core_plan;
use cairn_core::safety as core_safety;

use super::{UseRecorded, date_text, parse_date, snake_name};
use crate::CairnError;

/// Whether prescribed medication (buprenorphine, methadone...) was taken. Never a use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum MedicationTaken {
    /// Taken as prescribed.
    Taken,
    /// Missed.
    Missed,
    /// Not prescribed.
    NotPrescribed,
}

/// A day's check-in. Triggers and helpful actions are words: the fixed ones ("stress",
/// "called_sponsor"...) or the person's own.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CheckIn {
    /// The local date, "YYYY-MM-DD".
    pub date: String,
    /// Mood, 1 to 5.
    pub mood: u8,
    /// Craving, 0 to 10.
    pub craving: u8,
    /// Whether they used (records a use in the journal).
    pub used: bool,
    /// Medication.
    pub medication: MedicationTaken,
    /// What triggered them.
    #[uniffi(default = [])]
    pub triggers: Vec<String>,
    /// What helped.
    #[uniffi(default = [])]
    pub helped: Vec<String>,
    /// A note, at most 2,000 characters.
    #[uniffi(default = None)]
    pub note: Option<String>,
}

/// A one-tap action: who, and the links that call or text them.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CallAction {
    /// What the button says.
    pub label: String,
    /// The `tel:` link.
    pub tel_uri: String,
    /// The `sms:` link, where texting is welcome.
    pub sms_uri: Option<String>,
}

/// What a safety-card button is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum SafetyActionKind {
    /// The sponsor.
    Sponsor,
    /// A line that stays on the phone while someone uses (Never Use Alone, NORS).
    Spotter,
    /// The crisis line.
    Crisis,
    /// The emergency number.
    Emergency,
}

/// A button on the safety card.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct SafetyAction {
    /// What it is for.
    pub kind: SafetyActionKind,
    /// Who it calls.
    pub call: CallAction,
}

/// What keeps a person alive after a use that followed clean days: lower tolerance, start low,
/// never alone, naloxone, and one-tap calls.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct SafetyCard {
    /// The clean days before the use.
    pub clean_days_before: u32,
    /// The card's title.
    pub title: String,
    /// The lines of text, in order.
    pub lines: Vec<String>,
    /// The buttons, in order.
    pub actions: Vec<SafetyAction>,
}

/// What recording a check-in returns.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CheckInRecorded {
    /// The day.
    pub date: String,
    /// Whether it replaced that day's earlier check-in.
    pub replaced: bool,
    /// The use it recorded, if it said "used".
    pub use_recorded: Option<UseRecorded>,
    /// The safety card, when that use followed 3 or more clean days.
    pub safety_card: Option<SafetyCard>,
    /// Days in a row with a check-in.
    pub checkin_streak_days: u32,
}

/// Which way an average moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum Trend {
    /// Up.
    Rising,
    /// Down.
    Falling,
    /// About the same.
    Steady,
}

/// A trigger or helpful action and how often it came up.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct TagCount {
    /// The word.
    pub tag: String,
    /// Check-ins that named it.
    pub count: u32,
}

/// A reason to reach out now, in plain words.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Signal {
    /// A stable name: recent_use, high_craving, mood_falling, no_recent_check_in, early_days.
    pub kind: String,
    /// Why, in plain words.
    pub reason: String,
}

/// What the check-ins give back.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Insights {
    /// Days in a row with a check-in.
    pub checkin_streak_days: u32,
    /// Whether today's check-in is done.
    pub checked_in_today: bool,
    /// Days with a check-in in the last 30.
    pub days_in_last_30: u32,
    /// Average mood over 7 days.
    pub mood_7: Option<f64>,
    /// Average mood over 30 days.
    pub mood_30: Option<f64>,
    /// Average craving over 7 days.
    pub craving_7: Option<f64>,
    /// Average craving over 30 days.
    pub craving_30: Option<f64>,
    /// Mood this week against last week.
    pub mood_trend: Option<Trend>,
    /// Craving this week against last week.
    pub craving_trend: Option<Trend>,
    /// The most frequent triggers over 30 days.
    pub top_triggers: Vec<TagCount>,
    /// The most frequent helpful actions over 30 days.
    pub top_helped: Vec<TagCount>,
    /// Reasons to reach out, most urgent first.
    pub signals: Vec<Signal>,
    /// The first action of the reach-out chain, offered with any signal.
    pub reach_out: Option<CallAction>,
}

/// The person's relapse-prevention plan.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct PreventionPlan {
    /// Signs that things are slipping.
    pub warning_signs: Vec<String>,
    /// Triggers to avoid.
    pub triggers_to_avoid: Vec<String>,
    /// What to do instead.
    pub coping_steps: Vec<String>,
    /// Reasons to stay clean.
    pub reasons_to_stay_clean: Vec<String>,
    /// People to call.
    pub people_to_call: Vec<String>,
    /// Safe places.
    pub safe_places: Vec<String>,
}

/// One change to a section of the plan. Positions start at 0.
#[derive(Clone, Debug, PartialEq, uniffi::Enum)]
pub enum PlanChange {
    /// Add an item at the end.
    Add {
        /// The item.
        text: String,
    },
    /// Remove the item at `index`.
    Remove {
        /// Its position.
        index: u32,
    },
    /// Replace the item at `index`.
    Replace {
        /// Its position.
        index: u32,
        /// The new text.
        text: String,
    },
}

impl CheckIn {
    pub(crate) fn to_core(&self) -> Result<core_checkin::CheckIn, CairnError> {
        let medication = match self.medication {
            MedicationTaken::Taken => core_checkin::MedicationTaken::Taken,
            MedicationTaken::Missed => core_checkin::MedicationTaken::Missed,
            MedicationTaken::NotPrescribed => core_checkin::MedicationTaken::NotPrescribed,
        };
        let mut checkin = core_checkin::CheckIn::new(
            parse_date(&self.date)?,
            self.mood,
            self.craving,
            self.used,
            medication,
        );
        checkin.triggers = self
            .triggers
            .iter()
            .map(|t| core_checkin::Trigger::parse(t))
            .collect::<Result<_, _>>()?;
        checkin.helped = self
            .helped
            .iter()
            .map(|h| core_checkin::HelpfulAction::parse(h))
            .collect::<Result<_, _>>()?;
        checkin.note = self.note.clone();
        Ok(checkin)
    }
}

impl From<core_checkin::CheckIn> for CheckIn {
    fn from(checkin: core_checkin::CheckIn) -> Self {
        CheckIn {
            date: date_text(checkin.date),
            mood: checkin.mood,
            craving: checkin.craving,
            used: checkin.used,
            medication: match checkin.medication {
                core_checkin::MedicationTaken::Taken => MedicationTaken::Taken,
                core_checkin::MedicationTaken::Missed => MedicationTaken::Missed,
                core_checkin::MedicationTaken::NotPrescribed => MedicationTaken::NotPrescribed,
            },
            triggers: checkin
                .triggers
                .iter()
                .map(|t| t.key().to_owned())
                .collect(),
            helped: checkin.helped.iter().map(|h| h.key().to_owned()).collect(),
            note: checkin.note,
        }
    }
}

impl From<cairn_core::contact::CallAction> for CallAction {
    fn from(action: cairn_core::contact::CallAction) -> Self {
        CallAction {
            label: action.label,
            tel_uri: action.tel_uri,
            sms_uri: action.sms_uri,
        }
    }
}

impl From<core_safety::SafetyCard> for SafetyCard {
    fn from(card: core_safety::SafetyCard) -> Self {
        SafetyCard {
            clean_days_before: card.clean_days_before,
            title: card.title,
            lines: card.lines.into_iter().map(|line| line.text).collect(),
            actions: card
                .actions
                .into_iter()
                .map(|action| SafetyAction {
                    kind: match action.kind {
                        core_safety::ActionKind::Sponsor => SafetyActionKind::Sponsor,
                        core_safety::ActionKind::Spotter => SafetyActionKind::Spotter,
                        core_safety::ActionKind::Crisis => SafetyActionKind::Crisis,
                        core_safety::ActionKind::Emergency => SafetyActionKind::Emergency,
                    },
                    call: action.call.into(),
                })
                .collect(),
        }
    }
}

impl From<cairn_core::companion::CheckInRecorded> for CheckInRecorded {
    fn from(recorded: cairn_core::companion::CheckInRecorded) -> Self {
        CheckInRecorded {
            date: date_text(recorded.date),
            replaced: recorded.replaced,
            use_recorded: recorded.use_recorded.map(Into::into),
            safety_card: recorded.safety_card.map(Into::into),
            checkin_streak_days: recorded.checkin_streak.current_days,
        }
    }
}

fn trend(trend: core_insight::Trend) -> Trend {
    match trend {
        core_insight::Trend::Rising => Trend::Rising,
        core_insight::Trend::Falling => Trend::Falling,
        core_insight::Trend::Steady => Trend::Steady,
    }
}

impl From<cairn_core::companion::Insights> for Insights {
    fn from(insights: cairn_core::companion::Insights) -> Self {
        let averages = insights.averages;
        let top = insights.top_tags;
        Insights {
            checkin_streak_days: insights.checkin_streak.current_days,
            checked_in_today: insights.checkin_streak.checked_in_today,
            days_in_last_30: insights.checkin_streak.days_in_last_30,
            mood_7: averages.last_7.mood,
            mood_30: averages.last_30.mood,
            craving_7: averages.last_7.craving,
            craving_30: averages.last_30.craving,
            mood_trend: averages.mood_trend.map(trend),
            craving_trend: averages.craving_trend.map(trend),
            top_triggers: top
                .triggers
                .iter()
                .map(|t| TagCount {
                    tag: t.tag.key().to_owned(),
                    count: t.count,
                })
                .collect(),
            top_helped: top
                .helped
                .iter()
                .map(|h| TagCount {
                    tag: h.tag.key().to_owned(),
                    count: h.count,
                })
                .collect(),
            signals: insights
                .signals
                .into_iter()
                .map(|signal| Signal {
                    kind: snake_name(&signal.kind),
                    reason: signal.reason,
                })
                .collect(),
            reach_out: insights.reach_out.map(Into::into),
        }
    }
}

impl From<core_plan::PreventionPlan> for PreventionPlan {
    fn from(plan: core_plan::PreventionPlan) -> Self {
        PreventionPlan {
            warning_signs: plan.warning_signs,
            triggers_to_avoid: plan.triggers_to_avoid,
            coping_steps: plan.coping_steps,
            reasons_to_stay_clean: plan.reasons_to_stay_clean,
            people_to_call: plan.people_to_call,
            safe_places: plan.safe_places,
        }
    }
}

impl PlanChange {
    pub(crate) fn to_core(&self) -> core_plan::PlanChange {
        let index = |index: &u32| usize::try_from(*index).unwrap_or(usize::MAX);
        match self {
            PlanChange::Add { text } => core_plan::PlanChange::Add { text: text.clone() },
            PlanChange::Remove { index: at } => core_plan::PlanChange::Remove { index: index(at) },
            PlanChange::Replace { index: at, text } => core_plan::PlanChange::Replace {
                index: index(at),
                text: text.clone(),
            },
        }
    }
}
