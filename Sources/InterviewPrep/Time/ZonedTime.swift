import Foundation

/// An instant shown the two ways people need it: UTC and the interview's own local time.
///
/// It keeps the instant and the zone's offset at it; the texts are made when asked for, or
/// written straight into an output buffer (`appendUTC`, `appendLocal`), because lists show six
/// of them per interview.
public struct ZonedTime: Encodable, Equatable, Sendable {
    /// The instant, to the second.
    public let instant: Date
    /// The zone's offset from UTC at `instant`, in seconds.
    public let offsetSeconds: Int
    /// The IANA zone name, e.g. `America/New_York`.
    public let timeZone: String
    /// The zone's abbreviation at that instant, e.g. `EDT`.
    public let abbreviation: String

    enum CodingKeys: String, CodingKey {
        case utc, local
        case timeZone = "timezone"
        case abbreviation
    }

    public init(_ date: Date, in zone: TimeZone) {
        self.init(date, in: zone, named: zone.identifier)
    }

    /// `date` in `zone`, whose identifier `name` the caller already holds.
    init(_ date: Date, in zone: TimeZone, named name: String) {
        self.init(date, period: ZoneOffsetCache.period(of: zone, named: name, at: date), named: name)
    }

    /// `date` in the zone named `name`, which shows `period` at that instant.
    init(_ date: Date, period: ZoneOffsetCache.Period, named name: String) {
        instant = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        offsetSeconds = period.offsetSeconds
        timeZone = name
        abbreviation = period.abbreviation
    }

    /// `2026-03-09T13:00:00Z`
    public var utc: String { UTCTime(instant).description }

    /// `2026-03-09T09:00:00-04:00`
    public var local: String { localWallTime.text(suffix: .offset(seconds: offsetSeconds)) }

    /// `09:00`: the wall-clock time in its zone.
    public var clock: Substring { local.dropFirst(11).prefix(5) }

    /// `New York`, `Kolkata`: the place its zone is named after.
    public var place: String {
        timeZone.split(separator: "/").last.map { $0.replacingOccurrences(of: "_", with: " ") } ?? timeZone
    }

    /// Appends `utc` to `out` as UTF-8.
    public func appendUTC(to out: inout [UInt8]) {
        UTCTime(instant).append(to: &out)
    }

    /// Appends `local` to `out` as UTF-8.
    public func appendLocal(to out: inout [UInt8]) {
        localWallTime.append(suffix: .offset(seconds: offsetSeconds), to: &out)
    }

    private var localWallTime: LocalDateTime { LocalDateTime(instant, offsetSeconds: offsetSeconds) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(utc, forKey: .utc)
        try container.encode(local, forKey: .local)
        try container.encode(timeZone, forKey: .timeZone)
        try container.encode(abbreviation, forKey: .abbreviation)
    }
}

/// ISO 8601 formatting without `DateFormatter` (fast, locale-free, the same on every platform).
public enum TimeFormat {
    /// `2026-03-09T13:00:00Z`
    public static func utc(_ date: Date) -> String {
        LocalDateTime(date, offsetSeconds: 0).text(suffix: .utc)
    }

    /// `2026-03-09T13:00:00.250Z`: UTC with milliseconds, for event logs.
    public static func utcMilliseconds(_ date: Date) -> String {
        utcWallTime(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded())) + "Z"
    }

    /// `2026-03-09T13:00:00.250`: the UTC wall time of a count of milliseconds since 1970.
    static func utcWallTime(milliseconds: Int64) -> String {
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let whole = seconds - (fraction < 0 ? 1 : 0)
        let millis = fraction < 0 ? fraction + 1000 : fraction
        return LocalDateTime(Date(timeIntervalSince1970: TimeInterval(whole)), offsetSeconds: 0).description
            + "." + String(millis + 1000).dropFirst()
    }

    /// `12:05` for 725 seconds: a duration as minutes and seconds.
    public static func minutesAndSeconds(_ seconds: Int) -> String {
        String(seconds / 60) + ":" + (seconds % 60 < 10 ? "0" : "") + String(seconds % 60)
    }

    /// Parses what `utc(_:)` writes.
    public static func utcDate(_ text: String) -> Date? {
        try? StartTimeResolver(defaultTimeZone: .gmt).resolve(text, timeZone: nil).instant
    }

    /// `2026-03-09T09:00:00-04:00`
    public static func local(_ date: Date, in zone: TimeZone) -> String {
        let offsetSeconds = zone.secondsFromGMT(for: date)
        return LocalDateTime(date, offsetSeconds: offsetSeconds).text(suffix: .offset(seconds: offsetSeconds))
    }

    /// The zone's own abbreviation at `date` (`EST`/`EDT`, `IST`, `GMT`/`BST`), where its
    /// current rule names that offset with letters; else `GMT+5:30` style.
    public static func abbreviation(of zone: TimeZone, at date: Date, offsetSeconds: Int? = nil) -> String {
        let seconds = offsetSeconds ?? zone.secondsFromGMT(for: date)
        return ZoneAbbreviations.name(of: zone.identifier, offsetSeconds: seconds, daylight: zone.isDaylightSavingTime(for: date))
            ?? gmtOffsetName(seconds)
    }

    /// `GMT`, `GMT-4`, `GMT+5:30`: an offset as a name, the way ICU writes one.
    static func gmtOffsetName(_ seconds: Int) -> String {
        guard seconds != 0 else { return "GMT" }
        let minutes = abs(seconds) / 60
        return "GMT" + (seconds < 0 ? "-" : "+") + String(minutes / 60) + (minutes % 60 == 0 ? "" : ":" + String(100 + minutes % 60).dropFirst())
    }

    /// `+05:30`, `-04:00`, `+00:00`
    public static func offset(_ seconds: Int) -> String {
        String(unsafeUninitializedCapacity: 6) { buffer in
            LocalDateTime.putOffset(seconds, into: buffer, at: 0)
            return 6
        }
    }
}
