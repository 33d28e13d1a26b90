package app.cairn.core

import app.cairn.ffi.crisisLinesForRegion
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.File

/** The device's zone and language through the Kotlin bindings, as the Android shell passes them. */
class DeviceTest {
    @Test
    fun `zone and language follow the device until pinned`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            // 12:00 UTC on the 22nd is 21:00 in Tokyo, still the 22nd; 04:00 in Los Angeles.
            val tokyo = companion.setDevice(Device("Asia/Tokyo", "es-US"))
            assertEquals("Asia/Tokyo", tokyo.timeZone)
            assertEquals(Language.SPANISH, tokyo.language)
            assertTrue(tokyo.timeZoneFollowsDevice && tokyo.languageFollowsDevice)
            val status = companion.status(null, Fixtures.NOW)
            assertEquals(Language.SPANISH, status.language)
            assertEquals("21 días", status.cleanTimeText)
            assertEquals(CleanTime(0u, 0u, 21u), status.cleanTime)

            // A use after 3 clean days gives the safety card in Spanish, with the same numbers.
            val card = companion.recordUse(null, Fixtures.lapse("2026-11-22"), Fixtures.NOW).safetyCard!!
            assertEquals("Cuídate, por favor", card.title)
            assertTrue(card.lines.any { it.text.contains("Never Use Alone al 1-800-484-3731") })

            // Pinned home time and English: the device no longer moves them.
            companion.updateSettings(SettingsChange(timeZone = "America/Chicago", language = "en"))
            val pinned = companion.setDevice(Device("Asia/Tokyo", "es-US"))
            assertEquals("America/Chicago", pinned.timeZone)
            assertEquals(Language.ENGLISH, pinned.language)
            assertFalse(pinned.timeZoneFollowsDevice || pinned.languageFollowsDevice)
            val following = companion.updateSettings(SettingsChange(timeZone = "device", language = "device"))
            assertEquals("Asia/Tokyo", following.timeZone)
            assertEquals(Language.SPANISH, following.language)

            // An unknown zone is refused, names the field, and changes nothing on disk.
            val before = File(path).readBytes()
            val bad = assertThrows<CairnException.InvalidInput> { companion.setDevice(Device("Mars/Base", "en")) }
            assertEquals("time_zone", bad.field)
            assertTrue(before.contentEquals(File(path).readBytes()))
        }
        cleanUp(path)
    }

    @Test
    fun `crisis lines without a store speak the device's language and say when they answer in Spanish`() {
        val spanish = crisisLinesForRegion("US", "es_US")
        val line988 = spanish.single { it.id == "us-988" }
        assertTrue("es" in line988.languages)
        assertTrue(line988.detail!!.contains("en español"))
        assertEquals("Servicios de emergencia (911)", spanish.last().name)
        assertEquals("Emergency services (911)", crisisLinesForRegion("US", "fr-FR").last().name)
        assertEquals(spanish.map { it.telUri }, crisisLinesForRegion("US", "en").map { it.telUri })
    }
}
