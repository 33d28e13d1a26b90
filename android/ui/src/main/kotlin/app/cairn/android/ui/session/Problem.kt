// What went wrong, as a screen shows it: a string resource to say it with and, for bad input,
// the form field to mark. Built from the core's CairnException, which never carries user data.
package app.cairn.android.ui.session

import app.cairn.core.CairnException

/**
 * A failure a screen can show: [message] names a string resource; [field] a form field; [reason]
 * the core's fixed reason for bad input (never user data), for screens that say more than the
 * field's sentence (an import names what is wrong with the file).
 */
data class Problem(val message: String, val field: String? = null, val reason: String? = null)

/** The resource that explains [error] to the person, with the field it concerns. */
fun problemOf(error: CairnException): Problem = when (error) {
    is CairnException.InvalidInput -> Problem(
        journalMessage(error.field, error.reason) ?: invalidMessage(error.field),
        error.field,
        error.reason,
    )
    is CairnException.WrongKey -> Problem("error_wrong_key")
    is CairnException.KeyUnavailable -> Problem("error_key_unavailable")
    is CairnException.RecordDamaged -> Problem("error_record_damaged")
    is CairnException.KeyDataDamaged -> Problem("error_key_data_damaged")
    is CairnException.RolledBack -> Problem("error_rolled_back")
    is CairnException.NotAStore -> Problem("error_not_a_store")
    is CairnException.NewerFormat -> Problem("error_newer_format")
    is CairnException.NotFound -> Problem("error_not_found")
    is CairnException.AlreadyExists -> Problem(
        if (error.what.contains("check-in")) "error_check_in_exists" else "error_already_exists",
    )
    is CairnException.NotABackup -> Problem("error_not_a_backup")
    is CairnException.WrongRecoveryCode -> Problem("error_wrong_recovery_code", "recovery_code")
    is CairnException.BackupDamaged -> Problem("error_backup_damaged")
    is CairnException.StorageFull -> Problem("error_storage_full")
    is CairnException.Busy -> Problem("error_busy")
    is CairnException.Closed -> Problem("error_closed")
    is CairnException.Io -> Problem("error_io")
}

/** Fields the person can fix get their own sentence; anything else the generic one. */
private fun invalidMessage(field: String): String = when (field) {
    "date", "clean_date", "time", "clean_time" -> "error_invalid_date"
    "phone" -> "error_invalid_phone"
    "name" -> "error_invalid_name"
    "note" -> "error_invalid_note"
    "passphrase" -> "error_invalid_passphrase"
    "recovery_code" -> "error_invalid_recovery_code"
    "item" -> "error_invalid_item"
    "trigger", "helped", "triggers" -> "error_invalid_tag"
    "medication" -> "error_invalid_medication"
    "personal_milestone" -> "error_invalid_milestone"
    "substance" -> "error_invalid_substance"
    "cost_per_day" -> "error_invalid_cost_per_day"
    "currency" -> "error_invalid_currency"
    "hours_per_day" -> "error_invalid_hours_per_day"
    "pledge_kept" -> "error_invalid_pledge_kept"
    "items" -> "error_invalid_items"
    else -> "error_invalid_input"
}

/**
 * The journal's fields, by the core's fixed reason: an entry is written at length and pasted
 * into, so "too long" and "an invisible character" each need their own sentence.
 */
private fun journalMessage(field: String, reason: String): String? = when (field) {
    "text" -> when (reason) {
        "too long" -> "error_journal_text_too_long"
        "contains control characters" -> "error_journal_text_control"
        else -> "error_journal_text_empty"
    }
    "query" -> "error_journal_query"
    else -> null
}
