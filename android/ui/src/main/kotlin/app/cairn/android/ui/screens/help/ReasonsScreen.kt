// The person's reasons to stay clean: Help's card that shows them (or invites the first one),
// and the small screen behind it that lists, adds and removes them. They are the prevention
// plan's section of that name, so the plan screen edits the same list; this screen is the short
// way there from a hard moment. The core trims and checks each reason and says when the list is
// full; a refused reason keeps its text and says why under the field.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Add
import androidx.compose.material.icons.filled.Delete
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.ReasonLine
import app.cairn.android.ui.components.ReasonsBlock
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

/** Help's card: the reasons with the way to change them, or the invitation to write the first. */
@Composable
fun ReasonsCard(reasons: List<String>, onOpen: () -> Unit) {
    SectionCard(title = str("reasons_title")) {
        if (reasons.isEmpty()) {
            Text(str("reasons_invite"), style = MaterialTheme.typography.bodyLarge)
            Button(onClick = onOpen, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("reasons_write"))
            }
        } else {
            ReasonsBlock(reasons, withHeading = false)
            OutlinedButton(onClick = onOpen, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("reasons_change"))
            }
        }
    }
}

@Composable
fun ReasonsScreen(session: CairnSession, onBack: () -> Unit) {
    val load by rememberLoad(session) { it.reasons() }
    val scope = rememberCoroutineScope()
    // Which reason the remove question is open for, kept across rotation (-1: none).
    var removing by rememberSaveable { mutableIntStateOf(-1) }
    ScreenScaffold(title = str("reasons_screen_title"), onBack = onBack) {
        Loaded(load) { reasons ->
            Text(str("reasons_screen_body"), style = MaterialTheme.typography.bodyLarge)
            SectionCard(title = str("reasons_title")) {
                if (reasons.isEmpty()) Text(str("reasons_screen_empty"), style = MaterialTheme.typography.bodyLarge)
                reasons.forEachIndexed { index, reason ->
                    if (index > 0) HorizontalDivider()
                    Row(verticalAlignment = Alignment.CenterVertically) {
                        ReasonLine(reason, Modifier.weight(1f))
                        IconButton(onClick = { removing = index }) {
                            Icon(Icons.Filled.Delete, contentDescription = str("reasons_remove", reason))
                        }
                    }
                }
            }
            AddReason(session)
            val reason = reasons.getOrNull(removing)
            if (reason != null) {
                var failed by rememberProblem(removing)
                ConfirmDialog(
                    title = str("reasons_remove_title"),
                    confirm = str("reasons_remove_confirm"),
                    destructive = true,
                    onDismiss = { removing = -1 },
                    onConfirm = {
                        val index = removing
                        scope.launch {
                            when (val outcome = session.write { it.removeReason(index.toUInt()) }) {
                                is Outcome.Done -> removing = -1
                                is Outcome.Failed -> failed = outcome.problem
                            }
                        }
                    },
                ) {
                    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        Text(reason, style = MaterialTheme.typography.bodyLarge)
                        failed?.let { Text(str(it.message), color = MaterialTheme.colorScheme.error) }
                    }
                }
            }
        }
    }
}

/** The field for one more reason; it clears once the core has kept the reason, and not before. */
@Composable
private fun AddReason(session: CairnSession) {
    val scope = rememberCoroutineScope()
    var text by rememberSaveable { mutableStateOf("") }
    var problem by rememberProblem()
    val label = str("reasons_add_label")
    val error = problem.about("item") ?: problem.about("items") ?: problem?.takeIf { it.field == null }?.let { str(it.message) }
    // One line: the core keeps each reason on a line of its own.
    PrivateTextField(text, { text = it }, label, error = error)
    OutlinedButton(
        onClick = {
            scope.launch {
                when (val outcome = session.write { it.addReason(text) }) {
                    is Outcome.Done -> {
                        problem = null
                        text = ""
                    }
                    is Outcome.Failed -> problem = outcome.problem
                }
            }
        },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) {
        Icon(Icons.Filled.Add, contentDescription = null)
        Spacer(Modifier.width(8.dp))
        Text(str("reasons_add"))
    }
}
