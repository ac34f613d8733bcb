import Foundation
import GRDB

extension InterviewDetail {
    /// Interviews with what they show of their job, read in one statement and decoded by column
    /// position: the hot read path (upcoming interviews, one interview, a job's interviews).
    ///
    /// - Parameter condition: an SQL condition on `i` (interviews) and `j` (jobs); the statement
    ///   is cached per condition, so pass values as `arguments`. Results come in start order.
    static func fetchAll(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [InterviewDetail] {
        let statement = try db.cachedStatement(sql: sql(where: condition))
        var details: [InterviewDetail] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() {
            details.append(try InterviewDetail(joinedRow: row))
        }
        return details
    }

    /// The statement `fetchAll(_:where:arguments:)` runs.
    static func sql(where condition: String) -> String {
        "\(selection) WHERE \(condition) ORDER BY i.start_at, i.id"
    }

    /// The columns `init(joinedRow:)` reads, in its order.
    private static let selection = """
        SELECT i.id, i.type, i.status, i.start_at, i.time_zone, i.duration_minutes, i.interviewer_name, \
        i.interviewer_email, i.location, i.notes, i.feedback, i.preparation_complete, \
        coalesce(length(i.prep_notes), 0) > 0, i.created_at, i.updated_at, \
        j.id, j.company, j.role, j.role_family \
        FROM interviews i JOIN jobs j ON j.id = i.job_id
        """

    /// Decodes a row of `selection`; a value of the wrong type (a damaged file) is an error, not a crash.
    /// Text, numbers and dates are read straight from the statement (see `StoredDate`).
    private init(joinedRow row: Row) throws {
        self.init(
            rowID: try row.decode(Int64.self, atIndex: 0),
            job: Job(rowID: try row.decode(Int64.self, atIndex: 15), company: try row.decode(String.self, atIndex: 16),
                     role: try row.decode(String.self, atIndex: 17), roleFamily: try Self.enumValue(row, 18)),
            type: try Self.enumValue(row, 1), status: try Self.enumValue(row, 2),
            startAt: try row.decode(StoredDate.self, atIndex: 3).date,
            zone: TimeZoneCache.zone(named: try row.decode(String.self, atIndex: 4)),
            durationMinutes: try row.decode(Int.self, atIndex: 5), interviewerName: try row.decode(String?.self, atIndex: 6),
            interviewerEmail: try row.decode(String?.self, atIndex: 7), location: try row.decode(String?.self, atIndex: 8),
            notes: try row.decode(String?.self, atIndex: 9), feedback: try row.decode(String?.self, atIndex: 10),
            preparationComplete: try row.decode(Bool.self, atIndex: 11), hasPrepNotes: try row.decode(Bool.self, atIndex: 12),
            createdAt: try row.decode(StoredDate.self, atIndex: 13).date, updatedAt: try row.decode(StoredDate.self, atIndex: 14).date,
            reminders: nil)
    }

    /// A stored enum value, read as text (GRDB's generic path for enums goes through `DatabaseValue`).
    private static func enumValue<Value: RawRepresentable<String>>(_ row: Row, _ index: Int) throws -> Value {
        let text = try row.decode(String.self, atIndex: index)
        guard let value = Value(rawValue: text) else {
            throw InterviewPrepError.storage("the database holds '\(text)' where a \(Value.self) belongs; was it edited by hand?")
        }
        return value
    }
}
