import Foundation

/// Local calendar dates as the core wants them: "YYYY-MM-DD" and "HH:MM" in a given zone.
enum LocalDate {
    static func day(_ date: Date, zone: String) -> String {
        format(date, zone: zone, pattern: "yyyy-MM-dd")
    }

    static func time(_ date: Date, zone: String) -> String {
        format(date, zone: zone, pattern: "HH:mm")
    }

    /// Parses "HH:MM" into today's date at that wall time, for a time picker.
    static func date(fromTime text: String, zone: String) -> Date {
        let formatter = makeFormatter(zone: zone, pattern: "yyyy-MM-dd HH:mm")
        let today = day(Date(), zone: zone)
        return formatter.date(from: today + " " + text) ?? Date()
    }

    /// Parses "YYYY-MM-DD" for a date picker.
    static func date(fromDay text: String, zone: String) -> Date {
        // Noon, so a picker in another zone still shows the same calendar day.
        let formatter = makeFormatter(zone: zone, pattern: "yyyy-MM-dd HH:mm")
        return formatter.date(from: text + " 12:00") ?? Date()
    }

    /// A "YYYY-MM-DD" day shown in the person's own date style.
    static func display(_ text: String, zone: String) -> String {
        let parsed = date(fromDay: text, zone: zone)
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: zone) ?? TimeZone.current
        formatter.dateStyle = .medium
        formatter.timeStyle = .none
        return formatter.string(from: parsed)
    }

    private static func format(_ date: Date, zone: String, pattern: String) -> String {
        makeFormatter(zone: zone, pattern: pattern).string(from: date)
    }

    private static func makeFormatter(zone: String, pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: zone) ?? TimeZone.current
        formatter.dateFormat = pattern
        return formatter
    }
}
