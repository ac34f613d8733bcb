import Foundation
import Synchronization

/// An instant shown the two ways people need it: UTC and the interview's own local time.
public struct ZonedTime: Codable, Equatable, Sendable {
    /// `2026-03-09T13:00:00Z`
    public var utc: String
    /// `2026-03-09T09:00:00-04:00`
    public var local: String
    /// The IANA zone name, e.g. `America/New_York`.
    public var timeZone: String
    /// The zone's abbreviation at that instant, e.g. `EDT`.
    public var abbreviation: String

    enum CodingKeys: String, CodingKey {
        case utc, local
        case timeZone = "timezone"
        case abbreviation
    }

    public init(_ date: Date, in zone: TimeZone) {
        let period = ZoneOffsetCache.period(of: zone, at: date)
        utc = TimeFormat.utc(date)
        local = LocalDateTime(date, offsetSeconds: period.offsetSeconds).text(suffix: .offset(seconds: period.offsetSeconds))
        timeZone = zone.identifier
        abbreviation = period.abbreviation
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

    /// `EST`/`EDT` where the zone has a common English abbreviation, else `GMT+2` style.
    public static func abbreviation(of zone: TimeZone, at date: Date, offsetSeconds: Int? = nil) -> String {
        let daylight = zone.isDaylightSavingTime(for: date)
        let key = "\(zone.identifier)|\(daylight)|\(offsetSeconds ?? zone.secondsFromGMT(for: date))"
        if let cached = abbreviations.withLock({ $0[key] }) { return cached }
        let name = zone.localizedName(for: daylight ? .shortDaylightSaving : .shortStandard, locale: englishLocale)
            ?? zone.abbreviation(for: date) ?? "UTC" + offset(zone.secondsFromGMT(for: date))
        abbreviations.withLock { $0[key] = name }
        return name
    }

    private static let englishLocale = Locale(identifier: "en_US")
    private static let abbreviations = Mutex<[String: String]>([:])

    /// `+05:30`, `-04:00`, `+00:00`
    public static func offset(_ seconds: Int) -> String {
        String(unsafeUninitializedCapacity: 6) { buffer in
            LocalDateTime.putOffset(seconds, into: buffer, at: 0)
            return 6
        }
    }
}
