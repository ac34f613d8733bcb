import Foundation
import GRDB

/// Planning and withdrawing an interview's reminders inside the engine's transactions.
enum ReminderStore {
    /// Plans the reminders of `interview` (already inserted or updated) and returns them.
    static func plan(_ db: Database, interview: InterviewRecord, policy: ReminderPolicy, now: Date) throws -> [ReminderSummary] {
        let hours = policy.hours(for: interview.type, interviewOverride: interview.reminderHoursOverride)
        return try ReminderPlan.make(start: interview.startAt, zone: interview.zone, hoursBefore: hours, now: now).map { item in
            var record = ReminderRecord(
                id: nil, interviewID: interview.id!, hoursBefore: item.hoursBefore, dueAt: item.dueAt,
                status: item.isPast ? .skipped : .pending, attempts: 0, nextAttemptAt: nil, claimedBy: nil, claimedAt: nil,
                lastError: nil, note: item.isPast ? "already past when the interview was scheduled" : nil,
                messageID: nil, sentAt: nil, createdAt: now, updatedAt: now)
            try record.insert(db)
            return ReminderSummary(record, zone: interview.zone)
        }
    }

    /// Withdraws the pending reminders of an interview (`reason` is kept in their note); sent ones stay as history.
    @discardableResult
    static func cancelPending(_ db: Database, interviewID: Int64, reason: String, now: Date) throws -> Int {
        let (from, to) = (ReminderStatus.pending, try ReminderStatus.pending.applying(.withdraw, reminderID: "of \(interviewID)"))
        try db.execute(
            sql: "UPDATE reminders SET status = ?, note = ?, updated_at = ? WHERE interview_id = ? AND status = ?",
            arguments: [to, reason, StoredDate(now), interviewID, from])
        return db.changesCount
    }

    /// Every reminder of an interview, in due order.
    static func reminders(_ db: Database, interview: InterviewRecord) throws -> [ReminderSummary] {
        try ReminderRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM reminders WHERE interview_id = ? ORDER BY due_at, id"), arguments: [interview.id!])
            .map { ReminderSummary($0, zone: interview.zone) }
    }

    static func eventPayload(_ reminders: [ReminderSummary]) -> JSONValue {
        .array(reminders.map {
            .object(["id": .string($0.id), "hours_before": .int($0.hoursBefore), "due_utc": .string($0.due.utc), "status": .string($0.status.rawValue)])
        })
    }
}
