// Deleting everything cannot be undone, so it asks twice in one place: the dialog says what goes
// (and what stays: a backup saved elsewhere), and its button only works once the person has
// typed the confirming word, which a stray tap cannot do. Settings and the rescue screen offer it
// with the same button.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

/** The button, in the error colour, that asks and then wipes the store and its key. */
@Composable
fun DeleteEverythingButton(session: CairnSession) {
    val scope = rememberCoroutineScope()
    var asking by rememberSaveable { mutableStateOf(false) }
    OutlinedButton(
        onClick = { asking = true },
        colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str("delete_everything_button")) }
    if (asking) {
        DeleteEverythingDialog(
            onConfirm = {
                asking = false
                scope.launch { session.wipe() }
            },
            onDismiss = { asking = false },
        )
    }
}

@Composable
private fun DeleteEverythingDialog(onConfirm: () -> Unit, onDismiss: () -> Unit) {
    var typed by rememberSaveable { mutableStateOf("") }
    val word = str("delete_everything_word")
    ConfirmDialog(
        title = str("delete_everything_title"),
        confirm = str("delete_everything_confirm"),
        onConfirm = onConfirm,
        onDismiss = onDismiss,
        destructive = true,
        confirmEnabled = typed.trim().equals(word, ignoreCase = true),
    ) {
        // The dialog scrolls itself: at the largest font it is taller than the screen.
        Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(12.dp)) {
            Text(str("delete_everything_body"), style = MaterialTheme.typography.bodyLarge)
            Text(str("delete_everything_type", word), style = MaterialTheme.typography.bodyLarge)
            PrivateTextField(
                value = typed,
                onValueChange = { typed = it },
                label = str("delete_everything_word_label"),
                keyboardType = KeyboardType.Ascii,
            )
        }
    }
}
