package app.cairn.core

import app.cairn.ffi.KeyStore
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime

/** Shared test helpers: a temporary store path, fixed instants and key stores. */
object Fixtures {
    /** 2026-11-22T12:00:00Z: every test passes the clock in. */
    val NOW: Instant = Instant.parse("2026-11-22T12:00:00Z")

    fun storePath(): String {
        val dir = Files.createTempDirectory("cairn-kotlin-")
        dir.toFile().deleteOnExit()
        return dir.resolve("cairn.db").toString()
    }

    fun lapse(date: String): UseEvent =
        UseEvent(date = day(date), time = null, kind = UseKind.LAPSE, note = null, triggers = emptyList())

    fun journey(cleanDate: String): NewJourney =
        NewJourney(substance = null, cleanDate = day(cleanDate), cleanTime = null)
}

/** A local date, written as the tests read it. */
fun day(text: String): LocalDate = LocalDate.parse(text)

/** A local wall time, "HH:MM". */
fun time(text: String): LocalTime = LocalTime.parse(text)

/** A key store that hands out one fixed key and counts the calls, as a shell's would. */
class FixedKeyStore(private val key: ByteArray) : KeyStore {
    @Volatile var calls = 0
        private set

    @Volatile var destroyed = false
        private set

    override fun platformKey(): ByteArray {
        calls += 1
        return key.copyOf()
    }

    /** The commit mark, kept in memory as a shell keeps it outside the store. */
    @Volatile var mark: CommitMark? = null

    override fun destroyKey() {
        key.fill(0)
        mark = null
        destroyed = true
    }

    override fun lastCommitMark(): CommitMark? = mark

    override fun rememberCommitMark(mark: CommitMark) {
        this.mark = mark
    }
}

/** Opens a store path and deletes the directory's files afterwards. */
fun cleanUp(path: String) {
    val dir = Path.of(path).parent
    Files.list(dir).use { files -> files.forEach { Files.deleteIfExists(it) } }
    Files.deleteIfExists(dir)
}
