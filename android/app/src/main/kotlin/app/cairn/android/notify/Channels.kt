package app.cairn.android.notify

import app.cairn.core.NotificationKind

/** The notification channels, one per kind of planned notification, so each can be muted alone. */
object Channels {
    const val MILESTONES = "milestones"
    const val REMINDERS = "reminders"
    const val MEDICATION = "medication"
    const val PLEDGE = "pledge"

    val all = listOf(MILESTONES, REMINDERS, MEDICATION, PLEDGE)

    fun forKind(kind: NotificationKind): String =
        when (kind) {
            NotificationKind.MILESTONE -> MILESTONES
            NotificationKind.CHECK_IN_REMINDER -> REMINDERS
            NotificationKind.MEDICATION_DOSE -> MEDICATION
            NotificationKind.PLEDGE_REMINDER -> PLEDGE
        }
}
