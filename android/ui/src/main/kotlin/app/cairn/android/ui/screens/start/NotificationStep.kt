// The last first-run step: why Cairn would like to send notifications, asked once. "Not now" is
// an answer too; it is honoured, and only Settings offers the question again. A phone that
// already allows them (or was asked before) skips the step.
package app.cairn.android.ui.screens.start

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

@Composable
fun NotificationStep(session: CairnSession, onFinished: () -> Unit) {
    val notifications = session.platform.notifications
    val scope = rememberCoroutineScope()
    if (notifications.allowed || notifications.asked) {
        LaunchedEffect(Unit) { onFinished() }
        return
    }
    ScreenScaffold(title = str("start_notify_title")) {
        SectionCard(title = str("start_notify_what_title")) {
            listOf("start_notify_check_in", "start_notify_milestones", "start_notify_doses").forEach {
                Text(str(it), style = MaterialTheme.typography.bodyLarge)
            }
        }
        SectionCard(title = str("start_notify_private_title")) {
            Text(str("start_notify_private_body"), style = MaterialTheme.typography.bodyLarge)
        }
        Button(
            onClick = {
                notifications.requestPermission { allowed ->
                    // Reminders already planned can reach the phone now.
                    if (allowed) scope.launch { session.rearmNotifications() }
                    onFinished()
                }
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
        ) { Text(str("start_notify_allow"), style = MaterialTheme.typography.titleMedium) }
        OutlinedButton(onClick = onFinished, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)) {
            Text(str("start_notify_not_now"), style = MaterialTheme.typography.titleMedium)
        }
        Text(
            str("start_notify_later"),
            style = MaterialTheme.typography.bodyMedium,
            color = MaterialTheme.colorScheme.onSurfaceVariant,
        )
    }
}
