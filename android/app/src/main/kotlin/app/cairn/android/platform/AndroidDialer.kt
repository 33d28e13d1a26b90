package app.cairn.android.platform

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import app.cairn.android.ui.platform.Dialer

/**
 * The core's `tel:` link in the dialer (`ACTION_DIAL`: no permission, the person presses call)
 * and its `sms:` link in the messaging app (`ACTION_SENDTO`). False when no app takes them (a
 * tablet without telephony): the screens then show the number instead. The manifest declares
 * both intents under `<queries>`, so `resolveActivity` sees those apps on Android 11+.
 */
class AndroidDialer(
    private val context: Context,
    private val bridge: ActivityBridge,
) : Dialer {
    override fun call(telUri: String): Boolean = open(Intent(Intent.ACTION_DIAL, Uri.parse(telUri)))

    override fun text(smsUri: String): Boolean = open(Intent(Intent.ACTION_SENDTO, Uri.parse(smsUri)))

    private fun open(intent: Intent): Boolean {
        if (intent.resolveActivity(context.packageManager) == null) return false
        val host = bridge.current
        return try {
            if (host != null) {
                host.startActivity(intent)
            } else {
                context.startActivity(intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
            }
            true
        } catch (_: ActivityNotFoundException) {
            false
        }
    }
}
