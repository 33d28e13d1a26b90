package app.cairn.android.screens

import android.app.AlertDialog
import android.content.Intent
import android.net.Uri
import android.text.InputType
import android.widget.EditText
import android.widget.LinearLayout
import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Forms
import app.cairn.android.ui.Labels
import app.cairn.android.ui.MedicationLines
import app.cairn.core.DayCounting
import app.cairn.core.MilestoneSet
import app.cairn.core.Settings
import app.cairn.core.SettingsChange
import java.io.File
import java.time.ZoneId

/**
 * Settings, export and import through the Storage Access Framework (copied through a cache
 * file the core reads or writes, deleted right after), and delete everything.
 */
class SettingsScreen(
    host: MainActivity,
) : Screen(host) {
    private var exportPassphrase: String? = null

    override fun render() {
        load({ it.settings() }) { show(it) }
    }

    private fun show(settings: Settings) {
        ui.headline(s(R.string.settings_title))
        val zone = ui.labelledField(R.string.time_zone, settings.timeZone)
        ui.button(s(R.string.use_phone_zone)) { zone.setText(ZoneId.systemDefault().id) }
        val milestoneTime = ui.labelledField(R.string.milestone_time, settings.milestoneTime, InputType.TYPE_CLASS_DATETIME)
        val reminderTime = ui.labelledField(R.string.reminder_time, settings.reminderTime ?: "", InputType.TYPE_CLASS_DATETIME)
        val discreet = ui.check(s(R.string.discreet), settings.discreet)
        ui.small(s(R.string.milestone_set))
        val sets = MilestoneSet.entries
        val set = ui.choice(sets.map { s(Labels.milestoneSet(it)) }, sets.indexOf(settings.milestoneSet))
        ui.small(s(R.string.day_counting))
        val countings = DayCounting.entries
        val counting = ui.choice(countings.map { s(Labels.dayCounting(it)) }, countings.indexOf(settings.dayCounting))
        val region = ui.labelledField(R.string.region, settings.region ?: "", InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_CAP_CHARACTERS)
        val medications =
            ui.labelledField(
                R.string.medications,
                MedicationLines.format(settings.medications),
                InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_MULTI_LINE,
            )
        ui.button(s(R.string.save)) {
            val change =
                SettingsChange(
                    timeZone = Forms.optional(zone.text.toString()),
                    dayCounting = countings[counting.indexOfFirst { it.isChecked }.coerceAtLeast(0)],
                    milestoneSet = sets[set.indexOfFirst { it.isChecked }.coerceAtLeast(0)],
                    region = Forms.optional(region.text.toString()),
                    milestoneTime = Forms.optional(milestoneTime.text.toString()),
                    reminderTime = Forms.optional(reminderTime.text.toString()) ?: "off",
                    discreet = discreet.isChecked,
                    medications = MedicationLines.parse(medications.text.toString()),
                )
            host.core({ it.updateSettings(change) }) {
                host.background { host.app.resync() }
                android.widget.Toast
                    .makeText(host, R.string.saved, android.widget.Toast.LENGTH_SHORT)
                    .show()
                host.open(MainActivity.Tab.SETTINGS)
            }
        }

        ui.headline(s(R.string.backup_title))
        ui.small(s(R.string.backup_explained))
        val passphrase = ui.field(R.string.backup_passphrase, null, InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PASSWORD)
        ui.button(s(R.string.export)) {
            exportPassphrase = Forms.optional(passphrase.text.toString())
            val intent =
                Intent(Intent.ACTION_CREATE_DOCUMENT)
                    .addCategory(Intent.CATEGORY_OPENABLE)
                    .setType("application/octet-stream")
                    .putExtra(Intent.EXTRA_TITLE, s(R.string.backup_file_name))
            host.startActivityForResult(intent, MainActivity.REQUEST_EXPORT)
        }
        ui.button(s(R.string.import_backup)) {
            val intent =
                Intent(Intent.ACTION_OPEN_DOCUMENT)
                    .addCategory(Intent.CATEGORY_OPENABLE)
                    .setType("*/*")
            host.startActivityForResult(intent, MainActivity.REQUEST_IMPORT)
        }

        ui.headline(s(R.string.danger_title))
        ui.button(s(R.string.delete_everything)) { confirmWipe() }
    }

    private fun cacheFile(): File = File(host.cacheDir, "transfer.cairn")

    /** The document picker answered. */
    fun onDocument(
        requestCode: Int,
        uri: Uri,
    ) {
        when (requestCode) {
            MainActivity.REQUEST_EXPORT -> export(uri)
            MainActivity.REQUEST_IMPORT -> askForCode(uri)
        }
    }

    private fun export(uri: Uri) {
        val passphrase = exportPassphrase
        exportPassphrase = null
        val resolver = host.contentResolver
        host.core({ core ->
            val file = cacheFile()
            try {
                file.delete()
                val exported = core.exportBackup(file.path, passphrase)
                val output = resolver.openOutputStream(uri, "wt") ?: throw java.io.IOException("no output")
                output.use { out -> file.inputStream().use { it.copyTo(out) } }
                exported
            } finally {
                file.delete()
            }
        }) { exported ->
            host.secureDialog(
                AlertDialog
                    .Builder(host)
                    .setTitle(R.string.recovery_code_title)
                    .setMessage(s(R.string.recovery_code_body, exported.recoveryCode, exported.records.toInt()))
                    .setPositiveButton(R.string.ok, null),
            )
        }
    }

    private fun askForCode(uri: Uri) {
        val form = LinearLayout(host)
        form.orientation = LinearLayout.VERTICAL
        val code = EditText(host).apply { setHint(R.string.recovery_code_hint) }
        val passphrase =
            EditText(host).apply {
                setHint(R.string.backup_passphrase)
                inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PASSWORD
            }
        form.addView(code)
        form.addView(passphrase)
        host.secureDialog(
            AlertDialog
                .Builder(host)
                .setTitle(R.string.import_backup)
                .setMessage(R.string.import_warning)
                .setView(form)
                .setPositiveButton(R.string.import_backup) { _, _ ->
                    import(uri, code.text.toString().trim(), Forms.optional(passphrase.text.toString()))
                }.setNegativeButton(R.string.cancel, null),
        )
    }

    private fun import(
        uri: Uri,
        code: String,
        passphrase: String?,
    ) {
        val resolver = host.contentResolver
        host.core({ core ->
            val file = cacheFile()
            try {
                val input = resolver.openInputStream(uri) ?: throw java.io.IOException("no input")
                input.use { source -> file.outputStream().use { source.copyTo(it) } }
                core.importBackup(file.path, code, passphrase)
            } finally {
                file.delete()
            }
        }) { imported ->
            host.background { host.app.resync() }
            android.widget.Toast
                .makeText(host, s(R.string.imported, imported.records.toInt()), android.widget.Toast.LENGTH_LONG)
                .show()
            host.start()
        }
    }

    private fun confirmWipe() {
        host.secureDialog(
            AlertDialog
                .Builder(host)
                .setTitle(R.string.delete_everything)
                .setMessage(R.string.delete_everything_warning)
                .setPositiveButton(R.string.delete_everything_confirm) { _, _ ->
                    host.app.runner.run({ host.app.wipeEverything() }) { result ->
                        result.exceptionOrNull()?.let { host.showError(it) }
                        host.start()
                    }
                }.setNegativeButton(R.string.cancel, null),
        )
    }
}
