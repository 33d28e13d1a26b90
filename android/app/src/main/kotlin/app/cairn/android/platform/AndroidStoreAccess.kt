package app.cairn.android.platform

import app.cairn.android.key.CommitMarks
import app.cairn.android.key.KeyWrapper
import app.cairn.android.key.NoCommitMarks
import app.cairn.android.key.PlatformKeyStore
import app.cairn.android.ui.platform.StoreAccess
import app.cairn.ffi.CairnCompanion
import app.cairn.ffi.KeyStore
import java.io.File
import java.security.SecureRandom

/** The core's functions behind [AndroidStoreAccess]: the FFI on a device, fakes in tests. */
interface CoreFiles {
    fun openWithKeyStore(
        path: String,
        keyStore: KeyStore,
        timeZone: String,
    ): CairnCompanion

    fun openWithPassphrase(
        path: String,
        passphrase: String,
        timeZone: String,
    ): CairnCompanion

    fun wipeStore(
        path: String,
        keyStore: KeyStore,
    ): Boolean
}

object FfiCoreFiles : CoreFiles {
    override fun openWithKeyStore(
        path: String,
        keyStore: KeyStore,
        timeZone: String,
    ): CairnCompanion = CairnCompanion.openWithKeyStore(path, keyStore, timeZone)

    override fun openWithPassphrase(
        path: String,
        passphrase: String,
        timeZone: String,
    ): CairnCompanion = CairnCompanion.openWithPassphrase(path, passphrase, timeZone)

    override fun wipeStore(
        path: String,
        keyStore: KeyStore,
    ): Boolean = app.cairn.ffi.wipeStore(path, keyStore)
}

/**
 * The store and its key. The store is `cairn.db` in `noBackupFilesDir`; its key is a random
 * 32 bytes wrapped by a key-store key that needs an unlocked phone (and lives in StrongBox where
 * there is one): [KeyWrapper]. The scratch store that checks a backup before anything is
 * replaced lives in the cache folder under a key that exists only in memory. Called on the
 * session's background thread.
 */
class AndroidStoreAccess(
    private val storeFile: File,
    private val scratchFile: File,
    private val keys: KeyWrapper,
    private val passphraseFlag: Flag,
    private val core: CoreFiles = FfiCoreFiles,
    /** Where the store's commit mark is kept ([app.cairn.android.key.SealedCommitMarks] on a device). */
    private val marks: CommitMarks = NoCommitMarks,
    /** Deletes what the alarms and the widget remember; runs last in [wipe]. */
    private val afterWipe: () -> Unit = {},
) : StoreAccess {
    @Volatile
    private var open: CairnCompanion? = null

    /** The companion the session has open, if any (the alarms read the plan through it). */
    fun live(): CairnCompanion? = open?.takeUnless { it.uniffiIsDestroyed }

    override fun exists(): Boolean = storeFile.exists()

    override var passphraseSet: Boolean
        get() = passphraseFlag.value
        set(value) {
            passphraseFlag.value = value
        }

    /**
     * Opens the store with the platform key, or creates it. A store that exists never gets a new
     * key (its blob being gone is an error the rescue screen handles). The session's companion
     * is handed out again while it is open, so two starts in a row never open the file twice.
     */
    @Synchronized
    override fun openWithPlatformKey(timeZone: String): CairnCompanion {
        live()?.let { return it }
        val create = !exists()
        val opened = openWithKey(storeFile, PlatformKeyStore(marks = marks) { keys.key(create) }, timeZone)
        open = opened
        return opened
    }

    @Synchronized
    override fun openWithPassphrase(passphrase: String): CairnCompanion {
        live()?.let { return it }
        val opened = core.openWithPassphrase(storeFile.path, passphrase, java.time.ZoneId.systemDefault().id)
        open = opened
        return opened
    }

    /**
     * The store opened for a receiver while the app is closed (the caller closes it). Never
     * creates one, and never becomes the session's.
     */
    @Synchronized
    fun openTransient(timeZone: String): CairnCompanion =
        openWithKey(storeFile, PlatformKeyStore(marks = marks) { keys.key(create = false) }, timeZone)

    /** Opens [file] with [keyStore], then clears every key it handed out, whatever happened. */
    private fun openWithKey(
        file: File,
        keyStore: PlatformKeyStore,
        timeZone: String,
    ): CairnCompanion =
        try {
            core.openWithKeyStore(file.path, keyStore, timeZone)
        } finally {
            keyStore.clearHandedOut()
        }

    /** The store for a backup's trial import, under a throwaway key that never leaves memory. */
    override fun openScratch(timeZone: String): CairnCompanion {
        discardScratch()
        val key = ByteArray(KeyWrapper.KEY_BYTES).also { SecureRandom().nextBytes(it) }
        return try {
            openWithKey(scratchFile, PlatformKeyStore { key.copyOf() }, timeZone)
        } finally {
            key.fill(0)
        }
    }

    /** A trial-import store a killed process left behind, deleted (only loads the core if there is one). */
    fun clearScratchLeftovers() {
        if (STORE_SUFFIXES.any { File(scratchFile.path + it).exists() }) discardScratch()
    }

    /** The core wipes the scratch store; its key only ever lived in memory, so there is none to destroy. */
    override fun discardScratch() {
        try {
            core.wipeStore(scratchFile.path, PlatformKeyStore { throw IllegalStateException("no key") })
        } catch (_: Exception) {
            // The core deleted what it could; a leftover is retried at the next start.
        }
    }

    /**
     * Deletes everything through the core's wipe alone: it destroys the platform key first (the
     * wrapped key file, then the key-store key, each tried even when the other failed), then
     * overwrites and deletes every file of the store, whatever failed before. What the alarms and
     * the widget remember goes last.
     */
    override fun wipe() {
        wipeSteps()
    }

    /** [wipe], returning the steps that failed (for the tests; the screen shows first run either way). */
    @Synchronized
    fun wipeSteps(): List<String> {
        open = null
        val failed = mutableListOf<String>()

        fun step(
            name: String,
            action: () -> Unit,
        ) {
            try {
                action()
            } catch (_: Exception) {
                failed += name
            }
        }
        val destroy = {
            step("wrapped key") { keys.deleteBlob() }
            step("key store key") { keys.deleteWrappingKey() }
            if (failed.isNotEmpty()) throw java.io.IOException("the platform key was not destroyed")
        }
        // The key steps record their own failures; the core's answer says whether files remain.
        val keyStore = PlatformKeyStore(destroy, marks) { keys.key(create = false) }
        try {
            core.wipeStore(storeFile.path, keyStore)
        } catch (_: app.cairn.core.CairnException.KeyUnavailable) {
            // Only the key failed, and that is already recorded: every file is gone.
        } catch (_: Exception) {
            failed += "store"
        }
        step("remembered plan and widget") { afterWipe() }
        return failed
    }

    private companion object {
        /** SQLite's database, write-ahead log, shared memory and rollback journal. */
        val STORE_SUFFIXES = listOf("", "-wal", "-shm", "-journal")
    }
}
