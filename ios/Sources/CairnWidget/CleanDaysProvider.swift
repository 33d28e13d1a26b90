// Where the widget's numbers come from. The store is Complete-protected, so it can be read
// only while the phone is unlocked; a timeline built then carries the count through the
// coming local midnights, and a failed read is retried in 15 minutes instead of leaving the
// placeholder up all day.

import CairnCore
import CairnPlatform
import Foundation
import WidgetKit

struct CleanDaysEntry: TimelineEntry {
    let date: Date
    /// nil when the store could not be read (locked, not set up yet, busy).
    let days: UInt32?
    /// Discreet mode (the default) shows a neutral face: no count on the home screen.
    let discreet: Bool
}

/// What one read of the store gives the widget.
struct CleanDaysReading: Sendable {
    let days: UInt32
    let timeZone: String
    let discreet: Bool
}

struct CleanDaysProvider: TimelineProvider {
    /// How many local midnights ahead a successful read covers.
    static let daysAhead = 7
    static let retry: TimeInterval = 15 * 60

    func placeholder(in context: Context) -> CleanDaysEntry {
        CleanDaysEntry(date: Date(), days: nil, discreet: true)
    }

    func getSnapshot(in context: Context, completion: @escaping (CleanDaysEntry) -> Void) {
        if context.isPreview {
            completion(CleanDaysEntry(date: Date(), days: 30, discreet: false))
            return
        }
        let now = Date()
        let reading = CleanDaysProvider.read(now: now)
        completion(CleanDaysEntry(date: now, days: reading?.days, discreet: reading?.discreet ?? true))
    }

    func getTimeline(in context: Context, completion: @escaping (Timeline<CleanDaysEntry>) -> Void) {
        completion(CleanDaysProvider.timeline(now: Date(), reading: CleanDaysProvider.read(now: Date())))
    }

    /// Today's count, then one entry per coming local midnight (a day more each, since the
    /// count only changes at midnight or with a use, and a use reloads the timeline from the
    /// app). Without a reading: the neutral face, and another try in 15 minutes.
    static func timeline(now: Date, reading: CleanDaysReading?) -> Timeline<CleanDaysEntry> {
        guard let reading else {
            let entry = CleanDaysEntry(date: now, days: nil, discreet: true)
            return Timeline(entries: [entry], policy: .after(now.addingTimeInterval(retry)))
        }
        var entries = [CleanDaysEntry(date: now, days: reading.days, discreet: reading.discreet)]
        let midnights = LocalMidnights.after(now, zone: reading.timeZone, count: daysAhead)
        for (offset, midnight) in midnights.enumerated() {
            entries.append(CleanDaysEntry(date: midnight, days: reading.days + UInt32(offset + 1),
                                          discreet: reading.discreet))
        }
        return Timeline(entries: entries, policy: .after(midnights.last ?? now.addingTimeInterval(retry)))
    }

    /// Opens the store, reads, closes it again at once (a widget must not hold a file in
    /// the shared container), synchronously: WidgetKit calls the provider off the main thread.
    /// Only the app creates the key, so a widget without the shared Keychain group reads nothing.
    static func read(now: Date) -> CleanDaysReading? {
        guard let location = try? StoreLocation.standard(),
              FileManager.default.fileExists(atPath: location.storePath) else {
            return nil
        }
        let keyStore = KeychainKeyStore(createIfMissing: false)
        let opened = try? CairnCompanion.openWithKeyStore(
            path: location.storePath, keyStore: keyStore, timeZone: TimeZone.current.identifier
        )
        keyStore.clearHandedOut()
        guard let core = opened else {
            return nil
        }
        defer {
            core.closeStore()
        }
        guard let status = try? core.status(journeyId: nil, now: now),
              let settings = try? core.settings() else {
            return nil
        }
        return CleanDaysReading(days: status.streak.currentDays, timeZone: status.timeZone,
                                discreet: settings.notifications.discreet)
    }
}
