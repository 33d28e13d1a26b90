import CairnCore
import Foundation

/// The encrypted backup: export to a file the person saves, import of a picked file.
@MainActor
extension CompanionStore {
    /// Writes an encrypted backup to the scratch folder. Returns its file and the recovery
    /// code to show once; the settings screen hands the file to the document picker.
    func exportBackup(passphrase: String?) async -> (URL, String)? {
        guard let worker = worker else {
            return nil
        }
        let stamp = LocalDate.day(Date(), zone: timeZone)
        do {
            let location = await worker.storeLocation()
            let folder = location.exportDirectory
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("cairn-backup-" + stamp + ".cairnbackup")
            try? FileManager.default.removeItem(at: file)
            let exported = try await worker.run { core in
                try core.exportBackup(path: file.path, passphrase: passphrase)
            }
            return (file, exported.recoveryCode)
        } catch {
            message = Labels.error(error)
            return nil
        }
    }

    /// Called when the document picker has copied the export out (or was cancelled): the
    /// scratch copy is removed either way.
    func exportFinished() {
        guard let worker = worker else {
            return
        }
        Task {
            let location = await worker.storeLocation()
            location.clearExports()
        }
    }

    /// Replaces everything with a backup the person picked. The core verifies the whole file
    /// before anything changes. `file` comes from the document picker (copied into our
    /// sandbox, so no security-scoped access is needed; it is removed once imported, and kept
    /// after a wrong code so the person can try again).
    func importBackup(file: URL, recoveryCode: String, passphrase: String?) async -> Bool {
        let code = recoveryCode.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = await perform { core in
            _ = try core.importBackup(path: file.path, recoveryCode: code, passphrase: passphrase)
        }
        if result {
            try? FileManager.default.removeItem(at: file)
        }
        return result
    }
}
