// The platform half of the store's key: the core asks the shell for a key through its
// `KeyStore` trait, and on iOS that key lives in the Keychain, never in a file.

import CairnCore
import Foundation
import Security

/// The core's `KeyStore`, backed by the Keychain: one random 32-byte key, created on first
/// use, readable only while the device is unlocked and never migrated to another device
/// (kSecAttrAccessibleWhenUnlockedThisDeviceOnly). The key never leaves this process except
/// to the core, which uses it to unwrap its data key. The item lives in the explicit access
/// group SharedConfig reads from the Info.plist, so the app and its widget read the same key.
public final class KeychainKeyStore: KeyStore, @unchecked Sendable {
    private let service: String
    private let account: String
    private let accessGroup: String?
    private let createIfMissing: Bool
    private let lock = NSLock()

    /// `createIfMissing` is false in the widget: only the app creates the key, so a widget
    /// that cannot see the app's Keychain group never makes a second key.
    public init(
        service: String = SharedConfig.keychainService,
        account: String = SharedConfig.keychainAccount,
        accessGroup: String? = SharedConfig.keychainGroup,
        createIfMissing: Bool = true
    ) {
        self.service = service
        self.account = account
        self.accessGroup = accessGroup
        self.createIfMissing = createIfMissing
    }

    public func platformKey() throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        if let existing = try readKey() {
            return existing
        }
        guard createIfMissing else {
            throw KeyStoreError.Unavailable(reason: "no key yet")
        }
        let created = try randomKey()
        if try storeKey(created) {
            return created
        }
        // Another process (the widget) created it first: use theirs.
        guard let theirs = try readKey() else {
            throw KeyStoreError.Unavailable(reason: "keychain item vanished")
        }
        return theirs
    }

    /// Deletes the Keychain item: the core's `wipeStore` calls this first, before it deletes
    /// any file, so no copy of the files can be opened with this key again. An item already
    /// gone is no failure; any other status throws, and the core still deletes every file.
    public func destroyKey() throws {
        lock.lock()
        defer { lock.unlock() }
        let status = SecItemDelete(baseQuery() as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeyStoreError.Unavailable(reason: "keychain delete failed: \(status)")
        }
    }

    /// Deletes the key with no store involved (the UI tests' fresh start).
    public func deleteKey() {
        try? destroyKey()
    }

    private func baseQuery() -> [String: Any] {
        var query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        if let group = accessGroup {
            query[kSecAttrAccessGroup as String] = group
        }
        return query
    }

    private func readKey() throws -> Data? {
        var query = baseQuery()
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecItemNotFound {
            return nil
        }
        guard status == errSecSuccess else {
            throw KeyStoreError.Unavailable(reason: "keychain read failed: \(status)")
        }
        guard let data = item as? Data, data.count == 32 else {
            throw KeyStoreError.Failed(reason: "keychain item has the wrong shape")
        }
        return data
    }

    private func randomKey() throws -> Data {
        var bytes = [UInt8](repeating: 0, count: 32)
        let status = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes)
        guard status == errSecSuccess else {
            throw KeyStoreError.Failed(reason: "no random bytes: \(status)")
        }
        let data = Data(bytes)
        for index in bytes.indices {
            bytes[index] = 0
        }
        return data
    }

    /// Adds the key; false when an item already exists.
    private func storeKey(_ key: Data) throws -> Bool {
        var attributes = baseQuery()
        attributes[kSecValueData as String] = key
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        attributes[kSecAttrSynchronizable as String] = false
        let status = SecItemAdd(attributes as CFDictionary, nil)
        if status == errSecDuplicateItem {
            return false
        }
        guard status == errSecSuccess else {
            throw KeyStoreError.Unavailable(reason: "keychain write failed: \(status)")
        }
        return true
    }
}
