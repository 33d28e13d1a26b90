// The phone, faked for the JVM: a fixed clock and zone, a dialer that records what it was asked
// to open, document pickers over temporary files, and notifications, app lock and a key store
// that remember what they were told. The store itself is real: the core, through JNA, in a
// temporary folder, opened with a fixed 32-byte key the way the Keystore-backed one is.
package app.cairn.android.ui.testing

import app.cairn.android.ui.platform.AppLock
import app.cairn.android.ui.platform.BackupTarget
import app.cairn.android.ui.platform.ChosenDocument
import app.cairn.android.ui.platform.Clock
import app.cairn.android.ui.platform.Dialer
import app.cairn.android.ui.platform.Documents
import app.cairn.android.ui.platform.Notifications
import app.cairn.android.ui.platform.Platform
import app.cairn.android.ui.platform.StoreAccess
import app.cairn.core.PlannedNotification
import app.cairn.ffi.CairnCompanion
import app.cairn.ffi.KeyStore
import app.cairn.ffi.wipeStore
import java.io.File
import java.nio.file.Files
import java.time.Instant
import java.time.ZoneId
import java.util.Locale

class FixedClock(var instant: Instant, var zoneId: ZoneId, var language: Locale = Locale.US) : Clock {
    override fun locale(): Locale = language

    override fun now(): Instant = instant
    override fun zone(): ZoneId = zoneId
}

class RecordingDialer(var works: Boolean = true) : Dialer {
    val opened = mutableListOf<String>()
    override fun call(telUri: String): Boolean = works.also { if (it) opened += telUri }
    override fun text(smsUri: String): Boolean = works.also { if (it) opened += smsUri }
}

/** Pickers over files in [folder]: an export lands in [exported]; an import reads [toOpen]. */
class TempDocuments(private val folder: File) : Documents {
    var exported: File? = null
    var toOpen: File? = null

    override fun createBackup(suggestedName: String, onChosen: (BackupTarget?) -> Unit) {
        val scratch = File(folder, "scratch-$suggestedName")
        onChosen(
            object : BackupTarget {
                override val scratchPath: String = scratch.path
                override fun commit() {
                    val target = File(folder, suggestedName)
                    scratch.copyTo(target, overwrite = true)
                    scratch.delete()
                    exported = target
                }
                override fun discard() {
                    scratch.delete()
                }
            },
        )
    }

    /** How many chosen documents were discarded (the picker's copy must always go). */
    var discarded = 0

    override fun openDocument(onChosen: (ChosenDocument?) -> Unit) {
        val chosen = toOpen ?: return onChosen(null)
        onChosen(
            object : ChosenDocument {
                override val scratchPath: String = chosen.path
                override fun discard() {
                    discarded += 1
                }
            },
        )
    }
}

class FakeNotifications(
    override var allowed: Boolean = false,
    override var asked: Boolean = false,
    override var exactAlarmsAllowed: Boolean = true,
    var answer: Boolean = true,
) : Notifications {
    /** What the alarms would hold now, by id. */
    val scheduled = linkedMapOf<String, PlannedNotification>()
    override fun requestPermission(onResult: (Boolean) -> Unit) {
        asked = true
        allowed = answer
        onResult(answer)
    }
    override fun scheduledIds(): List<String> = scheduled.keys.toList()
    override fun apply(cancel: List<String>, schedule: List<PlannedNotification>) {
        cancel.forEach(scheduled::remove)
        schedule.forEach { scheduled[it.id] = it }
    }
}

class FakeAppLock(override val available: Boolean = true, override var enabled: Boolean = false) : AppLock {
    var answer = true
    override fun unlock(onResult: (Boolean) -> Unit) = onResult(answer)
}

/** A key store that hands out one key, or fails like a locked or wiped Keystore. */
class TestKeyStore(var key: ByteArray = ByteArray(32) { 7 }) : KeyStore {
    var broken = false
    override fun platformKey(): ByteArray {
        if (broken) throw app.cairn.ffi.KeyStoreException.Unavailable("key permanently invalidated")
        return key.copyOf()
    }

    /** The commit mark, kept in memory as the app keeps it in a sealed file. */
    var mark: app.cairn.core.CommitMark? = null

    /** As the Keystore does: the key is gone, and the next use makes a new one. */
    override fun destroyKey() {
        key.fill(0)
        key = ByteArray(32).also { java.security.SecureRandom().nextBytes(it) }
        mark = null
    }

    override fun lastCommitMark(): app.cairn.core.CommitMark? = mark

    override fun rememberCommitMark(mark: app.cairn.core.CommitMark) {
        this.mark = mark
    }
}

/** The real store in a temporary folder. */
class TempStore(val folder: File = Files.createTempDirectory("cairn-ui-").toFile()) : StoreAccess {
    val keys = TestKeyStore()
    val path: String get() = File(folder, "cairn.db").path
    private val scratch: String get() = File(folder, "scratch.db").path
    override var passphraseSet = false

    override fun exists(): Boolean = File(path).exists()

    override fun openWithPlatformKey(timeZone: String): CairnCompanion =
        CairnCompanion.openWithKeyStore(path, keys, timeZone)

    override fun openWithPassphrase(passphrase: String): CairnCompanion =
        CairnCompanion.openWithPassphrase(path, passphrase, "UTC")

    override fun openScratch(timeZone: String): CairnCompanion =
        CairnCompanion.openWithKeyStore(scratch, TestKeyStore(ByteArray(32) { 9 }), timeZone)

    override fun discardScratch() {
        wipeStore(scratch, TestKeyStore(ByteArray(32) { 9 }))
    }

    override fun wipe() {
        wipeStore(path, keys)
    }

    fun delete() {
        folder.deleteRecursively()
    }
}

/** Everything faked but the store. */
class FakePhone(
    val clock: FixedClock = FixedClock(Instant.parse("2026-11-22T17:30:00Z"), ZoneId.of("America/Chicago")),
    val store: TempStore = TempStore(),
) {
    val dialer = RecordingDialer()
    val documents = TempDocuments(store.folder)
    val notifications = FakeNotifications()
    val appLock = FakeAppLock()
    val platform = Platform(clock, dialer, documents, notifications, appLock, store)
}
