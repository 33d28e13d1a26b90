// Telling the core where the phone is and what language it speaks: after every open, and when
// the zone or the language changes. Settings that follow the device take them; pinned ones stay.
package app.cairn.android.ui.session

import app.cairn.android.ui.platform.Clock
import app.cairn.core.CairnException
import app.cairn.core.Device
import app.cairn.ffi.CairnCompanion

/**
 * Passes the phone's zone and language to the core. Never fails the caller: on a full disk the
 * core keeps the zone and language it last saved, and clean time must still show. Callers
 * re-plan notifications after, since a new zone or language moves or rewords them.
 */
fun CairnCompanion.tellDevice(clock: Clock) {
    try {
        setDevice(Device(clock.zone().id, clock.locale().toLanguageTag()))
    } catch (_: CairnException) {
        // Kept on purpose: see above.
    }
}
