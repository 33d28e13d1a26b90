package app.cairn.android.platform

import app.cairn.android.key.KeyWrapper
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

    fun wipeStore(path: String): Boolean
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

    override fun wipeStore(path: String): Boolean = app.cairn.ffi.wipeStore(path)
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
        val opened = core.openWithKeyStore(storeFile.path, PlatformKeyStore { keys.key(create) }, timeZone)
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
        core.openWithKeyStore(storeFile.path, PlatformKeyStore { keys.key(create = false) }, timeZone)

    /** The store for a backup's trial import, under a throwaway key that never leaves memory. */
    override fun openScratch(timeZone: String): CairnCompanion {
        discardScratch()
        val key = ByteArray(KeyWrapper.KEY_BYTES).also { SecureRandom().nextBytes(it) }
        return core.openWithKeyStore(scratchFile.path, PlatformKeyStore { key.copyOf() }, timeZone)
    }

    /** A trial-import store a killed process left behind, deleted (only loads the core if there is one). */
    fun clearScratchLeftovers() {
        if (STORE_SUFFIXES.any { File(scratchFile.path + it).exists() }) discardScratch()
    }

    override fun discardScratch() {
        try {
            core.wipeStore(scratchFile.path)
        } catch (_: Exception) {
            // The files go below either way.
        }
        deleteStoreFiles(scratchFile)
    }

    /**
     * Deletes everything, in an order where a failure never leaves the key while the data is
     * gone: the store (the core destroys its wrapped keys, then the files), then the platform
     * key's blob, then the key-store key, then what the alarms and widget remember. Each step
     * runs even when the one before failed, so whatever remains cannot be read.
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
        step("store") { core.wipeStore(storeFile.path) }
        step("store files") { deleteStoreFiles(storeFile) }
        step("wrapped key") { keys.deleteBlob() }
        step("key store key") { keys.deleteWrappingKey() }
        step("remembered plan and widget") { afterWipe() }
        return failed
    }

    private fun deleteStoreFiles(store: File) {
        val leftovers = STORE_SUFFIXES.map { File(store.path + it) }.filter { it.exists() && !it.delete() }
        if (leftovers.isNotEmpty()) throw java.io.IOException("${leftovers.size} store files remain")
    }

    private companion object {
        /** SQLite's database, write-ahead log, shared memory and rollback journal. */
        val STORE_SUFFIXES = listOf("", "-wal", "-shm", "-journal")
    }
}
