// What the screens need from the phone, as small interfaces the app module implements with
// framework APIs (and the JVM tests with fakes): the clock and zone, the dialer, documents for
// backups and imports from other apps, notifications, the app lock and the store's key. Nothing
// here imports android.*.
package app.cairn.android.ui.platform

import app.cairn.core.PlannedNotification
import java.time.Instant
import java.time.ZoneId
import java.util.Locale

/**
 * The time, zone and language now. The core counts days in the zone the phone is in and writes
 * its texts in the phone's language, unless the person pinned either in Settings.
 */
interface Clock {
    fun now(): Instant
    fun zone(): ZoneId
    fun locale(): Locale
}

/** Opens the core's `tel:` and `sms:` links. Each returns false when no app can take them. */
interface Dialer {
    fun call(telUri: String): Boolean
    fun text(smsUri: String): Boolean
}

/** A file the core writes a backup into; [commit] copies it to the document the person chose. */
interface BackupTarget {
    val scratchPath: String
    fun commit()
    fun discard()
}

/**
 * A document the person chose (a backup, or another recovery app's export), copied to a file the
 * core can read; [discard] deletes the copy.
 */
interface ChosenDocument {
    val scratchPath: String
    fun discard()
}

/** The system's document pickers. Each calls back once, with null when the person cancels. */
interface Documents {
    fun createBackup(suggestedName: String, onChosen: (BackupTarget?) -> Unit)
    fun openDocument(onChosen: (ChosenDocument?) -> Unit)
}

/**
 * Notifications: the permission (Android 13+), and the alarms behind the core's plan. The OS
 * cannot list pending alarms, so the phone remembers the ids it scheduled ([scheduledIds]).
 */
interface Notifications {
    /** Whether notifications may be posted now. */
    val allowed: Boolean

    /** Whether the permission was asked for already (it is asked once, after first run). */
    val asked: Boolean

    /** Whether doses can ring at the exact minute; otherwise the OS may delay them a little. */
    val exactAlarmsAllowed: Boolean

    fun requestPermission(onResult: (Boolean) -> Unit)

    /** The ids of the notifications scheduled so far. */
    fun scheduledIds(): List<String>

    /** Cancels [cancel] and schedules [schedule], then remembers what is scheduled. */
    fun apply(cancel: List<String>, schedule: List<PlannedNotification>)
}

/** The optional app lock (the phone's biometrics or screen lock). */
interface AppLock {
    val available: Boolean
    var enabled: Boolean
    fun unlock(onResult: (Boolean) -> Unit)
}

/** Where the store lives and how its key is kept; the app module backs it with the Keystore. */
interface StoreAccess {
    /** Whether a store file exists (a first run has none). */
    fun exists(): Boolean

    /** Whether the person set a passphrase (remembered outside the store, which may not open). */
    var passphraseSet: Boolean

    /** Opens, or creates in [timeZone], the store with the platform key. Throws CairnException. */
    fun openWithPlatformKey(timeZone: String): app.cairn.ffi.CairnCompanion

    /** Opens the store with its passphrase. Throws CairnException. */
    fun openWithPassphrase(passphrase: String): app.cairn.ffi.CairnCompanion

    /** A store at a scratch path for checking a backup before anything is replaced. */
    fun openScratch(timeZone: String): app.cairn.ffi.CairnCompanion

    /** Deletes the scratch store. */
    fun discardScratch()

    /** Deletes everything: the store's keys and files, then the platform key. */
    fun wipe()
}

/** Everything platform-side a screen may use. */
class Platform(
    val clock: Clock,
    val dialer: Dialer,
    val documents: Documents,
    val notifications: Notifications,
    val appLock: AppLock,
    val store: StoreAccess,
)
