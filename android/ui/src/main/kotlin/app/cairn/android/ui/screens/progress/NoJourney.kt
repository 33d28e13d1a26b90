// Milestones and history belong to a journey; before the first one there is nothing to show but
// the way to start counting. The tabs that need a journey read through JourneyContent, which
// shows that way when the core says there is no journey yet.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str
import app.cairn.core.CairnException
import app.cairn.ffi.CairnCompanion

/** Reads [read] (again whenever [key] changes) and shows [content], or [NoJourney] before the first journey. */
@Composable
fun <T : Any> JourneyContent(
    session: CairnSession,
    navigator: Navigator,
    key: Any? = null,
    read: (CairnCompanion) -> T,
    content: @Composable (T) -> Unit,
) {
    val load by rememberLoad(session, key) { companion ->
        try {
            read(companion)
        } catch (_: CairnException.NotFound) {
            null
        }
    }
    Loaded(load) { value -> if (value == null) NoJourney(navigator) else content(value) }
}

@Composable
private fun NoJourney(navigator: Navigator) {
    SectionCard(title = str("progress_no_journey_title")) {
        Text(str("progress_no_journey_body"), style = MaterialTheme.typography.bodyLarge)
        Button(onClick = { navigator.go(Route.StartJourney) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(str("progress_no_journey_start"))
        }
    }
}
