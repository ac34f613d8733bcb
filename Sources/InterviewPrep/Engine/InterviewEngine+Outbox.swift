import Foundation
import GRDB

/// How an email attempt ended, for the outbox.
public enum EmailDeliveryStatus: String, Codable, Sendable {
    case sent
    case failed
}

extension InterviewEngine {
    /// Records an email sent or attempted outside reminder runs (assistant-sent emails), with its event.
    public func recordEmail(
        kind: String, interviewID: String?, messageID: String, recipients: [String], subject: String,
        status: EmailDeliveryStatus, error: String?, actor: EventActor
    ) async throws(InterviewPrepError) {
        let rowID = try interviewID.map { (id) throws(InterviewPrepError) in try Self.interviewRowID(id) }
        let now = self.now()
        try await write { db in
            var record = OutboxRecord(
                id: nil, messageID: messageID, kind: kind, interviewID: rowID, reminderID: nil,
                recipients: JSONValue.array(recipients.map(JSONValue.string)).encodedString, subject: subject,
                status: status.rawValue, attempts: 1, lastError: error, createdAt: now, updatedAt: now,
                sentAt: status == .sent ? now : nil)
            try record.insert(db)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: interviewID == nil ? "email" : "interview",
                subjectID: interviewID ?? messageID, type: status == .sent ? "email_sent" : "email_failed",
                payload: ["kind": .string(kind), "message_id": .string(messageID), "recipients": .int(recipients.count),
                          "subject": .string(subject), "error": .optional(error)])
        }
    }
}
