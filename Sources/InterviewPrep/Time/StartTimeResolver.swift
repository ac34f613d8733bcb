import Foundation

/// Turns what a person typed as a start time into an instant and a zone.
///
/// Accepts an ISO 8601 instant with an offset (`2026-03-09T09:00:00-04:00`, `…Z`) or a local
/// date-time (`2026-03-09T09:00`, seconds optional, `T` or a space) read in `timezone`.
/// A local time the zone skips or repeats is an error that offers the real alternatives.
public struct StartTimeResolver: Sendable {
    /// The zone used when the caller names none.
    public var defaultTimeZone: TimeZone

    public init(defaultTimeZone: TimeZone) {
        self.defaultTimeZone = defaultTimeZone
    }

    /// Resolves `text` (the `field` argument) with an optional IANA zone name.
    public func resolve(_ text: String, timeZone zoneName: String?, field: String = "start")
        throws(InterviewPrepError) -> (instant: Date, zone: TimeZone)
    {
        let zone = try Self.zone(named: zoneName) ?? defaultTimeZone
        guard let parsed = Self.parse(text) else {
            throw .invalidArgument(
                field: field,
                reason: "'\(text)' is not a date-time; use ISO 8601 like 2026-03-09T09:00:00-05:00, "
                    + "2026-03-09T14:00:00Z, or a local 2026-03-09T09:00 with a timezone")
        }
        guard parsed.local.isValid else {
            throw .invalidArgument(field: field, reason: "'\(text)' is not a real calendar date and time")
        }
        if let offset = parsed.offsetSeconds {
            return (Date(timeIntervalSince1970: TimeInterval(parsed.local.secondsAsIfUTC - Int64(offset))), zone)
        }
        return (try Self.instant(for: parsed.local, in: zone), zone)
    }

    /// The zone named `name`, `nil` for no name, or an error naming the field.
    public static func zone(named name: String?, field: String = "timezone") throws(InterviewPrepError) -> TimeZone? {
        guard let name, !name.isEmpty else { return nil }
        guard name.contains("/") || name == "UTC" || name == "GMT", let zone = TimeZone(identifier: name) else {
            throw .invalidArgument(
                field: field, reason: "'\(name)' is not an IANA time zone name; use a name like America/New_York, Europe/Berlin or UTC")
        }
        return zone
    }

    /// The single instant showing `local` in `zone`, or an error for a DST gap or overlap.
    public static func instant(for local: LocalDateTime, in zone: TimeZone) throws(InterviewPrepError) -> Date {
        let wall = local.secondsAsIfUTC
        let nearbyOffsets = Set([-86_400, 0, 86_400].map {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall + Int64($0))))
        })
        let matches = nearbyOffsets.sorted(by: >).compactMap { offset -> Date? in
            let candidate = Date(timeIntervalSince1970: TimeInterval(wall - Int64(offset)))
            return zone.secondsFromGMT(for: candidate) == offset ? candidate : nil
        }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            // In a gap: reading the wall time with the offset before and after the jump gives
            // the two nearest real times.
            let suggestions = nearbyOffsets.sorted(by: <).map { offset in
                let date = Date(timeIntervalSince1970: TimeInterval(wall - Int64(offset)))
                return TimeFormat.local(date, in: zone)
            }
            throw .nonexistentLocalTime(local: local.description, timeZone: zone.identifier, suggestions: suggestions)
        default:
            throw .ambiguousLocalTime(
                local: local.description, timeZone: zone.identifier,
                candidates: matches.map { "\(TimeFormat.local($0, in: zone)) (\(TimeFormat.abbreviation(of: zone, at: $0)))" })
        }
    }

    /// Splits `text` into a local date-time and, when present, its UTC offset in seconds.
    static func parse(_ text: String) -> (local: LocalDateTime, offsetSeconds: Int?)? {
        let pattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/
        guard let match = text.trimmingCharacters(in: .whitespaces).wholeMatch(of: pattern.ignoresCase()) else { return nil }
        let local = LocalDateTime(
            year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!,
            hour: Int(match.4)!, minute: Int(match.5)!, second: match.6.map { Int($0)! } ?? 0)
        guard let designator = match.7 else { return (local, nil) }
        if designator.uppercased() == "Z" { return (local, 0) }
        let digits = designator.dropFirst().filter(\.isNumber)
        let hours = Int(digits.prefix(2))!, minutes = Int(digits.suffix(2))!
        guard hours <= 23, minutes <= 59 else { return nil }
        let magnitude = hours * 3600 + minutes * 60
        return (local, designator.hasPrefix("-") ? -magnitude : magnitude)
    }
}

extension StartTimeResolver {
    /// A list bound: an instant, a local date-time in the default zone, or a date (whole day).
    public func bound(_ text: String, field: String, endOfDay: Bool) throws(InterviewPrepError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil {
            let midnight = try resolve(trimmed + "T00:00", timeZone: nil, field: field).instant
            return endOfDay ? midnight.addingTimeInterval(86_400) : midnight
        }
        return try resolve(trimmed, timeZone: nil, field: field).instant
    }
}
