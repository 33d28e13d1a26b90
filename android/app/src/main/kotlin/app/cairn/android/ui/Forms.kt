package app.cairn.android.ui

import app.cairn.core.Medication

/** Small text helpers for form fields; no recovery rules live here (the core validates). */
object Forms {
    /** "stress, people ,, my own" to ["stress", "people", "my own"]. */
    fun tags(text: String): List<String> =
        text
            .split(',', '\n')
            .map { it.trim() }
            .filter { it.isNotEmpty() }

    /** An empty or blank field means "not given". */
    fun optional(text: String): String? = text.trim().ifEmpty { null }

    /** A day-count field: a non-negative whole number, or null. */
    fun dayCount(text: String): UInt? = text.trim().toUIntOrNull()
}

/** Medication lines as typed in settings: one per line, "name: 08:00, 20:00". The core validates the times. */
object MedicationLines {
    private val line = Regex("""^(.*?)\s*:\s*(\d{1,2}:\d{2}(?:[\s,]+\d{1,2}:\d{2})*)\s*$""")
    private val time = Regex("""\d{1,2}:\d{2}""")

    fun parse(text: String): List<Medication> =
        text.lines().map { it.trim() }.filter { it.isNotEmpty() }.map { entry ->
            val match = line.matchEntire(entry)
            if (match == null) {
                Medication(entry, emptyList())
            } else {
                Medication(match.groupValues[1], time.findAll(match.groupValues[2]).map { it.value }.toList())
            }
        }

    fun format(medications: List<Medication>): String =
        medications.joinToString("\n") { medication ->
            if (medication.doseTimes.isEmpty()) {
                medication.name
            } else {
                medication.name + ": " + medication.doseTimes.joinToString(", ")
            }
        }
}
