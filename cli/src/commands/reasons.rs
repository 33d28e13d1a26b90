//! `cairn reasons`: the person's own reasons to stay clean (the prevention plan's section of
//! that name), and how they are shown wherever a hard moment brings them back: the safety card,
//! the reach-out chain and insights that suggest reaching out.

use serde_json::json;

use crate::args::ReasonsAction;
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::t;

/// The reasons under a heading, one a line; nothing when there are none.
pub(crate) fn reasons_text(reasons: &[String]) -> String {
    if reasons.is_empty() {
        return String::new();
    }
    let mut text = format!("\n{}\n", t("reasons-header"));
    for reason in reasons {
        text.push_str(&format!("  - {reason}\n"));
    }
    text
}

/// `cairn reasons add|list|remove`: does the change, then shows the list, numbered.
pub fn run(context: &Context, action: &ReasonsAction) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let reasons = match action {
        ReasonsAction::Add { text } => companion.add_reason(text.clone())?,
        ReasonsAction::List => companion.reasons()?,
        ReasonsAction::Remove { number } => {
            let index = number
                .checked_sub(1)
                .and_then(|index| u32::try_from(index).ok())
                .ok_or_else(|| CliError::usage("usage-positions"))?;
            companion.remove_reason(index)?
        }
    };
    emit(context.json, &json!({ "reasons": reasons }), || {
        if reasons.is_empty() {
            return t("reasons-empty");
        }
        let numbered: Vec<String> = reasons
            .iter()
            .enumerate()
            .map(|(i, reason)| format!("{}. {reason}", i + 1))
            .collect();
        numbered.join("\n")
    })
}
