// Settings: time zone, day counting, notification times and permission, discreet mode, the
// app lock, the milestone set, the crisis-line region, the encrypted backup and undoing its
// last import, bringing a history from Quitter or Sobriety (ImportFromViews.swift), and
// deleting everything. Each change of the core's settings goes to the core, which applies all
// of it or none; the screen only reflects what the core then says.

import CairnCore
import SwiftUI
import UIKit

struct SettingsView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(AppLock.self) private var lock
    @State private var sheet: SettingsSheet?
    @State private var pendingImport: URL?
    @State private var pendingImportFrom: PickedImport?
    @State private var importingFrom = false
    @State private var importFromProblem: String?
    @State private var exportPassphrase = ""
    @State private var exporting = false
    @State private var confirmDelete = false
    @State private var confirmUndoImport = false
    @State private var importUndone = false

    static let regions = ["US", "CA", "GB", "IE", "AU"]

    var body: some View {
        Form {
            if let settings = store.settings {
                timeSection(settings)
                notificationSection(settings)
                lockSection
                milestoneSection(settings)
                regionSection(settings)
            }
            backupSection
            ImportFromSection(working: importingFrom, problem: importFromProblem) { source in
                importFromProblem = nil
                sheet = .pickImportFrom(source)
            }
            deleteSection
        }
        .navigationTitle(L("tab.settings"))
        .sheet(item: $sheet, onDismiss: showPendingImport) { item in
            sheetContent(item)
                .environment(store)
                .privacyCover()
        }
        .confirmationDialog(L("settings.deleteConfirmTitle"), isPresented: $confirmDelete, titleVisibility: .visible) {
            Button(L("settings.deleteConfirm"), role: .destructive) {
                Task {
                    await store.deleteEverything()
                }
            }
            Button(L("action.cancel"), role: .cancel) {}
        } message: {
            Text(L("settings.deleteMessage"))
        }
        .undoImportDialogs(confirming: $confirmUndoImport, undone: $importUndone)
    }

    // MARK: - Sections
    // `CairnCore.Settings`: SwiftUI declares a (macOS-only) `Settings` scene of the same name.

    private func timeSection(_ settings: CairnCore.Settings) -> some View {
        Section {
            LabeledContent(L("settings.zone"), value: settings.timeZone)
            // The zone follows the phone as the person travels, unless they keep home time.
            if settings.timeZoneFollowsDevice {
                Button(L("settings.keepZone")) {
                    apply(SettingsChange(timeZone: settings.timeZone))
                }
            } else {
                Button(L("settings.useDeviceZone", TimeZone.current.identifier)) {
                    apply(SettingsChange(timeZone: "device"))
                }
            }
            Picker(L("settings.language"), selection: languageBinding) {
                Text(L("settings.languagePhone")).tag("device")
                // Each language's name in itself, whatever the language on screen.
                Text(verbatim: "English").tag("en")
                Text(verbatim: "Español").tag("es")
            }
            Picker(L("settings.dayCounting"), selection: dayCountingBinding) {
                Text(L("settings.dayZero")).tag(DayCounting.cleanDateIsDayZero)
                Text(L("settings.dayOne")).tag(DayCounting.cleanDateIsDayOne)
            }
        } header: {
            Text(L("settings.days"))
        } footer: {
            Text(settings.timeZoneFollowsDevice ? L("settings.zoneFollowing") : L("settings.zoneFooter"))
        }
    }

    private func notificationSection(_ settings: CairnCore.Settings) -> some View {
        Section {
            if store.notificationPermission == .denied {
                NotificationsDeniedRow()
            }
            DatePicker(L("settings.milestoneTime"), selection: milestoneTimeBinding, displayedComponents: .hourAndMinute)
                .inCoreZone(store.timeZone)
            Toggle(L("settings.reminder"), isOn: reminderOnBinding)
            if settings.notifications.reminderTime != nil {
                DatePicker(L("settings.reminderTime"), selection: reminderTimeBinding, displayedComponents: .hourAndMinute)
                    .inCoreZone(store.timeZone)
            }
            // The morning pledge reminder: off until the person turns it on.
            Toggle(L("settings.pledgeReminder"), isOn: pledgeReminderOnBinding)
            if settings.notifications.pledgeReminderTime != nil {
                DatePicker(L("settings.pledgeReminderTime"), selection: pledgeReminderTimeBinding, displayedComponents: .hourAndMinute)
                    .inCoreZone(store.timeZone)
            }
            Toggle(L("settings.discreet"), isOn: discreetBinding)
        } header: {
            Text(L("settings.notifications"))
        } footer: {
            Text(L("settings.discreetFooter"))
        }
    }

    @ViewBuilder
    private var lockSection: some View {
        if lock.available || lock.enabled {
            Section {
                Toggle(L("settings.lock"), isOn: lockBinding)
            } footer: {
                Text(L("settings.lockFooter"))
            }
        }
    }

    private var lockBinding: Binding<Bool> {
        Binding(
            get: { lock.enabled },
            set: { on in
                Task {
                    await lock.setEnabled(on)
                }
            }
        )
    }

    private func milestoneSection(_ settings: CairnCore.Settings) -> some View {
        Section {
            Picker(L("settings.milestoneSet"), selection: milestoneSetBinding) {
                ForEach(Labels.allMilestoneSets, id: \.self) { set in
                    Text(Labels.milestoneSet(set)).tag(set)
                }
            }
        } header: {
            Text(L("milestones.title"))
        }
    }

    private func regionSection(_ settings: CairnCore.Settings) -> some View {
        Section {
            Picker(L("settings.region"), selection: regionBinding) {
                Text(L("settings.regionNone")).tag("")
                ForEach(regionChoices, id: \.self) { code in
                    Text(regionName(code)).tag(code)
                }
            }
        } header: {
            Text(L("help.crisisLines"))
        } footer: {
            Text(L("settings.regionFooter"))
        }
    }

    private var backupSection: some View {
        Section {
            SecureField(L("settings.exportPassphrase"), text: $exportPassphrase)
            Button(L("settings.export")) {
                export()
            }
            .disabled(exporting)
            .accessibilityHint(Text(L("a11y.export")))
            Button(L("settings.import")) {
                sheet = .pickImport
            }
            .accessibilityHint(Text(L("a11y.import")))
            // Shown as soon as an import has replaced something, until the next one or a wipe.
            if store.canUndoImport {
                UndoImportRow { confirmUndoImport = true }
            }
        } header: {
            Text(L("settings.backup"))
        } footer: {
            Text(L("settings.backupFooter"))
        }
    }

    private var deleteSection: some View {
        Section {
            Button(L("settings.delete"), role: .destructive) {
                confirmDelete = true
            }
            .accessibilityHint(Text(L("a11y.delete")))
        } footer: {
            Text(L("settings.deleteFooter"))
        }
    }

    // MARK: - Sheets

    @ViewBuilder
    private func sheetContent(_ item: SettingsSheet) -> some View {
        switch item {
        case .exported(let file, let code):
            ExportResultView(file: file, recoveryCode: code)
        case .pickImport:
            DocumentPicker(mode: .open) { url in
                pendingImport = url
                sheet = nil
            }
        case .confirmImport(let file):
            ImportBackupView(file: file)
        case .pickImportFrom(let source):
            DocumentPicker(mode: .open) { url in
                pendingImportFrom = url.map { PickedImport(source: source, file: $0) }
                sheet = nil
            }
        case .importReport(let report):
            ImportReportView(report: report)
        }
    }

    private func showPendingImport() {
        if let file = pendingImport {
            pendingImport = nil
            sheet = .confirmImport(file)
        }
        if let picked = pendingImportFrom {
            pendingImportFrom = nil
            importFrom(picked)
        }
    }

    /// Imports the picked export; the report follows as a sheet, or the reason nothing was
    /// added shows in the section. The copy is gone either way.
    private func importFrom(_ picked: PickedImport) {
        importingFrom = true
        Task {
            switch await store.importFrom(picked.source, picked: picked.file) {
            case .success(let report):
                sheet = .importReport(report)
            case .failure(let error):
                importFromProblem = ImportFromText.problem(error, source: picked.source)
            }
            importingFrom = false
        }
    }

    private func export() {
        exporting = true
        let passphrase = exportPassphrase.isEmpty ? nil : exportPassphrase
        Task {
            if let result = await store.exportBackup(passphrase: passphrase) {
                exportPassphrase = ""
                sheet = .exported(result.file, result.recoveryCode)
            }
            exporting = false
        }
    }

    // MARK: - Bindings that write through the core

    private func apply(_ change: SettingsChange) {
        Task {
            _ = await store.updateSettings(change)
        }
    }

    private var dayCountingBinding: Binding<DayCounting> {
        Binding(
            get: { store.settings?.dayCounting ?? .cleanDateIsDayZero },
            set: { value in apply(SettingsChange(dayCounting: value)) }
        )
    }

    /// "device" while the language follows the phone, else the pinned language's tag.
    private var languageBinding: Binding<String> {
        Binding(
            get: {
                guard let settings = store.settings, !settings.languageFollowsDevice else {
                    return "device"
                }
                return settings.language == .spanish ? "es" : "en"
            },
            set: { value in apply(SettingsChange(language: value)) }
        )
    }

    private var milestoneSetBinding: Binding<MilestoneSet> {
        Binding(
            get: { store.settings?.milestoneSet ?? .keytags },
            set: { value in apply(SettingsChange(milestoneSet: value)) }
        )
    }

    private var discreetBinding: Binding<Bool> {
        Binding(
            get: { store.settings?.notifications.discreet ?? true },
            set: { value in apply(SettingsChange(discreet: value)) }
        )
    }

    private var milestoneTimeBinding: Binding<Date> {
        Binding(
            get: { LocalDate.date(fromTime: store.settings?.notifications.milestoneTime ?? "09:00", zone: store.timeZone) },
            set: { value in apply(SettingsChange(milestoneTime: LocalDate.time(value, zone: store.timeZone))) }
        )
    }

    private var reminderOnBinding: Binding<Bool> {
        Binding(
            get: { store.settings?.notifications.reminderTime != nil },
            set: { isOn in
                let reminder: ReminderChange = isOn ? .at("20:00") : .off
                apply(SettingsChange(reminder: reminder))
            }
        )
    }

    private var reminderTimeBinding: Binding<Date> {
        Binding(
            get: { LocalDate.date(fromTime: store.settings?.notifications.reminderTime ?? "20:00", zone: store.timeZone) },
            set: { value in apply(SettingsChange(reminder: .at(LocalDate.time(value, zone: store.timeZone)))) }
        )
    }

    private var pledgeReminderOnBinding: Binding<Bool> {
        Binding(
            get: { store.settings?.notifications.pledgeReminderTime != nil },
            set: { isOn in
                let reminder: ReminderChange = isOn ? .at("08:00") : .off
                apply(SettingsChange(pledgeReminder: reminder))
            }
        )
    }

    private var pledgeReminderTimeBinding: Binding<Date> {
        Binding(
            get: { LocalDate.date(fromTime: store.settings?.notifications.pledgeReminderTime ?? "08:00", zone: store.timeZone) },
            set: { value in apply(SettingsChange(pledgeReminder: .at(LocalDate.time(value, zone: store.timeZone)))) }
        )
    }

    private var regionBinding: Binding<String> {
        Binding(
            get: { store.settings?.region ?? "" },
            set: { value in
                if !value.isEmpty {
                    apply(SettingsChange(region: value))
                }
            }
        )
    }

    /// The researched regions, plus this device's region when it is another one.
    private var regionChoices: [String] {
        var codes = SettingsView.regions
        if let device = Locale.current.region?.identifier, !codes.contains(device) {
            codes.append(device)
        }
        if let current = store.settings?.region, !current.isEmpty, !codes.contains(current) {
            codes.append(current)
        }
        return codes
    }

    private func regionName(_ code: String) -> String {
        Locale.current.localizedString(forRegionCode: code) ?? code
    }
}

/// Notifications are refused: say what that costs and link to Cairn's page in Settings, the
/// only place it can be undone (the system asks only once).
struct NotificationsDeniedRow: View {
    @Environment(\.openURL) private var openURL

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Label(L("settings.notificationsDenied"), systemImage: "bell.slash")
            Text(L("settings.notificationsDeniedDetail"))
                .font(.footnote)
                .foregroundStyle(.secondary)
            Button(L("settings.openSettings")) {
                if let url = URL(string: UIApplication.openNotificationSettingsURLString) {
                    openURL(url)
                }
            }
        }
    }
}
