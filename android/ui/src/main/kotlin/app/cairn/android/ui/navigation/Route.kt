// Where the person is: the five destinations of the bottom bar and the screens reached from
// them. A route is plain data with a text key, so the back stack survives rotation and process
// death through rememberSaveable.
package app.cairn.android.ui.navigation

/** A screen. [key] is how it is saved; [top] is the bottom-bar destination it belongs to. */
sealed class Route(val key: String, val top: Top) {
    data object Today : Route("today", Top.Today)
    data object CheckIn : Route("check_in", Top.CheckIn)
    data object Help : Route("help", Top.Help)
    data object Progress : Route("progress", Top.Progress)
    data object Settings : Route("settings", Top.Settings)

    data object Contacts : Route("contacts", Top.Help)
    data class ContactEdit(val contactId: String?) : Route("contact_edit:${contactId.orEmpty()}", Top.Help)
    data object PreventionPlan : Route("prevention_plan", Top.Help)
    data class UseEdit(val useId: String) : Route("use_edit:$useId", Top.Progress)
    data object StartJourney : Route("start_journey", Top.Today)
    data object Savings : Route("savings", Top.Today)
    data object Reasons : Route("reasons", Top.Help)

    /** What the last import from another app did (the report is the session's, not the key's). */
    data object ImportReport : Route("import_report", Top.Settings)

    /** A journal entry to write ([entryId] null) or to change or delete, from Progress's Journal tab. */
    data class JournalEntry(val entryId: String?) : Route("journal_entry:${entryId.orEmpty()}", Top.Progress)

    companion object {
        /** The route saved as [key]; an unknown key (from an older version) is Today. */
        fun fromKey(key: String): Route {
            val (name, argument) = key.split(':', limit = 2).let { it[0] to it.getOrNull(1) }
            return when (name) {
                "check_in" -> CheckIn
                "help" -> Help
                "progress" -> Progress
                "settings" -> Settings
                "contacts" -> Contacts
                "contact_edit" -> ContactEdit(argument?.takeIf { it.isNotEmpty() })
                "prevention_plan" -> PreventionPlan
                "use_edit" -> argument?.let { UseEdit(it) } ?: Progress
                "start_journey" -> StartJourney
                "savings" -> Savings
                "journal_entry" -> JournalEntry(argument?.takeIf { it.isNotEmpty() })
                "reasons" -> Reasons
                "import_report" -> ImportReport
                else -> Today
            }
        }
    }
}

/** The bottom-bar destinations, in order; [label] names their string resource. */
enum class Top(val label: String) {
    Today("nav_today"),
    CheckIn("nav_check_in"),
    Help("nav_help"),
    Progress("nav_progress"),
    Settings("nav_settings"),
    ;

    /**
     * The destination's first screen. A getter, not a constructor argument: each route names
     * its destination, so initialising one from the other would see the other half-built.
     */
    val route: Route
        get() = when (this) {
            Today -> Route.Today
            CheckIn -> Route.CheckIn
            Help -> Route.Help
            Progress -> Route.Progress
            Settings -> Route.Settings
        }
}
