package app.cairn.android.key

/** An initialisation vector and the ciphertext (with its tag) it produced. */
class Sealed(
    val iv: ByteArray,
    val ciphertext: ByteArray,
)

/**
 * An AEAD cipher under a key the shell cannot read: `AndroidKeyStoreCipher` on a device (a
 * non-exportable AES-GCM key in AndroidKeyStore), a software AES-GCM in tests.
 */
interface AeadCipher {
    fun seal(plaintext: ByteArray): Sealed

    fun open(sealed: Sealed): ByteArray

    /** Forgets the wrapping key (everything is being deleted). */
    fun destroy()
}

/** Where the wrapped key blob lives: a file in `noBackupFilesDir` on a device. */
interface BlobStore {
    fun read(): ByteArray?

    fun write(bytes: ByteArray)

    fun delete()
}

/** The wrapped key could not be used; the reason names no secret. */
class KeyWrapException(
    reason: String,
) : Exception(reason)

/**
 * The core's 32-byte key, created at random the first time and kept only wrapped by the
 * platform key. An existing blob is never replaced: if it cannot be unwrapped the call fails
 * (the core then reports the key as unavailable) rather than silently making a new key that
 * could never open the existing store.
 */
class KeyWrapper(
    private val cipher: AeadCipher,
    private val blobs: BlobStore,
    private val random: (Int) -> ByteArray,
) {
    @Synchronized
    fun key(): ByteArray {
        val existing = blobs.read()
        if (existing != null) return unwrap(existing)
        val key = random(KEY_BYTES)
        if (key.size != KEY_BYTES) throw KeyWrapException("random source gave ${key.size} bytes")
        val blob = WrappedKeyFormat.encode(cipher.seal(key))
        blobs.write(blob)
        // Read back what was stored, so a key that cannot be recovered is never handed out.
        val stored = blobs.read() ?: throw KeyWrapException("wrapped key was not stored")
        val check = unwrap(stored)
        if (!check.contentEquals(key)) throw KeyWrapException("wrapped key does not round-trip")
        return key
    }

    /** Deletes the blob and the wrapping key: the crypto-shredding half of "delete everything". */
    @Synchronized
    fun destroy() {
        blobs.delete()
        cipher.destroy()
    }

    private fun unwrap(blob: ByteArray): ByteArray {
        val key = cipher.open(WrappedKeyFormat.decode(blob))
        if (key.size != KEY_BYTES) throw KeyWrapException("unwrapped key has ${key.size} bytes")
        return key
    }

    companion object {
        const val KEY_BYTES = 32
    }
}

/**
 * The wrapped key file: the 4 bytes `CKW1`, one byte giving the IV length, the IV, then the
 * AES-GCM ciphertext and tag of the 32-byte key.
 */
object WrappedKeyFormat {
    private val MAGIC = byteArrayOf('C'.code.toByte(), 'K'.code.toByte(), 'W'.code.toByte(), '1'.code.toByte())

    fun encode(sealed: Sealed): ByteArray {
        require(sealed.iv.size in 1..255) { "IV length" }
        return MAGIC + byteArrayOf(sealed.iv.size.toByte()) + sealed.iv + sealed.ciphertext
    }

    fun decode(blob: ByteArray): Sealed {
        if (blob.size < MAGIC.size + 1 || !blob.copyOfRange(0, MAGIC.size).contentEquals(MAGIC)) {
            throw KeyWrapException("not a wrapped key")
        }
        val ivLength = blob[MAGIC.size].toInt() and 0xFF
        val ivStart = MAGIC.size + 1
        if (ivLength == 0 || blob.size <= ivStart + ivLength) throw KeyWrapException("wrapped key is truncated")
        return Sealed(
            iv = blob.copyOfRange(ivStart, ivStart + ivLength),
            ciphertext = blob.copyOfRange(ivStart + ivLength, blob.size),
        )
    }
}
