package app.cairn.android.screens

import android.text.InputType
import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Forms
import app.cairn.core.NewJourney
import java.time.Instant
import java.time.LocalDate

/** First run: the clean date (the core decides what it means). */
class OnboardingScreen(
    host: MainActivity,
) : Screen(host) {
    override fun render() {
        ui.headline(s(R.string.welcome_title))
        ui.text(s(R.string.welcome_body))
        val date = ui.labelledField(R.string.clean_date, LocalDate.now().toString(), InputType.TYPE_CLASS_DATETIME)
        val time = ui.labelledField(R.string.clean_time_optional, null, InputType.TYPE_CLASS_DATETIME)
        val substance = ui.labelledField(R.string.substance_optional)
        ui.button(s(R.string.start)) {
            val journey =
                NewJourney(
                    substance = Forms.optional(substance.text.toString()),
                    cleanDate = date.text.toString().trim(),
                    cleanTime = Forms.optional(time.text.toString()),
                )
            host.core({ it.startJourney(journey, Instant.now()) }) { host.start() }
        }
    }
}
