// Settings, as cards from the everyday to the rare: reminders and medications first, then how
// days and milestones count, the time zone and region, who can open Cairn, bringing a history
// from another app, and at the end backups and deleting everything. Every change goes through
// the core and shows its error.
package app.cairn.android.ui.screens.settings

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str
import app.cairn.core.Settings

/** What Settings shows, read in one go; [canUndoImport]: the last backup import can be undone. */
data class SettingsData(val settings: Settings, val hasPassphrase: Boolean, val canUndoImport: Boolean)

@Composable
fun SettingsScreen(session: CairnSession, navigator: Navigator) {
    val load by rememberLoad(session) { SettingsData(it.settings(), it.hasPassphrase(), it.canUndoImport()) }
    ScreenScaffold(title = str("settings_title")) {
        Loaded(load) { (settings, hasPassphrase, canUndoImport) ->
            NotificationsCard(session, settings.notifications, rememberSettingsWriter(session))
            MedicationsCard(settings.notifications.medications, rememberSettingsWriter(session))
            DayCountingCard(settings.dayCounting, rememberSettingsWriter(session))
            MilestoneSetCard(settings.milestoneSet, rememberSettingsWriter(session))
            TimeZoneCard(session, settings.timeZone, settings.timeZoneFollowsDevice, rememberSettingsWriter(session))
            LanguageCard(settings, rememberSettingsWriter(session))
            RegionCard(settings.region, rememberSettingsWriter(session))
            PrivacyCard(session, hasPassphrase)
            ImportFromCard(session, onImported = { navigator.go(Route.ImportReport) })
            ExportCard(session)
            ImportCard(session, canUndoImport)
            DeleteCard(session)
        }
    }
}
