package app.cairn.android.notify

import app.cairn.core.NotificationKind

/** The three notification channels and which kind of planned notification goes to which. */
object Channels {
    const val MILESTONES = "milestones"
    const val REMINDERS = "reminders"
    const val MEDICATION = "medication"

    val all = listOf(MILESTONES, REMINDERS, MEDICATION)

    fun forKind(kind: NotificationKind): String =
        when (kind) {
            NotificationKind.MILESTONE -> MILESTONES
            NotificationKind.CHECK_IN_REMINDER -> REMINDERS
            NotificationKind.MEDICATION_DOSE -> MEDICATION
            NotificationKind.PLEDGE_REMINDER -> REMINDERS
        }
}
