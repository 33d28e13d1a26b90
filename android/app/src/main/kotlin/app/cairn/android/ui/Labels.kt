package app.cairn.android.ui

import app.cairn.android.R
import app.cairn.core.CairnException
import app.cairn.core.ContactRole
import app.cairn.core.DayCounting
import app.cairn.core.MedicationTaken
import app.cairn.core.MilestoneSet
import app.cairn.core.Stage
import app.cairn.core.Trend
import app.cairn.core.UseKind

/** String resources for the core's enums and errors, so every word on screen is translatable. */
object Labels {
    fun stage(stage: Stage): Int =
        when (stage) {
            Stage.INITIATION -> R.string.stage_initiation
            Stage.ABSTINENCE -> R.string.stage_abstinence
            Stage.MAINTAINED_ABSTINENCE -> R.string.stage_maintained_abstinence
            Stage.ADVANCED_RECOVERY -> R.string.stage_advanced_recovery
        }

    fun role(role: ContactRole): Int =
        when (role) {
            ContactRole.SPONSOR -> R.string.role_sponsor
            ContactRole.BACKUP -> R.string.role_backup
            ContactRole.COUNSELOR -> R.string.role_counselor
            ContactRole.PRESCRIBER_OR_CLINIC -> R.string.role_prescriber_or_clinic
            ContactRole.PHARMACY -> R.string.role_pharmacy
            ContactRole.FAMILY -> R.string.role_family
            ContactRole.FRIEND -> R.string.role_friend
            ContactRole.PEER -> R.string.role_peer
        }

    fun milestoneSet(set: MilestoneSet): Int =
        when (set) {
            MilestoneSet.KEYTAGS -> R.string.milestone_set_keytags
            MilestoneSet.EARLY -> R.string.milestone_set_early
            MilestoneSet.PERSONAL -> R.string.milestone_set_personal
            MilestoneSet.ALL -> R.string.milestone_set_all
        }

    fun dayCounting(counting: DayCounting): Int =
        when (counting) {
            DayCounting.CLEAN_DATE_IS_DAY_ZERO -> R.string.day_counting_zero
            DayCounting.CLEAN_DATE_IS_DAY_ONE -> R.string.day_counting_one
        }

    fun medication(taken: MedicationTaken): Int =
        when (taken) {
            MedicationTaken.TAKEN -> R.string.medication_taken
            MedicationTaken.MISSED -> R.string.medication_missed
            MedicationTaken.NOT_PRESCRIBED -> R.string.medication_not_prescribed
        }

    fun trend(trend: Trend): Int =
        when (trend) {
            Trend.RISING -> R.string.trend_rising
            Trend.FALLING -> R.string.trend_falling
            Trend.STEADY -> R.string.trend_steady
        }

    fun useKind(kind: UseKind): Int =
        when (kind) {
            UseKind.LAPSE -> R.string.use_lapse
            UseKind.RELAPSE -> R.string.use_relapse
        }

    /** A message for any failure of a core call; the core's errors carry no personal data. */
    fun error(error: Throwable): Int =
        when (error) {
            is CairnException.WrongKey -> R.string.error_wrong_key
            is CairnException.KeyUnavailable -> R.string.error_key_unavailable
            is CairnException.InvalidInput -> R.string.error_invalid_input
            is CairnException.RecordDamaged -> R.string.error_record_damaged
            is CairnException.KeyDataDamaged -> R.string.error_key_data_damaged
            is CairnException.NotAStore -> R.string.error_not_a_store
            is CairnException.NewerFormat -> R.string.error_newer_format
            is CairnException.NotFound -> R.string.error_not_found
            is CairnException.AlreadyExists -> R.string.error_already_exists
            is CairnException.NotABackup -> R.string.error_not_a_backup
            is CairnException.WrongRecoveryCode -> R.string.error_wrong_recovery_code
            is CairnException.BackupDamaged -> R.string.error_backup_damaged
            is CairnException.StorageFull -> R.string.error_storage_full
            is CairnException.Busy -> R.string.error_busy
            is CairnException.Closed -> R.string.error_closed
            is CairnException.Io -> R.string.error_io
            else -> R.string.error_unexpected
        }

    /** The detail worth showing with an error: which field is invalid, and why. */
    fun errorDetail(error: Throwable): String? =
        when (error) {
            is CairnException.InvalidInput -> "${error.field}: ${error.reason}"
            else -> null
        }
}

/** The core's fixed trigger and helpful-action keys, with their on-screen labels. */
object Tags {
    val triggers =
        listOf(
            "people" to R.string.trigger_people,
            "places" to R.string.trigger_places,
            "stress" to R.string.trigger_stress,
            "boredom" to R.string.trigger_boredom,
            "pain" to R.string.trigger_pain,
            "conflict" to R.string.trigger_conflict,
            "money" to R.string.trigger_money,
            "loneliness" to R.string.trigger_loneliness,
            "withdrawal" to R.string.trigger_withdrawal,
            "celebration" to R.string.trigger_celebration,
        )

    val helped =
        listOf(
            "meeting" to R.string.helped_meeting,
            "called_sponsor" to R.string.helped_called_sponsor,
            "therapy" to R.string.helped_therapy,
            "exercise" to R.string.helped_exercise,
            "medication" to R.string.helped_medication,
            "rest" to R.string.helped_rest,
            "reached_out" to R.string.helped_reached_out,
        )

    /** Splits saved tags into the fixed keys that are ticked and the person's own words. */
    fun split(
        saved: List<String>,
        fixed: List<Pair<String, Int>>,
    ): Pair<Set<String>, List<String>> {
        val keys = fixed.map { it.first }.toSet()
        return saved.filter { it in keys }.toSet() to saved.filter { it !in keys }
    }
}
