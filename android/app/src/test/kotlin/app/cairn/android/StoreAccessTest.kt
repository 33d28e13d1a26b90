package app.cairn.android

import app.cairn.android.key.KeyWrapper
import app.cairn.android.platform.AndroidStoreAccess
import app.cairn.android.platform.CoreFiles
import app.cairn.android.platform.Flag
import app.cairn.ffi.CairnCompanion
import app.cairn.ffi.KeyStore
import app.cairn.ffi.NoHandle
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotSame
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.security.SecureRandom

class MemoryFlag(
    override var value: Boolean = false,
) : Flag

/** The core's open and wipe, faked: the key is asked for as the core does, and files appear. */
class FakeCore(
    private val events: MutableList<String>,
) : CoreFiles {
    var failWipe = false

    /** Copies of the keys the core was given, as the core copies them. */
    val keysSeen = mutableListOf<ByteArray>()

    /** The arrays the key store handed out, which the shell must zero once the open is done. */
    val keysHandedOut = mutableListOf<ByteArray>()

    override fun openWithKeyStore(
        path: String,
        keyStore: KeyStore,
        timeZone: String,
    ): CairnCompanion {
        val key = keyStore.platformKey()
        keysHandedOut += key
        keysSeen += key.copyOf()
        File(path).apply { parentFile.mkdirs() }.writeText("store")
        events += "open ${File(path).name}"
        return CairnCompanion(NoHandle)
    }

    override fun openWithPassphrase(
        path: String,
        passphrase: String,
        timeZone: String,
    ): CairnCompanion {
        events += "open ${File(path).name} with passphrase"
        return CairnCompanion(NoHandle)
    }

    /** As the core does: the key first, then every file whatever failed, then the report. */
    override fun wipeStore(
        path: String,
        keyStore: KeyStore,
    ): Boolean {
        val keyFailure = runCatching { keyStore.destroyKey() }.exceptionOrNull()
        events += "wipe ${File(path).name}"
        if (failWipe) throw app.cairn.core.CairnException.Io("read-only disk")
        val files = File(path).parentFile.listFiles { file -> file.name.startsWith(File(path).name) }.orEmpty()
        val existed = files.isNotEmpty()
        files.forEach { it.delete() }
        if (keyFailure != null) throw app.cairn.core.CairnException.KeyUnavailable(keyFailure.message ?: "")
        return existed
    }
}

class StoreAccessTest {
    private val random = SecureRandom()
    private val events = mutableListOf<String>()
    private val cipher = SoftwareCipher(events)
    private val blobs = MemoryBlobs(events)
    private val core = FakeCore(events)

    private fun access(dir: File) =
        AndroidStoreAccess(
            storeFile = File(dir, "cairn.db"),
            scratchFile = File(dir, "cache/restore-check.db"),
            keys = KeyWrapper(cipher, blobs) { size -> ByteArray(size).also(random::nextBytes) },
            passphraseFlag = MemoryFlag(),
            core = core,
            afterWipe = { events += "forget plan and widget" },
        )

    @Test
    fun `wipe is the core's, the wrapped key and the key-store key first, then the files`(
        @TempDir dir: File,
    ) {
        val store = access(dir)
        store.openWithPlatformKey("Europe/Dublin").close()
        File(dir, "cairn.db-wal").writeText("log")
        File(dir, "cairn.db.before-import").writeText("the store an import replaced")
        events.clear()
        assertEquals(emptyList<String>(), store.wipeSteps())
        assertEquals(listOf("wrapped key deleted", "key store key deleted", "wipe cairn.db", "forget plan and widget"), events)
        assertFalse(store.exists())
        assertFalse(File(dir, "cairn.db-wal").exists())
        assertFalse(File(dir, "cairn.db.before-import").exists())
        assertNull(blobs.blob)
    }

    @Test
    fun `a failing step never stops the next, so the key never outlives the data`(
        @TempDir dir: File,
    ) {
        val store = access(dir)
        store.openWithPlatformKey("Europe/Dublin").close()
        core.failWipe = true
        blobs.failDelete = true
        events.clear()
        assertEquals(listOf("wrapped key", "store"), store.wipeSteps())
        assertEquals(listOf("wrapped key deleted", "key store key deleted", "wipe cairn.db", "forget plan and widget"), events)
        // The key-store key went even though the blob could not: whatever file remains is unreadable.
        assertThrows(IllegalStateException::class.java) { cipher.seal(ByteArray(1)) }
    }

    @Test
    fun `a key store that fails still leaves no data behind`(
        @TempDir dir: File,
    ) {
        val store = access(dir)
        store.openWithPlatformKey("Europe/Dublin").close()
        cipher.failDestroy = true
        assertEquals(listOf("key store key"), store.wipeSteps())
        assertFalse(store.exists())
        assertNull(blobs.blob)
    }

    @Test
    fun `first run makes a key, and an existing store without its key gets none`(
        @TempDir dir: File,
    ) {
        val store = access(dir)
        assertFalse(store.exists())
        store.openWithPlatformKey("Europe/Dublin").close()
        assertTrue(store.exists())
        assertEquals(1, blobs.writes)

        blobs.blob = null // the wrapped key was lost
        assertThrows(app.cairn.ffi.KeyStoreException.Unavailable::class.java) { store.openWithPlatformKey("Europe/Dublin") }
        assertNull(blobs.blob, "no new key for a store that exists")
        assertThrows(app.cairn.ffi.KeyStoreException.Unavailable::class.java) { store.openTransient("Europe/Dublin") }
    }

    @Test
    fun `two starts in a row share the open store, and a closed one is opened again`(
        @TempDir dir: File,
    ) {
        val store = access(dir)
        val first = store.openWithPlatformKey("Europe/Dublin")
        assertSame(first, store.openWithPlatformKey("Europe/Dublin"))
        assertSame(first, store.live())
        first.close()
        assertNull(store.live())
        val again = store.openWithPlatformKey("Europe/Dublin")
        assertNotSame(first, again)
        assertEquals(listOf("open cairn.db", "open cairn.db"), events.filter { it.startsWith("open") })
    }

    @Test
    fun `the trial-import store is in the cache under a throwaway key, and goes`(
        @TempDir dir: File,
    ) {
        val store = access(dir)
        store.openWithPlatformKey("Europe/Dublin").close()
        store.openScratch("Europe/Dublin").close()
        store.openScratch("Europe/Dublin").close()
        val (storeKey, scratchKey, nextScratchKey) = core.keysSeen
        assertFalse(storeKey.contentEquals(scratchKey))
        assertNotEquals(scratchKey.toList(), nextScratchKey.toList())
        assertTrue(File(dir, "cache/restore-check.db").exists())
        assertEquals(1, blobs.writes, "the scratch key is never stored")
        assertTrue(core.keysHandedOut.all { key -> key.all { it == 0.toByte() } }, "no key is left on the heap")
        store.discardScratch()
        assertFalse(File(dir, "cache/restore-check.db").exists())
        assertArrayEquals(storeKey, KeyWrapper(cipher, blobs) { ByteArray(it) }.key(create = false))
    }

    @Test
    fun `whether a passphrase is set is remembered outside the store`(
        @TempDir dir: File,
    ) {
        val flag = MemoryFlag()
        val store =
            AndroidStoreAccess(File(dir, "cairn.db"), File(dir, "scratch.db"), KeyWrapper(cipher, blobs) { ByteArray(it) }, flag, core)
        assertFalse(store.passphraseSet)
        store.passphraseSet = true
        assertTrue(flag.value)
    }
}
