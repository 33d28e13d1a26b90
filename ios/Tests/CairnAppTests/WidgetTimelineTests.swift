// The widget's timeline: a good read carries the count through the coming local midnights, so
// the locked phone (which cannot open the store) still shows the right number; a failed read
// shows the neutral face and tries again in 15 minutes.

import Foundation
import Testing
import WidgetKit
@testable import CairnWidget

struct WidgetTimelineTests {
    private let now = ISO8601DateFormatter().date(from: "2026-03-07T17:00:00Z")!

    @Test func aReadCoversTheNextSevenMidnights() {
        let reading = CleanDaysReading(days: 10, timeZone: "America/New_York", discreet: false)
        let timeline = CleanDaysProvider.timeline(now: now, reading: reading)
        #expect(timeline.entries.map(\.days) == [10, 11, 12, 13, 14, 15, 16, 17])
        #expect(timeline.entries[1].date == ISO8601DateFormatter().date(from: "2026-03-08T05:00:00Z"))
        #expect(timeline.policy == .after(timeline.entries.last!.date))
    }

    @Test func aFailedReadRetriesInFifteenMinutes() {
        let timeline = CleanDaysProvider.timeline(now: now, reading: nil)
        #expect(timeline.entries.count == 1)
        #expect(timeline.entries[0].days == nil)
        #expect(timeline.policy == .after(now.addingTimeInterval(15 * 60)))
    }

    @Test func discreetModeIsCarriedToEveryEntry() {
        let reading = CleanDaysReading(days: 3, timeZone: "UTC", discreet: true)
        let timeline = CleanDaysProvider.timeline(now: now, reading: reading)
        #expect(timeline.entries.allSatisfy(\.discreet))
    }
}
