import Foundation

/// Identifiers shared by the app and its widget extension. They must match the entitlements
/// of both targets (see ios/README.md). When the app group is not configured, the app keeps
/// its store in its own container and the widget shows a neutral placeholder.
public enum SharedConfig {
    /// The App Group both targets belong to (com.apple.security.application-groups).
    public static let appGroup = "group.app.cairn"

    /// The Keychain access group of the key. `nil` uses the default group, which is the first
    /// entry of the keychain-access-groups entitlement: list "$(AppIdentifierPrefix)app.cairn"
    /// first in both the app and the widget so both read the same key (see ios/README.md).
    public static let keychainGroup: String? = nil

    /// The Keychain service and account under which the platform key is kept.
    public static let keychainService = "app.cairn.store-key"
    public static let keychainAccount = "platform-key"

    /// The URL the widget opens to ask the app to start the reach-out call.
    public static let reachOutURL = URL(string: "cairn://reach-out")!
}
