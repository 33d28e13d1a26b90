package app.cairn.android.widget

import app.cairn.android.key.SealedFile
import app.cairn.ffi.CairnCompanion
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.DataInputStream
import java.io.DataOutputStream
import java.io.IOException
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId

/**
 * What the home-screen widget shows, computed from the store while the phone was unlocked (each
 * time the app plans notifications), so the widget never opens the store. In discreet mode
 * (the default) it is only that: the widget shows a neutral face and nothing else is kept.
 */
data class WidgetSnapshot(
    /** Discreet mode: the widget shows "Cairn" and nothing more. */
    val discreet: Boolean,
    /** The current streak in days on [today], or null without a journey. */
    val days: Int?,
    /** The day [days] was counted for, in [zone]. */
    val today: LocalDate?,
    val zone: String?,
    /** The first of the reach-out chain: its name and `tel:` link. */
    val callLabel: String?,
    val telUri: String?,
) {
    /** The day count on [date]: a streak grows by one each calendar day until a use is logged. */
    fun daysOn(date: LocalDate): Int? {
        val counted = days ?: return null
        val on = today ?: return counted
        val later = java.time.temporal.ChronoUnit.DAYS.between(on, date)
        return if (later > 0) counted + later.toInt() else counted
    }

    /** Today in the zone the count was made in (the phone's zone when that one is unknown). */
    fun todayNow(now: Instant): LocalDate {
        val zoneId = zone?.let { runCatching { ZoneId.of(it) }.getOrNull() } ?: ZoneId.systemDefault()
        return now.atZone(zoneId).toLocalDate()
    }

    companion object {
        val NEUTRAL = WidgetSnapshot(discreet = true, days = null, today = null, zone = null, callLabel = null, telUri = null)

        /** Reads what the widget may show from the open store; discreet keeps nothing else. */
        fun from(
            companion: CairnCompanion,
            now: Instant,
        ): WidgetSnapshot {
            val discreet = companion.settings().notifications.discreet
            if (discreet) return NEUTRAL
            val status = runCatching { companion.status(null, now) }.getOrNull()
            val call = runCatching { companion.reachOutAction() }.getOrNull()
            return WidgetSnapshot(
                discreet = false,
                days = status?.streak?.currentDays?.toInt(),
                today = status?.streak?.today,
                zone = status?.timeZone,
                callLabel = call?.label,
                telUri = call?.telUri,
            )
        }
    }
}

/** The snapshot in a sealed file (it names the person's sponsor and clean time). */
class WidgetSnapshotFile(
    private val file: SealedFile,
) {
    fun load(): WidgetSnapshot =
        file.read()?.let {
            try {
                SnapshotCodec.decode(it)
            } catch (_: Exception) {
                null
            }
        } ?: WidgetSnapshot.NEUTRAL

    fun save(snapshot: WidgetSnapshot) = file.write(SnapshotCodec.encode(snapshot))

    fun delete() = file.delete()
}

object SnapshotCodec {
    private const val VERSION = 1

    fun encode(snapshot: WidgetSnapshot): ByteArray {
        val bytes = ByteArrayOutputStream()
        DataOutputStream(bytes).use { out ->
            out.writeInt(VERSION)
            out.writeBoolean(snapshot.discreet)
            out.writeInt(snapshot.days ?: -1)
            out.writeOptional(snapshot.today?.toString())
            out.writeOptional(snapshot.zone)
            out.writeOptional(snapshot.callLabel)
            out.writeOptional(snapshot.telUri)
        }
        return bytes.toByteArray()
    }

    fun decode(bytes: ByteArray): WidgetSnapshot =
        DataInputStream(ByteArrayInputStream(bytes)).use { input ->
            if (input.readInt() != VERSION) throw IOException("unknown widget file version")
            WidgetSnapshot(
                discreet = input.readBoolean(),
                days = input.readInt().takeIf { it >= 0 },
                today = input.readOptional()?.let(LocalDate::parse),
                zone = input.readOptional(),
                callLabel = input.readOptional(),
                telUri = input.readOptional(),
            )
        }

    private fun DataOutputStream.writeOptional(value: String?) {
        writeBoolean(value != null)
        if (value != null) writeUTF(value)
    }

    private fun DataInputStream.readOptional(): String? = if (readBoolean()) readUTF() else null
}
