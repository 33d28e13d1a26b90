package app.cairn.android.platform

import app.cairn.android.ui.platform.Clock
import java.time.Instant
import java.time.ZoneId

/** The system clock and the phone's zone (Android updates the default zone when it changes). */
object AndroidClock : Clock {
    override fun now(): Instant = Instant.now()

    override fun zone(): ZoneId = ZoneId.systemDefault()
}
