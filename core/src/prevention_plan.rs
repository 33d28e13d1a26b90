//! The person's relapse-prevention plan: what they wrote, in a calm moment, for a hard one.
//!
//! Relapse prevention answers the abstinence violation effect with self-monitoring and planned
//! coping (features.md §5.6), the seeds ask people to "develop in advance ways to cope with these
//! triggers" (seed 002), and no open-source app surveyed has such a plan (features.md §4.10). So
//! the plan is six short lists the help flow shows next to the one-tap call: warning signs,
//! triggers to avoid, coping steps, reasons to stay clean, people to call and safe places.
//!
//! Rules: every item is trimmed, 1..=[`ITEM_MAX_CHARS`] characters, without any control
//! character (an item is one line), and not repeated within its section (ignoring case); a
//! section holds at most [`ITEMS_MAX`] items, and the reasons to stay clean at most
//! [`REASONS_MAX`] (they are shown whole on the safety card and beside the reach-out chain). Changes go through [`edit_plan`], which never
//! mutates its input: it returns the new plan or an error naming the field ("section", "item",
//! "items" or "index") and never the text.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The longest item, in characters.
pub const ITEM_MAX_CHARS: usize = 200;
/// The most items in one section.
pub const ITEMS_MAX: usize = 20;
/// The most reasons to stay clean a new one can join: a short list, read at a glance in a bad
/// moment. Enforced when one is added, so a plan saved with more before the limit still opens
/// and edits.
pub const REASONS_MAX: usize = 12;

/// The relapse-prevention plan. Every section starts empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(default)]
pub struct PreventionPlan {
    /// Signs that things are slipping ("skipping meetings", "not sleeping").
    pub warning_signs: Vec<String>,
    /// People, places and situations to stay away from.
    pub triggers_to_avoid: Vec<String>,
    /// What to do when a craving comes ("call my sponsor", "walk for 20 minutes").
    pub coping_steps: Vec<String>,
    /// Why recovery matters to the person ("my kids").
    pub reasons_to_stay_clean: Vec<String>,
    /// Who to call, in the person's words (the contacts module holds the numbers).
    pub people_to_call: Vec<String>,
    /// Where it is safe to go.
    pub safe_places: Vec<String>,
}

/// A section of the plan (stable snake_case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PlanSection {
    /// [`PreventionPlan::warning_signs`].
    WarningSigns,
    /// [`PreventionPlan::triggers_to_avoid`].
    TriggersToAvoid,
    /// [`PreventionPlan::coping_steps`].
    CopingSteps,
    /// [`PreventionPlan::reasons_to_stay_clean`].
    ReasonsToStayClean,
    /// [`PreventionPlan::people_to_call`].
    PeopleToCall,
    /// [`PreventionPlan::safe_places`].
    SafePlaces,
}

impl PlanSection {
    /// Every section, in the order the help flow shows them.
    pub const ALL: [PlanSection; 6] = [
        Self::WarningSigns,
        Self::TriggersToAvoid,
        Self::CopingSteps,
        Self::ReasonsToStayClean,
        Self::PeopleToCall,
        Self::SafePlaces,
    ];

    /// The stable snake_case name, e.g. `"coping_steps"`.
    pub fn key(self) -> &'static str {
        match self {
            Self::WarningSigns => "warning_signs",
            Self::TriggersToAvoid => "triggers_to_avoid",
            Self::CopingSteps => "coping_steps",
            Self::ReasonsToStayClean => "reasons_to_stay_clean",
            Self::PeopleToCall => "people_to_call",
            Self::SafePlaces => "safe_places",
        }
    }

    /// Parses a section name, ignoring case, surrounding spaces, and `_`/`-`/space differences
    /// ("coping steps", "Coping-Steps"). Anything else is
    /// `InvalidInput { field: "section", .. }`.
    pub fn parse(name: &str) -> Result<Self> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        Self::ALL
            .into_iter()
            .find(|section| section.key() == wanted)
            .ok_or(Error::invalid("section", "unknown section"))
    }
}

/// One change to one section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanEdit {
    /// The section to change.
    pub section: PlanSection,
    /// What to do in it.
    pub change: PlanChange,
}

/// What an edit does. Indexes are 0-based positions in the section as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PlanChange {
    /// Appends an item.
    Add {
        /// The new item (trimmed before it is checked).
        text: String,
    },
    /// Removes the item at `index`.
    Remove {
        /// Its position.
        index: u32,
    },
    /// Replaces the item at `index`, keeping its position.
    Replace {
        /// Its position.
        index: u32,
        /// The new text (trimmed before it is checked).
        text: String,
    },
}

