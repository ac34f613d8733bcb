import Foundation
import GRDB

/// Interviews: scheduling, status changes, rescheduling, prep notes and checklists, queries,
/// statistics and the calendar. The only writer of `interviews` and `checklist_progress`.
/// Each mutation validates its input, applies the status state machine, and writes the new
/// state and its event in one transaction.
public struct InterviewService: Service {
    public let core: ServiceCore

    public init(core: ServiceCore) {
        self.core = core
    }

    /// The interview with `rowID` and its job, or `notFound`.
    package static func fetch(_ db: Database, rowID: Int64, publicID: String) throws -> (InterviewRecord, JobRecord) {
        // Cached statements: a hot path (get_interview) that should not re-prepare SQL each call.
        guard let interview = try InterviewRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM interviews WHERE id = ?"), arguments: [rowID]),
              let job = try JobRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM jobs WHERE id = ?"), arguments: [interview.jobID]) else {
            throw InterviewPrepError.notFound(kind: "interview", id: publicID)
        }
        return (interview, job)
    }

    /// The row id of an interview id like `int_7`, or an error naming `field`.
    package static func interviewRowID(_ id: String, field: String = "interview_id") throws(InterviewPrepError) -> Int64 {
        try PublicID.parse(id, prefix: PublicID.interview, field: field)
    }

    /// Refuses a second live interview for the same job at the same instant.
    static func guardNoDuplicate(_ db: Database, jobID: Int64, start: Date, excluding rowID: Int64?) throws {
        var request = InterviewRecord
            .filter(InterviewRecord.Columns.jobID == jobID)
            .filter(InterviewRecord.Columns.startAt == StoredDate(start))
            .filter(InterviewStatus.liveStatuses.contains(InterviewRecord.Columns.status))
        if let rowID { request = request.filter(InterviewRecord.Columns.id != rowID) }
        if let existing = try request.fetchOne(db) {
            throw InterviewPrepError.duplicateInterview(
                existingID: existing.publicID, jobID: PublicID.format(PublicID.job, jobID), startUTC: TimeFormat.utc(start))
        }
    }
}
