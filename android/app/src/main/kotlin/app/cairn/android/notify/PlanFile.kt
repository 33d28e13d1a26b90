package app.cairn.android.notify

import app.cairn.android.key.SealedFile
import app.cairn.core.NotificationKind
import app.cairn.core.PlannedNotification
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.DataInputStream
import java.io.DataOutputStream
import java.io.IOException
import java.time.Instant
import java.time.LocalDateTime

/** [PlanStore] in a sealed file: the texts are the person's, so they are encrypted at rest. */
class SealedPlanStore(
    private val file: SealedFile,
) : PlanStore {
    override fun load(): List<PlannedNotification> =
        file.read()?.let {
            try {
                PlanCodec.decode(it)
            } catch (_: Exception) {
                // Damaged or from another version: the next open re-plans from the core.
                null
            }
        }.orEmpty()

    /** An empty plan is no file at all (after a wipe, nothing is sealed under a fresh key). */
    override fun save(plan: List<PlannedNotification>) {
        if (plan.isEmpty()) file.delete() else file.write(PlanCodec.encode(plan))
    }
}

/** The remembered plan as bytes: a version, a count, then each notification's fields. */
object PlanCodec {
    private const val VERSION = 1

    fun encode(plan: List<PlannedNotification>): ByteArray {
        val bytes = ByteArrayOutputStream()
        DataOutputStream(bytes).use { out ->
            out.writeInt(VERSION)
            out.writeInt(plan.size)
            for (planned in plan) {
                out.writeUTF(planned.id)
                out.writeUTF(planned.kind.name)
                out.writeLong(planned.firesAt.epochSecond)
                out.writeInt(planned.firesAt.nano)
                out.writeUTF(planned.localTime.toString())
                out.writeUTF(planned.timeZone)
                out.writeUTF(planned.publicText)
                out.writeUTF(planned.privateText)
            }
        }
        return bytes.toByteArray()
    }

    fun decode(bytes: ByteArray): List<PlannedNotification> {
        DataInputStream(ByteArrayInputStream(bytes)).use { input ->
            if (input.readInt() != VERSION) throw IOException("unknown plan file version")
            val count = input.readInt()
            if (count !in 0..MAX_ENTRIES) throw IOException("implausible plan size")
            return List(count) {
                PlannedNotification(
                    id = input.readUTF(),
                    kind = NotificationKind.valueOf(input.readUTF()),
                    firesAt = Instant.ofEpochSecond(input.readLong(), input.readInt().toLong()),
                    localTime = LocalDateTime.parse(input.readUTF()),
                    timeZone = input.readUTF(),
                    publicText = input.readUTF(),
                    privateText = input.readUTF(),
                )
            }
        }
    }

    /** The core plans at most 60; anything far beyond is not a file this wrote. */
    private const val MAX_ENTRIES = 10_000
}
