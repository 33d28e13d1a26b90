// Triggers and helpful actions as the core keys them (a fixed tag's snake_case name, an own
// tag's text) and back: forms keep plain strings, which survive process death, and the words on
// screen come from the strings. Uses keep their triggers as these same keys.
package app.cairn.android.ui.screens.checkin

import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import app.cairn.android.ui.text.str
import app.cairn.core.HelpfulAction
import app.cairn.core.Trigger

/** A fixed tag: the core's key, its value, and the string resource that names it (a literal, so
 *  the test that every resource is used can see it). */
private data class Fixed<T>(val key: String, val value: T, val words: String)

private val fixedTriggers = listOf<Fixed<Trigger>>(
    Fixed("people", Trigger.People, "check_in_trigger_people"),
    Fixed("places", Trigger.Places, "check_in_trigger_places"),
    Fixed("stress", Trigger.Stress, "check_in_trigger_stress"),
    Fixed("boredom", Trigger.Boredom, "check_in_trigger_boredom"),
    Fixed("pain", Trigger.Pain, "check_in_trigger_pain"),
    Fixed("conflict", Trigger.Conflict, "check_in_trigger_conflict"),
    Fixed("money", Trigger.Money, "check_in_trigger_money"),
    Fixed("loneliness", Trigger.Loneliness, "check_in_trigger_loneliness"),
    Fixed("withdrawal", Trigger.Withdrawal, "check_in_trigger_withdrawal"),
    Fixed("celebration", Trigger.Celebration, "check_in_trigger_celebration"),
)

private val fixedHelped = listOf<Fixed<HelpfulAction>>(
    Fixed("meeting", HelpfulAction.Meeting, "check_in_helped_meeting"),
    Fixed("called_sponsor", HelpfulAction.CalledSponsor, "check_in_helped_called_sponsor"),
    Fixed("therapy", HelpfulAction.Therapy, "check_in_helped_therapy"),
    Fixed("exercise", HelpfulAction.Exercise, "check_in_helped_exercise"),
    Fixed("medication", HelpfulAction.Medication, "check_in_helped_medication"),
    Fixed("rest", HelpfulAction.Rest, "check_in_helped_rest"),
    Fixed("reached_out", HelpfulAction.ReachedOut, "check_in_helped_reached_out"),
)

/** The fixed triggers' keys, in the order the chips show them. */
val triggerKeys: List<String> = fixedTriggers.map { it.key }

/** The fixed helpful actions' keys, in the order the chips show them. */
val helpedKeys: List<String> = fixedHelped.map { it.key }

fun triggerKey(trigger: Trigger): String =
    (trigger as? Trigger.Own)?.v1 ?: fixedTriggers.first { it.value == trigger }.key

fun triggerOf(key: String): Trigger = fixedTriggers.firstOrNull { it.key == key }?.value ?: Trigger.Own(key)

fun helpedKey(action: HelpfulAction): String =
    (action as? HelpfulAction.Own)?.v1 ?: fixedHelped.first { it.value == action }.key

fun helpedOf(key: String): HelpfulAction = fixedHelped.firstOrNull { it.key == key }?.value ?: HelpfulAction.Own(key)

/** A trigger in words: a fixed one from the strings, the person's own as they wrote it. */
@Composable
@ReadOnlyComposable
fun triggerName(key: String): String = fixedTriggers.firstOrNull { it.key == key }?.let { str(it.words) } ?: key

/** A helpful action in words, like [triggerName]. */
@Composable
@ReadOnlyComposable
fun helpedName(key: String): String = fixedHelped.firstOrNull { it.key == key }?.let { str(it.words) } ?: key
