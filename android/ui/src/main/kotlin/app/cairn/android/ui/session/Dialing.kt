// Calling and texting from any screen. The phone's dialer or messages app opens the core's
// tel:/sms: link and, for someone on the reach-out chain, the tap is logged, because reaching out
// counts in today's check-in.
package app.cairn.android.ui.session

import app.cairn.core.Channel
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch

/**
 * Opens [uri] in the phone's dialer ([Channel.CALL]) or messages app ([Channel.TEXT]). When the
 * link belongs to entry [chainIndex] of the reach-out chain, the tap is logged in [scope].
 * Returns false when no app can take the link, so the screen can say so.
 */
fun CairnSession.dial(uri: String, channel: Channel, chainIndex: Int?, scope: CoroutineScope): Boolean {
    val opened = when (channel) {
        Channel.CALL -> platform.dialer.call(uri)
        Channel.TEXT -> platform.dialer.text(uri)
    }
    if (opened && chainIndex != null && chainIndex >= 0) {
        scope.launch { write { it.logReachOut(chainIndex.toUInt(), channel, platform.clock.now()) } }
    }
    return opened
}

/** [dial], and a snackbar when no app on the phone can take the link. */
fun CairnSession.dialOrSayNoApp(uri: String, channel: Channel, chainIndex: Int?, scope: CoroutineScope) {
    if (!dial(uri, channel, chainIndex, scope)) notice = "no_phone_app"
}
