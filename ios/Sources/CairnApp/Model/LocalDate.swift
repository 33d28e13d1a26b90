// Local calendar dates as the core wants them ("YYYY-MM-DD", "HH:MM") in the zone the core
// counts days in, which may differ from the phone's. Every conversion between a Date and a
// day goes through here, so a picker, a label and the core never disagree about which day.

import Foundation
import SwiftUI

enum LocalDate {
    static func day(_ date: Date, zone: String) -> String {
        formatter(zone: zone, pattern: "yyyy-MM-dd").string(from: date)
    }

    static func time(_ date: Date, zone: String) -> String {
        formatter(zone: zone, pattern: "HH:mm").string(from: date)
    }

    /// "HH:MM" as a Date on `reference`'s day in `zone`, for a time picker. A wall time the
    /// day skips (a daylight-saving gap) becomes the first time after it.
    static func date(fromTime text: String, zone: String, reference: Date = Date()) -> Date {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        let calendar = calendar(zone: zone)
        guard parts.count == 2 else {
            return reference
        }
        let start = calendar.startOfDay(for: reference)
        return calendar.date(bySettingHour: parts[0], minute: parts[1], second: 0, of: start,
                             matchingPolicy: .nextTime, repeatedTimePolicy: .first,
                             direction: .forward) ?? reference
    }

    /// "YYYY-MM-DD" as noon of that day in `zone`, for a date picker: noon exists on every
    /// day, even one whose midnight a daylight-saving change skips.
    static func date(fromDay text: String, zone: String) -> Date {
        formatter(zone: zone, pattern: "yyyy-MM-dd HH:mm").date(from: text + " 12:00") ?? Date()
    }

    /// A "YYYY-MM-DD" day in the person's own date style and language.
    static func display(_ text: String, zone: String) -> String {
        let shown = DateFormatter()
        shown.timeZone = TimeZone(identifier: zone) ?? TimeZone.current
        shown.dateStyle = .medium
        shown.timeStyle = .none
        return shown.string(from: date(fromDay: text, zone: zone))
    }

    /// A Gregorian calendar in `zone`: what the pickers count days with.
    static func calendar(zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone.current
        calendar.locale = Locale.current
        return calendar
    }

    private static func formatter(zone: String, pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: zone) ?? TimeZone.current
        formatter.dateFormat = pattern
        return formatter
    }
}

extension View {
    /// Date and time pickers inside show and pick days in the zone the core counts in (not
    /// the phone's), so "today" in the picker is the core's today.
    func inCoreZone(_ zone: String) -> some View {
        environment(\.timeZone, TimeZone(identifier: zone) ?? TimeZone.current)
            .environment(\.calendar, LocalDate.calendar(zone: zone))
    }
}
