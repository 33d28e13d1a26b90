package app.cairn.core

import app.cairn.ffi.CairnCompanion
import app.cairn.ffi.KeyStore
import app.cairn.ffi.KeyStoreException
import app.cairn.ffi.wipeStore
import java.sql.DriverManager
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The store's contract as a Kotlin shell meets it: keys, errors, lifetime, threads. */
class CompanionTest {
    @Test
    fun `a Kotlin key store creates the store and opens it again`() {
        val path = Fixtures.storePath()
        val keys = FixedKeyStore(ByteArray(32) { 7 })
        CairnCompanion.openWithKeyStore(path, keys, "Europe/Dublin").use { companion ->
            assertEquals("Europe/Dublin", companion.settings().timeZone)
        }
        CairnCompanion.openWithKeyStore(path, keys, "Asia/Tokyo").use { companion ->
            assertEquals("Europe/Dublin", companion.settings().timeZone, "opening never recreates")
            assertTrue(companion.integrityCheck())
        }
        assertEquals(2, keys.calls)
        assertThrows<CairnException.WrongKey> {
            CairnCompanion.openWithKeyStore(path, FixedKeyStore(ByteArray(32) { 8 }), "UTC")
        }
        assertTrue(wipeStore(path, keys))
        assertTrue(keys.destroyed, "the wipe destroyed the platform key")
        cleanUp(path)
    }

    @Test
    fun `a wipe whose key store throws still deletes every file, then reports it`() {
        val path = Fixtures.storePath()
        CairnCompanion.openWithKeyStore(path, FixedKeyStore(ByteArray(32) { 6 }), "UTC").use { }
        java.io.File("$path.import").writeText("an interrupted import's staging store")
        val locked = object : KeyStore {
            override fun platformKey(): ByteArray = throw KeyStoreException.Unavailable("device is locked")

            override fun destroyKey() = throw KeyStoreException.Unavailable("device is locked")


            override fun lastCommitMark(): CommitMark? = null


            override fun rememberCommitMark(mark: CommitMark) = Unit
        }
        assertThrows<CairnException.KeyUnavailable> { wipeStore(path, locked) }
        val dir = java.io.File(path).parentFile
        assertEquals(emptyList<String>(), dir.list()!!.toList(), "nothing of the store is left")
        cleanUp(path)
    }

    @Test
    fun `a key store that throws becomes KeyUnavailable, never a crash`() {
        val path = Fixtures.storePath()
        val locked = object : KeyStore {
            override fun platformKey(): ByteArray = throw KeyStoreException.Unavailable("device is locked")

            override fun destroyKey() = Unit


            override fun lastCommitMark(): CommitMark? = null


            override fun rememberCommitMark(mark: CommitMark) = Unit
        }
        val failure = assertThrows<CairnException.KeyUnavailable> {
            CairnCompanion.openWithKeyStore(path, locked, "UTC")
        }
        assertTrue(failure.reason.contains("device is locked"), failure.reason)

        val broken = object : KeyStore {
            override fun platformKey(): ByteArray = throw IllegalStateException("keystore exploded")

            override fun destroyKey() = Unit


            override fun lastCommitMark(): CommitMark? = null


            override fun rememberCommitMark(mark: CommitMark) = Unit
        }
        assertThrows<CairnException.KeyUnavailable> { CairnCompanion.openWithKeyStore(path, broken, "UTC") }

        val short = FixedKeyStore(ByteArray(16))
        val invalid = assertThrows<CairnException.InvalidInput> { CairnCompanion.openWithKeyStore(path, short, "UTC") }
        assertEquals("platform_key", invalid.field)
        cleanUp(path)
    }

    @Test
    fun `a wrong passphrase is WrongKey and bad input names its field`() {
        val path = Fixtures.storePath()
        val short = assertThrows<CairnException.InvalidInput> { CairnCompanion.openWithPassphrase(path, "short", "UTC") }
        assertEquals("passphrase", short.field)
        val zone = assertThrows<CairnException.InvalidInput> {
            CairnCompanion.openWithPassphrase(path, "long enough", "Mars/Olympus_Mons")
        }
        assertEquals("time_zone", zone.field)

        CairnCompanion.openWithPassphrase(path, "long enough", "America/Chicago").close()
        assertThrows<CairnException.WrongKey> { CairnCompanion.openWithPassphrase(path, "long enouGh", "UTC") }
        CairnCompanion.openWithPassphrase(path, "long enough", "UTC").use { companion ->
            // A date the core cannot read fails where the bindings lift it, as the method's own
            // error: java.time writes year 10000 as "+10000-01-01", and 1850 is before 1900.
            val far = assertThrows<CairnException.InvalidInput> {
                companion.recordUse(null, Fixtures.lapse("+10000-01-01"), Fixtures.NOW)
            }
            assertEquals("date", far.field)
            val old = assertThrows<CairnException.InvalidInput> {
                companion.recordUse(null, Fixtures.lapse("1850-06-01"), Fixtures.NOW)
            }
            assertEquals("year before 1900", old.reason)
            assertFalse(old.message.contains("1850"), "no user data in errors")
            assertThrows<CairnException.NotFound> {
                companion.recordUse(null, Fixtures.lapse("2026-02-01"), Fixtures.NOW)
            }
        }
        cleanUp(path)
    }

