// Bringing a history from Quitter or Sobriety, as the model does it. The file the document
// picker copied in is moved into Cairn's own scratch folder (inside the app's temporary
// directory), handed to the core by path with `now`, and deleted afterwards whatever happens:
// nothing of another app's export stays on the phone outside the encrypted store. The core
// reads, checks and adds it in one transaction or not at all, and says what it did; after an
// import the screens reload, as after every change. The words are in ImportFromText.

import CairnCore
import Foundation

extension CompanionStore {
    /// Why an import from another app added nothing. In every case the store is unchanged.
    enum ImportFromError: Error, Equatable {
        /// The core refused the file: the field it names and its fixed English reason (never
        /// anything from the file).
        case refused(field: String, reason: String)
        /// The file could not be read.
        case unreadable
        /// Anything else; already shown through `message`, as every failure.
        case failed
    }

    /// Where picked exports wait while the core reads them, each in a folder of its own (removed
    /// after its import), inside the app's temporary directory.
    static var importScratch: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("import-from", isDirectory: true)
    }

    /// Imports the export of `source` the document picker copied to `picked`. Returns what the
    /// core added and noticed, or why nothing was added. `picked` and the scratch copy are
    /// deleted before this returns, whatever happened.
    func importFrom(_ source: ImportSource, picked: URL) async -> Result<ImportReport, ImportFromError> {
        let scratch = CompanionStore.importScratch.appendingPathComponent(UUID().uuidString, isDirectory: true)
        defer {
            try? FileManager.default.removeItem(at: picked)
            try? FileManager.default.removeItem(at: scratch)
        }
        guard let worker else {
            return .failure(.failed)
        }
        let file: URL
        do {
            file = try ImportScratch.take(picked, into: scratch)
        } catch {
            return .failure(.unreadable)
        }
        let path = file.path
        let now = Date()
        let imported: ImportReport
        do {
            imported = try await worker.run { core in
                try core.importFrom(source: source, path: path, now: now)
            }
        } catch CairnError.InvalidInput(let field, let reason) {
            return .failure(.refused(field: field, reason: reason))
        } catch CairnError.Io(_) {
            return .failure(.unreadable)
        } catch {
            report(error)
            return .failure(.failed)
        }
        // Even "nothing new" reloads: the screens then show exactly what the store holds.
        await refreshAfterChange()
        return .success(imported)
    }
}

/// The scratch folder's one operation. A copy is moved, not copied again: the picker's copy is
/// already the app's own, and one file is one file to delete.
enum ImportScratch {
    /// Moves `picked` into `folder` (created here, and the caller's to remove). Returns the new
    /// place. (A copy left by an import the system killed midway is in the temporary directory,
    /// which iOS empties itself.)
    static func take(_ picked: URL, into folder: URL) throws -> URL {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("export.json")
        try manager.moveItem(at: picked, to: file)
        return file
    }
}
