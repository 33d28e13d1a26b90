package app.cairn.android

import android.app.Application
import android.os.Handler
import android.os.Looper
import app.cairn.android.key.AndroidKeyStoreCipher
import app.cairn.android.key.FileBlobStore
import app.cairn.android.key.KeyWrapper
import app.cairn.android.key.PlatformKeyStore
import app.cairn.android.notify.AndroidAlarmScheduler
import app.cairn.android.notify.FileScheduledIdStore
import app.cairn.android.notify.NotificationSync
import app.cairn.android.notify.Notifications
import app.cairn.android.widget.CleanDaysWidget
import app.cairn.android.work.CoreRunner
import app.cairn.core.CairnCompanion
import app.cairn.core.wipeStore
import java.io.File
import java.security.SecureRandom
import java.time.Instant
import java.time.ZoneId
import java.util.concurrent.Executors

/**
 * Owns the one open store, the background thread every core call runs on, and the platform
 * duties (key, notification schedule). Everything in the store lives in `noBackupFilesDir`.
 */
class CairnApp : Application() {
    /** One background thread: core calls never run on the main thread and never overlap. */
    val runner: CoreRunner by lazy {
        val main = Handler(Looper.getMainLooper())
        CoreRunner(Executors.newSingleThreadExecutor()) { main.post(it) }
    }

    private var companion: CairnCompanion? = null

    override fun onCreate() {
        super.onCreate()
        Notifications.createChannels(this)
    }

    private fun storeFile(): File = File(noBackupFilesDir, STORE_FILE)

    private fun keyWrapper(): KeyWrapper {
        val random = SecureRandom()
        return KeyWrapper(
            AndroidKeyStoreCipher(KEY_ALIAS),
            FileBlobStore(File(noBackupFilesDir, KEY_FILE)),
        ) { size -> ByteArray(size).also { random.nextBytes(it) } }
    }

    fun notificationSync(): NotificationSync {
        val scheduler = AndroidAlarmScheduler(this)
        return NotificationSync(
            scheduler,
            FileScheduledIdStore(File(noBackupFilesDir, SCHEDULED_FILE)),
            scheduler::exactAllowed,
        )
    }

    /** The open store; opens (or creates) it on first use. Call on the runner's thread only. */
    @Synchronized
    fun core(): CairnCompanion {
        companion?.let { return it }
        val wrapper = keyWrapper()
        val opened =
            CairnCompanion.openWithKeyStore(
                storeFile().path,
                PlatformKeyStore(wrapper::key),
                ZoneId.systemDefault().id,
            )
        companion = opened
        return opened
    }

    /** Re-plans notifications and refreshes the widget. Call on the runner's thread only. */
    fun resync() {
        val core = core()
        notificationSync().sync { pending -> core.reconcileNotifications(pending, Instant.now()) }
        CleanDaysWidget.refresh(this)
    }

    /**
     * Deletes everything: closes and wipes the store, deletes the wrapped key and the
     * AndroidKeyStore key (crypto-shredding), cancels every alarm. Call on the runner's thread.
     */
    @Synchronized
    fun wipeEverything() {
        companion?.let {
            it.closeStore()
            it.close()
        }
        companion = null
        notificationSync().cancelAll()
        Notifications.cancelAll(this)
        wipeStore(storeFile().path)
        keyWrapper().destroy()
        CleanDaysWidget.refresh(this, placeholderOnly = true)
    }

    private companion object {
        const val STORE_FILE = "cairn.db"
        const val KEY_FILE = "cairn-key.bin"
        const val KEY_ALIAS = "cairn-store-key"
        const val SCHEDULED_FILE = "scheduled-notifications.txt"
    }
}
