import Foundation
import GRDB
import GRDBSQLite

/// One of our enums as the database stores it (its raw value), read back by comparing the
/// stored bytes with those of each case of the same length: about 200 instructions. Through a
/// `String`, `init(rawValue:)` compares it with each case in turn (about 1,500 for a role
/// family), and a hashed look-up first makes that `String` and hashes it (about 750).
protocol StoredEnum: RawRepresentable<String>, CaseIterable, Sendable {
    /// Every case with its raw value's bytes.
    static var storedValues: StoredValues<Self> { get }
}

extension StoredEnum {
    /// The table `storedValues` keeps, made once per type.
    static func storedValueTable() -> StoredValues<Self> {
        StoredValues(allCases.map { (Array($0.rawValue.utf8), $0) })
    }
}

/// An enum's cases by the bytes of their raw values.
struct StoredValues<Value: Sendable>: Sendable {
    private let entries: [(bytes: [UInt8], value: Value)]

    init(_ entries: [(bytes: [UInt8], value: Value)]) {
        self.entries = entries
    }

    /// The case whose raw value is `text`, as UTF-8; nil when none is.
    func value(utf8 text: UnsafeBufferPointer<UInt8>) -> Value? {
        for entry in entries where entry.bytes.count == text.count {
            if entry.bytes.withUnsafeBufferPointer({ $0.elementsEqual(text) }) { return entry.value }
        }
        return nil
    }
}

/// A stored enum value as a row holds it: its case, or the text when it names none (a file
/// edited by hand), so that the reader can say which value is wrong. Read straight from the
/// statement's bytes, without making a `String` for a known case.
struct StoredCase<Value: StoredEnum>: DatabaseValueConvertible, StatementColumnConvertible {
    /// The case, or the text that names none.
    let stored: Result<Value, UnknownText>

    /// Stored text that is none of an enum's raw values.
    struct UnknownText: Error {
        let text: String
    }

    init(text: UnsafeBufferPointer<UInt8>) {
        stored = Value.storedValues.value(utf8: text).map { .success($0) }
            ?? .failure(UnknownText(text: String(decoding: text, as: UTF8.self)))
    }

    init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard sqlite3_column_type(sqliteStatement, index) == SQLITE_TEXT, let text = sqlite3_column_text(sqliteStatement, index) else {
            return nil
        }
        self.init(text: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index))))
    }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredCase? {
        guard var text = String.fromDatabaseValue(dbValue) else { return nil }
        return text.withUTF8 { StoredCase(text: $0) }
    }

    var databaseValue: DatabaseValue {
        switch stored {
        case .success(let value): value.rawValue.databaseValue
        case .failure(let unknown): unknown.text.databaseValue
        }
    }
}

extension RoleFamily: StoredEnum {
    static let storedValues = storedValueTable()
}

extension InterviewType: StoredEnum {
    static let storedValues = storedValueTable()
}

extension InterviewStatus: StoredEnum {
    static let storedValues = storedValueTable()
}
