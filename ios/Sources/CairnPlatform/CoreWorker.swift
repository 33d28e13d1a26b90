// The one place the core is called from: an actor, so the core's synchronous work never runs
// on the main thread and never runs twice at once, and the store's open/closed state has one owner.

import CairnCore
import Foundation

/// Owns the open companion and runs every core call off the main actor.
///
/// The core's methods are synchronous (SQLite and AES-GCM), so they must not run on the main
/// actor; this actor serialises them instead, and the UI awaits the results. Whatever crosses
/// in or out is Sendable: the generated records are, the companion is `@unchecked Sendable`
/// and never leaves this actor, and the work comes in as `@Sendable` closures.
///
/// The store is opened lazily and closed when the app goes to the background (`suspend`).
/// While suspended, nothing reopens it: iOS kills an app that holds a lock on a file in a
/// shared container while it is suspended (0xdead10cc), and a Complete-protected file cannot
/// be read once the phone locks anyway.
public actor CoreWorker {
    /// Why a call was refused before it reached the core.
    public enum Refusal: Error, Equatable {
        /// The app is in the background; `resume()` on the return to the foreground.
        case suspended
    }

    private let open: @Sendable () throws -> CairnCompanion
    private var companion: CairnCompanion?
    private var suspended = false

    /// `open` makes the companion: the real store in the app and widget, a fake in tests.
    public init(open: @escaping @Sendable () throws -> CairnCompanion) {
        self.open = open
    }

    /// The store in its standard place, keyed by the Keychain, told the device's zone and
    /// language as soon as it opens.
    public static func standard(location: StoreLocation, keyStore: KeychainKeyStore) -> CoreWorker {
        CoreWorker {
            try location.prepare()
            defer {
                keyStore.clearHandedOut()
            }
            let companion = try CairnCompanion.openWithKeyStore(
                path: location.storePath,
                keyStore: keyStore,
                timeZone: TimeZone.current.identifier
            )
            // Not fatal: on a full disk the core keeps the zone and language it last saved,
            // and showing clean time matters more than following a move.
            _ = try? companion.setDevice(device: currentDevice())
            return companion
        }
    }

    /// The phone's zone and language now, for settings that follow the device.
    public static func currentDevice() -> Device {
        Device(timeZone: TimeZone.current.identifier, locale: Locale.current.identifier)
    }

    /// Tells an open store that the phone's zone or language changed (a closed one is told
    /// when it opens).
    public func tellDevice() {
        guard !suspended, let companion else {
            return
        }
        _ = try? companion.setDevice(device: CoreWorker.currentDevice())
    }

    /// Runs `body` with the open companion, opening the store first if needed.
    public func run<T: Sendable>(_ body: @Sendable (CairnCompanion) throws -> T) throws -> T {
        if suspended {
            throw Refusal.suspended
        }
        let current: CairnCompanion
        if let companion {
            current = companion
        } else {
            current = try open()
            companion = current
        }
        return try body(current)
    }

    /// Closes the store file and refuses to reopen it until `resume()`.
    public func suspend() {
        suspended = true
        close()
    }

    /// Back in the foreground: the next call may open the store again.
    public func resume() {
        suspended = false
    }

    /// Closes the store file; the next call reopens it (unless suspended).
    public func close() {
        companion?.closeStore()
        companion = nil
    }

    /// Crypto-shreds everything: closes the store, then runs `wipe` (the core's `wipeStore`: the
    /// Keychain key first, then every file of the store). Returns what `wipe` returns: whether
    /// a store existed.
    public func wipe(_ wipe: @Sendable () throws -> Bool) throws -> Bool {
        close()
        return try wipe()
    }
}
