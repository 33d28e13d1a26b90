package app.cairn.android.key

import app.cairn.ffi.KeyStore
import app.cairn.ffi.KeyStoreException

/**
 * The core's `KeyStore` trait, backed by [source] (`KeyWrapper::key` on a device) and [destroy]
 * (deleting the wrapped key file and the key-store key, for the core's wipe). Any failure, even
 * an `Error` from the platform key store, becomes `KeyStoreException.Unavailable` with the
 * failure's class name only, so the core reports "key unavailable" and nothing crashes or
 * leaks. A locked phone is such a failure: the key requires an unlocked device.
 */
class PlatformKeyStore(
    private val destroy: () -> Unit = {},
    private val source: () -> ByteArray,
) : KeyStore {
    override fun platformKey(): ByteArray =
        try {
            source()
        } catch (t: Throwable) {
            throw KeyStoreException.Unavailable(t.javaClass.simpleName)
        }

    override fun destroyKey() =
        try {
            destroy()
        } catch (t: Throwable) {
            throw KeyStoreException.Unavailable(t.javaClass.simpleName)
        }
}
