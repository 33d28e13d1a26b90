// The coming local midnights in a given zone: when the day count changes. The widget builds its
// timeline from them while the phone is unlocked, so the count stays right through nights when
// the locked phone cannot open the store. Here, in the shared module, so the unit tests can
// check it across daylight-saving changes.

import Foundation

public enum LocalMidnights {
    /// The starts of the next `count` days after `now`, in `zone` (an IANA name). A midnight
    /// that a daylight-saving change skips becomes the first moment of that day.
    public static func after(_ now: Date, zone: String, count: Int) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone.current
        var found: [Date] = []
        var day = calendar.startOfDay(for: now)
        for _ in 0..<count {
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else {
                break
            }
            day = calendar.startOfDay(for: next)
            found.append(day)
        }
        return found
    }
}
