package app.cairn.android.key

/** [BlobStore] in one file, replaced atomically and fsync'd ([AtomicFile]). */
class FileBlobStore(
    private val file: AtomicFile,
) : BlobStore {
    override fun read(): ByteArray? = file.read()

    override fun write(bytes: ByteArray) = file.write(bytes)

    override fun delete() {
        if (!file.delete()) throw java.io.IOException("could not delete ${file.file.name}")
    }
}
