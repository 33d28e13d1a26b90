package app.cairn.android.key

import android.system.ErrnoException
import android.system.Os
import android.system.OsConstants
import java.io.File
import java.io.FileOutputStream
import java.io.IOException

/**
 * How a written file is made durable: the file's data is flushed to the disk before the rename
 * that publishes it, and the folder after it, so that a power cut leaves either the old file or
 * the new one whole, never an empty or half-written one.
 */
interface Durability {
    /** Flushes what was written through [stream] to the storage device (fsync). */
    fun syncFile(stream: FileOutputStream)

    /** Flushes the folder's entries (the rename) to the storage device. */
    fun syncDirectory(directory: File)
}

/** fsync through the file descriptor, and through `Os` for the folder (Android has no API for that). */
object SystemDurability : Durability {
    override fun syncFile(stream: FileOutputStream) {
        stream.fd.sync()
    }

    override fun syncDirectory(directory: File) {
        try {
            val descriptor = Os.open(directory.path, OsConstants.O_RDONLY, 0)
            try {
                Os.fsync(descriptor)
            } finally {
                Os.close(descriptor)
            }
        } catch (_: ErrnoException) {
            // Some file systems refuse fsync on a folder; the file itself is already on disk.
        }
    }
}

/**
 * One small file replaced atomically: written whole to `<name>.tmp`, fsync'd, renamed over the
 * old file (rename is atomic within a folder), then the folder is fsync'd. A failure at any step
 * leaves the old file as it was and no temporary file behind.
 */
class AtomicFile(
    val file: File,
    private val durability: Durability = SystemDurability,
) {
    private val temporary: File get() = File(file.path + ".tmp")

    fun read(): ByteArray? = if (file.isFile) file.readBytes() else null

    fun write(bytes: ByteArray) {
        val folder = file.absoluteFile.parentFile ?: throw IOException("no folder for ${file.name}")
        if (!folder.isDirectory && !folder.mkdirs()) throw IOException("could not create the folder for ${file.name}")
        val temporary = temporary
        try {
            FileOutputStream(temporary).use { stream ->
                stream.write(bytes)
                stream.flush()
                durability.syncFile(stream)
            }
            if (!temporary.renameTo(file)) throw IOException("could not replace ${file.name}")
            durability.syncDirectory(folder)
        } catch (failure: Throwable) {
            temporary.delete()
            throw failure
        }
    }

    /** Deletes the file (and any temporary left by a crash); true when neither exists afterwards. */
    fun delete(): Boolean {
        temporary.delete()
        return !file.exists() || file.delete()
    }
}
