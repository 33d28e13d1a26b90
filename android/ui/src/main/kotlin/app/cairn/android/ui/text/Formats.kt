// Dates, times and the core's enums in words, in the language of the strings on screen.
package app.cairn.android.ui.text

import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import app.cairn.core.ContactRole
import app.cairn.core.Stage
import java.time.LocalDate
import java.time.LocalTime
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle

/** "22 November 2026", as the language writes it. */
@Composable
@ReadOnlyComposable
fun longDate(date: LocalDate): String = localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)).format(date)

/** "22 Nov 2026". */
@Composable
@ReadOnlyComposable
fun mediumDate(date: LocalDate): String = localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(date)

/** "08:00" or "8:00 AM", as the language writes times. */
@Composable
@ReadOnlyComposable
fun shortTime(time: LocalTime): String = localized(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)).format(time)

@Composable
@ReadOnlyComposable
private fun localized(formatter: DateTimeFormatter): DateTimeFormatter = formatter.withLocale(LocalStrings.current.locale)

/** The stage's name. */
@Composable
@ReadOnlyComposable
fun stageName(stage: Stage): String = str(
    when (stage) {
        Stage.INITIATION -> "stage_initiation"
        Stage.ABSTINENCE -> "stage_abstinence"
        Stage.MAINTAINED_ABSTINENCE -> "stage_maintained_abstinence"
        Stage.ADVANCED_RECOVERY -> "stage_advanced_recovery"
    },
)

/** Who a contact is, in words. */
@Composable
@ReadOnlyComposable
fun roleName(role: ContactRole): String = str(
    when (role) {
        ContactRole.SPONSOR -> "role_sponsor"
        ContactRole.BACKUP -> "role_backup"
        ContactRole.COUNSELOR -> "role_counselor"
        ContactRole.PRESCRIBER_OR_CLINIC -> "role_prescriber_or_clinic"
        ContactRole.PHARMACY -> "role_pharmacy"
        ContactRole.FAMILY -> "role_family"
        ContactRole.FRIEND -> "role_friend"
        ContactRole.PEER -> "role_peer"
    },
)

/** "Sunday, November 22, 2026": the day a journal entry is about, with its weekday. */
@Composable
@ReadOnlyComposable
fun fullDate(date: LocalDate): String = localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)).format(date)
