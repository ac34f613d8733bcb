import Foundation
import GRDB

/// Restores a JSON export into an empty database, row for row.
public enum DataImport {
    public struct Summary: Codable, Sendable, Equatable {
        public var rows: [String: Int]
    }

    /// Columns of free text: an import holds them to the same limit as every other surface.
    static let freeTextColumns: Set = ["notes", "feedback", "prep_notes", "went_well", "to_improve", "questions_asked", "feedback_received", "text", "description", "benefits"]

    public static func json(_ data: Data, into database: AppDatabase, progress: ProgressReport? = nil) throws(InterviewPrepError) -> Summary {
        guard case .object(let document)? = try? JSONDecoder().decode(JSONValue.self, from: data),
              document["format"] == .string("interview-prep-export"), case .object(let tables)? = document["tables"] else {
            throw .invalidArgument(field: "file", reason: "is not an interview-prep JSON export (format \"interview-prep-export\")")
        }
        do {
            return try database.writer.write { db in
                for table in DataExport.tables where table != "events" {
                    guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") == 0 else {
                        throw InterviewPrepError.invalidArgument(field: "--db", reason: "the target database already has \(table); import into a new, empty database file")
                    }
                }
                guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") == 0 else {
                    throw InterviewPrepError.invalidArgument(field: "--db", reason: "the target database already has events; import into a new, empty database file")
                }
                var counts: [String: Int] = [:]
                let total = DataExport.tables.reduce(0) { sum, table in
                    if case .array(let rows)? = tables[table] { return sum + rows.count }
                    return sum
                }
                var done = 0
                for table in DataExport.tables {
                    guard case .array(let rows)? = tables[table] else { continue }
                    let known = Set(try db.columns(in: table).map(\.name))
                    for (index, element) in rows.enumerated() {
                        guard case .object(let row) = element else { continue }
                        let columns = row.keys.sorted()
                        if let unknown = columns.first(where: { !known.contains($0) }) {
                            throw InterviewPrepError.invalidArgument(field: "tables.\(table)", reason: "unknown column '\(unknown)'")
                        }
                        for column in columns where freeTextColumns.contains(column) && table != "events" {
                            if case .string(let text) = row[column]! {
                                _ = try FieldRules.freeText(text, field: "tables.\(table)[\(index)].\(column)")
                            }
                        }
                        try insert(db, table: table, row: row)
                        counts[table, default: 0] += 1
                        done += 1
                        progress?(done, total)
                    }
                }
                return Summary(rows: counts)
            }
        } catch let error as InterviewPrepError {
            throw error
        } catch {
            throw .storage("import failed, nothing was written: \(error)")
        }
    }

    /// Inserts one row given as JSON (what `DataExport.rowValue` makes) into `table`, column by column.
    static func insert(_ db: Database, table: String, row: [String: JSONValue]) throws {
        let columns = row.keys.sorted()
        let values: [DatabaseValueConvertible?] = columns.map { column in
            switch row[column]! {
            case .null: nil
            case .bool(let flag): flag
            case .int(let number): number
            case .double(let number): number
            case .string(let text): text
            case .array, .object: JSONValue.object(["_": row[column]!]).encodedString
            }
        }
        try db.execute(
            sql: "INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))",
            arguments: StatementArguments(values))
    }

    /// A consistent copy of the live database (SQLite backup API), safe while the server runs,
    /// written as a `PrivateFile` (mode 0600, never through a symbolic link, replaced only with
    /// `overwrite`).
    public static func backup(_ database: AppDatabase, to url: URL, overwrite: Bool = false) throws(InterviewPrepError) {
        try PrivateFile.create(at: url.path, overwrite: overwrite, field: "--out") { temporary in
            let target = try DatabaseQueue(path: temporary)
            try database.writer.backup(to: target)
            try target.close()
        }
    }
}
