// A problem in words under the form field the core named, in the theme's error colour and the
// field's smaller type (ErrorText is the sentence under a button, for problems of no one field).
package app.cairn.android.ui.components

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable

@Composable
fun FieldError(text: String) {
    Text(text, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium)
}