impl PreventionPlan {
    /// The items of `section`.
    pub fn section(&self, section: PlanSection) -> &[String] {
        match section {
            PlanSection::WarningSigns => &self.warning_signs,
            PlanSection::TriggersToAvoid => &self.triggers_to_avoid,
            PlanSection::CopingSteps => &self.coping_steps,
            PlanSection::ReasonsToStayClean => &self.reasons_to_stay_clean,
            PlanSection::PeopleToCall => &self.people_to_call,
            PlanSection::SafePlaces => &self.safe_places,
        }
    }

    fn section_mut(&mut self, section: PlanSection) -> &mut Vec<String> {
        match section {
            PlanSection::WarningSigns => &mut self.warning_signs,
            PlanSection::TriggersToAvoid => &mut self.triggers_to_avoid,
            PlanSection::CopingSteps => &mut self.coping_steps,
            PlanSection::ReasonsToStayClean => &mut self.reasons_to_stay_clean,
            PlanSection::PeopleToCall => &mut self.people_to_call,
            PlanSection::SafePlaces => &mut self.safe_places,
        }
    }
}

/// Checks every section of a plan (see the module doc for the limits).
pub fn validate_plan(plan: &PreventionPlan) -> Result<()> {
    for section in PlanSection::ALL {
        let items = plan.section(section);
        if items.len() > ITEMS_MAX {
            return Err(Error::invalid("items", "at most 20 in a section"));
        }
        for (i, item) in items.iter().enumerate() {
            validate_item(item)?;
            let folded = item.to_lowercase();
            if items[..i].iter().any(|seen| seen.to_lowercase() == folded) {
                return Err(Error::invalid("item", "already in this section"));
            }
        }
    }
    Ok(())
}

/// Applies `edit` to `plan` and returns the new plan, which is validated as a whole; `plan`
/// itself is left as it was. An index past the end is `InvalidInput { field: "index", .. }`.
pub fn edit_plan(plan: &PreventionPlan, edit: &PlanEdit) -> Result<PreventionPlan> {
    let mut next = plan.clone();
    let items = next.section_mut(edit.section);
    match &edit.change {
        PlanChange::Add { text } => {
            if edit.section == PlanSection::ReasonsToStayClean && items.len() >= REASONS_MAX {
                return Err(Error::invalid("items", "at most 12 reasons"));
            }
            items.push(text.trim().to_owned());
        }
        PlanChange::Remove { index } => {
            let index = position(*index, items.len())?;
            items.remove(index);
        }
        PlanChange::Replace { index, text } => {
            let index = position(*index, items.len())?;
            let slot = items
                .get_mut(index)
                .ok_or(Error::invalid("index", "no such item"))?;
            *slot = text.trim().to_owned();
        }
    }
    validate_plan(&next)?;
    Ok(next)
}

/// An index within a section of `len` items, as a position.
fn position(index: u32, len: usize) -> Result<usize> {
    usize::try_from(index)
        .ok()
        .filter(|&index| index < len)
        .ok_or(Error::invalid("index", "no such item"))
}

