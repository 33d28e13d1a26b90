package app.cairn.android

import app.cairn.android.key.AeadCipher
import app.cairn.android.key.BlobStore
import app.cairn.android.key.FileBlobStore
import app.cairn.android.key.KeyWrapException
import app.cairn.android.key.KeyWrapper
import app.cairn.android.key.PlatformKeyStore
import app.cairn.android.key.Sealed
import app.cairn.android.key.WrappedKeyFormat
import app.cairn.core.KeyStoreException
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
class SoftwareCipher : AeadCipher {
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

    override fun destroy() {
        key = null
    }
}

class MemoryBlobs : BlobStore {
    var blob: ByteArray? = null
    var writes = 0

    override fun read(): ByteArray? = blob?.copyOf()

    override fun write(bytes: ByteArray) {
        blob = bytes.copyOf()
        writes++
    }

    override fun delete() {
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
        val again = KeyWrapper(cipher, blobs, bytes).key()
        assertArrayEquals(first, again)
        assertEquals(1, blobs.writes)
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
    fun `destroy deletes the blob and the wrapping key`() {
        val cipher = SoftwareCipher()
        val blobs = MemoryBlobs()
        val wrapper = KeyWrapper(cipher, blobs, bytes)
        wrapper.key()
        wrapper.destroy()
        assertNull(blobs.blob)
        assertThrows(IllegalStateException::class.java) { cipher.seal(ByteArray(1)) }
    }

    @Test
    fun `the blob format rejects what it did not write`() {
        assertThrows(KeyWrapException::class.java) { WrappedKeyFormat.decode(ByteArray(0)) }
        assertThrows(KeyWrapException::class.java) { WrappedKeyFormat.decode("XKW1".toByteArray() + byteArrayOf(12) + ByteArray(40)) }
        assertThrows(KeyWrapException::class.java) { WrappedKeyFormat.decode("CKW1".toByteArray() + byteArrayOf(12) + ByteArray(12)) }
        val sealed = WrappedKeyFormat.decode(WrappedKeyFormat.encode(Sealed(ByteArray(12) { 1 }, ByteArray(48) { 2 })))
        assertArrayEquals(ByteArray(12) { 1 }, sealed.iv)
        assertArrayEquals(ByteArray(48) { 2 }, sealed.ciphertext)
    }

    @Test
    fun `the file blob store writes atomically and deletes`(
        @TempDir dir: File,
    ) {
        val file = File(dir, "nested/key.bin")
        val store = FileBlobStore(file)
        assertNull(store.read())
        val key = KeyWrapper(SoftwareCipher(), store, bytes).key()
        assertEquals(32, key.size)
        assertTrue(file.exists())
        assertFalse(File(dir, "nested/key.bin.tmp").exists())
        store.delete()
        assertNull(store.read())
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
