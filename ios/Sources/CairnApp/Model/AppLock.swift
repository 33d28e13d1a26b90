// The optional app lock: Face ID, Touch ID or the passcode before Cairn shows anything. It
// exists because the phone may be shared; the store is already encrypted at rest, and this
// keeps an unlocked phone's next user from reading the screens.

import Foundation
import LocalAuthentication
import Observation

@MainActor
@Observable
final class AppLock {
    /// Whether the person turned the lock on (a switch, not a secret: kept in UserDefaults).
    private(set) var enabled: Bool
    /// Whether the screens are covered until the person authenticates.
    private(set) var locked: Bool

    @ObservationIgnored private let defaults: UserDefaults
    private static let key = "appLockEnabled"

    init(defaults: UserDefaults = .standard) {
        self.defaults = defaults
        enabled = defaults.bool(forKey: AppLock.key)
        locked = defaults.bool(forKey: AppLock.key)
    }

    /// Whether this phone can lock at all (it has a passcode).
    var available: Bool {
        LAContext().canEvaluatePolicy(.deviceOwnerAuthentication, error: nil)
    }

    /// Leaving the foreground: cover the screens until the next authentication.
    func lock() {
        if enabled {
            locked = true
        }
    }

    /// Asks for Face ID, Touch ID or the passcode; uncovers the screens when it succeeds.
    func unlock() async {
        guard locked else {
            return
        }
        if await authenticate() {
            locked = false
        }
    }

    /// Turning the lock on asks to authenticate first, so nobody locks themselves out with
    /// a method the phone does not have.
    func setEnabled(_ on: Bool) async {
        if on, !(await authenticate()) {
            return
        }
        enabled = on
        defaults.set(on, forKey: AppLock.key)
    }

    private func authenticate() async -> Bool {
        let context = LAContext()
        guard context.canEvaluatePolicy(.deviceOwnerAuthentication, error: nil) else {
            // No passcode on the phone: there is nothing to lock with, so never trap the person.
            return true
        }
        return (try? await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: L("lock.reason"))) ?? false
    }
}
