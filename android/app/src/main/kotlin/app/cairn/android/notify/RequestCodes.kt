package app.cairn.android.notify

/**
 * Turns the core's stable string ids for planned notifications into the `int` request codes
 * and notification ids Android wants. FNV-1a over the id's UTF-8 bytes, kept non-negative:
 * the same id gives the same code on every run, release and device, so an alarm scheduled
 * by one version can be cancelled by the next. Two ids could share a code; the intents also
 * carry the id as their data URI ([dataUri]), so their PendingIntents stay distinct anyway.
 */
object RequestCodes {
    private const val FNV_OFFSET = 0x811C9DC5.toInt()
    private const val FNV_PRIME = 0x01000193
    const val SCHEME = "cairn-notification"

    fun forId(id: String): Int {
        var hash = FNV_OFFSET
        for (byte in id.toByteArray(Charsets.UTF_8)) {
            hash = hash xor (byte.toInt() and 0xFF)
            hash *= FNV_PRIME
        }
        return hash and 0x7FFFFFFF
    }

    /** The opaque URI that names one planned notification in its intent. */
    fun dataUri(id: String): String = "$SCHEME:" + java.net.URLEncoder.encode(id, "UTF-8")
}
