import Foundation
import GRDB

extension ReminderRunner {
    /// Sends one claimed reminder and records the outcome: sent, retrying (temporary) or failed.
    /// The email is composed once; the outbox records that message, and that message is sent.
    func deliver<Sender: ReminderSender>(_ reminder: DueReminder, sender: Sender, now: Date) async -> ReminderRunSummary.Entry {
        do {
            let composed = try sender.compose(reminder)
            try await reminders.write { db in
                var attempt = OutboxRecord(
                    id: nil, messageID: reminder.messageID, kind: "reminder", interviewID: reminder.interviewRowID,
                    reminderID: reminder.reminderRowID, recipients: JSONValue.array(composed.recipients.map(JSONValue.string)).encodedString,
                    subject: composed.subject, status: .sending, attempts: 1, lastError: nil, createdAt: now, updatedAt: now, sentAt: nil)
                try attempt.insert(db)
                try db.execute(sql: "UPDATE reminders SET attempts = attempts + 1 WHERE id = ?", arguments: [reminder.reminderRowID])
            }
            let reminders = self.reminders
            try await sender.send(composed) {
                // On the sending thread, before the final dot: from here the server may accept it.
                try? reminders.updateOutbox(reminder.messageID, .dataSent, now: now)
            }
            try await recordSent(reminder, now: now)
            return Self.entry(reminder, "sent")
        } catch let failure as DeliveryFailure {
            return await recordFailure(reminder, failure: failure, now: now)
        } catch {
            return await recordFailure(reminder, failure: DeliveryFailure(isTemporary: true, message: "\(error)"), now: now)
        }
    }

    /// Marks the reminder and its attempt sent, and moves a scheduled, confirmed or rescheduled
    /// interview to reminder_sent through the interviews' own transition.
    private func recordSent(_ reminder: DueReminder, now: Date) async throws(InterviewPrepError) {
        try await reminders.write { db in
            try OutboxStore.update(db, reminder.messageID, .accept, now: now)
            guard var record = try ReminderRecord.fetchOne(db, key: reminder.reminderRowID) else { return }
            record.status = try record.status.applying(.deliver, reminderID: record.publicID)
            (record.sentAt, record.messageID, record.claimedBy, record.claimedAt, record.lastError, record.updatedAt) =
                (now, reminder.messageID, nil, nil, nil, now)
            try record.update(db)
            try EventRecord.append(
                db, at: now, actor: .system, subjectType: "interview", subjectID: reminder.interview.id, type: EventType.reminderSent,
                payload: ["reminder_id": .string(reminder.reminderID), "hours_before": .int(reminder.hoursBefore), "message_id": .string(reminder.messageID)])
            var (interview, _) = try InterviewService.fetch(db, rowID: reminder.interviewRowID, publicID: reminder.interview.id)
            if interview.status.allowedActions.contains(.sendReminder) {
                try InterviewService.apply(.sendReminder, to: &interview, db, actor: .system, now: now,
                                          details: ["reason": .string("reminder \(reminder.reminderID) sent")])
            }
        }
    }

    /// Schedules a retry with backoff for a temporary failure; records a permanent one (one transaction).
    private func recordFailure(_ reminder: DueReminder, failure: DeliveryFailure, now: Date) async -> ReminderRunSummary.Entry {
        let (start, maxAttempts) = (reminder.start, self.maxAttempts)
        /// Whether to retry after `attempts`, and when.
        let decide: @Sendable (Int) -> (retry: Bool, at: Date) = { attempts in
            let retryAt = now.addingTimeInterval(Self.backoff(afterAttempt: attempts))
            return (failure.isTemporary && attempts < maxAttempts && retryAt < start, retryAt)
        }
        let recorded = try? await reminders.write { db -> (retry: Bool, at: Date) in
            guard var record = try ReminderRecord.fetchOne(db, key: reminder.reminderRowID) else { return decide(1) }
            let (retry, retryAt) = decide(record.attempts)
            try OutboxStore.update(db, reminder.messageID, retry ? .retryLater : .fail, error: failure.message, now: now)
            record.status = try record.status.applying(retry ? .retryLater : .fail, reminderID: record.publicID)
            record.nextAttemptAt = retry ? retryAt : nil
            record.lastError = failure.message
            record.note = retry ? nil : (failure.isTemporary ? "gave up after \(min(record.attempts, maxAttempts)) attempts" : "refused by the mail server")
            (record.claimedBy, record.claimedAt, record.updatedAt) = (nil, nil, now)
            try record.update(db)
            try EventRecord.append(
                db, at: now, actor: .system, subjectType: "interview", subjectID: reminder.interview.id, type: EventType.reminderFailed,
                payload: ["reminder_id": .string(reminder.reminderID), "temporary": .bool(failure.isTemporary),
                          "will_retry": .bool(retry), "error": .string(failure.message), "attempt": .int(record.attempts)])
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
