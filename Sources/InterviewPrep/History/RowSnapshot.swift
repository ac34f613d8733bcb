import Foundation
import GRDB

/// Rows kept whole in an event, so that deleting them can be undone exactly: the same ids, the
/// same values, in the JSON form the export writes and the import reads back.
enum RowSnapshot {
    /// Every row of `table` matching `condition`, as JSON objects, in row order.
    static func capture(_ db: Database, table: String, where condition: String, arguments: StatementArguments) throws -> [JSONValue] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(condition) ORDER BY rowid", arguments: arguments).map(DataExport.rowValue)
    }

    /// Puts captured rows back into `table`.
    static func restore(_ db: Database, table: String, rows: [JSONValue]) throws {
        for case .object(let row) in rows { try DataImport.insert(db, table: table, row: row) }
    }
}
