// A problem in words, in the theme's error colour: beside the field the core named, or above the
// button when the problem is not about one field. Shared by the check-in and Progress screens.
package app.cairn.android.ui.screens.checkin

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable

@Composable
fun ErrorText(text: String) {
    Text(text, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium)
}
