package app.cairn.android.key

import app.cairn.core.CommitMark

/**
 * Where the store's commit mark is kept, outside the store's files: the core compares it at
 * every open to notice an older copy of the whole store put back (see `KeyStore` in the core's
 * FFI). [read] returns null when there is none yet or it cannot be read, so a lost mark never
 * locks the person out.
 */
interface CommitMarks {
    fun read(): CommitMark?

    fun write(mark: CommitMark)

    fun delete()
}

/** No mark kept: the scratch store a backup is checked in, which lives minutes. */
object NoCommitMarks : CommitMarks {
    override fun read(): CommitMark? = null

    override fun write(mark: CommitMark) = Unit

    override fun delete() = Unit
}

/**
 * The mark in a [SealedFile] in `noBackupFilesDir`: sealed, because the count of writes says how
 * often the person uses the app; in no backup, because a mark restored with old files would
 * hide exactly what it is there to catch. Its text is the store's id, a space and the counter.
 */
class SealedCommitMarks(
    private val file: SealedFile,
) : CommitMarks {
    override fun read(): CommitMark? {
        val text = file.read()?.toString(Charsets.US_ASCII) ?: return null
        val parts = text.split(' ')
        if (parts.size != 2 || !ID.matches(parts[0])) return null
        val counter = parts[1].toULongOrNull() ?: return null
        return CommitMark(store = parts[0], counter = counter)
    }

    override fun write(mark: CommitMark) = file.write("${mark.store} ${mark.counter}".toByteArray(Charsets.US_ASCII))

    override fun delete() {
        file.delete()
    }

    private companion object {
        val ID = Regex("[0-9a-f]{32}")
    }
}
