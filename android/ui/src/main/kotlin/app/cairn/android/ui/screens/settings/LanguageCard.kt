// The language of Cairn's words, the core's too (the safety card, insights, notifications):
// the phone's by default, or one the person pins. The names of languages are written in
// themselves, as every language picker does, so a person who cannot read the current one
// still finds their own.
package app.cairn.android.ui.screens.settings

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.RadioChoice
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.str
import app.cairn.core.Language
import app.cairn.core.Settings
import app.cairn.core.SettingsChange

/** A choice in the card: follow the phone, or one language pinned. */
private sealed interface LanguageChoice {
    data object Phone : LanguageChoice

    data class Pinned(val language: Language) : LanguageChoice
}

@Composable
fun LanguageCard(settings: Settings, writer: SettingsWriter) {
    val options = listOf(LanguageChoice.Phone) + Language.entries.map { LanguageChoice.Pinned(it) }
    val selected = if (settings.languageFollowsDevice) LanguageChoice.Phone else LanguageChoice.Pinned(settings.language)
    SectionCard(title = str("settings_language_title")) {
        Text(str("settings_language_body"), style = MaterialTheme.typography.bodyLarge)
        RadioChoice(
            options = options,
            selected = selected,
            onSelect = { choice ->
                val tag = when (choice) {
                    LanguageChoice.Phone -> "device"
                    is LanguageChoice.Pinned -> tagOf(choice.language)
                }
                writer.change(SettingsChange(language = tag))
            },
            label = { choice ->
                when (choice) {
                    LanguageChoice.Phone -> str("settings_language_phone")
                    is LanguageChoice.Pinned -> ownName(choice.language)
                }
            },
        )
        writer.problem?.let { ErrorText(str(it.message)) }
    }
}

private fun tagOf(language: Language): String = when (language) {
    Language.ENGLISH -> "en"
    Language.SPANISH -> "es"
}

/** A language's name in itself. */
private fun ownName(language: Language): String = when (language) {
    Language.ENGLISH -> "English"
    Language.SPANISH -> "Español"
}
