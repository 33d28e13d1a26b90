// The one state holder behind every screen: whether the store is open, the companion itself,
// and the calls into it. Core calls run one at a time on a background dispatcher (the app passes
// a single thread; the JVM tests run them inline), and every write bumps [refresh] so the screens
// on show load again. The app module keeps one session for the process, so it survives
// rotation; what a screen is showing survives process death through rememberSaveable. The
// notification plan is handed to the phone here too: in full on every open, as a diff after
// every write.
package app.cairn.android.ui.session

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import app.cairn.android.ui.platform.Platform
import app.cairn.core.CairnException
import app.cairn.core.ImportReport
import app.cairn.ffi.CairnCompanion
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext

/** Where the store stands. */
sealed interface StoreState {
    /** Opening, or not tried yet. */
    data object Starting : StoreState

    /** The app lock is on and the person has not unlocked it since the app came back. */
    data object Locked : StoreState

    /** No store yet: the first-run screen creates one. */
    data object FirstRun : StoreState

    /** Open: every other screen. */
    data object Open : StoreState

    /** The store exists but cannot be opened (key lost, file damaged): the rescue screen. */
    data class CannotOpen(val problem: Problem) : StoreState
}

/** What a call into the core gave: its value, or a problem to show. */
sealed interface Outcome<out T> {
    data class Done<T>(val value: T) : Outcome<T>
    data class Failed(val problem: Problem) : Outcome<Nothing>
}

