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
