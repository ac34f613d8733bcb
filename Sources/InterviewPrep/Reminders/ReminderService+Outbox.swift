import Foundation
import GRDB

extension ReminderService {
    /// Records an email sent or attempted outside reminder runs (assistant-sent emails), with its
    /// event: `status` is how the attempt ended, `.sent` or `.failed`.
    public func recordEmail(
        kind: String, interviewID: String?, messageID: String, recipients: [String], subject: String,
        status: OutboxStatus, error: String?, actor: EventActor
    ) async throws(InterviewPrepError) {
        let rowID = try interviewID.map { (id) throws(InterviewPrepError) in try InterviewService.interviewRowID(id) }
        let now = self.now()
        try await write { db in
            var record = OutboxRecord(
                id: nil, messageID: messageID, kind: kind, interviewID: rowID, reminderID: nil,
                recipients: JSONValue.array(recipients.map(JSONValue.string)).encodedString, subject: subject,
                status: status, attempts: 1, lastError: error, createdAt: now, updatedAt: now,
                sentAt: status == .sent ? now : nil)
            try record.insert(db)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: interviewID == nil ? "email" : "interview",
                subjectID: interviewID ?? messageID, type: status == .sent ? EventType.emailSent : EventType.emailFailed,
                payload: ["kind": .string(kind), "message_id": .string(messageID), "recipients": .int(recipients.count),
                          "subject": .string(subject), "error": .optional(error)])
        }
    }
}
