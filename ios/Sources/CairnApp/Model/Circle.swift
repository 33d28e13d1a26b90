// The circle, as the model reaches it: the one-tap call, the reach-out chain and the person's
// contacts. A reach-out opens the link first and logs it second, so a failing store never
// stands between a person and a call.

import CairnCore
import Foundation

extension CompanionStore {
    /// The one-tap button (and the widget's): the first entry of the chain.
    func callReachOut() {
        Task {
            guard let worker else {
                return
            }
            do {
                let action = try await worker.run { core in
                    try core.reachOutAction()
                }
                reachOut(index: 0, channel: .call, uri: action.telUri)
            } catch {
                report(error)
            }
        }
    }

    /// Opens a chain entry's tel: or sms: link and logs the reach-out (it counts as a helpful
    /// action in today's check-in). The link opens even if logging fails.
    func reachOut(index: UInt32, channel: Channel, uri: String) {
        urlToOpen = URL(string: uri)
        let now = Date()
        Task {
            await perform { core in
                _ = try core.logReachOut(index: index, channel: channel, now: now)
            }
        }
    }

    func addContact(_ contact: NewContact, primary: Bool) async -> Bool {
        await perform { core in
            _ = try core.addContact(contact: contact, primary: primary)
        }
    }

    func editContact(id: RecordId, contact: NewContact, primary: Bool) async -> Bool {
        await perform { core in
            try core.editContact(contactId: id, contact: contact, primary: primary)
        }
    }

    func removeContact(id: RecordId) async {
        await perform { core in
            try core.removeContact(contactId: id)
        }
    }
}
