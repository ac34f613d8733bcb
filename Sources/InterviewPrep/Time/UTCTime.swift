import Foundation

/// An instant shown in UTC, `2026-03-09T13:00:00Z`: encoded as that text, which is made when
/// asked for or written straight into an output buffer (`append`).
public struct UTCTime: Encodable, Equatable, Sendable, CustomStringConvertible {
    /// The instant, to the second.
    public let instant: Date

    public init(_ date: Date) {
        instant = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// `2026-03-09T13:00:00Z`
    public var description: String { wallTime.text(suffix: .utc) }

    /// Appends `description` to `out` as UTF-8.
    public func append(to out: inout [UInt8]) {
        wallTime.append(suffix: .utc, to: &out)
    }

    private var wallTime: LocalDateTime { LocalDateTime(instant, offsetSeconds: 0) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension UTCTime {
    /// The instant of `2026-03-09T13:00:00Z`, exactly what `TimeFormat.utc` writes, read without
    /// a parser (the general one compiles a regular expression, whose code a session would page in).
    public static func instant(of text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let wall = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return Date(timeIntervalSince1970: TimeInterval(wall.secondsAsIfUTC))
    }
}

