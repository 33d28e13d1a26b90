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
 * could never open the existing store. For the same reason a store that exists without its
 * blob gets no new key ([key] with `create = false`).
 */
class KeyWrapper(
    private val cipher: AeadCipher,
    private val blobs: BlobStore,
    private val random: (Int) -> ByteArray,
) {
    /** The key; with [create], a new one when there is no blob yet (a store is being created). */
    @Synchronized
    fun key(create: Boolean = true): ByteArray {
        val existing = blobs.read()
        if (existing != null) return unwrap(existing)
        if (!create) throw KeyWrapException("the wrapped key is missing")
        val key = random(KEY_BYTES)
        if (key.size != KEY_BYTES) throw KeyWrapException("random source gave ${key.size} bytes")
        val blob = SealedFormat.KEY.encode(cipher.seal(key))
        blobs.write(blob)
        // Read back what was stored, so a key that cannot be recovered is never handed out.
        val stored = blobs.read() ?: throw KeyWrapException("wrapped key was not stored")
        val check = unwrap(stored)
        val same = check.contentEquals(key)
        check.fill(0)
        if (!same) throw KeyWrapException("wrapped key does not round-trip")
        return key
    }

    /** Deletes the wrapped key blob: the first half of crypto-shredding the platform key. */
    @Synchronized
    fun deleteBlob() = blobs.delete()

    /** Deletes the wrapping key from the key store: the second half. */
    @Synchronized
    fun deleteWrappingKey() = cipher.destroy()

    private fun unwrap(blob: ByteArray): ByteArray {
        val key = cipher.open(SealedFormat.KEY.decode(blob))
        if (key.size != KEY_BYTES) throw KeyWrapException("unwrapped key has ${key.size} bytes")
        return key
    }

    companion object {
        const val KEY_BYTES = 32
    }
}

/**
 * A sealed file: 4 magic bytes naming what it holds, one byte giving the IV length, the IV,
 * then the AES-GCM ciphertext and tag. `CKW1` is the wrapped store key; `CSS1` is what the
 * alarms and the widget show while the phone is locked ([SealedFile]).
 */
class SealedFormat private constructor(
    magic: String,
) {
    private val magic = magic.toByteArray(Charsets.US_ASCII)

    fun encode(sealed: Sealed): ByteArray {
        require(sealed.iv.size in 1..255) { "IV length" }
        return magic + byteArrayOf(sealed.iv.size.toByte()) + sealed.iv + sealed.ciphertext
    }

    fun decode(blob: ByteArray): Sealed {
        if (blob.size < magic.size + 1 || !blob.copyOfRange(0, magic.size).contentEquals(magic)) {
            throw KeyWrapException("not a sealed file of this kind")
        }
        val ivLength = blob[magic.size].toInt() and 0xFF
        val ivStart = magic.size + 1
        if (ivLength == 0 || blob.size <= ivStart + ivLength) throw KeyWrapException("sealed file is truncated")
        return Sealed(
            iv = blob.copyOfRange(ivStart, ivStart + ivLength),
            ciphertext = blob.copyOfRange(ivStart + ivLength, blob.size),
        )
    }

    companion object {
        val KEY = SealedFormat("CKW1")
        val SNAPSHOT = SealedFormat("CSS1")
    }
}

/**
 * A small file sealed with a key-store key, replaced atomically. What the alarms and the widget
 * need while the phone is locked lives in such files, so it is encrypted at rest too; the key
 * has no unlocked-device requirement (it must open while the phone is locked) and is deleted
 * with everything else.
 */
class SealedFile(
    private val file: AtomicFile,
    private val cipher: AeadCipher,
) {
    /** The contents, or null when there is none or it does not open (damaged, key gone). */
    fun read(): ByteArray? {
        val blob = file.read() ?: return null
        return try {
            cipher.open(SealedFormat.SNAPSHOT.decode(blob))
        } catch (_: Exception) {
            null
        }
    }

    fun write(bytes: ByteArray) = file.write(SealedFormat.SNAPSHOT.encode(cipher.seal(bytes)))

    fun delete() = file.delete()
}
