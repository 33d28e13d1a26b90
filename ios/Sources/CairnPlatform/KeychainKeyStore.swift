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
///
/// A second item (the same service, the account with ".commit-mark") keeps the store's commit
/// mark, so that an older copy of the store's files put back is refused at the next open; it is
/// in the Keychain, not in the app's files, so restoring old files does not restore it.
///
/// Every key handed out is kept until `clearHandedOut()`, which zeroes it: call it once the open
/// that asked for the key has returned.
public final class KeychainKeyStore: KeyStore, @unchecked Sendable {
    private let service: String
    private let account: String
    private let accessGroup: String?
    private let createIfMissing: Bool
    private let lock = NSLock()
    private var handedOut: [Data] = []

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
        let key = try findOrCreateKey()
        handedOut.append(key)
        return key
    }

    /// Zeroes every key handed out so far. Once the core has copied a key, this store holds the
    /// only reference to its bytes, so they are overwritten in place.
    public func clearHandedOut() {
        lock.lock()
        defer { lock.unlock() }
        for index in handedOut.indices {
            handedOut[index].resetBytes(in: 0..<handedOut[index].count)
        }
        handedOut.removeAll()
    }

    public func lastCommitMark() throws -> CommitMark? {
        lock.lock()
        defer { lock.unlock() }
        var query = baseQuery(account: markAccount)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        guard status == errSecSuccess, let data = item as? Data,
              let text = String(data: data, encoding: .ascii) else {
            // None yet, or unreadable: a lost mark must never lock the person out.
            return nil
        }
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0].count == 32,
              parts[0].allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
              let counter = UInt64(parts[1]) else {
            return nil
        }
        return CommitMark(store: String(parts[0]), counter: counter)
    }

    public func rememberCommitMark(mark: CommitMark) throws {
        lock.lock()
        defer { lock.unlock() }
        let data = Data("\(mark.store) \(mark.counter)".utf8)
        let query = baseQuery(account: markAccount)
        let update = SecItemUpdate(query as CFDictionary, [kSecValueData as String: data] as CFDictionary)
        if update == errSecSuccess {
            return
        }
        guard update == errSecItemNotFound else {
            throw KeyStoreError.Unavailable(reason: "keychain update failed: \(update)")
        }
        var attributes = query
        attributes[kSecValueData as String] = data
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        attributes[kSecAttrSynchronizable as String] = false
        let added = SecItemAdd(attributes as CFDictionary, nil)
        guard added == errSecSuccess else {
            throw KeyStoreError.Unavailable(reason: "keychain write failed: \(added)")
        }
    }

    private var markAccount: String {
        account + ".commit-mark"
    }

    private func findOrCreateKey() throws -> Data {
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
        // The mark goes with the key, whatever happens to the key's item.
        _ = SecItemDelete(baseQuery(account: markAccount) as CFDictionary)
        let status = SecItemDelete(baseQuery() as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeyStoreError.Unavailable(reason: "keychain delete failed: \(status)")
        }
    }

    /// Deletes the key with no store involved (the UI tests' fresh start).
    public func deleteKey() {
        try? destroyKey()
    }

    private func baseQuery(account: String? = nil) -> [String: Any] {
        var query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account ?? self.account,
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
