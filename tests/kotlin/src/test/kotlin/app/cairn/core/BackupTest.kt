package app.cairn.core

import app.cairn.ffi.CairnCompanion
import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Export on one "phone", import on another, through the Kotlin bindings. */
class BackupTest {
    @Test
    fun `a backup moves everything and a bad one changes nothing`() {
        val oldPath = Fixtures.storePath()
        val newPath = Fixtures.storePath()
        val backup = Path.of(oldPath).resolveSibling("cairn.backup").toString()
        val exported = CairnCompanion.openWithKeyStore(oldPath, FixedKeyStore(ByteArray(32) { 1 }), "Europe/Dublin").use { old ->
            old.startJourney(Fixtures.journey("2026-01-01"), Fixtures.NOW)
            old.recordUse(null, Fixtures.lapse("2026-05-01"), Fixtures.NOW)
            old.exportBackup(backup, "a backup passphrase")
        }
        assertEquals(3u, exported.records)
        assertTrue(Regex("([0-9A-Z]{5}-){5}[0-9A-Z]{5}").matches(exported.recoveryCode))

        CairnCompanion.openWithKeyStore(newPath, FixedKeyStore(ByteArray(32) { 2 }), "Asia/Tokyo").use { fresh ->
            val before = Files.readAllBytes(Path.of(newPath))
            assertThrows<CairnException.InvalidInput> { fresh.importBackup(backup, exported.recoveryCode, null) }
            val typo = exported.recoveryCode.replaceRange(0, 1, if (exported.recoveryCode[0] == 'A') "B" else "A")
            val typoError = assertThrows<CairnException.InvalidInput> { fresh.importBackup(backup, typo, "a backup passphrase") }
            assertEquals("recovery_code", typoError.field)
            assertThrows<CairnException.WrongRecoveryCode> {
                fresh.importBackup(backup, exported.recoveryCode, "another passphrase")
            }
            assertThrows<CairnException.NotABackup> { fresh.importBackup(newPath, exported.recoveryCode, null) }
            assertArrayEquals(before, Files.readAllBytes(Path.of(newPath)), "failed imports change nothing")
            assertEquals("Asia/Tokyo", fresh.settings().timeZone)

            assertThrows<CairnException.NotFound> { fresh.undoImport() }
            assertArrayEquals(before, Files.readAllBytes(Path.of(newPath)), "nothing to undo changes nothing")
            assertFalse(fresh.holdsRecords())

            assertEquals(3u, fresh.importBackup(backup, exported.recoveryCode.lowercase(), "a backup passphrase").records)
            assertEquals("Europe/Dublin", fresh.settings().timeZone)
            assertEquals(day("2026-05-01"), fresh.history(null, Fixtures.NOW).uses.single().event.date)
            assertTrue(fresh.holdsRecords())

            assertTrue(fresh.canUndoImport())
            fresh.undoImport()
            assertEquals("Asia/Tokyo", fresh.settings().timeZone, "the undo brought the old store back")
            assertFalse(fresh.holdsRecords())
            assertFalse(fresh.canUndoImport())
        }
        Files.deleteIfExists(Path.of(backup))
        cleanUp(oldPath)
        cleanUp(newPath)
    }
}
