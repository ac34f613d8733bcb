import Foundation

/// Dates written for people, in English: "Monday, 9 March 2026, 09:00 EDT (America/New_York)".
public enum HumanTime {
    public static func describe(_ time: ZonedTime) -> String {
        "\(date(time)), \(time.clock) \(time.abbreviation) (\(time.timeZone))"
    }

    /// The candidate's own time first when their zone shows another time than the interview's:
    /// "Friday, 4 December 2026, 08:30 EST · 19:00 IST in Kolkata"; else `describe(time)`.
    public static func describe(_ time: ZonedTime, home: TimeZone?) -> String {
        guard let home, home.identifier != time.timeZone else { return describe(time) }
        let mine = ZonedTime(time.instant, in: home)
        guard mine.offsetSeconds != time.offsetSeconds else { return describe(time) }
        let theirDay = time.local.prefix(10) == mine.local.prefix(10) ? "" : date(time).prefix(3) + " "
        return "\(date(mine)), \(mine.clock) \(mine.abbreviation) · \(theirDay)\(time.clock) \(time.abbreviation) in \(time.place)"
    }

    /// "Tue 1 Dec 10:00 EST": an instant in `zone`, briefly.
    public static func short(_ instant: Date, in zone: TimeZone) -> String {
        let time = ZonedTime(instant, in: zone)
        return "\(date(time).prefix(3)) \(dayAndMonth(time)) \(time.clock) \(time.abbreviation)"
    }

    /// "Fri 4 Dec 08:30 EST · 19:00 IST in Kolkata": the time in the candidate's zone first, the
    /// interview's own beside it when that zone shows another time (with its weekday when another day).
    /// Built from the wall-time fields, no text parsed back: lists write one per interview.
    public static func brief(_ time: ZonedTime, home: HomeZone) -> String {
        let mine = home.name == time.timeZone ? time : ZonedTime(time.instant, in: home.zone, named: home.name)
        let local = LocalDateTime(mine.instant, offsetSeconds: mine.offsetSeconds)
        var text = weekdayNames[weekday(local)] + " " + String(local.day) + " " + monthNames[local.month - 1].prefix(3)
            + " " + clock(local) + " " + mine.abbreviation
        guard mine.offsetSeconds != time.offsetSeconds else { return text }
        let theirs = LocalDateTime(time.instant, offsetSeconds: time.offsetSeconds)
        text += " · " + (theirs.day == local.day ? "" : weekdayNames[weekday(theirs)] + " ") + clock(theirs) + " " + time.abbreviation + " in " + time.place
        return text
    }

    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// 0 for Sunday: days since 1970-01-01, a Thursday.
    static func weekday(_ local: LocalDateTime) -> Int {
        let days = Int((local.secondsAsIfUTC >= 0 ? local.secondsAsIfUTC : local.secondsAsIfUTC - 86_399) / 86_400)
        return ((days + 4) % 7 + 7) % 7
    }

    /// "08:30".
    static func clock(_ local: LocalDateTime) -> String {
        (local.hour < 10 ? "0" : "") + String(local.hour) + (local.minute < 10 ? ":0" : ":") + String(local.minute)
    }

    /// A due time in `zone`: "Thu 10 Dec 17:00 EST", or "end of Wed 9 Dec" for a date given
    /// without a time (due at the following local midnight).
    public static func due(_ instant: Date, in zone: TimeZone) -> String {
        let time = ZonedTime(instant, in: zone)
        guard time.clock == "00:00", time.local.dropFirst(17).prefix(2) == "00" else { return short(instant, in: zone) }
        let dayBefore = ZonedTime(instant.addingTimeInterval(-1), in: zone)
        return "end of \(date(dayBefore).prefix(3)) \(dayAndMonth(dayBefore))"
    }

    /// "4 Dec".
    static func dayAndMonth(_ time: ZonedTime) -> String {
        let day = Int(time.local.dropFirst(8).prefix(2)) ?? 0
        return "\(day) \(monthNames[(Int(time.local.dropFirst(5).prefix(2)) ?? 1) - 1].prefix(3))"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// "Monday, 9 March 2026", from the local date of `time`.
    public static func date(_ time: ZonedTime) -> String {
        let parts = time.local.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return String(time.local.prefix(10)) }
        let months = monthNames
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        // Zeller-style day of week for the Gregorian calendar (Sakamoto's method).
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = parts[1] < 3 ? parts[0] - 1 : parts[0]
        let weekday = (year + year / 4 - year / 100 + year / 400 + offsets[parts[1] - 1] + parts[2]) % 7
        return "\(weekdays[weekday]), \(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}

/// The candidate's own zone, with its name read once (a list words every interview's start in it).
public struct HomeZone: Sendable, Equatable {
    public let zone: TimeZone
    public let name: String

    public init(_ zone: TimeZone) {
        self.zone = zone
        name = zone.identifier
    }
}
