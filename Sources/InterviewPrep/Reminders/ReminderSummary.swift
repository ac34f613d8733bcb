import Foundation
import GRDB

/// A reminder as shown to people: when it is due (UTC and the interview's local time) and its state.
public struct ReminderSummary: OutputShape, Equatable {
    public var id: String
    public var interviewID: String
    public var hoursBefore: Int
    public var due: ZonedTime
    public var status: ReminderStatus
    public var attempts: Int
    public var note: String?
    public var lastError: String?
    public var sentAt: UTCTime?

    public static let outputFields: [OutputField<ReminderSummary>] = [
        .integer("attempts") { $0.attempts },
        .zonedTime("due") { $0.due },
        .integer("hours_before") { $0.hoursBefore },
        .string("id") { $0.id },
        .string("interview_id") { $0.interviewID },
        .string("last_error", ifPresent: { $0.lastError }),
        .string("note", ifPresent: { $0.note }),
        .utcTime("sent_at", ifPresent: { $0.sentAt }),
        .identifier("status") { $0.status },
    ]

    public init(_ record: ReminderRecord, zone: TimeZone) {
        id = record.publicID
        interviewID = PublicID.format(PublicID.interview, record.interviewID)
        hoursBefore = record.hoursBefore
        due = ZonedTime(record.dueAt, in: zone)
        status = record.status
        attempts = record.attempts
        note = record.note
        lastError = record.lastError
        sentAt = record.sentAt.map(UTCTime.init)
    }
}

