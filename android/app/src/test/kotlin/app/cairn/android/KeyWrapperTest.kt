package app.cairn.android

import android.security.keystore.StrongBoxUnavailableException
import app.cairn.android.key.AeadCipher
import app.cairn.android.key.AtomicFile
import app.cairn.android.key.BlobStore
import app.cairn.android.key.FileBlobStore
import app.cairn.android.key.KeyGeneration
import app.cairn.android.key.KeyWrapException
import app.cairn.android.key.KeyWrapper
import app.cairn.android.key.PlatformKeyStore
import app.cairn.android.key.Sealed
import app.cairn.android.key.SealedFile
import app.cairn.android.key.SealedFormat
import app.cairn.ffi.KeyStoreException
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/** AES-256-GCM in software, standing in for the AndroidKeyStore key. */
class SoftwareCipher(
    private val events: MutableList<String>? = null,
) : AeadCipher {
    private var key: SecretKey? = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()

    override fun seal(plaintext: ByteArray): Sealed {
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key ?: throw IllegalStateException("destroyed"))
        return Sealed(cipher.iv, cipher.doFinal(plaintext))
    }

    override fun open(sealed: Sealed): ByteArray {
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key ?: throw IllegalStateException("destroyed"), GCMParameterSpec(128, sealed.iv))
        return cipher.doFinal(sealed.ciphertext)
    }

    var failDestroy = false

    override fun destroy() {
        events?.add("key store key deleted")
        if (failDestroy) throw IllegalStateException("key store unavailable")
        key = null
    }
}

class MemoryBlobs(
    private val events: MutableList<String>? = null,
) : BlobStore {
    var blob: ByteArray? = null
    var writes = 0
    var failDelete = false

    override fun read(): ByteArray? = blob?.copyOf()

    override fun write(bytes: ByteArray) {
        blob = bytes.copyOf()
        writes++
    }

    override fun delete() {
        events?.add("wrapped key deleted")
        if (failDelete) throw java.io.IOException("read-only")
        blob = null
    }
}

class KeyWrapperTest {
    private val random = SecureRandom()
    private val bytes: (Int) -> ByteArray = { size -> ByteArray(size).also { random.nextBytes(it) } }

    @Test
    fun `creates a random 32-byte key once and returns it ever after`() {
        val cipher = SoftwareCipher()
        val blobs = MemoryBlobs()
        val first = KeyWrapper(cipher, blobs, bytes).key()
        assertEquals(32, first.size)
        assertEquals(1, blobs.writes)
        val again = KeyWrapper(cipher, blobs, bytes).key(create = false)
        assertArrayEquals(first, again)
        assertEquals(1, blobs.writes)
    }

    @Test
    fun `a store that exists without its blob gets no new key`() {
        val blobs = MemoryBlobs()
        assertThrows(KeyWrapException::class.java) { KeyWrapper(SoftwareCipher(), blobs, bytes).key(create = false) }
        assertNull(blobs.blob)
        assertEquals(0, blobs.writes)
    }

    @Test
    fun `the stored blob never holds the key in the clear`() {
        val blobs = MemoryBlobs()
        val key = KeyWrapper(SoftwareCipher(), blobs, bytes).key()
        val blob = blobs.blob!!
        val hex = blob.joinToString("") { "%02x".format(it) }
        assertFalse(hex.contains(key.joinToString("") { "%02x".format(it) }))
        assertArrayEquals("CKW1".toByteArray(), blob.copyOfRange(0, 4))
        assertEquals(12, blob[4].toInt())
        assertEquals(4 + 1 + 12 + 32 + 16, blob.size)
    }

    @Test
    fun `a damaged blob fails and is never replaced`() {
        val cipher = SoftwareCipher()
        val blobs = MemoryBlobs()
        KeyWrapper(cipher, blobs, bytes).key()
        val damaged = blobs.blob!!.also { it[it.size - 1] = (it[it.size - 1].toInt() xor 1).toByte() }
        blobs.blob = damaged
        assertThrows(Exception::class.java) { KeyWrapper(cipher, blobs, bytes).key() }
        assertArrayEquals(damaged, blobs.blob)
        assertEquals(1, blobs.writes)
    }

    @Test
    fun `a lost wrapping key fails rather than making a new store key`() {
        val blobs = MemoryBlobs()
        KeyWrapper(SoftwareCipher(), blobs, bytes).key()
        assertThrows(Exception::class.java) { KeyWrapper(SoftwareCipher(), blobs, bytes).key() }
        assertEquals(1, blobs.writes)
    }

    @Test
    fun `a short random source is refused`() {
        val blobs = MemoryBlobs()
        assertThrows(KeyWrapException::class.java) { KeyWrapper(SoftwareCipher(), blobs) { ByteArray(16) }.key() }
        assertNull(blobs.blob)
    }

