// Milestones and history belong to a journey; before the first one there is nothing to show but
// the way to start counting.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.text.str

@Composable
fun NoJourney(navigator: Navigator) {
    SectionCard(title = str("progress_no_journey_title")) {
        Text(str("progress_no_journey_body"), style = MaterialTheme.typography.bodyLarge)
        Button(onClick = { navigator.go(Route.StartJourney) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(str("progress_no_journey_start"))
        }
    }
}