    @Test
    fun `a damaged record arrives as RecordDamaged naming that record, the rest still reads`() {
        val path = Fixtures.storePath()
        val keys = FixedKeyStore(ByteArray(32) { 3 })
        val useId = CairnCompanion.openWithKeyStore(path, keys, "UTC").use { companion ->
            companion.startJourney(Fixtures.journey("2026-01-01"), Fixtures.NOW)
            companion.recordUse(null, Fixtures.lapse("2026-03-01"), Fixtures.NOW).id
        }
        DriverManager.getConnection("jdbc:sqlite:$path").use { connection ->
            // Flip one bit of the use's envelope, the way a bad disk or an attacker would.
            val envelope = connection.prepareStatement("SELECT envelope FROM record WHERE lower(hex(id)) = ?").use {
                it.setString(1, useId)
                it.executeQuery().use { rows ->
                    assertTrue(rows.next())
                    rows.getBytes(1)
                }
            }
            envelope[40] = (envelope[40].toInt() xor 0x01).toByte()
            connection.prepareStatement("UPDATE record SET envelope = ? WHERE lower(hex(id)) = ?").use {
                it.setBytes(1, envelope)
                it.setString(2, useId)
                assertEquals(1, it.executeUpdate())
            }
        }
        CairnCompanion.openWithKeyStore(path, keys, "UTC").use { companion ->
            val damaged = assertThrows<CairnException.RecordDamaged> {
                companion.editUse(useId, Fixtures.lapse("2026-03-02"), Fixtures.NOW)
            }
            assertEquals(useId, damaged.recordId)
            val status = companion.status(null, Fixtures.NOW)
            assertEquals(listOf(useId), status.damagedRecords)
            assertEquals(day("2026-01-01"), status.streak.currentStart, "the rest still reads")
        }
        cleanUp(path)
    }

    @Test
    fun `an older copy of the whole store put back is RolledBack, and the file stays as it was`() {
        val path = Fixtures.storePath()
        val keys = FixedKeyStore(ByteArray(32) { 5 })
        CairnCompanion.openWithKeyStore(path, keys, "UTC").use { companion ->
            companion.startJourney(Fixtures.journey("2026-01-01"), Fixtures.NOW)
        }
        val copy = java.io.File("$path.copy")
        java.io.File(path).copyTo(copy)
        val afterJourney = keys.mark!!
        CairnCompanion.openWithKeyStore(path, keys, "UTC").use { companion ->
            companion.recordUse(null, Fixtures.lapse("2026-10-01"), Fixtures.NOW)
        }
        val afterLapse = keys.mark!!
        assertEquals(afterJourney.store, afterLapse.store)
        assertTrue(afterLapse.counter > afterJourney.counter, "the write was remembered")

        copy.copyTo(java.io.File(path), overwrite = true)
        val before = java.io.File(path).readBytes()
        assertThrows<CairnException.RolledBack> { CairnCompanion.openWithKeyStore(path, keys, "UTC") }
        assertTrue(before.contentEquals(java.io.File(path).readBytes()), "nothing was written")
        assertEquals(afterLapse, keys.mark, "the mark still says where the store was")
        copy.delete()
        cleanUp(path)
    }

    @Test
    fun `use after close fails cleanly`() {
        val path = Fixtures.storePath()
        val companion = CairnCompanion.openWithPassphrase(path, "long enough", "UTC")
        companion.closeStore()
        companion.closeStore()
        assertThrows<CairnException.Closed> { companion.settings() }
        companion.close()
        assertThrows<IllegalStateException> { companion.settings() }
        assertTrue(wipeStore(path, FixedKeyStore(ByteArray(32))))
        cleanUp(path)
    }

    @Test
    fun `eight threads at once`() {
        val path = Fixtures.storePath()
        CairnCompanion.openWithKeyStore(path, FixedKeyStore(ByteArray(32) { 4 }), "UTC").use { companion ->
            companion.startJourney(Fixtures.journey("2025-01-01"), Fixtures.NOW)
            val pool = Executors.newFixedThreadPool(8)
            val start = CountDownLatch(1)
            val futures = (1..8).map { thread ->
                pool.submit<Unit> {
                    start.await()
                    for (day in 1..5) {
                        val date = "2025-%02d-%02d".format(thread, day)
                        companion.recordUse(null, Fixtures.lapse(date), Fixtures.NOW)
                        companion.status(null, Fixtures.NOW)
                    }
                }
            }
            start.countDown()
            futures.forEach { it.get(60, TimeUnit.SECONDS) }
            pool.shutdown()
            assertEquals(40, companion.history(null, Fixtures.NOW).uses.size)
            assertTrue(companion.integrityCheck())
        }
        cleanUp(path)
    }

    @Test
    fun `settings round trip with every enum`() {
        val path = Fixtures.storePath()
        CairnCompanion.openWithPassphrase(path, "long enough", "UTC").use { companion ->
            for (set in MilestoneSet.values()) {
                for (counting in DayCounting.values()) {
                    val change = SettingsChange(timeZone = "Pacific/Chatham", dayCounting = counting, milestoneSet = set)
                    val settings = companion.updateSettings(change)
                    val notifications = NotificationSettings(time("09:00"), time("20:00"), emptyList(), true)
                    val expected = Settings("Pacific/Chatham", false, Language.ENGLISH, true, counting, set, null, notifications)
                    assertEquals(expected, settings)
                    assertEquals(settings, companion.settings())
                }
            }
            val before = companion.settings()
            assertThrows<CairnException.InvalidInput> {
                companion.updateSettings(SettingsChange(timeZone = "Nowhere/Else", dayCounting = DayCounting.CLEAN_DATE_IS_DAY_ZERO))
            }
            assertEquals(before, companion.settings(), "all or nothing")
            assertNull(SettingsChange().timeZone)
        }
        cleanUp(path)
    }
}
