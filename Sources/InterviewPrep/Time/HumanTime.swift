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
        var bytes: [UInt8] = []
        appendBrief(time, home: home, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `brief(time, home:)` to `out` as UTF-8, without making a string (lists write one
    /// per interview). Every part is ASCII but the middle dot: nothing a JSON string escapes.
    public static func appendBrief(_ time: ZonedTime, home: HomeZone, to out: inout [UInt8]) {
        let mine = home.name == time.timeZone ? time : ZonedTime(time.instant, in: home.zone, named: home.name)
        let local = LocalDateTime(mine.instant, offsetSeconds: mine.offsetSeconds)
        out.append(contentsOf: weekdayBytes[weekday(local)])
        out.append(UInt8(ascii: " "))
        appendNumber(local.day, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: monthBytes[local.month - 1])
        out.append(UInt8(ascii: " "))
        appendClock(local, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: mine.abbreviation.utf8)
        guard mine.offsetSeconds != time.offsetSeconds else { return }
        let theirs = LocalDateTime(time.instant, offsetSeconds: time.offsetSeconds)
        out.append(contentsOf: " · ".utf8)
        if theirs.day != local.day {
            out.append(contentsOf: weekdayBytes[weekday(theirs)])
            out.append(UInt8(ascii: " "))
        }
        appendClock(theirs, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: time.abbreviation.utf8)
        out.append(contentsOf: " in ".utf8)
        out.append(contentsOf: time.place.utf8)
    }

    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { out.append(UInt8(ascii: "0") + UInt8(value / 10 % 10)) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// "08:30".
    static func appendClock(_ local: LocalDateTime, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "0") + UInt8(local.hour / 10))
        out.append(UInt8(ascii: "0") + UInt8(local.hour % 10))
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: "0") + UInt8(local.minute / 10))
        out.append(UInt8(ascii: "0") + UInt8(local.minute % 10))
    }

    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    /// `weekdayNames` and the months' first three letters as UTF-8, for `appendBrief`.
    private static let weekdayBytes = weekdayNames.map { Array($0.utf8) }
    private static let monthBytes = monthNames.map { Array($0.utf8.prefix(3)) }

    /// 0 for Sunday: days since 1970-01-01, a Thursday.
    static func weekday(_ local: LocalDateTime) -> Int {
        let days = Int((local.secondsAsIfUTC >= 0 ? local.secondsAsIfUTC : local.secondsAsIfUTC - 86_399) / 86_400)
        return ((days + 4) % 7 + 7) % 7
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

/// An instant as the candidate reads it (`HumanTime.brief`): encoded as that text, and written
/// straight into an output buffer by `HomeTimeValue`.
public struct HomeTime: Encodable, Sendable, Equatable {
    public let time: ZonedTime
    public let home: HomeZone

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(HumanTime.brief(time, home: home))
    }
}

/// Writes a `HomeTime` as a JSON string.
public enum HomeTimeValue: ValueWriter {
    @inlinable public static func write(_ value: HomeTime, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        HumanTime.appendBrief(value.time, home: value.home, to: &out)
        out.append(UInt8(ascii: "\""))
    }
}
