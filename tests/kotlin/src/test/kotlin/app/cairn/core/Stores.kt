package app.cairn.core

import app.cairn.ffi.CairnCompanion

/** A store in Chicago with US crisis lines and a journey since 2026-11-01, as several tests need. */
fun usStore(path: String): CairnCompanion {
    val companion = CairnCompanion.openWithKeyStore(path, FixedKeyStore(ByteArray(32) { 5 }), "America/Chicago")
    companion.updateSettings(SettingsChange(region = "US"))
    companion.startJourney(Fixtures.journey("2026-11-01"), Fixtures.NOW)
    return companion
}

/** A check-in with a fixed and an own trigger, and a meeting that helped. */
fun checkIn(date: String, mood: UByte, craving: UByte, used: Boolean = false) =
    CheckIn(
        day(date), mood, craving, used, MedicationTaken.TAKEN,
        listOf(Trigger.Stress, Trigger.Own("the old park")), listOf(HelpfulAction.Meeting), null,
    )
