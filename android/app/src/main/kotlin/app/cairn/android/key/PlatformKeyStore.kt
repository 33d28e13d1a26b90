package app.cairn.android.key

import app.cairn.core.CommitMark
import app.cairn.ffi.KeyStore
import app.cairn.ffi.KeyStoreException

/**
 * The core's `KeyStore` trait, backed by [source] (`KeyWrapper::key` on a device), [destroy]
 * (deleting the wrapped key file and the key-store key, for the core's wipe) and [marks] (the
 * commit mark kept outside the store). Any failure, even an `Error` from the platform key store,
 * becomes `KeyStoreException.Unavailable` with the failure's class name only, so the core
 * reports "key unavailable" and nothing crashes or leaks. A locked phone is such a failure: the
 * key requires an unlocked device.
 *
 * Every key it hands out is remembered until [clearHandedOut], which fills it with zeros: call
 * it once the open that asked for the key has returned (the core copied the key by then, and
 * wipes its own copy), so the key does not linger on the JVM heap until a collection.
 */
class PlatformKeyStore(
    private val destroy: () -> Unit = {},
    private val marks: CommitMarks = NoCommitMarks,
    private val source: () -> ByteArray,
) : KeyStore {
    private val handedOut = mutableListOf<ByteArray>()

    override fun platformKey(): ByteArray =
        try {
            source().also { key -> synchronized(handedOut) { handedOut += key } }
        } catch (t: Throwable) {
            throw KeyStoreException.Unavailable(t.javaClass.simpleName)
        }

    override fun destroyKey() =
        try {
            try {
                destroy()
            } finally {
                marks.delete()
            }
        } catch (t: Throwable) {
            throw KeyStoreException.Unavailable(t.javaClass.simpleName)
        }

    override fun lastCommitMark(): CommitMark? =
        try {
            marks.read()
        } catch (t: Throwable) {
            throw KeyStoreException.Unavailable(t.javaClass.simpleName)
        }

    override fun rememberCommitMark(mark: CommitMark) =
        try {
            marks.write(mark)
        } catch (t: Throwable) {
            throw KeyStoreException.Unavailable(t.javaClass.simpleName)
        }

    /** Fills every key handed out so far with zeros. */
    fun clearHandedOut() =
        synchronized(handedOut) {
            handedOut.forEach { it.fill(0) }
            handedOut.clear()
        }
}
