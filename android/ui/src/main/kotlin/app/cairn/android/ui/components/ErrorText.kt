// A problem the core reported that belongs to no single field, in the error colour, as a
// sentence (never a code): it sits under the button that caused it.
package app.cairn.android.ui.components

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable

@Composable
fun ErrorText(text: String) {
    Text(text, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyLarge)
}
