import CairnCore
import Foundation

/// Owns the open companion and runs every core call off the main actor. The core's methods
/// are synchronous (SQLite and AES-GCM); an actor serialises them on a background executor,
/// and the UI awaits the results. The store is opened lazily and closed when the app leaves
/// the foreground, so no file stays open while the device locks.
public actor CoreWorker {
    private let location: StoreLocation
    private let keyStore: KeychainKeyStore
    private var companion: CairnCompanion?

    public init(location: StoreLocation, keyStore: KeychainKeyStore) {
        self.location = location
        self.keyStore = keyStore
    }

    /// Runs `body` with the open companion, opening the store first if needed.
    public func run<T>(_ body: (CairnCompanion) throws -> T) throws -> T {
        let companion = try openIfNeeded()
        return try body(companion)
    }

    /// Closes the store file; the next call reopens it.
    public func close() {
        companion?.closeStore()
        companion = nil
    }

    /// Crypto-shreds everything: closes the store, wipes it (wrapped keys first, then the
    /// files) and deletes the Keychain key. Returns whether a store existed.
    public func wipe() throws -> Bool {
        close()
        let existed = try wipeStore(path: location.storePath)
        keyStore.deleteKey()
        location.clearExports()
        return existed
    }

    /// Whether a store file exists yet (the widget opens only an existing one).
    public func storeExists() -> Bool {
        FileManager.default.fileExists(atPath: location.storePath)
    }

    /// The folder the store lives in (for export scratch files).
    public func storeLocation() -> StoreLocation {
        location
    }

    private func openIfNeeded() throws -> CairnCompanion {
        if let companion = companion {
            return companion
        }
        try location.prepare()
        let opened = try CairnCompanion.openWithKeyStore(
            path: location.storePath,
            keyStore: keyStore,
            timeZone: TimeZone.current.identifier
        )
        companion = opened
        return opened
    }
}
