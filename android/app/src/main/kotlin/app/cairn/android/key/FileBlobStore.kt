package app.cairn.android.key

import java.io.File
import java.io.IOException

/** [BlobStore] in one file, replaced atomically through a temporary file and a rename. */
class FileBlobStore(
    private val file: File,
) : BlobStore {
    override fun read(): ByteArray? = if (file.exists()) file.readBytes() else null

    override fun write(bytes: ByteArray) {
        file.parentFile?.mkdirs()
        val temporary = File(file.path + ".tmp")
        temporary.writeBytes(bytes)
        if (!temporary.renameTo(file)) {
            temporary.delete()
            throw IOException("could not store the wrapped key")
        }
    }

    override fun delete() {
        file.delete()
    }
}
