import Foundation
import GRDB

extension ReminderService {
    /// Reminders in due order: one interview's, or all; optionally only some statuses.
    public func reminders(interviewID: String? = nil, statuses: [ReminderStatus] = [], limit: Int = 500) async throws(InterviewPrepError) -> [ReminderSummary] {
        let rowID = try interviewID.map { (id) throws(InterviewPrepError) in try InterviewService.interviewRowID(id) }
        return try await read { db in
            var request = ReminderRecord.order(sql: "due_at, id").limit(limit)
            if let rowID {
                _ = try InterviewService.fetch(db, rowID: rowID, publicID: interviewID!)
                request = request.filter(sql: "interview_id = ?", arguments: [rowID])
            }
            if !statuses.isEmpty { request = request.filter(statuses.map(\.rawValue).contains(Column("status"))) }
            return try request.fetchAll(db).map { record in
                let zone = try String.fetchOne(db, sql: "SELECT time_zone FROM interviews WHERE id = ?", arguments: [record.interviewID])
                return ReminderSummary(record, zone: TimeZoneCache.zone(named: zone ?? "UTC"))
            }
        }
    }
}
