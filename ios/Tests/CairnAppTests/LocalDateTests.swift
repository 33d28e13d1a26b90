// The shell's own date handling, where a daylight-saving change or a new zone could shift a
// day: the days sent to the core, the pickers' dates, and the local midnights the widget's
// timeline steps through. The core's calendar rules are tested in Rust; these test only the
// conversions the shell makes.

import CairnPlatform
import Foundation
import Testing
@testable import CairnApp

struct LocalDateTests {
    private let newYork = "America/New_York"

    private func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    @Test func theSameInstantIsADifferentDayInAnotherZone() {
        let moment = instant("2026-03-08T03:30:00Z")
        #expect(LocalDate.day(moment, zone: "Asia/Tokyo") == "2026-03-08")
        #expect(LocalDate.day(moment, zone: "America/Los_Angeles") == "2026-03-07")
    }

    @Test func daysSurviveTheSpringForwardAndFallBackDays() {
        for day in ["2026-03-08", "2026-11-01", "2026-03-29", "2026-10-25"] {
            for zone in [newYork, "Europe/Madrid", "Australia/Lord_Howe"] {
                let picked = LocalDate.date(fromDay: day, zone: zone)
                #expect(LocalDate.day(picked, zone: zone) == day, "\(day) in \(zone)")
            }
        }
    }

    @Test func aTimeInTheSpringGapMovesForward() {
        let reference = instant("2026-03-08T12:00:00Z")
        let picked = LocalDate.date(fromTime: "02:30", zone: newYork, reference: reference)
        #expect(LocalDate.day(picked, zone: newYork) == "2026-03-08")
        #expect(LocalDate.time(picked, zone: newYork) >= "03:00")
    }

    @Test func aRepeatedTimeTakesItsFirstOccurrence() {
        let reference = instant("2026-11-01T12:00:00Z")
        let picked = LocalDate.date(fromTime: "01:30", zone: newYork, reference: reference)
        #expect(picked == instant("2026-11-01T05:30:00Z"))
    }

    @Test func theWidgetStepsThroughLocalMidnightsAcrossDaylightSaving() {
        let midnights = LocalMidnights.after(instant("2026-03-07T17:00:00Z"), zone: newYork, count: 3)
        #expect(midnights == [
            instant("2026-03-08T05:00:00Z"),
            instant("2026-03-09T04:00:00Z"),
            instant("2026-03-10T04:00:00Z"),
        ])
        #expect(midnights[1].timeIntervalSince(midnights[0]) == 23 * 3600)
    }

    @Test func midnightsFollowTheZoneTheCoreCountsIn() {
        let now = instant("2026-06-01T12:00:00Z")
        let tokyo = LocalMidnights.after(now, zone: "Asia/Tokyo", count: 1)
        let honolulu = LocalMidnights.after(now, zone: "Pacific/Honolulu", count: 1)
        #expect(tokyo == [instant("2026-06-01T15:00:00Z")])
        #expect(honolulu == [instant("2026-06-02T10:00:00Z")])
    }
}