class CairnSession(
    val platform: Platform,
    private val background: CoroutineDispatcher,
) {
    var state: StoreState by mutableStateOf(StoreState.Starting)
        private set

    /** Bumped after every write, on resume and at local midnight; screens reload on it. */
    var refresh: Int by mutableIntStateOf(0)
        private set

    /** A short message for the snackbar (a string resource name), shown once then cleared. */
    var notice: String? by mutableStateOf(null)

    /**
     * What the last import from another app did, shown in Settings until the person closes it.
     * Held here rather than in the screen so a rotation keeps it; process death loses only this
     * summary, never what was imported.
     */
    var lastImport: ImportReport? by mutableStateOf(null)

    private var companion: CairnCompanion? = null

    /** Opening and closing one at a time: the Activity and the root composable both start. */
    private val lifecycle = Mutex()

    /** Opens the store as the app starts or comes back, or shows first run or the rescue screen. */
    suspend fun start() = lifecycle.withLock {
        if (platform.appLock.enabled && platform.appLock.available && state != StoreState.Open) {
            state = StoreState.Locked
            return@withLock
        }
        openWith { platform.store.openWithPlatformKey(zone()) }
    }

    /** After the app lock let the person in. */
    suspend fun unlocked() = lifecycle.withLock { openWith { platform.store.openWithPlatformKey(zone()) } }

    /** Unlocks with the passphrase, from the rescue screen. */
    suspend fun unlockWithPassphrase(passphrase: String): Problem? = lifecycle.withLock {
        openWith { platform.store.openWithPassphrase(passphrase) }
        (state as? StoreState.CannotOpen)?.problem
    }

    private suspend fun openWith(open: () -> CairnCompanion) {
        companion?.let { already ->
            // Back from the background: the zone or the language may have changed meanwhile.
            withContext(background) { already.tellDevice(platform.clock) }
            plan(whole = true)
            state = StoreState.Open
            bump()
            return
        }
        if (!withContext(background) { platform.store.exists() }) {
            state = StoreState.FirstRun
            return
        }
        state = try {
            companion = withContext(background) { open().also { it.tellDevice(platform.clock) } }
            plan(whole = true)
            bump()
            StoreState.Open
        } catch (error: CairnException) {
            StoreState.CannotOpen(problemOf(error))
        }
    }

    /**
     * Hands the notification plan to the phone. [whole]: cancel everything scheduled before and
     * schedule the whole plan, on every open, because a force-stop or an update clears alarms
     * that the remembered ids still name. Otherwise (after a write) only the difference.
     */
    private suspend fun plan(whole: Boolean) {
        val open = companion ?: return
        val notifications = platform.notifications
        try {
            val now = platform.clock.now()
            val scheduled = notifications.scheduledIds()
            val (cancel, schedule) = withContext(background) {
                if (whole) {
                    scheduled to open.notificationPlan(now)
                } else {
                    open.reconcileNotifications(scheduled, now).let { it.cancel to it.schedule }
                }
            }
            notifications.apply(cancel, schedule)
        } catch (_: CairnException) {
            // The plan is a convenience: a failed plan never fails an open or a saved write.
        }
    }

    /** Schedules the whole plan again: after notifications were allowed. */
    suspend fun rearmNotifications() = plan(whole = true)

    /** Creates the store on first run (with the platform key) and, if given, a passphrase. */
    suspend fun create(passphrase: String?): Outcome<Unit> = try {
        val created = withContext(background) {
            val opened = platform.store.openWithPlatformKey(zone())
            if (passphrase != null) {
                try {
                    opened.setPassphrase(passphrase)
                } catch (error: CairnException) {
                    opened.close()
                    platform.store.wipe()
                    throw error
                }
            }
            opened.tellDevice(platform.clock)
            opened
        }
        platform.store.passphraseSet = passphrase != null
        companion = created
        plan(whole = true)
        state = StoreState.Open
        bump()
        Outcome.Done(Unit)
    } catch (error: CairnException) {
        Outcome.Failed(problemOf(error))
    }

    /** Reads from the open store. Failures come back as problems, never as crashes. */
    suspend fun <T> read(block: (CairnCompanion) -> T): Outcome<T> = call(block)

    /** Writes to the open store, then reloads the screens and re-plans notifications. */
    suspend fun <T> write(block: (CairnCompanion) -> T): Outcome<T> {
        val outcome = call(block)
        if (outcome is Outcome.Done) {
            plan(whole = false)
            bump()
        }
        return outcome
    }

    private suspend fun <T> call(block: (CairnCompanion) -> T): Outcome<T> {
        val open = companion ?: return Outcome.Failed(Problem("error_closed"))
        return try {
            Outcome.Done(withContext(background) { block(open) })
        } catch (error: CairnException) {
            Outcome.Failed(problemOf(error))
        }
    }

    /** The app went to the background: close the store once pending calls are done. */
    suspend fun stop() = lifecycle.withLock {
        val open = companion ?: return@withLock
        companion = null
        withContext(background) { open.close() }
        state = StoreState.Starting
    }

    /** Deletes everything and goes back to first run. */
    suspend fun wipe() {
        val open = companion
        companion = null
        withContext(background) {
            open?.close()
            platform.store.wipe()
        }
        platform.store.passphraseSet = false
        lastImport = null
        platform.notifications.apply(platform.notifications.scheduledIds(), emptyList())
        state = StoreState.FirstRun
    }

    /**
     * Replaces everything with a backup. An open store imports it itself (the core verifies the
     * whole backup before it replaces anything). From the rescue screen, where the store cannot
     * open, the backup is first imported into a scratch store, so a wrong code or a damaged file
     * wipes nothing; only then is the unreadable store replaced.
     */
    suspend fun restore(backupPath: String, code: String, passphrase: String?): Outcome<UInt> {
        if (companion != null) {
            return write { it.importBackup(backupPath, code, passphrase).records }
        }
        return try {
            val records = withContext(background) {
                try {
                    platform.store.openScratch(zone()).use { scratch ->
                        scratch.importBackup(backupPath, code, passphrase)
                    }
                } finally {
                    platform.store.discardScratch()
                }
                platform.store.wipe()
                val fresh = platform.store.openWithPlatformKey(zone())
                companion = fresh
                fresh.importBackup(backupPath, code, passphrase).records.also { fresh.tellDevice(platform.clock) }
            }
            platform.store.passphraseSet = false
            plan(whole = true)
            state = StoreState.Open
            bump()
            Outcome.Done(records)
        } catch (error: CairnException) {
            // The backup was verified before the unreadable store was deleted, so a failure here
            // is the new key or the disk: with no store left, first run offers the restore again.
            if (companion == null && !withContext(background) { platform.store.exists() }) {
                state = StoreState.FirstRun
            }
            Outcome.Failed(problemOf(error))
        }
    }

    /** Reloads what is on screen: on resume and at local midnight. */
    fun bump() {
        refresh += 1
    }

    /** The zone the phone is in now, as an IANA name. */
    fun zone(): String = platform.clock.zone().id
}
