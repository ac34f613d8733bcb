import Foundation

/// A wall-clock date and time with no zone, as a person types it (`2026-03-09T09:00`).
public struct LocalDateTime: Equatable, Sendable, CustomStringConvertible {
    public var year, month, day, hour, minute, second: Int

    /// The same wall time read as if it were UTC, in seconds since 1970: the arithmetic base
    /// for finding which instants show this wall time in a zone.
    var secondsAsIfUTC: Int64 {
        // Days from civil (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// `2026-03-09T09:00:00`
    public var description: String { text(suffix: .none) }

    /// What follows the wall time in ISO 8601 text.
    enum ZoneSuffix {
        case none
        /// `Z`
        case utc
        /// `+05:30`, `-04:00`, `+00:00`
        case offset(seconds: Int)
    }

    /// The ISO 8601 text with its zone suffix, built in one allocation: this runs several
    /// times per interview on every list.
    func text(suffix: ZoneSuffix) -> String {
        guard (0...9999).contains(year) else {
            return wideYearText + Self.suffixText(suffix)
        }
        return String(unsafeUninitializedCapacity: Self.longestText) { put(suffix: suffix, into: $0) }
    }

    /// Appends what `text(suffix:)` returns to `out` as UTF-8, without making a string.
    func append(suffix: ZoneSuffix, to out: inout [UInt8]) {
        guard (0...9999).contains(year) else {
            out.append(contentsOf: text(suffix: suffix).utf8)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestText) { buffer in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<put(suffix: suffix, into: buffer)]))
        }
    }

    /// The length of the longest text with a four-digit year: `2026-03-09T09:00:00-04:00`.
    private static let longestText = 25

    /// Writes the text of a four-digit year with `suffix` at the start of `buffer` (room for
    /// `longestText` bytes); returns its length.
    private func put(suffix: ZoneSuffix, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        Self.putTwoDigits(year / 100, into: buffer, at: 0)
        Self.putTwoDigits(year % 100, into: buffer, at: 2)
        buffer[4] = UInt8(ascii: "-")
        Self.putTwoDigits(month, into: buffer, at: 5)
        buffer[7] = UInt8(ascii: "-")
        Self.putTwoDigits(day, into: buffer, at: 8)
        buffer[10] = UInt8(ascii: "T")
        Self.putTwoDigits(hour, into: buffer, at: 11)
        buffer[13] = UInt8(ascii: ":")
        Self.putTwoDigits(minute, into: buffer, at: 14)
        buffer[16] = UInt8(ascii: ":")
        Self.putTwoDigits(second, into: buffer, at: 17)
        switch suffix {
        case .none:
            return 19
        case .utc:
            buffer[19] = UInt8(ascii: "Z")
            return 20
        case .offset(let seconds):
            Self.putOffset(seconds, into: buffer, at: 19)
            return 25
        }
    }

    /// Writes `value` (0...99) as two digits at `offset`.
    private static func putTwoDigits(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        buffer[offset] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)
        buffer[offset + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
    }

    /// Writes a UTC offset as `±HH:MM` (6 bytes) at `offset`; the one place this form is written.
    static func putOffset(_ seconds: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        let magnitude = abs(seconds)
        buffer[offset] = seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
        putTwoDigits(magnitude / 3600 % 100, into: buffer, at: offset + 1)
        buffer[offset + 3] = UInt8(ascii: ":")
        putTwoDigits(magnitude % 3600 / 60, into: buffer, at: offset + 4)
    }

    /// Years outside 0...9999 (never stored; kept correct for completeness).
    private var wideYearText: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T\(padded(hour, 2)):\(padded(minute, 2)):\(padded(second, 2))"
    }

    private static func suffixText(_ suffix: ZoneSuffix) -> String {
        switch suffix {
        case .none: ""
        case .utc: "Z"
        case .offset(let seconds): TimeFormat.offset(seconds)
        }
    }

    /// The wall time that `date` shows in `zone`.
    public init(_ date: Date, in zone: TimeZone) {
        self.init(date, offsetSeconds: zone.secondsFromGMT(for: date))
    }

    /// The wall time that `date` shows at `offsetSeconds` from UTC.
    public init(_ date: Date, offsetSeconds: Int) {
        let shifted = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offsetSeconds)
        var days = shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400
        let secondsOfDay = Int(shifted - days * 86_400)
        // Civil from days (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), month: Int(m), day: Int(d),
                  hour: secondsOfDay / 3600, minute: secondsOfDay % 3600 / 60, second: secondsOfDay % 60)
    }

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
    }

    /// Whether the fields form a real calendar date and time of day.
    var isValid: Bool {
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (1...9999).contains(year) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
