// The backup's sheets: the recovery code after an export (shown once, never selectable), and
// the code and passphrase before an import; and the way back from an import (a row, and the
// question before and the word after). Apart from the settings screen because they are their
// own small flows, with their own state. (The sheets of an import from another app are listed
// here too; their views are in ImportFromViews.swift.)

import CairnCore
import SwiftUI

/// The sheets the settings screen shows, one at a time.
enum SettingsSheet: Identifiable {
    case exported(URL, String)
    case pickImport
    case confirmImport(URL)
    case pickImportFrom(ImportSource)
    case importReport(ImportReport)

    var id: String {
        switch self {
        case .exported:
            return "exported"
        case .pickImport:
            return "pick"
        case .confirmImport:
            return "confirm"
        case .pickImportFrom:
            return "pickImportFrom"
        case .importReport:
            return "importReport"
        }
    }
}

/// After an export: the recovery code, shown once, and the document picker to save the file.
struct ExportResultView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    let file: URL
    let recoveryCode: String
    @State private var saving = false

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    // Not selectable: a copied code would sit on the pasteboard, where other
                    // apps and other devices can read it. It is written down instead.
                    Text(recoveryCode)
                        .font(.title3.monospaced())
                        .textSelection(.disabled)
                        .privacySensitive()
                        .accessibilityLabel(Text(L("a11y.recoveryCode", recoveryCode)))
                } header: {
                    Text(L("export.code"))
                } footer: {
                    Text(L("export.codeFooter"))
                }
                Section {
                    Button(L("export.save")) {
                        saving = true
                    }
                }
            }
            .navigationTitle(L("settings.export"))
            .toolbar {
                ToolbarItem(placement: .confirmationAction) {
                    Button(L("action.done")) {
                        store.exportFinished()
                        dismiss()
                    }
                }
            }
            .sheet(isPresented: $saving) {
                DocumentPicker(mode: .export(file)) { _ in
                    saving = false
                }
                .privacyCover()
            }
        }
    }
}

/// Before an import: the recovery code (and passphrase, if one was set) that open the file.
/// The core checks the whole backup before anything is replaced.
struct ImportBackupView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    let file: URL
    @State private var code = ""
    @State private var passphrase = ""
    @State private var working = false

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    TextField(L("import.code"), text: $code)
                        .privateEntry(capitalize: false)
                        .textInputAutocapitalization(.characters)
                    SecureField(L("import.passphrase"), text: $passphrase)
                } footer: {
                    Text(L("import.footer"))
                }
                if let message = store.message {
                    Section {
                        Text(message)
                            .foregroundStyle(.red)
                    }
                }
                Section {
                    Button(L("import.replace"), role: .destructive) {
                        runImport()
                    }
                    .disabled(working || code.isEmpty)
                }
            }
            .navigationTitle(L("settings.import"))
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(L("action.cancel")) {
                        try? FileManager.default.removeItem(at: file)
                        dismiss()
                    }
                }
            }
        }
    }

    private func runImport() {
        working = true
        store.message = nil
        let secret = passphrase.isEmpty ? nil : passphrase
        Task {
            let done = await store.importBackup(file: file, recoveryCode: code, passphrase: secret)
            working = false
            if done {
                dismiss()
            }
        }
    }
}

/// While what the phone held before the last backup import is kept: what that means, and the
/// button that brings it back. Settings asks first (`undoImportDialogs`).
struct UndoImportRow: View {
    let confirm: () -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(L("settings.undoImportKept"))
                .font(.footnote)
                .foregroundStyle(.secondary)
            Button(L("settings.undoImport"), role: .destructive, action: confirm)
                .accessibilityHint(Text(L("a11y.undoImport")))
        }
    }
}

extension View {
    /// Asks before undoing the last backup import, undoes it, then says it is done. On the
    /// screen rather than on the row: the row goes away as soon as the undo has worked.
    func undoImportDialogs(confirming: Binding<Bool>, undone: Binding<Bool>) -> some View {
        modifier(UndoImportDialogs(confirming: confirming, undone: undone))
    }
}

/// The question before undoing the last backup import and the word after it worked.
struct UndoImportDialogs: ViewModifier {
    @Environment(CompanionStore.self) private var store
    @Binding var confirming: Bool
    @Binding var undone: Bool

    func body(content: Content) -> some View {
        content
            .confirmationDialog(L("settings.undoImportConfirmTitle"), isPresented: $confirming, titleVisibility: .visible) {
                Button(L("settings.undoImportConfirm"), role: .destructive) {
                    Task {
                        // A refusal is shown by the root view's alert, as for every change.
                        undone = await store.undoImport()
                    }
                }
                Button(L("action.cancel"), role: .cancel) {}
            } message: {
                Text(L("settings.undoImportMessage"))
            }
            .alert(L("settings.undoImportDone"), isPresented: $undone) {
                Button(L("action.ok")) {}
            } message: {
                Text(L("settings.undoImportDoneMessage"))
            }
    }
}
