package app.cairn.android

import android.app.Application
import app.cairn.android.key.AndroidKeyStoreCipher
import app.cairn.android.key.AtomicFile
import app.cairn.android.key.FileBlobStore
import app.cairn.android.key.KeyProtection
import app.cairn.android.key.KeyWrapper
import app.cairn.android.key.SealedCommitMarks
import app.cairn.android.key.SealedFile
import app.cairn.android.notify.AlarmPlan
import app.cairn.android.notify.AlarmsOnPhone
import app.cairn.android.notify.AndroidAlarmScheduler
import app.cairn.android.notify.Poster
import app.cairn.android.notify.SealedPlanStore
import app.cairn.android.platform.ActivityBridge
import app.cairn.android.platform.AndroidAppLock
import app.cairn.android.platform.AndroidClock
import app.cairn.android.platform.AndroidDialer
import app.cairn.android.platform.AndroidDocuments
import app.cairn.android.platform.AndroidNotifications
import app.cairn.android.platform.AndroidStoreAccess
import app.cairn.android.platform.PrivateFlags
import app.cairn.android.ui.platform.Platform
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.widget.WidgetSnapshotFile
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.asCoroutineDispatcher
import java.io.File
import java.security.SecureRandom
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * The process: ONE [CairnSession] (so it outlives rotation and every Activity), the one
 * background thread every core call runs on (the session's, the receivers' and the widget's,
 * so they never overlap), and the platform the screens use. Everything the app keeps is in
 * `noBackupFilesDir` (store, wrapped key, remembered plan, widget snapshot) or the private
 * preferences ([PrivateFlags]), all excluded from backups; scratch files are in the cache.
 */
class CairnApplication : Application() {
    /** The one background thread: core calls never run on the main thread and never overlap. */
    val background: ExecutorService =
        Executors.newSingleThreadExecutor { runnable -> Thread(runnable, "cairn-core").apply { isDaemon = true } }

    /** For work that must finish even when the Activity goes (closing the store on stop). */
    val scope: CoroutineScope by lazy { CoroutineScope(SupervisorJob() + Dispatchers.Main.immediate) }

    /** The Activity on screen, for pickers, prompts and the app lock. */
    val bridge = ActivityBridge()

    lateinit var store: AndroidStoreAccess
        private set
    lateinit var alarms: AlarmsOnPhone
        private set
    lateinit var widgetSnapshots: WidgetSnapshotFile
        private set
    lateinit var platform: Platform
        private set

    /** The session behind every screen, built once for the process. */
    val session: CairnSession by lazy { CairnSession(platform, background.asCoroutineDispatcher()) }

    override fun onCreate() {
        super.onCreate()
        Poster.createChannels(this)
        val private = noBackupFilesDir
        val flags = PrivateFlags(this)
        val random = SecureRandom()
        val storeKey =
            KeyWrapper(
                AndroidKeyStoreCipher(STORE_KEY_ALIAS, KeyProtection.STORE),
                FileBlobStore(AtomicFile(File(private, KEY_FILE))),
            ) { size -> ByteArray(size).also(random::nextBytes) }
        val deviceKey = AndroidKeyStoreCipher(DEVICE_KEY_ALIAS, KeyProtection.DEVICE)
        val planFile = SealedFile(AtomicFile(File(private, PLAN_FILE)), deviceKey)
        widgetSnapshots = WidgetSnapshotFile(SealedFile(AtomicFile(File(private, WIDGET_FILE)), deviceKey))
        val scratch = File(cacheDir, SCRATCH_FOLDER)
        store =
            AndroidStoreAccess(
                storeFile = File(private, STORE_FILE),
                scratchFile = File(scratch, RESTORE_STORE_FILE),
                keys = storeKey,
                passphraseFlag = flags.passphraseSet,
                marks = SealedCommitMarks(SealedFile(AtomicFile(File(private, MARK_FILE)), deviceKey)),
                afterWipe = {
                    planFile.delete()
                    alarms.forget()
                    deviceKey.destroy()
                },
            )
        val scheduler = AndroidAlarmScheduler(this)
        alarms =
            AlarmsOnPhone(
                context = this,
                plan = AlarmPlan(scheduler, SealedPlanStore(planFile), scheduler::exactAllowed),
                background = background,
                store = store,
                snapshots = widgetSnapshots,
                clock = AndroidClock,
            )
        val documents = AndroidDocuments(contentResolver, File(scratch, DOCUMENTS_FOLDER), bridge, background)
        // A backup copied out, or checked, by a process that was then killed must not outlive it.
        background.execute {
            documents.clearScratch()
            store.clearScratchLeftovers()
            // Unseal the remembered plan here, so the session's first plan never waits on it.
            alarms.ids()
        }
        platform =
            Platform(
                clock = AndroidClock,
                dialer = AndroidDialer(this, bridge),
                documents = documents,
                notifications = AndroidNotifications(this, bridge, flags.notificationsAsked, scheduler, alarms),
                appLock = AndroidAppLock(this, bridge, flags.appLockEnabled),
                store = store,
            )
    }

    private companion object {
        const val STORE_FILE = "cairn.db"
        const val KEY_FILE = "cairn-key.bin"
        const val PLAN_FILE = "notification-plan.bin"
        const val WIDGET_FILE = "widget.bin"
        const val MARK_FILE = "commit-mark.bin"
        const val STORE_KEY_ALIAS = "cairn-store-key"
        const val DEVICE_KEY_ALIAS = "cairn-device-key"
        const val SCRATCH_FOLDER = "scratch"
        const val RESTORE_STORE_FILE = "restore-check.db"
        const val DOCUMENTS_FOLDER = "documents"
    }
}
