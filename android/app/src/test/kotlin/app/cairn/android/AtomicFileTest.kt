package app.cairn.android

import app.cairn.android.key.AtomicFile
import app.cairn.android.key.Durability
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.io.FileOutputStream
import java.io.IOException

/**
 * Records each fsync and what the disk held at that moment, instead of calling fsync (the JVM
 * tests cannot pull the power); [failFileSync] makes the file's fsync fail like a full disk.
 */
class RecordingDurability(
    private val watch: File? = null,
    private val failFileSync: Boolean = false,
) : Durability {
    val events = mutableListOf<String>()

    override fun syncFile(stream: FileOutputStream) {
        // The data must be complete in the descriptor being synced, before any rename.
        stream.channel.force(true)
        events += "sync file (${stream.channel.size()} bytes), target holds ${watch?.takeIf { it.exists() }?.readText() ?: "nothing"}"
        if (failFileSync) throw IOException("no space left on device")
    }

    override fun syncDirectory(directory: File) {
        events += "sync folder ${directory.name}, target holds ${watch?.takeIf { it.exists() }?.readText() ?: "nothing"}"
    }
}

class AtomicFileTest {
    @Test
    fun `the file is fsync'd before the rename and the folder after it`(
        @TempDir dir: File,
    ) {
        val target = File(dir, "keys/cairn-key.bin")
        val durability = RecordingDurability(watch = target)
        val file = AtomicFile(target, durability)
        file.write("old".toByteArray())
        durability.events.clear()

        file.write("newer".toByteArray())
        assertEquals(
            listOf(
                "sync file (5 bytes), target holds old",
                "sync folder keys, target holds newer",
            ),
            durability.events,
        )
        assertEquals("newer", target.readText())
        assertFalse(File(dir, "keys/cairn-key.bin.tmp").exists())
    }

    @Test
    fun `a failed write leaves the old file whole and no temporary behind`(
        @TempDir dir: File,
    ) {
        val target = File(dir, "cairn-key.bin")
        AtomicFile(target, RecordingDurability()).write("the only key".toByteArray())
        val failing = AtomicFile(target, RecordingDurability(failFileSync = true))
        assertThrows(IOException::class.java) { failing.write("replacement".toByteArray()) }
        assertEquals("the only key", target.readText())
        assertFalse(File(dir, "cairn-key.bin.tmp").exists())
    }

    @Test
    fun `a rename that cannot happen fails loudly and keeps the old file`(
        @TempDir dir: File,
    ) {
        // A folder where the file should be: rename cannot replace it.
        val target = File(dir, "blocked").apply { mkdirs() }
        File(target, "inside").writeText("x")
        assertThrows(IOException::class.java) { AtomicFile(target, RecordingDurability()).write(ByteArray(3)) }
        assertTrue(target.isDirectory)
        assertFalse(File(dir, "blocked.tmp").exists())
    }

    @Test
    fun `reads what was written, nothing before, and deletes a crash's temporary too`(
        @TempDir dir: File,
    ) {
        val target = File(dir, "plan.bin")
        val file = AtomicFile(target, RecordingDurability())
        assertNull(file.read())
        file.write(byteArrayOf(1, 2, 3))
        assertArrayEquals(byteArrayOf(1, 2, 3), file.read())
        File(dir, "plan.bin.tmp").writeText("left by a crash")
        assertTrue(file.delete())
        assertFalse(target.exists())
        assertFalse(File(dir, "plan.bin.tmp").exists())
        assertTrue(file.delete(), "deleting nothing is fine")
    }
}
