import Foundation
import GRDB
import GRDBSQLite

/// A date in GRDB's storage format (`YYYY-MM-DD HH:MM:SS.SSS`, UTC), converted digit by digit.
///
/// GRDB's own `Date` conversions go through `DateFormatter` (writing) and `DateComponents` plus a
/// calendar (reading), several microseconds each; hot reads convert three dates per interview.
/// Values in any other form GRDB understands are read by GRDB.
///
/// Every date the engine hands to SQLite goes through it (records through `StoresDatesAsText`,
/// query arguments as `StoredDate(now)`): GRDB's formatter loads ICU's date-format data, about
/// 1.5 MiB of a session's memory, for a format that needs no locale.
public struct StoredDate: DatabaseValueConvertible, StatementColumnConvertible, Equatable, Sendable {
    /// The instant.
    public var date: Date

    /// The stored form of `date`.
    public init(_ date: Date) {
        self.date = date
    }

    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        if sqlite3_column_type(sqliteStatement, index) == SQLITE_TEXT, let text = sqlite3_column_text(sqliteStatement, index),
           let date = Self.parse(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index)))) {
            self.date = date
            return
        }
        guard let date = Date.fromDatabaseValue(DatabaseValue(sqliteStatement: sqliteStatement, index: index)) else { return nil }
        self.date = date
    }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredDate? {
        if case .string(let text) = dbValue.storage {
            var text = text
            if let date = text.withUTF8(parse) { return StoredDate(date) }
        }
        return Date.fromDatabaseValue(dbValue).map(StoredDate.init)
    }

    /// What GRDB writes for `date` (before 1970, where ICU's rounding of negative times is its own, GRDB writes it).
    public var databaseValue: DatabaseValue {
        date.timeIntervalSince1970 >= 0 ? Self.text(date).databaseValue : date.databaseValue
    }

    /// `2026-03-09 13:00:00.250` for an instant after 1970 (milliseconds truncated, as ICU does).
    private static func text(_ date: Date) -> String {
        var wall = TimeFormat.utcWallTime(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
        wall.replaceSubrange(wall.index(wall.startIndex, offsetBy: 10)...wall.index(wall.startIndex, offsetBy: 10), with: " ")
        return wall
    }

    /// Reads exactly `YYYY-MM-DD HH:MM:SS` with an optional `.SSS`, else nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 19 || bytes.count == 23, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        // Inlined: each call's length is a constant there, so its loop unrolls (three dates a row).
        @inline(__always) func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var millis = 0
        if bytes.count == 23 {
            guard bytes[19] == UInt8(ascii: "."), let fraction = number(20, 3) else { return nil }
            millis = fraction
        }
        let wall = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard wall.isValid else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(wall.secondsAsIfUTC) + TimeInterval(millis) / 1000)
    }
}

/// A record whose dates are stored as `StoredDate` writes them (the same text GRDB writes) and
/// reads them digit by digit.
public protocol StoresDatesAsText: EncodableRecord, FetchableRecord {}

extension StoresDatesAsText {
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { StoredDate($0) }
    }

    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        .custom { StoredDate.fromDatabaseValue($0)?.date }
    }
}
