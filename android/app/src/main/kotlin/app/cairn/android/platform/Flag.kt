package app.cairn.android.platform

import android.content.SharedPreferences

/** One remembered yes/no (whether a passphrase is set, the app lock, the permission asked). */
interface Flag {
    var value: Boolean
}

/**
 * A [Flag] in the app's private preferences file (under the app's data folder, excluded from
 * every backup by the manifest's rules). Only switches live there, never personal data.
 */
class PrefsFlag(
    private val preferences: SharedPreferences,
    private val key: String,
) : Flag {
    override var value: Boolean
        get() = preferences.getBoolean(key, false)
        set(value) {
            preferences.edit().putBoolean(key, value).apply()
        }
}
