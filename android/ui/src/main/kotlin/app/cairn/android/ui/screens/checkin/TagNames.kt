// Triggers and helpful actions as the core keys them (a fixed tag's snake_case name, an own
// tag's text) and back: forms keep plain strings, which survive process death, and the words on
// screen come from the strings. Uses keep their triggers as these same keys.
package app.cairn.android.ui.screens.checkin

import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import app.cairn.android.ui.text.str
import app.cairn.core.HelpfulAction
import app.cairn.core.Trigger

private val fixedTriggers = listOf(
    "people" to Trigger.People,
    "places" to Trigger.Places,
    "stress" to Trigger.Stress,
    "boredom" to Trigger.Boredom,
    "pain" to Trigger.Pain,
    "conflict" to Trigger.Conflict,
    "money" to Trigger.Money,
    "loneliness" to Trigger.Loneliness,
    "withdrawal" to Trigger.Withdrawal,
    "celebration" to Trigger.Celebration,
)

private val fixedHelped = listOf(
    "meeting" to HelpfulAction.Meeting,
    "called_sponsor" to HelpfulAction.CalledSponsor,
    "therapy" to HelpfulAction.Therapy,
    "exercise" to HelpfulAction.Exercise,
    "medication" to HelpfulAction.Medication,
    "rest" to HelpfulAction.Rest,
    "reached_out" to HelpfulAction.ReachedOut,
)

/** The fixed triggers' keys, in the order the chips show them. */
val triggerKeys: List<String> = fixedTriggers.map { it.first }

/** The fixed helpful actions' keys, in the order the chips show them. */
val helpedKeys: List<String> = fixedHelped.map { it.first }

fun triggerKey(trigger: Trigger): String =
    (trigger as? Trigger.Own)?.v1 ?: fixedTriggers.first { it.second == trigger }.first

fun triggerOf(key: String): Trigger = fixedTriggers.firstOrNull { it.first == key }?.second ?: Trigger.Own(key)

fun helpedKey(action: HelpfulAction): String =
    (action as? HelpfulAction.Own)?.v1 ?: fixedHelped.first { it.second == action }.first

fun helpedOf(key: String): HelpfulAction = fixedHelped.firstOrNull { it.first == key }?.second ?: HelpfulAction.Own(key)

/** A trigger in words: a fixed one from the strings, the person's own as they wrote it. */
@Composable
@ReadOnlyComposable
fun triggerName(key: String): String = if (key in triggerKeys) str("check_in_trigger_$key") else key

/** A helpful action in words, like [triggerName]. */
@Composable
@ReadOnlyComposable
fun helpedName(key: String): String = if (key in helpedKeys) str("check_in_helped_$key") else key
