import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct StoredDateTests {
    /// Instants from 1901 to 2099, many with fractions of a millisecond, in a fixed pseudo-random order.
    static let instants: [Date] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<20_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Double(state >> 33) .truncatingRemainder(dividingBy: 6_250_000_000) - 2_150_000_000
            return Date(timeIntervalSince1970: seconds + Double(state & 0xFFFF) / 65_536)
        } + [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 1_772_000_000.999)]
    }()

    @Test func writesWhatGRDBWrites() {
        for date in Self.instants {
            #expect(StoredDate(date).databaseValue == date.databaseValue, "\(date.timeIntervalSince1970)")
        }
    }

    @Test func readsWhatGRDBReadsToTheMicrosecond() throws {
        for date in Self.instants {
            let stored = date.databaseValue
            let ours = try #require(StoredDate.fromDatabaseValue(stored)).date
            let grdb = try #require(Date.fromDatabaseValue(stored))
            #expect(abs(ours.timeIntervalSince(grdb)) < 0.000_001, "\(stored)")
        }
    }

    @Test func readsFromAStatementIncludingOtherFormsGRDBAccepts() throws {
        let queue = try DatabaseQueue()
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT '2026-03-09 13:00:00.250', '2026-03-09 13:00:00', '2026-03-09T13:00', 1773061200, NULL")
        }
        let row = try #require(rows.first)
        #expect(try row.decode(StoredDate.self, atIndex: 0).date == Date(timeIntervalSince1970: 1_773_061_200.25))
        #expect(try row.decode(StoredDate.self, atIndex: 1).date == TestClock.date("2026-03-09T13:00:00Z"))
        #expect(try row.decode(StoredDate.self, atIndex: 2).date == TestClock.date("2026-03-09T13:00:00Z"))
        #expect(try row.decode(StoredDate.self, atIndex: 3).date == Date(timeIntervalSince1970: 1_773_061_200))
        #expect(try row.decode(StoredDate?.self, atIndex: 4) == nil)
        #expect(throws: (any Error).self) { try row.decode(StoredDate.self, atIndex: 4) }
    }

    /// A record's dates go through `StoresDatesAsText`: what lands in the column is what GRDB's
    /// own formatter writes, so rows written before and after compare and sort alike.
    @Test func recordsStoreTheirDatesAsGRDBWouldAndReadThemBack() throws {
        struct Stamp: Codable, FetchableRecord, PersistableRecord, StoresDatesAsText {
            static let databaseTableName = "stamps"
            var at: Date
            var maybe: Date?
        }
        guard case .custom = Stamp.databaseDateEncodingStrategy(for: "at"), case .custom = Stamp.databaseDateDecodingStrategy(for: "at") else {
            Issue.record("StoresDatesAsText's strategies are not the ones GRDB asks for")
            return
        }
        let queue = try DatabaseQueue()
        let dates = Array(Self.instants.filter { $0.timeIntervalSince1970 >= 0 }.prefix(200))
        let rows = try queue.write { db in
            try db.execute(sql: "CREATE TABLE stamps (at TEXT NOT NULL, maybe TEXT)")
            for (index, date) in dates.enumerated() { try Stamp(at: date, maybe: index.isMultiple(of: 2) ? nil : date).insert(db) }
            return try Row.fetchAll(db, sql: "SELECT at, maybe FROM stamps ORDER BY rowid")
        }
        for (index, (row, date)) in zip(rows, dates).enumerated() {
            #expect(row["at"] as DatabaseValue == date.databaseValue)
            #expect(row["maybe"] as DatabaseValue == (index.isMultiple(of: 2) ? .null : date.databaseValue))
        }
        let read = try queue.read { db in try Stamp.order(sql: "rowid").fetchAll(db) }
        #expect(read.map { StoredDate($0.at).databaseValue } == dates.map(\.databaseValue))
    }

    @Test("malformed text is not taken for a date", arguments: ["2026-13-09 13:00:00.000", "2026-03-09 13:00:00.25", "2026-03-09x13:00:00", "2026-02-30 00:00:00"])
    func malformedTextIsNotParsed(text: String) {
        var text = text
        #expect(text.withUTF8(StoredDate.parse) == nil)
    }
}
