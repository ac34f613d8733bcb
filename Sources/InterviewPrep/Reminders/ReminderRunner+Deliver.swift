import Foundation
import GRDB

extension ReminderRunner {
    /// Sends one claimed reminder and records the outcome: sent, retrying (temporary) or failed.
    func deliver(_ reminder: DueReminder, sender: any ReminderSender, now: Date) async -> ReminderRunSummary.Entry {
        let rowID = (try? PublicID.parse(reminder.reminderID, prefix: "rem", field: "reminder_id")) ?? 0
        do {
            let envelope = try sender.envelope(for: reminder)
            try await engine.write { db in
                var attempt = OutboxRecord(
                    id: nil, messageID: reminder.messageID, kind: "reminder",
                    interviewID: try PublicID.parse(reminder.interview.id, prefix: PublicID.interview, field: "interview_id"),
                    reminderID: rowID, recipients: JSONValue.array(envelope.recipients.map(JSONValue.string)).encodedString,
                    subject: envelope.subject, status: "sending", attempts: 1, lastError: nil, createdAt: now, updatedAt: now, sentAt: nil)
                try attempt.insert(db)
                try db.execute(sql: "UPDATE reminders SET attempts = attempts + 1 WHERE id = ?", arguments: [rowID])
            }
            let writer = engine.database.writer
            let messageID = reminder.messageID
            try await sender.send(reminder) {
                // On the sending thread, before the final dot: from here the server may accept it.
                try? writer.write { db in
                    try db.execute(sql: "UPDATE outbox SET status = 'awaiting_reply' WHERE message_id = ?", arguments: [messageID])
                }
            }
            try await recordSent(reminder, rowID: rowID, now: now)
            return Self.entry(reminder, "sent")
        } catch let failure as DeliveryFailure {
            return await recordFailure(reminder, rowID: rowID, failure: failure, now: now)
        } catch {
            return await recordFailure(reminder, rowID: rowID, failure: DeliveryFailure(isTemporary: true, message: "\(error)"), now: now)
        }
    }

    /// Marks the reminder and its attempt sent, and moves a scheduled/confirmed/rescheduled interview to reminder_sent.
    private func recordSent(_ reminder: DueReminder, rowID: Int64, now: Date) async throws(InterviewPrepError) {
        try await engine.write { db in
            try db.execute(
                sql: "UPDATE outbox SET status = 'sent', sent_at = ?, updated_at = ? WHERE message_id = ?",
                arguments: [now, now, reminder.messageID])
            try db.execute(
                sql: "UPDATE reminders SET status = 'sent', sent_at = ?, message_id = ?, claimed_by = NULL, claimed_at = NULL, last_error = NULL, updated_at = ? WHERE id = ?",
                arguments: [now, reminder.messageID, now, rowID])
            let interviewRow = try PublicID.parse(reminder.interview.id, prefix: PublicID.interview, field: "interview_id")
            var (interview, _) = try InterviewEngine.fetch(db, rowID: interviewRow, publicID: reminder.interview.id)
            let previous = interview.status
            try EventRecord.append(
                db, at: now, actor: .system, subjectType: "interview", subjectID: reminder.interview.id, type: "reminder_sent",
                payload: ["reminder_id": .string(reminder.reminderID), "hours_before": .int(reminder.hoursBefore), "message_id": .string(reminder.messageID)])
            if [.scheduled, .confirmed, .rescheduled].contains(previous) {
                interview.status = try previous.applying(.sendReminder, interviewID: reminder.interview.id)
                interview.updatedAt = now
                try interview.update(db)
                try EventRecord.append(
                    db, at: now, actor: .system, subjectType: "interview", subjectID: reminder.interview.id, type: "interview_status_changed",
                    payload: ["from": .string(previous.rawValue), "to": .string(interview.status.rawValue), "reason": .string("reminder \(reminder.reminderID) sent")])
            }
        }
    }

    /// Schedules a retry with backoff for a temporary failure; records a permanent one (one transaction).
    private func recordFailure(_ reminder: DueReminder, rowID: Int64, failure: DeliveryFailure, now: Date) async -> ReminderRunSummary.Entry {
        let start = TimeFormat.utcDate(reminder.interview.start.utc)
        let maxAttempts = self.maxAttempts
        /// Whether to retry after `attempts`, and when.
        let decide: @Sendable (Int) -> (retry: Bool, at: Date) = { attempts in
            let retryAt = now.addingTimeInterval(Self.backoff(afterAttempt: attempts))
            return (failure.isTemporary && attempts < maxAttempts && start.map { retryAt < $0 } ?? false, retryAt)
        }
        let recorded = try? await engine.write { db -> (retry: Bool, at: Date) in
            let attempts = try Int.fetchOne(db, sql: "SELECT attempts FROM reminders WHERE id = ?", arguments: [rowID]) ?? 1
            let (retry, retryAt) = decide(attempts)
            try db.execute(
                sql: "UPDATE outbox SET status = ?, last_error = ?, updated_at = ? WHERE message_id = ?",
                arguments: [retry ? "retry" : "failed", failure.message, now, reminder.messageID])
            try db.execute(
                sql: """
                    UPDATE reminders SET status = ?, next_attempt_at = ?, last_error = ?, note = ?, claimed_by = NULL, claimed_at = NULL, updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [retry ? "pending" : "failed", retry ? retryAt : nil, failure.message,
                            retry ? nil : (failure.isTemporary ? "gave up after \(min(attempts, maxAttempts)) attempts" : "refused by the mail server"),
                            now, rowID])
            try EventRecord.append(
                db, at: now, actor: .system, subjectType: "interview", subjectID: reminder.interview.id, type: "reminder_failed",
                payload: ["reminder_id": .string(reminder.reminderID), "temporary": .bool(failure.isTemporary),
                          "will_retry": .bool(retry), "error": .string(failure.message), "attempt": .int(attempts)])
            return (retry, retryAt)
        }
        let (retry, retryAt) = recorded ?? decide(1)
        return Self.entry(reminder, retry ? "retrying" : "failed", failure.message + (retry ? "; next try after \(TimeFormat.utc(retryAt))" : ""))
    }

    /// 5 minutes, doubling per attempt, at most 2 hours.
    static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        min(5 * 60 * pow(2, Double(max(0, attempt - 1))), 2 * 3600)
    }
}
