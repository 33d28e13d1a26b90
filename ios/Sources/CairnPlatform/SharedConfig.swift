// The identifiers the app and the widget must agree on, in one place, read from what the build
// wrote into their Info.plists rather than repeated in code.

import Foundation

/// The identifiers the app and its widget extension share, read from their Info.plists.
///
/// Both are explicit: project.yml sets the App Group and the Keychain access group once, as
/// build settings that fill the entitlements and the Info.plist keys read here, so the code,
/// the entitlements and the two targets can never disagree. A missing key means the target
/// was built without project.yml's settings; the app then keeps its store in its own
/// container and the widget shows its neutral face.
public enum SharedConfig {
    /// The App Group both targets belong to (com.apple.security.application-groups).
    public static let appGroup: String? = infoValue("CairnAppGroup")

    /// The Keychain access group of the key, with the team prefix filled in at build time.
    public static let keychainGroup: String? = infoValue("CairnKeychainGroup")

    /// The Keychain service and account under which the platform key is kept.
    public static let keychainService = "app.cairn.store-key"
    public static let keychainAccount = "platform-key"

    /// The URL the widget opens to ask the app to start the reach-out call.
    public static let reachOutURL = URL(string: "cairn://reach-out")!

    /// The widget's kind, for reloading its timeline from the app.
    public static let widgetKind = "CairnCleanDays"

    private static func infoValue(_ key: String) -> String? {
        guard let value = Bundle.main.object(forInfoDictionaryKey: key) as? String,
              !value.isEmpty, !value.contains("$(") else {
            return nil
        }
        return value
    }
}
