import Foundation
import GRDB

/// What is known of one email sent or attempted (table `outbox`).
public struct OutboxRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "outbox"

    public var id: Int64?
    public var messageID: String
    public var kind: String
    public var interviewID: Int64?
    public var reminderID: Int64?
    public var recipients: String
    public var subject: String
    public var status: OutboxStatus
    public var attempts: Int
    public var lastError: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var sentAt: Date?

    enum CodingKeys: String, CodingKey {
        case id
        case messageID = "message_id"
        case kind
        case interviewID = "interview_id"
        case reminderID = "reminder_id"
        case recipients, subject, status, attempts
        case lastError = "last_error"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case sentAt = "sent_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
