// The notification trigger's calendar components, across daylight-saving changes and a change
// of the phone's zone: the core chose the instant, and the components must bring the OS back
// to exactly that instant, in the plan's zone, whatever zone the phone is in.

import CairnCore
import Foundation
import Testing
import UserNotifications
@testable import CairnApp

struct NotificationTimeTests {
    private func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    private func resolved(_ parts: DateComponents) -> Date? {
        parts.calendar?.date(from: parts)
    }

    @Test(arguments: [
        ("2030-03-10T13:00:00Z", "America/New_York"),  // the first morning after spring forward
        ("2030-11-03T05:30:00Z", "America/New_York"),  // 01:30, first of the two
        ("2030-03-31T07:00:00Z", "Europe/Madrid"),
        ("2030-10-06T00:00:00Z", "Australia/Lord_Howe"),  // a half-hour shift
    ])
    func componentsLeadBackToThePlannedInstant(firesAt: String, zone: String) {
        let parts = NotificationScheduler.components(firesAt: instant(firesAt), timeZone: zone)
        #expect(parts.timeZone?.identifier == zone)
        #expect(resolved(parts) == instant(firesAt))
    }

    @Test func aTriggerKeepsThePlansZoneWhenThePhoneMoves() {
        let firesAt = instant("2030-07-01T07:00:00Z")  // 09:00 in Madrid
        let parts = NotificationScheduler.components(firesAt: firesAt, timeZone: "Europe/Madrid")
        #expect(parts.hour == 9)
        let previous = NSTimeZone.default
        defer { NSTimeZone.default = previous }
        for phoneZone in ["America/Los_Angeles", "Asia/Kolkata"] {
            NSTimeZone.default = TimeZone(identifier: phoneZone)!
            let trigger = UNCalendarNotificationTrigger(dateMatching: parts, repeats: false)
            #expect(trigger.nextTriggerDate() == firesAt, "phone in \(phoneZone)")
        }
    }

    @Test func discreetNotificationsCarryOnlyThePublicText() {
        let planned = PlannedNotification(
            id: "milestone-30", kind: .milestone, firesAt: instant("2030-01-01T09:00:00Z"),
            localTime: "2030-01-01T09:00", timeZone: "UTC",
            publicText: "A reminder from Cairn", privateText: "30 days clean"
        )
        let discreet = NotificationScheduler.request(planned, discreet: true)
        let open = NotificationScheduler.request(planned, discreet: false)
        #expect(discreet.content.body == "A reminder from Cairn")
        #expect(open.content.body == "30 days clean")
        #expect(discreet.content.title.isEmpty)
        #expect(discreet.identifier == "milestone-30")
    }
}
