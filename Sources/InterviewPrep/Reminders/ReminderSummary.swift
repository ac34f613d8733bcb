import Foundation
import GRDB

/// A reminder as shown to people: when it is due (UTC and the interview's local time) and its state.
public struct ReminderSummary: Encodable, Sendable, Equatable {
    public var id: String
    public var interviewID: String
    public var hoursBefore: Int
    public var due: ZonedTime
    public var status: ReminderStatus
    public var attempts: Int
    public var note: String?
    public var lastError: String?
    public var sentAt: String?

    enum CodingKeys: String, CodingKey {
        case id
        case interviewID = "interview_id"
        case hoursBefore = "hours_before"
        case due, status, attempts, note
        case lastError = "last_error"
        case sentAt = "sent_at"
    }

    public init(_ record: ReminderRecord, zone: TimeZone) {
        id = record.publicID
        interviewID = PublicID.format(PublicID.interview, record.interviewID)
        hoursBefore = record.hoursBefore
        due = ZonedTime(record.dueAt, in: zone)
        status = record.status
        attempts = record.attempts
        note = record.note
        lastError = record.lastError
        sentAt = record.sentAt.map(TimeFormat.utc)
    }
}

