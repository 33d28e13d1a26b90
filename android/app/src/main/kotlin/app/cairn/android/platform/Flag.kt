// The few yes/no switches the app keeps outside the store, about the phone and how the store is
// opened rather than about the person: whether a passphrase is set, the app lock, and whether the
// notification permission was asked. This is the one place that names them and where they live.
package app.cairn.android.platform

import android.content.Context
import android.content.SharedPreferences

/** One remembered yes/no (whether a passphrase is set, the app lock, the permission asked). */
interface Flag {
    var value: Boolean
}

/**
 * The switches, in the app's private preferences file (under the app's data folder, excluded from
 * every backup by the manifest's rules). Only switches live there, never personal data.
 */
class PrivateFlags(context: Context) {
    private val preferences = context.getSharedPreferences("cairn-platform", Context.MODE_PRIVATE)

    val passphraseSet: Flag = PrefsFlag(preferences, "passphrase_set")
    val notificationsAsked: Flag = PrefsFlag(preferences, "notifications_asked")
    val appLockEnabled: Flag = PrefsFlag(preferences, "app_lock_enabled")
}

private class PrefsFlag(
    private val preferences: SharedPreferences,
    private val key: String,
) : Flag {
    override var value: Boolean
        get() = preferences.getBoolean(key, false)
        set(value) {
            preferences.edit().putBoolean(key, value).apply()
        }
}
