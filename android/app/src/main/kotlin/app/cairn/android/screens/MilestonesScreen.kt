package app.cairn.android.screens

import android.text.InputType
import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Forms
import app.cairn.core.PersonalMilestone
import java.time.Instant

/** The milestones of the current streak in the chosen set, and the person's own. */
class MilestonesScreen(
    host: MainActivity,
) : Screen(host) {
    override fun render() {
        load({ it.milestones(null, null, Instant.now()) }) { milestones ->
            ui.headline(s(R.string.milestones_title))
            ui.bullets(
                milestones.map {
                    if (it.reached) {
                        s(R.string.milestone_reached, it.label, it.date)
                    } else {
                        s(R.string.milestone_line, it.label, it.date, it.daysLeft.toInt())
                    }
                },
            )
            ui.headline(s(R.string.personal_milestone_title))
            val days = ui.field(R.string.personal_days_hint, null, InputType.TYPE_CLASS_NUMBER)
            val date = ui.field(R.string.personal_date_hint, null, InputType.TYPE_CLASS_DATETIME)
            ui.button(s(R.string.add_milestone)) {
                val count = Forms.dayCount(days.text.toString())
                val onDate = Forms.optional(date.text.toString())
                val milestone =
                    when {
                        count != null -> PersonalMilestone.Days(count)
                        onDate != null -> PersonalMilestone.Date(onDate)
                        else -> null
                    }
                if (milestone != null) {
                    host.core({ it.addPersonalMilestone(null, milestone) }) {
                        host.background { host.app.resync() }
                        host.open(MainActivity.Tab.MILESTONES)
                    }
                }
            }
        }
    }
}
