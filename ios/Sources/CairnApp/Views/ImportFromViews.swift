// Bringing a history from another recovery app (Quitter, Sobriety): the Settings section that
// says what an import brings and where each app exports, with a button per app, and the report
// after an import, which a person reads before trusting the count: what was added, one block
// per substance with Cairn's count beside the other app's, and every notice in words. The
// words come from ImportFromText; the import itself from CompanionStore.importFrom.

import CairnCore
import SwiftUI

/// A file the document picker copied in, and the app it should come from.
struct PickedImport: Equatable {
    let source: ImportSource
    let file: URL
}

/// The Settings section: what is brought, where each app exports, one button per app, and
/// while an import runs, or after one added nothing, a line saying so.
struct ImportFromSection: View {
    let working: Bool
    let problem: String?
    let pick: (ImportSource) -> Void

    var body: some View {
        Section {
            Text(L("importFrom.body"))
            Text(L("importFrom.where"))
                .font(.footnote)
                .foregroundStyle(.secondary)
            Button(L("importFrom.quitter")) {
                pick(ImportSource.quitter)
            }
            .disabled(working)
            .accessibilityHint(Text(L("a11y.importFrom")))
            Button(L("importFrom.sobriety")) {
                pick(ImportSource.sobriety)
            }
            .disabled(working)
            .accessibilityHint(Text(L("a11y.importFrom")))
            if working {
                ProgressView {
                    Text(L("importFrom.working"))
                }
            }
            if let problem {
                Label {
                    Text(problem)
                } icon: {
                    Image(systemName: "exclamationmark.triangle")
                        .accessibilityHidden(true)
                }
                .foregroundStyle(.red)
            }
        } header: {
            Text(L("importFrom.title"))
        } footer: {
            Text(L("importFrom.footer"))
        }
    }
}

/// What an import did, shown once it is done. Dates are shown like the rest of the app, in
/// the zone the file was read in (the report names it among the notices).
struct ImportReportView: View {
    @Environment(\.dismiss) private var dismiss
    let report: ImportReport

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    Text(ImportFromText.headline(report))
                    rows(ImportFromText.counts(report))
                }
                ForEach(Array(report.journeys.enumerated()), id: \.offset) { item in
                    journeySection(item.element)
                }
                if !notices.isEmpty {
                    Section {
                        ForEach(Array(notices.enumerated()), id: \.offset) { item in
                            Text(item.element)
                        }
                    } header: {
                        Text(L("importFrom.notices"))
                    }
                }
            }
            .navigationTitle(L("importFrom.reportTitle"))
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .confirmationAction) {
                    Button(L("action.done")) {
                        dismiss()
                    }
                }
            }
        }
    }

    private var notices: [String] {
        ImportFromText.notices(report)
    }

    private func journeySection(_ line: ImportedJourneyReport) -> some View {
        Section {
            Text(ImportFromText.outcome(line, zone: report.timeZone))
            rows(ImportFromText.journeyRows(line, app: ImportFromText.appName(report.source), zone: report.timeZone))
        } header: {
            // The person's own name for it, as they kept it in the other app.
            Text(verbatim: line.substance)
        }
    }

    /// Label and value side by side, as the app's other screens show numbers.
    private func rows(_ rows: [ImportRow]) -> some View {
        ForEach(rows, id: \.self) { row in
            LabeledContent(row.label, value: row.value)
        }
    }
}
