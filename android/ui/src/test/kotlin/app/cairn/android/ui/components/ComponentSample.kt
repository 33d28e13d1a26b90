// The shared components on one phone screen, for the component tests only: they click, check
// and photograph the pieces together, apart from any screen and its data.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.material3.TopAppBarDefaults
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.input.nestedscroll.nestedScroll
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp

private val moodWords = listOf("Very low", "Low", "Okay", "Good", "Very good")
private val helpedTags = listOf("Meeting", "Called sponsor", "Medication", "Exercise", "Rest", "Therapy")

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun ComponentSampleScreen(onCallSponsor: () -> Unit, modifier: Modifier = Modifier) {
    var mood by rememberSaveable { mutableIntStateOf(4) }
    var craving by rememberSaveable { mutableIntStateOf(3) }
    var helped by rememberSaveable { mutableStateOf(listOf("Meeting")) }
    // The bar takes a container colour once content scrolls under it, so the edge stays clear.
    val scrollBehavior = TopAppBarDefaults.pinnedScrollBehavior()

    Scaffold(
        modifier = modifier.nestedScroll(scrollBehavior.nestedScrollConnection),
        topBar = {
            TopAppBar(
                title = { Text("Today", modifier = Modifier.semantics { heading() }) },
                scrollBehavior = scrollBehavior,
            )
        },
    ) { padding ->
        Column(
            modifier = Modifier
                .padding(padding)
                .verticalScroll(rememberScrollState())
                .padding(horizontal = 16.dp, vertical = 8.dp),
            verticalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            SectionCard("Clean time") {
                Text(
                    text = "42 days",
                    style = MaterialTheme.typography.displayMedium,
                    color = MaterialTheme.colorScheme.primary,
                )
                Text(
                    text = "Abstinence stage. 48 days to 90 days clean.",
                    style = MaterialTheme.typography.bodyLarge,
                    color = MaterialTheme.colorScheme.onSurfaceVariant,
                )
                LinearProgressIndicator(
                    progress = { 42f / 90f },
                    modifier = Modifier.fillMaxWidth().padding(vertical = 4.dp),
                )
            }
            // Second, so the call button is near the top, above the check-in.
            SectionCard("Reach out") {
                Text(
                    text = "A craving passes faster when you talk it through.",
                    style = MaterialTheme.typography.bodyLarge,
                )
                CallButton(label = "Call Sam", supportingText = "Your sponsor", onClick = onCallSponsor)
            }
            SectionCard("Today's check-in") {
                LabelledSlider(
                    label = "Mood",
                    value = mood,
                    valueRange = 1..5,
                    valueText = moodWords[mood - 1],
                    onValueChange = { mood = it },
                )
                LabelledSlider(
                    label = "Craving",
                    value = craving,
                    valueRange = 0..10,
                    valueText = "$craving of 10",
                    onValueChange = { craving = it },
                )
            }
            SectionCard("What helped today") {
                TagChips(
                    tags = helpedTags,
                    selected = helped.toSet(),
                    onToggle = { tag -> helped = if (tag in helped) helped - tag else helped + tag },
                )
            }
        }
    }
}
