import Foundation
import GRDB

/// One interview as stored (table `interviews`); company and role live on its job.
public struct InterviewRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "interviews"

    public var id: Int64?
    public var jobID: Int64
    public var type: InterviewType
    /// The start instant (stored as UTC).
    public var startAt: Date
    /// The IANA zone the interview happens in.
    public var timeZone: String
    public var durationMinutes: Int
    public var interviewerName: String?
    public var interviewerEmail: String?
    public var location: String?
    public var status: InterviewStatus
    public var notes: String?
    public var feedback: String?
    public var prepNotes: String?
    public var preparationComplete: Bool
    public var createdAt: Date
    public var updatedAt: Date
    /// Hours before the start to remind, when this interview overrides its type's default (JSON).
    public var reminderHours: String? = nil
    /// The pipeline stage this interview belongs to.
    public var stageID: Int64? = nil

    enum CodingKeys: String, CodingKey {
        case id
        case jobID = "job_id"
        case type
        case startAt = "start_at"
        case timeZone = "time_zone"
        case durationMinutes = "duration_minutes"
        case interviewerName = "interviewer_name"
        case interviewerEmail = "interviewer_email"
        case location, status, notes, feedback
        case prepNotes = "prep_notes"
        case preparationComplete = "preparation_complete"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case reminderHours = "reminder_hours"
        case stageID = "stage_id"
    }

    /// Column names for queries.
    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let jobID = Column(CodingKeys.jobID)
        static let type = Column(CodingKeys.type)
        static let startAt = Column(CodingKeys.startAt)
        static let status = Column(CodingKeys.status)
    }

    /// The id people see, e.g. `int_7`.
    public var publicID: String { PublicID.format(PublicID.interview, id ?? 0) }

    /// When the interview is planned to end.
    public var endAt: Date { startAt.addingTimeInterval(TimeInterval(durationMinutes * 60)) }

    /// The interview's zone (stored names are validated on the way in).
    public var zone: TimeZone { TimeZoneCache.zone(named: timeZone) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension InterviewType: DatabaseValueConvertible {}
extension InterviewStatus: DatabaseValueConvertible {}

extension InterviewRecord {
    /// Decodes a row by column name, without `Decodable` (several times faster on hot reads).
    public init(row: Row) throws {
        id = row["id"]
        jobID = row["job_id"]
        type = row["type"]
        startAt = (row["start_at"] as StoredDate).date
        timeZone = row["time_zone"]
        durationMinutes = row["duration_minutes"]
        interviewerName = row["interviewer_name"]
        interviewerEmail = row["interviewer_email"]
        location = row["location"]
        status = row["status"]
        notes = row["notes"]
        feedback = row["feedback"]
        prepNotes = row["prep_notes"]
        preparationComplete = row["preparation_complete"]
        createdAt = (row["created_at"] as StoredDate).date
        updatedAt = (row["updated_at"] as StoredDate).date
        reminderHours = row["reminder_hours"]
        stageID = row["stage_id"]
    }

    /// The interview's own reminder hours, when it has them.
    public var reminderHoursOverride: [Int]? {
        reminderHours.flatMap { try? JSONDecoder().decode([Int].self, from: Data($0.utf8)) }
    }
}
