// The help area's enums in words, and the plan read section by section: the Help screen's
// summary and the plan screen name the six sections the same way.
package app.cairn.android.ui.screens.help

import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import app.cairn.android.ui.text.roleName
import app.cairn.android.ui.text.str
import app.cairn.core.ChainRole
import app.cairn.core.LineKind
import app.cairn.core.PlanSection
import app.cairn.core.PreventionPlan

/** Who a chain entry is: the contact's role, or what kind of line it is. */
@Composable
@ReadOnlyComposable
fun chainRoleName(role: ChainRole): String = when (role) {
    is ChainRole.Contact -> roleName(role.v1)
    is ChainRole.Line -> str(
        when (role.v1) {
            LineKind.CRISIS_LINE -> "help_line_crisis"
            LineKind.EMERGENCY -> "help_line_emergency"
        },
    )
}

/** The resource names of a section's title, its one-line explanation and its add field. */
class SectionWords(val title: String, val hint: String, val add: String)

fun sectionWords(section: PlanSection): SectionWords = when (section) {
    PlanSection.WARNING_SIGNS -> SectionWords("plan_warning_signs", "plan_warning_signs_hint", "plan_warning_signs_add")
    PlanSection.TRIGGERS_TO_AVOID ->
        SectionWords("plan_triggers_to_avoid", "plan_triggers_to_avoid_hint", "plan_triggers_to_avoid_add")
    PlanSection.COPING_STEPS -> SectionWords("plan_coping_steps", "plan_coping_steps_hint", "plan_coping_steps_add")
    PlanSection.REASONS_TO_STAY_CLEAN -> SectionWords("plan_reasons", "plan_reasons_hint", "plan_reasons_add")
    PlanSection.PEOPLE_TO_CALL ->
        SectionWords("plan_people_to_call", "plan_people_to_call_hint", "plan_people_to_call_add")
    PlanSection.SAFE_PLACES -> SectionWords("plan_safe_places", "plan_safe_places_hint", "plan_safe_places_add")
}

/** The items of one section, in the person's order. */
fun PreventionPlan.items(section: PlanSection): List<String> = when (section) {
    PlanSection.WARNING_SIGNS -> warningSigns
    PlanSection.TRIGGERS_TO_AVOID -> triggersToAvoid
    PlanSection.COPING_STEPS -> copingSteps
    PlanSection.REASONS_TO_STAY_CLEAN -> reasonsToStayClean
    PlanSection.PEOPLE_TO_CALL -> peopleToCall
    PlanSection.SAFE_PLACES -> safePlaces
}
