package app.cairn.android.platform

import app.cairn.android.ui.platform.Clock
import java.time.Instant
import java.time.ZoneId
import java.util.Locale

/**
 * The system clock and the phone's zone and language (Android updates the defaults when the
 * person changes them).
 */
object AndroidClock : Clock {
    override fun now(): Instant = Instant.now()

    override fun zone(): ZoneId = ZoneId.systemDefault()

    override fun locale(): Locale = Locale.getDefault()
}
