import Foundation
import GRDB

/// Rows kept whole in an event, so that deleting them can be undone exactly: the same ids, the
/// same values. Text, numbers and NULL are what these tables hold.
enum RowSnapshot {
    /// Every row of `table` matching `condition`, as JSON objects, in row order.
    static func capture(_ db: Database, table: String, where condition: String, arguments: StatementArguments) throws -> [JSONValue] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(condition) ORDER BY rowid", arguments: arguments).map { row in
            .object(Dictionary(uniqueKeysWithValues: row.columnNames.map { column in
                let value: JSONValue = switch (row[column] as DatabaseValue).storage {
                case .null: .null
                case .int64(let number): .int(Int(number))
                case .double(let number): .double(number)
                case .string(let text): .string(text)
                case .blob(let data): .string(data.base64EncodedString())
                }
                return (column, value)
            }))
        }
    }

    /// Puts captured rows back into `table`.
    static func restore(_ db: Database, table: String, rows: [JSONValue]) throws {
        for case .object(let row) in rows {
            let columns = row.keys.sorted()
            let values: [(any DatabaseValueConvertible)?] = columns.map { column in
                switch row[column]! {
                case .int(let number): number
                case .double(let number): number
                case .string(let text): text
                case .bool(let flag): flag
                case .null, .array, .object: nil
                }
            }
            try db.execute(
                sql: "INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))",
                arguments: StatementArguments(values))
        }
    }
}
