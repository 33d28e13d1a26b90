// Bringing a history from another recovery app (Quitter, Sobriety): the person exports it there,
// chooses the file here, and the core adds it in one transaction or not at all. What the import
// did opens on a screen of its own (ImportReportScreen), because someone bringing 600 days needs
// to see what Cairn made of them before trusting the count. A refused file says what
// is wrong with it in words (the core's reason picks the sentence) and changes nothing.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import app.cairn.core.ImportSource
import kotlinx.coroutines.launch

@Composable
fun ImportFromCard(session: CairnSession, onImported: () -> Unit) {
    val scope = rememberCoroutineScope()
    var working by remember { mutableStateOf(false) }
    var refused by remember { mutableStateOf<Pair<ImportSource, Problem>?>(null) }

    fun importFrom(source: ImportSource) = session.platform.documents.openDocument { chosen ->
        if (chosen == null) return@openDocument
        working = true
        scope.launch {
            val now = session.platform.clock.now()
            val outcome = try {
                session.write { it.importFrom(source, chosen.scratchPath, now) }
            } finally {
                // The copy holds the other app's history in the clear: it goes whatever happened.
                chosen.discard()
                working = false
            }
            when (outcome) {
                is Outcome.Done -> {
                    refused = null
                    session.lastImport = outcome.value
                    onImported()
                }
                is Outcome.Failed -> refused = source to outcome.problem
            }
        }
    }

    SectionCard(title = str("import_from_title")) {
        Text(str("import_from_body"), style = MaterialTheme.typography.bodyLarge)
        Text(str("import_from_where"), style = MaterialTheme.typography.bodyMedium)
        ImportSource.entries.forEach { source ->
            OutlinedButton(
                onClick = { importFrom(source) },
                enabled = !working,
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) { Text(str(buttonLabel(source))) }
        }
        refused?.let { (source, problem) -> ErrorText(str(importProblemMessage(problem), str(appName(source)))) }
    }
}

private fun buttonLabel(source: ImportSource): String = when (source) {
    ImportSource.QUITTER -> "import_from_quitter"
    ImportSource.SOBRIETY -> "import_from_sobriety"
}

/** The string resource naming [source]'s app. */
internal fun appName(source: ImportSource): String = when (source) {
    ImportSource.QUITTER -> "import_from_app_quitter"
    ImportSource.SOBRIETY -> "import_from_app_sobriety"
}

/**
 * The sentence for a refused import. Every one of them takes the app's name as `%1$s`. The
 * core's fixed reasons for a bad file fall into a few cases a person can act on; any other
 * reason (a field deep in the file that is not as the app writes it) has the general sentence.
 */
internal fun importProblemMessage(problem: Problem): String = when (problem.reason) {
    null -> if (problem.message == "error_io") "import_from_error_unreadable" else problem.message
    "a Quitter export, not Sobriety" -> "import_from_error_is_quitter"
    "a Sobriety export, not Quitter" -> "import_from_error_is_sobriety"
    "not a Quitter export", "not a Sobriety export", "not a JSON export", "not UTF-8 text" ->
        "import_from_error_not_export"
    "cut short", "empty" -> if (problem.field == "file") "import_from_error_cut_short" else "import_from_error_invalid"
    "damaged, perhaps by the phone export", "text damaged by the phone export cannot be recovered" ->
        "import_from_error_damaged"
    "holds nothing to import" -> "import_from_error_nothing"
    "too large", "too many substances" -> "import_from_error_too_large"
    else -> "import_from_error_invalid"
}
