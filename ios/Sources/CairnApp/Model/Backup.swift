// The encrypted backup, as the model moves it: export to a scratch file the document picker
// copies out, import of a file the picker copied in, and the way back from an import. The core
// seals, verifies and keeps what an import replaced; here are only files.

import CairnCore
import Foundation

extension CompanionStore {
    /// Writes an encrypted backup to the scratch folder. Returns its file and the recovery
    /// code to show once; the settings screen hands the file to the document picker.
    func exportBackup(passphrase: String?) async -> (file: URL, recoveryCode: String)? {
        guard let worker else {
            return nil
        }
        let folder = platform.exportDirectory
        let file = folder.appendingPathComponent("cairn-backup-" + LocalDate.day(Date(), zone: timeZone) + ".cairnbackup")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: file)
            let path = file.path
            let exported = try await worker.run { core in
                try core.exportBackup(path: path, passphrase: passphrase)
            }
            return (file, exported.recoveryCode)
        } catch {
            report(error)
            return nil
        }
    }

    /// Called when the document picker has copied the export out (or was cancelled): the
    /// scratch copy is removed either way.
    func exportFinished() {
        try? FileManager.default.removeItem(at: platform.exportDirectory)
    }

    /// Replaces everything with a backup the person picked. The core verifies the whole file
    /// before anything changes. `file` comes from the document picker (copied into our
    /// sandbox, so no security-scoped access is needed; it is removed once imported, and kept
    /// after a wrong code so the person can try again).
    func importBackup(file: URL, recoveryCode: String, passphrase: String?) async -> Bool {
        let code = recoveryCode.trimmingCharacters(in: .whitespacesAndNewlines)
        let path = file.path
        let result = await perform { core in
            _ = try core.importBackup(path: path, recoveryCode: code, passphrase: passphrase)
        }
        if result {
            try? FileManager.default.removeItem(at: file)
        }
        return result
    }

    /// Brings back what this phone held before the last backup import and discards what the
    /// backup brought (one atomic rename in the core). With nothing kept to bring back the
    /// core says NotFound, nothing changes, and that is reported like any refused change.
    /// The screens reload after, as after every change (Settings then hides the offer).
    func undoImport() async -> Bool {
        await perform { core in
            try core.undoImport()
        }
    }
}
