import Foundation
import GRDB

/// Everything in the database as JSON (round-trip exact), or as one RFC 4180 CSV per table.
public enum DataExport {
    /// Tables in dependency order: importing them in this order satisfies every foreign key.
    public static let tables = [
        "jobs", "stages", "interviews", "reminders", "outbox", "checklist_progress", "debriefs",
        "job_notes", "contacts", "offers", "imports", "mock_sessions", "mock_inputs", "events",
    ]

    /// The export document: format, schema migrations, and every row of every table as stored.
    public static func json(_ database: AppDatabase) throws(InterviewPrepError) -> Data {
        do {
            let document: JSONValue = try database.writer.read { db in
                var tablesValue: [String: JSONValue] = [:]
                for table in tables {
                    tablesValue[table] = .array(try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map(rowValue))
                }
                return .object([
                    "format": .string("interview-prep-export"), "version": .int(1),
                    "migrations": .array(try Migrations.migrator.appliedIdentifiers(db).sorted().map(JSONValue.string)),
                    "tables": .object(tablesValue),
                ])
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            return try encoder.encode(document)
        } catch {
            throw .storage("export failed: \(error)")
        }
    }

    static func rowValue(_ row: Row) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: zip(row.columnNames, row.databaseValues).map { column, databaseValue in
            let value: JSONValue = switch databaseValue.storage {
            case .int64(let number): .int(Int(number))
            case .double(let number): .double(number)
            case .string(let text): .string(text)
            case .blob(let data): .string(data.base64EncodedString())
            case .null: .null
            }
            return (column, value)
        }))
    }

    /// One CSV document per table (RFC 4180: CRLF, quoted fields), text cells that a spreadsheet
    /// would run as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe.
    public static func csv(_ database: AppDatabase) throws(InterviewPrepError) -> [String: String] {
        do {
            return try database.writer.read { db in
                var files: [String: String] = [:]
                for table in tables {
                    let columns = try db.columns(in: table).map(\.name)
                    var lines = [columns.map(CSVCell.quoted).joined(separator: ",")]
                    for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                        lines.append(columns.map { column in
                            switch (row[column] as DatabaseValue? ?? .null).storage {
                            case .null: ""
                            case .int64(let number): String(number)
                            case .double(let number): String(number)
                            case .string(let text): CSVCell.quoted(CSVCell.neutralized(text))
                            case .blob(let data): CSVCell.quoted(data.base64EncodedString())
                            }
                        }.joined(separator: ","))
                    }
                    files[table + ".csv"] = lines.joined(separator: "\r\n") + "\r\n"
                }
                return files
            }
        } catch {
            throw .storage("export failed: \(error)")
        }
    }
}

/// CSV cell rules.
public enum CSVCell {
    /// Prefixes text that a spreadsheet would evaluate as a formula.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    /// Quotes a field when it holds a comma, quote or line break (RFC 4180); line breaks become CRLF.
    public static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        let lines = MessageText.normalized(text).replacingOccurrences(of: "\n", with: "\r\n")
        return "\"" + lines.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
