// When Cairn may speak up: the daily check-in reminder, the morning pledge reminder (off until
// the person turns it on), the time of milestone notes, discreet text, and whether the phone
// lets notifications through at all. The permission is only ever asked for from here after
// first run, and only when the person taps the button.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.SwitchRow
import app.cairn.android.ui.components.TimeField
import app.cairn.android.ui.platform.Notifications
import app.cairn.android.ui.session.CairnSession
import kotlinx.coroutines.launch
import app.cairn.android.ui.text.str
import app.cairn.core.NotificationSettings
import app.cairn.core.ReminderChange
import app.cairn.core.SettingsChange
import java.time.LocalTime

/** Where the reminder starts when it is switched on without a time of its own. */
private val EVENING: LocalTime = LocalTime.of(20, 0)

/** Where the pledge reminder starts when it is switched on: a morning pledge. */
private val MORNING: LocalTime = LocalTime.of(8, 0)

@Composable
fun NotificationsCard(session: CairnSession, settings: NotificationSettings, writer: SettingsWriter) {
    SectionCard(title = str("settings_notifications_title")) {
        DailyReminder(
            label = str("settings_reminder"),
            body = str("settings_reminder_body"),
            timeLabel = str("settings_reminder_time"),
            time = settings.reminderTime,
            startsAt = EVENING,
            onChange = { writer.change(SettingsChange(reminder = it)) },
        )
        DailyReminder(
            label = str("settings_pledge_reminder"),
            body = str("settings_pledge_reminder_body"),
            timeLabel = str("settings_pledge_reminder_time"),
            time = settings.pledgeReminderTime,
            startsAt = MORNING,
            onChange = { writer.change(SettingsChange(pledgeReminder = it)) },
        )
        TimeField(
            label = str("settings_milestone_time"),
            time = settings.milestoneTime,
            onTime = { writer.change(SettingsChange(milestoneTime = it)) },
        )
        SwitchRow(
            label = str("settings_discreet"),
            supportingText = str(if (settings.discreet) "settings_discreet_on" else "settings_discreet_off"),
            checked = settings.discreet,
            onCheckedChange = { writer.change(SettingsChange(discreet = it)) },
        )
        writer.problem?.let { ErrorText(str(it.message)) }
        HorizontalDivider()
        Permission(session, session.platform.notifications)
    }
}

/** What the phone allows now: the platform's answers, which are not Compose state. */
private data class PermissionState(val allowed: Boolean, val asked: Boolean, val exact: Boolean)

/** Read again on every refresh (the person may change it in Android's settings) and answer. */
@Composable
private fun Permission(session: CairnSession, notifications: Notifications) {
    val scope = rememberCoroutineScope()
    var answers by remember { mutableIntStateOf(0) }
    val state = remember(session.refresh, answers) {
        PermissionState(notifications.allowed, notifications.asked, notifications.exactAlarmsAllowed)
    }
    val status = when {
        state.allowed -> "settings_permission_on"
        state.asked -> "settings_permission_off"
        else -> "settings_permission_not_asked"
    }
    Text(str(status), style = MaterialTheme.typography.bodyLarge)
    if (!state.allowed && !state.asked) {
        OutlinedButton(
            onClick = {
                notifications.requestPermission { allowed ->
                    if (allowed) scope.launch { session.rearmNotifications() }
                    answers += 1
                }
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("settings_permission_ask")) }
    }
    if (state.allowed && !state.exact) {
        Text(str("settings_exact_alarms_off"), style = MaterialTheme.typography.bodyMedium)
    }
}

/** A daily reminder: a switch (off, or on at [startsAt]) and, while it is on, its time. */
@Composable
private fun DailyReminder(
    label: String,
    body: String,
    timeLabel: String,
    time: LocalTime?,
    startsAt: LocalTime,
    onChange: (ReminderChange) -> Unit,
) {
    SwitchRow(
        label = label,
        supportingText = body,
        checked = time != null,
        onCheckedChange = { on -> onChange(if (on) ReminderChange.At(startsAt) else ReminderChange.Off) },
    )
    if (time != null) {
        TimeField(label = timeLabel, time = time, onTime = { onChange(ReminderChange.At(it)) })
    }
}