    @Test
    fun `the blob and the wrapping key are deleted separately`() {
        val cipher = SoftwareCipher()
        val blobs = MemoryBlobs()
        val wrapper = KeyWrapper(cipher, blobs, bytes)
        wrapper.key()
        wrapper.deleteBlob()
        assertNull(blobs.blob)
        wrapper.deleteWrappingKey()
        assertThrows(IllegalStateException::class.java) { cipher.seal(ByteArray(1)) }
    }

    @Test
    fun `the sealed formats reject what they did not write`() {
        val format = SealedFormat.KEY
        assertThrows(KeyWrapException::class.java) { format.decode(ByteArray(0)) }
        assertThrows(KeyWrapException::class.java) { format.decode("XKW1".toByteArray() + byteArrayOf(12) + ByteArray(40)) }
        assertThrows(KeyWrapException::class.java) { format.decode("CKW1".toByteArray() + byteArrayOf(12) + ByteArray(12)) }
        val encoded = format.encode(Sealed(ByteArray(12) { 1 }, ByteArray(48) { 2 }))
        val sealed = format.decode(encoded)
        assertArrayEquals(ByteArray(12) { 1 }, sealed.iv)
        assertArrayEquals(ByteArray(48) { 2 }, sealed.ciphertext)
        // A key blob is not a snapshot, and the other way round.
        assertThrows(KeyWrapException::class.java) { SealedFormat.SNAPSHOT.decode(encoded) }
    }

    @Test
    fun `the key file is written through an atomic file and deleted`(
        @TempDir dir: File,
    ) {
        val file = File(dir, "nested/key.bin")
        val store = FileBlobStore(AtomicFile(file, RecordingDurability()))
        assertNull(store.read())
        val key = KeyWrapper(SoftwareCipher(), store, bytes).key()
        assertEquals(32, key.size)
        assertTrue(file.exists())
        assertFalse(File(dir, "nested/key.bin.tmp").exists())
        store.delete()
        assertNull(store.read())
        assertFalse(file.exists())
    }

    @Test
    fun `a sealed file is encrypted at rest and reads back, or reads nothing once its key is gone`(
        @TempDir dir: File,
    ) {
        val cipher = SoftwareCipher()
        val file = File(dir, "plan.bin")
        val sealed = SealedFile(AtomicFile(file, RecordingDurability()), cipher)
        assertNull(sealed.read())
        val secret = "30 days clean today".toByteArray()
        sealed.write(secret)
        assertFalse(String(file.readBytes(), Charsets.ISO_8859_1).contains("30 days"))
        assertArrayEquals("CSS1".toByteArray(), file.readBytes().copyOfRange(0, 4))
        assertArrayEquals(secret, sealed.read())
        cipher.destroy()
        assertNull(sealed.read())
        sealed.delete()
        assertFalse(file.exists())
    }

    @Test
    fun `StrongBox is tried first on API 28+, and its absence falls back to the TEE`() {
        val attempts = mutableListOf<Boolean>()
        val key =
            KeyGeneration.withStrongBoxFallback(sdk = 33, wanted = true) { strongBox ->
                attempts += strongBox
                if (strongBox) throw StrongBoxUnavailableException() else "tee"
            }
        assertEquals("tee", key)
        assertEquals(listOf(true, false), attempts)

        attempts.clear()
        assertEquals("strongbox", KeyGeneration.withStrongBoxFallback(33, true) { strongBox -> attempts += strongBox; if (strongBox) "strongbox" else "tee" })
        assertEquals(listOf(true), attempts)

        attempts.clear()
        assertEquals("tee", KeyGeneration.withStrongBoxFallback(27, true) { strongBox -> attempts += strongBox; "tee" })
        assertEquals(listOf(false), attempts, "no StrongBox before API 28")

        attempts.clear()
        KeyGeneration.withStrongBoxFallback(35, false) { strongBox -> attempts += strongBox; "tee" }
        assertEquals(listOf(false), attempts, "the device key never asks for StrongBox")
    }

    @Test
    fun `another StrongBox failure is not mistaken for its absence`() {
        assertThrows(IllegalStateException::class.java) {
            KeyGeneration.withStrongBoxFallback(33, true) { throw IllegalStateException("keystore down") }
        }
    }

    @Test
    fun `the platform key store passes the key through`() {
        val key = ByteArray(32) { it.toByte() }
        assertArrayEquals(key, PlatformKeyStore { key }.platformKey())
    }

    @Test
    fun `any failure, even an Error, becomes Unavailable naming only its class`() {
        val failures: List<Throwable> = listOf(IllegalStateException("secret detail"), OutOfMemoryError("secret"), KeyWrapException("x"))
        for (failure in failures) {
            val thrown = assertThrows(KeyStoreException.Unavailable::class.java) { PlatformKeyStore { throw failure }.platformKey() }
            assertEquals(failure.javaClass.simpleName, thrown.reason)
            assertFalse(thrown.reason.contains("secret"))
        }
    }
}
