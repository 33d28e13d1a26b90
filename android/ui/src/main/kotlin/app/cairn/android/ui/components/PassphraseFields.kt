// A new passphrase is typed twice, hidden: a typo in a secret nobody can see would lock the
// person out of the very data it is meant to rescue. The length rule stays the core's; only
// "the two differ" is decided here, since the core only ever sees one of them.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.text.str

/** The passphrase to use: null while the second field does not match the first. */
fun matchedPassphrase(passphrase: String, repeat: String): String? = passphrase.takeIf { it == repeat }

/** Two hidden fields; [error] (the core's, about the passphrase) shows under the first. */
@Composable
fun PassphraseFields(
    passphrase: String,
    onPassphrase: (String) -> Unit,
    repeat: String,
    onRepeat: (String) -> Unit,
    modifier: Modifier = Modifier,
    label: String = str("passphrase_new"),
    error: String? = null,
) {
    Column(modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        PrivateTextField(value = passphrase, onValueChange = onPassphrase, label = label, secret = true, error = error)
        val differs = repeat.isNotEmpty() && matchedPassphrase(passphrase, repeat) == null
        PrivateTextField(
            value = repeat,
            onValueChange = onRepeat,
            label = str("passphrase_repeat"),
            secret = true,
            error = if (differs) str("passphrase_differs") else null,
        )
    }
}
