// The recovery code of a new backup, shown this once: large, in its six groups, with no way to
// close it by tapping beside it, only "I wrote it down". TalkBack spells it character by
// character, since the groups are not words.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.text.str

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun RecoveryCodeDialog(code: String, onWrittenDown: () -> Unit) {
    val groups = code.split('-')
    AlertDialog(
        // Only the button closes it: a stray tap must not lose the code.
        onDismissRequest = {},
        title = { Text(str("settings_code_title"), modifier = Modifier.semantics { heading() }) },
        text = {
            Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(16.dp)) {
                // The code first: at the largest font it is what must show without scrolling.
                FlowRow(
                    modifier = Modifier
                        .testTag("recovery_code")
                        .semantics(mergeDescendants = true) {
                            contentDescription = groups.joinToString(", ") { it.toList().joinToString(" ") }
                        },
                    horizontalArrangement = Arrangement.spacedBy(8.dp),
                    verticalArrangement = Arrangement.spacedBy(8.dp),
                ) {
                    groups.forEach { group ->
                        Surface(shape = MaterialTheme.shapes.small, color = MaterialTheme.colorScheme.surfaceContainerHighest) {
                            Text(
                                group,
                                style = MaterialTheme.typography.headlineMedium,
                                modifier = Modifier.padding(horizontal = 8.dp, vertical = 4.dp),
                            )
                        }
                    }
                }
                Text(str("settings_code_body"), style = MaterialTheme.typography.bodyLarge)
                Text(str("settings_code_once"), style = MaterialTheme.typography.bodyMedium)
            }
        },
        confirmButton = { TextButton(onClick = onWrittenDown) { Text(str("settings_code_written")) } },
    )
}