fn validate_item(item: &str) -> Result<()> {
    if item.chars().any(char::is_control) {
        return Err(Error::invalid("item", "contains control characters"));
    }
    if item.trim().is_empty() {
        return Err(Error::invalid("item", "empty"));
    }
    if item.trim() != item {
        return Err(Error::invalid("item", "not trimmed"));
    }
    if item.chars().count() > ITEM_MAX_CHARS {
        return Err(Error::invalid("item", "too long"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Section names, every item rule, every edit and its errors.

    use super::*;

    fn edit(section: &str, change: PlanChange) -> PlanEdit {
        PlanEdit {
            section: PlanSection::parse(section).unwrap(),
            change,
        }
    }

    fn add(section: &str, text: &str) -> PlanEdit {
        edit(
            section,
            PlanChange::Add {
                text: text.to_owned(),
            },
        )
    }

    fn field(result: Result<PreventionPlan>) -> (&'static str, &'static str) {
        match result {
            Err(Error::InvalidInput { field, reason }) => (field, reason),
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    fn sample() -> PreventionPlan {
        PreventionPlan {
            coping_steps: vec!["Call my sponsor".into(), "Walk for 20 minutes".into()],
            ..PreventionPlan::default()
        }
    }

    #[test]
    fn section_names_parse_loosely_and_unknown_ones_are_refused() {
        for (name, section) in [
            ("warning_signs", PlanSection::WarningSigns),
            ("Triggers to avoid", PlanSection::TriggersToAvoid),
            (" coping-steps ", PlanSection::CopingSteps),
            ("REASONS_TO_STAY_CLEAN", PlanSection::ReasonsToStayClean),
            ("people to call", PlanSection::PeopleToCall),
            ("safe_places", PlanSection::SafePlaces),
        ] {
            assert_eq!(PlanSection::parse(name).ok(), Some(section), "{name}");
        }
        for bad in ["", "coping", "safe__places", "places", "secrets"] {
            assert!(
                matches!(
                    PlanSection::parse(bad),
                    Err(Error::InvalidInput {
                        field: "section",
                        reason: "unknown section"
                    })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn edits_add_remove_and_replace_without_touching_the_input() {
        let plan = sample();
        let added = edit_plan(&plan, &add("coping_steps", "  Breathe slowly  ")).expect("ok");
        assert_eq!(added.coping_steps[2], "Breathe slowly");
        assert_eq!(plan, sample(), "the input is unchanged");
        let removed = edit_plan(
            &added,
            &edit("coping steps", PlanChange::Remove { index: 0 }),
        )
        .expect("ok");
        assert_eq!(
            removed.coping_steps,
            ["Walk for 20 minutes", "Breathe slowly"]
        );
        let replaced = edit_plan(
            &removed,
            &edit(
                "coping_steps",
                PlanChange::Replace {
                    index: 1,
                    text: "Breathe".into(),
                },
            ),
        )
        .expect("ok");
        assert_eq!(replaced.coping_steps, ["Walk for 20 minutes", "Breathe"]);
        // Changing only the case of an item is not a duplicate of itself.
        let recased = edit_plan(
            &replaced,
            &edit(
                "coping_steps",
                PlanChange::Replace {
                    index: 1,
                    text: "BREATHE".into(),
                },
            ),
        );
        assert!(recased.is_ok());
        let reasons = edit_plan(&plan, &add("reasons_to_stay_clean", "My kids")).expect("ok");
        assert_eq!(
            reasons.section(PlanSection::ReasonsToStayClean),
            ["My kids"]
        );
    }

    #[test]
    fn every_item_rule_names_its_field() {
        let full = PreventionPlan {
            safe_places: (0..ITEMS_MAX).map(|i| format!("place {i}")).collect(),
            ..PreventionPlan::default()
        };
        assert!(validate_plan(&full).is_ok());
        let at_limit = "é".repeat(ITEM_MAX_CHARS);
        assert!(edit_plan(&sample(), &add("warning_signs", &at_limit)).is_ok());
        let replace = |index, text: &str| {
            edit(
                "coping_steps",
                PlanChange::Replace {
                    index,
                    text: text.to_owned(),
                },
            )
        };
        let base = sample();
        #[rustfmt::skip]
        let cases: Vec<(&str, &PreventionPlan, PlanEdit, (&str, &str))> = vec![
            ("empty", &base, add("coping_steps", ""), ("item", "empty")),
            ("blank", &base, add("coping_steps", "   "), ("item", "empty")),
            ("too long", &base, add("coping_steps", &"x".repeat(ITEM_MAX_CHARS + 1)), ("item", "too long")),
            ("newline", &base, add("coping_steps", "one\ntwo"), ("item", "contains control characters")),
            ("tab", &base, add("coping_steps", "one\ttwo"), ("item", "contains control characters")),
            ("escape", &base, add("coping_steps", "\u{1b}[31m"), ("item", "contains control characters")),
            ("duplicate", &base, add("coping_steps", "call MY sponsor"), ("item", "already in this section")),
            ("21st item", &full, add("safe_places", "one more"), ("items", "at most 20 in a section")),
            ("remove past end", &base, edit("coping_steps", PlanChange::Remove { index: 2 }), ("index", "no such item")),
            ("replace past end", &base, replace(5, "x"), ("index", "no such item")),
            ("replace into duplicate", &base, replace(1, "Call my sponsor"), ("item", "already in this section")),
            ("replace with empty", &base, replace(0, " "), ("item", "empty")),
        ];
        for (why, plan, change, expected) in cases {
            assert_eq!(field(edit_plan(plan, &change)), expected, "{why}");
        }
        // A stored item must already be trimmed.
        let untrimmed = PreventionPlan {
            safe_places: vec![" Library".into()],
            ..PreventionPlan::default()
        };
        assert!(matches!(
            validate_plan(&untrimmed),
            Err(Error::InvalidInput {
                field: "item",
                reason: "not trimmed"
            })
        ));
        // The same text may appear in two sections.
        let two = edit_plan(&sample(), &add("people_to_call", "Call my sponsor"));
        assert!(two.is_ok());
    }

    #[test]
    fn json_form_is_stable() {
        let json = serde_json::to_value(sample()).expect("serializes");
        assert_eq!(json["coping_steps"][0], "Call my sponsor");
        assert_eq!(json["safe_places"], serde_json::json!([]));
        let partial: PreventionPlan =
            serde_json::from_str(r#"{"safe_places":["Library"]}"#).expect("defaults");
        assert_eq!(partial.safe_places, ["Library"]);
        let change = serde_json::to_value(add("safe_places", "Gym")).expect("ok");
        assert_eq!(
            change,
            serde_json::json!({"section": "safe_places", "change": {"add": {"text": "Gym"}}})
        );
    }
}
