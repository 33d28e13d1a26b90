// Where the encrypted store lives, and the file attributes that keep it private: one place,
// because the app, the widget and the tests must agree on the path, and the protection and
// backup exclusion must be reapplied whenever a file appears.

import Foundation

/// Where the encrypted store lives: Application Support (in the shared App Group container
/// when it is configured, so the widget can read it), excluded from iCloud and iTunes
/// backups, with NSFileProtectionComplete so the files are unreadable while the device is
/// locked. Moving to a new phone goes through the encrypted export instead.
public struct StoreLocation: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The default location for this app and its widget.
    public static func standard() throws -> StoreLocation {
        let manager = FileManager.default
        var base: URL
        if let group = SharedConfig.appGroup.flatMap(manager.containerURL(forSecurityApplicationGroupIdentifier:)) {
            base = group.appendingPathComponent("Library", isDirectory: true)
            base = base.appendingPathComponent("Application Support", isDirectory: true)
        } else {
            base = try manager.url(
                for: .applicationSupportDirectory,
                in: .userDomainMask,
                appropriateFor: nil,
                create: true
            )
        }
        let directory = base.appendingPathComponent("Cairn", isDirectory: true)
        return StoreLocation(directory: directory)
    }

    /// A throwaway store for UI tests, so a test run never sees (or deletes) real data.
    public static func uiTest() -> StoreLocation {
        StoreLocation(directory: FileManager.default.temporaryDirectory
            .appendingPathComponent("CairnUITest", isDirectory: true))
    }

    /// The store file the core opens; SQLite puts its -wal and -shm files beside it.
    public var storePath: String {
        directory.appendingPathComponent("cairn.db", isDirectory: false).path
    }

    /// A scratch folder for exports before the document picker moves them out.
    public var exportDirectory: URL {
        directory.appendingPathComponent("Export", isDirectory: true)
    }

    /// Creates the folder with complete file protection and excludes it from backup. Call
    /// before opening the store; it is cheap and repairs the attributes if they were lost.
    public func prepare() throws {
        let manager = FileManager.default
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        if !manager.fileExists(atPath: directory.path) {
            try manager.createDirectory(
                at: directory,
                withIntermediateDirectories: true,
                attributes: protection
            )
        }
        try manager.setAttributes(protection, ofItemAtPath: directory.path)
        try excludeFromBackup(directory)
        let files = try manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        for file in files {
            try manager.setAttributes(protection, ofItemAtPath: file.path)
            try excludeFromBackup(file)
        }
    }

    /// Removes what is left in the export scratch folder.
    public func clearExports() {
        try? FileManager.default.removeItem(at: exportDirectory)
    }

    private func excludeFromBackup(_ url: URL) throws {
        var target = url
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try target.setResourceValues(values)
    }
}
