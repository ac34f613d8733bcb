import Foundation
import GRDB

extension InterviewDetail {
    /// Interviews with what they show of their job, read in one statement and decoded by column
    /// position: the hot read path (upcoming interviews, one interview, a job's interviews).
    ///
    /// - Parameter condition: an SQL condition on `i` (interviews) and `j` (jobs); the statement
    ///   is cached per condition, so pass values as `arguments`. Results come in start order.
    /// - Parameter limit: at most this many (the first in start order).
    static func fetchAll(_ db: Database, where condition: String, arguments: StatementArguments, limit: Int? = nil) throws -> [InterviewDetail] {
        let statement = try db.cachedStatement(sql: sql(where: condition) + (limit.map { " LIMIT \($0)" } ?? ""))
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

    /// How many interviews a `fetchAll` condition on `i` alone matches (every interview has its
    /// job, so the join is left out: counting through it costs three times as much).
    static func countSQL(where condition: String) -> String {
        "SELECT COUNT(*) FROM interviews i WHERE \(condition)"
    }

    /// The columns of the joined read: the SELECT list and every position `init(joinedRow:)`
    /// reads come from this one declaration.
    private enum Column: Int, CaseIterable {
        case id, type, status, startAt, timeZone, durationMinutes, interviewerName, interviewerEmail, location, notes
        case feedback, preparationComplete, hasPrepNotes, createdAt, updatedAt, jobID, company, role, roleFamily

        var sql: String {
            switch self {
            case .id: "i.id"
            case .type: "i.type"
            case .status: "i.status"
            case .startAt: "i.start_at"
            case .timeZone: "i.time_zone"
            case .durationMinutes: "i.duration_minutes"
            case .interviewerName: "i.interviewer_name"
            case .interviewerEmail: "i.interviewer_email"
            case .location: "i.location"
            case .notes: "i.notes"
            case .feedback: "i.feedback"
            case .preparationComplete: "i.preparation_complete"
            case .hasPrepNotes: "coalesce(length(i.prep_notes), 0) > 0"
            case .createdAt: "i.created_at"
            case .updatedAt: "i.updated_at"
            case .jobID: "j.id"
            case .company: "j.company"
            case .role: "j.role"
            case .roleFamily: "j.role_family"
            }
        }
    }

    private static let selection =
        "SELECT " + Column.allCases.map(\.sql).joined(separator: ", ") + " FROM interviews i JOIN jobs j ON j.id = i.job_id"

    /// Decodes a row of `selection`; a value of the wrong type (a damaged file) is an error, not a crash.
    /// Text, numbers and dates are read straight from the statement (see `StoredDate`).
    private init(joinedRow row: Row) throws {
        func value<T: StatementColumnConvertible & DatabaseValueConvertible>(_ column: Column, _ type: T.Type = T.self) throws -> T {
            try row.decode(T.self, atIndex: column.rawValue)
        }
        func optional(_ column: Column) throws -> String? { try row.decode(String?.self, atIndex: column.rawValue) }
        func date(_ column: Column) throws -> Date { try row.decode(StoredDate.self, atIndex: column.rawValue).date }
        self.init(
            rowID: try value(.id),
            job: Job(rowID: try value(.jobID), company: try value(.company), role: try value(.role), roleFamily: try Self.enumValue(row, .roleFamily)),
            type: try Self.enumValue(row, .type), status: try Self.enumValue(row, .status),
            startAt: try date(.startAt), zoneName: try value(.timeZone),
            durationMinutes: try value(.durationMinutes), interviewerName: try optional(.interviewerName),
            interviewerEmail: try optional(.interviewerEmail), location: try optional(.location),
            notes: try optional(.notes), feedback: try optional(.feedback),
            preparationComplete: try value(.preparationComplete), hasPrepNotes: try value(.hasPrepNotes),
            createdAt: try date(.createdAt), updatedAt: try date(.updatedAt),
            reminders: nil)
    }

    /// A stored enum value, read from the statement's bytes (GRDB's generic path for enums goes
    /// through `DatabaseValue` and a `String`).
    private static func enumValue<Value: StoredEnum>(_ row: Row, _ column: Column) throws -> Value {
        switch try row.decode(StoredCase<Value>.self, atIndex: column.rawValue).stored {
        case .success(let value):
            return value
        case .failure(let unknown):
            throw InterviewPrepError.storage("the database holds '\(unknown.text)' where a \(Value.self) belongs; was it edited by hand?")
        }
    }
}
