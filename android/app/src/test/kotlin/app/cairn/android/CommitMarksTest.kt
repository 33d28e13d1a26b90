package app.cairn.android

import app.cairn.android.key.AtomicFile
import app.cairn.android.key.PlatformKeyStore
import app.cairn.android.key.SealedCommitMarks
import app.cairn.android.key.SealedFile
import app.cairn.core.CommitMark
import app.cairn.ffi.KeyStoreException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File

/** The commit mark kept beside the key, and the keys the platform key store hands out. */
class CommitMarksTest {
    @TempDir
    lateinit var dir: File

    private val mark = CommitMark(store = "0123456789abcdef0123456789abcdef", counter = 41uL)

    private fun marks(cipher: SoftwareCipher = SoftwareCipher()): Pair<SealedCommitMarks, SealedFile> {
        val file = SealedFile(AtomicFile(File(dir, "commit-mark.bin"), RecordingDurability()), cipher)
        return SealedCommitMarks(file) to file
    }

    @Test
    fun `a mark round-trips sealed, and the file does not show the counter`() {
        val (marks, _) = marks()
        assertNull(marks.read(), "no mark yet")
        marks.write(mark)
        assertEquals(mark, marks.read())
        val raw = File(dir, "commit-mark.bin").readBytes().toString(Charsets.ISO_8859_1)
        assertFalse(raw.contains("41") && raw.contains(mark.store), "the mark is sealed")
        marks.delete()
        assertNull(marks.read())
    }

    @Test
    fun `a mark that does not open or parse reads as none, so nobody is locked out`() {
        val (marks, file) = marks()
        for (text in listOf("", "nothing", "0123 41", "${mark.store} -1", "${mark.store} 41 9", "${mark.store.uppercase()} 41")) {
            file.write(text.toByteArray())
            assertNull(marks.read(), text)
        }
        File(dir, "commit-mark.bin").writeBytes(ByteArray(40) { 7 })
        assertNull(marks.read())
    }

    @Test
    fun `the key store keeps the mark, and destroying the key forgets it even when the key fails`() {
        val (marks, _) = marks()
        val keyStore = PlatformKeyStore(destroy = { throw IllegalStateException("key store down") }, marks = marks) { ByteArray(32) }
        keyStore.rememberCommitMark(mark)
        assertEquals(mark, keyStore.lastCommitMark())
        assertThrows(KeyStoreException.Unavailable::class.java) { keyStore.destroyKey() }
        assertNull(keyStore.lastCommitMark(), "the mark went with the key")
    }

    @Test
    fun `every key handed out is filled with zeros once the open is done`() {
        val keyStore = PlatformKeyStore { ByteArray(32) { 9 } }
        val first = keyStore.platformKey()
        val second = keyStore.platformKey()
        keyStore.clearHandedOut()
        assertTrue(first.all { it == 0.toByte() } && second.all { it == 0.toByte() })
    }
}
