package app.cairn.android.platform

import android.app.Activity
import android.content.ContentResolver
import android.content.Intent
import android.net.Uri
import android.os.Handler
import android.os.Looper
import android.provider.DocumentsContract
import app.cairn.android.ui.platform.BackupTarget
import app.cairn.android.ui.platform.ChosenDocument
import app.cairn.android.ui.platform.Documents
import java.io.File
import java.io.IOException
import java.util.UUID
import java.util.concurrent.Executor

/**
 * The system's document pickers (`ACTION_CREATE_DOCUMENT`, `ACTION_OPEN_DOCUMENT`), so a backup
 * can go to and come from any place the person chooses (a USB stick, a cloud drive) without a
 * storage permission, and another app's export can come in. The core reads and writes plain
 * files, so each document passes through a scratch file in the cache folder, copied with the
 * content resolver and deleted afterwards.
 */
class AndroidDocuments(
    private val resolver: ContentResolver,
    private val scratchFolder: File,
    private val bridge: ActivityBridge,
    private val io: Executor,
    private val main: Handler = Handler(Looper.getMainLooper()),
) : Documents {
    override fun createBackup(
        suggestedName: String,
        onChosen: (BackupTarget?) -> Unit,
    ) {
        val intent =
            Intent(Intent.ACTION_CREATE_DOCUMENT)
                .addCategory(Intent.CATEGORY_OPENABLE)
                .setType(BACKUP_MIME_TYPE)
                .putExtra(Intent.EXTRA_TITLE, suggestedName)
        val started =
            bridge.startForResult(intent) { resultCode, data ->
                val uri = data?.data
                onChosen(if (resultCode == Activity.RESULT_OK && uri != null) Target(uri, scratch("export")) else null)
            }
        if (!started) onChosen(null)
    }

    override fun openDocument(onChosen: (ChosenDocument?) -> Unit) {
        val intent =
            Intent(Intent.ACTION_OPEN_DOCUMENT)
                .addCategory(Intent.CATEGORY_OPENABLE)
                .setType("*/*")
        val started =
            bridge.startForResult(intent) { resultCode, data ->
                val uri = data?.data
                if (resultCode != Activity.RESULT_OK || uri == null) {
                    onChosen(null)
                } else {
                    // A cloud document may take a while to arrive: copy off the main thread.
                    io.execute {
                        val copy = scratch("import")
                        val source =
                            try {
                                copyIn(uri, copy)
                                Source(copy)
                            } catch (_: Exception) {
                                copy.delete()
                                null
                            }
                        main.post { onChosen(source) }
                    }
                }
            }
        if (!started) onChosen(null)
    }

    /** Deletes scratch files a killed process left behind (they may hold a backup). */
    fun clearScratch() {
        scratchFolder.listFiles()?.forEach { it.delete() }
    }

    private fun scratch(kind: String): File {
        if (!scratchFolder.isDirectory) scratchFolder.mkdirs()
        return File(scratchFolder, "$kind-${UUID.randomUUID()}.tmp")
    }

    private fun copyIn(
        uri: Uri,
        file: File,
    ) {
        val input = resolver.openInputStream(uri) ?: throw IOException("the document did not open")
        input.use { stream -> file.outputStream().use { stream.copyTo(it) } }
    }

    private inner class Target(
        private val uri: Uri,
        private val file: File,
    ) : BackupTarget {
        override val scratchPath: String = file.path

        /** Copies the finished backup into the chosen document ("wt": truncate what was there). */
        override fun commit() {
            try {
                val output = resolver.openOutputStream(uri, "wt") ?: throw IOException("the document did not open")
                output.use { stream -> file.inputStream().use { it.copyTo(stream) } }
            } finally {
                file.delete()
            }
        }

        /** No backup after all: the scratch file and the empty document the picker made go. */
        override fun discard() {
            file.delete()
            try {
                DocumentsContract.deleteDocument(resolver, uri)
            } catch (_: Exception) {
                // Not every provider deletes; an empty file is left at worst.
            }
        }
    }

    private class Source(
        private val file: File,
    ) : ChosenDocument {
        override val scratchPath: String = file.path

        override fun discard() {
            file.delete()
        }
    }

    private companion object {
        const val BACKUP_MIME_TYPE = "application/octet-stream"
    }
}
