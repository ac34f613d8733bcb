import Foundation
import GRDB

/// One planned reminder (table `reminders`).
public struct ReminderRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "reminders"

    public var id: Int64?
    public var interviewID: Int64
    public var hoursBefore: Int
    public var dueAt: Date
    public var status: ReminderStatus
    public var attempts: Int
    public var nextAttemptAt: Date?
    public var claimedBy: String?
    public var claimedAt: Date?
    public var lastError: String?
    public var note: String?
    public var messageID: String?
    public var sentAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case interviewID = "interview_id"
        case hoursBefore = "hours_before"
        case dueAt = "due_at"
        case status, attempts
        case nextAttemptAt = "next_attempt_at"
        case claimedBy = "claimed_by"
        case claimedAt = "claimed_at"
        case lastError = "last_error"
        case note
        case messageID = "message_id"
        case sentAt = "sent_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The id people see, e.g. `rem_12`.
    public var publicID: String { PublicID.format("rem", id ?? 0) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ReminderRecord {
    /// Decodes a row by column name, without `Decodable` (get_interview shows reminders on a hot path).
    public init(row: Row) throws {
        id = row["id"]
        interviewID = row["interview_id"]
        hoursBefore = row["hours_before"]
        dueAt = (row["due_at"] as StoredDate).date
        status = row["status"]
        attempts = row["attempts"]
        nextAttemptAt = (row["next_attempt_at"] as StoredDate?)?.date
        claimedBy = row["claimed_by"]
        claimedAt = (row["claimed_at"] as StoredDate?)?.date
        lastError = row["last_error"]
        note = row["note"]
        messageID = row["message_id"]
        sentAt = (row["sent_at"] as StoredDate?)?.date
        createdAt = (row["created_at"] as StoredDate).date
        updatedAt = (row["updated_at"] as StoredDate).date
    }
}
