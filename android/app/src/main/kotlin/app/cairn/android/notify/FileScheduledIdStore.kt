package app.cairn.android.notify

import java.io.File
import java.io.IOException

/**
 * [ScheduledIdStore] in a small file (one id per line) under `noBackupFilesDir`. Writes go to a
 * temporary file that is then renamed over the old one, so a crash leaves either set whole.
 * The ids are the core's opaque notification ids; they carry no personal text.
 */
class FileScheduledIdStore(
    private val file: File,
) : ScheduledIdStore {
    override fun load(): Set<String> {
        if (!file.exists()) return emptySet()
        return file
            .readLines(Charsets.UTF_8)
            .map { it.trim() }
            .filter { it.isNotEmpty() }
            .toSet()
    }

    override fun save(ids: Set<String>) {
        file.parentFile?.mkdirs()
        val temporary = File(file.path + ".tmp")
        temporary.writeText(ids.sorted().joinToString(separator = "") { it + "\n" }, Charsets.UTF_8)
        if (!temporary.renameTo(file)) {
            temporary.delete()
            throw IOException("could not replace the scheduled notification list")
        }
    }
}
