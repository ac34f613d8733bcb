import Foundation
import GRDB

extension InterviewEngine {
    /// One interview, or `notFound`; with its reminders when asked.
    public func interview(id: String, includeReminders: Bool = false) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(id)
        return try await read { db in
            let (interview, job) = try Self.fetch(db, rowID: rowID, publicID: id)
            return InterviewDetail(interview, job: job, reminders: includeReminders ? try ReminderStore.reminders(db, interview: interview) : nil)
        }
    }

    /// Live interviews that have not ended yet and start within `days` days, soonest first.
    public func upcoming(days: Int = 7) async throws(InterviewPrepError) -> [InterviewDetail] {
        guard (1...365).contains(days) else {
            throw .invalidArgument(field: "days", reason: "must be between 1 and 365, got \(days)")
        }
        let now = self.now()
        let horizon = now.addingTimeInterval(TimeInterval(days) * 86_400)
        return try await read { db in
            // Interviews last at most 12 hours, so one that started 12 hours ago may still be on.
            // A cached statement: the assistant's most frequent call should not rebuild its SQL.
            let records = try InterviewRecord.fetchAll(
                db.cachedStatement(sql: Self.upcomingSQL), arguments: [now.addingTimeInterval(-12 * 3600), horizon])
                .filter { $0.endAt > now }
            return try Self.details(db, records)
        }
    }

    /// Every interview of a job, in start order.
    public func interviews(forJob jobID: String) async throws(InterviewPrepError) -> [InterviewDetail] {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        return try await read { db in
            guard try JobRecord.exists(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            let records = try InterviewRecord
                .filter(InterviewRecord.Columns.jobID == rowID)
                .order(InterviewRecord.Columns.startAt, InterviewRecord.Columns.id)
                .fetchAll(db)
            return try Self.details(db, records)
        }
    }

    /// The events of one interview, oldest first.
    public func timeline(interviewID: String) async throws(InterviewPrepError) -> [TimelineEntry] {
        let rowID = try Self.interviewRowID(interviewID)
        return try await read { db in
            let (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            return try EventRecord
                .filter(sql: "subject_type = 'interview' AND subject_id = ?", arguments: [interview.publicID])
                .order(Column("id"))
                .fetchAll(db)
                .map(TimelineEntry.init)
        }
    }

    /// Details for `records`, fetching each distinct job once.
    static let upcomingSQL = """
        SELECT * FROM interviews WHERE start_at >= ? AND start_at <= ? AND status IN (\(InterviewStatus.liveStatuses.map { "'\($0.rawValue)'" }.joined(separator: ",")))
        ORDER BY start_at, id
        """

    static func details(_ db: Database, _ records: [InterviewRecord]) throws -> [InterviewDetail] {
        var jobs: [Int64: JobRecord] = [:]
        let statement = try db.cachedStatement(sql: "SELECT * FROM jobs WHERE id = ?")
        for jobID in Set(records.map(\.jobID)) {
            jobs[jobID] = try JobRecord.fetchOne(statement, arguments: [jobID])
        }
        return records.compactMap { record in jobs[record.jobID].map { InterviewDetail(record, job: $0) } }
    }
}

/// One event of an interview's history.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var eventID: Int64
    public var occurredAt: String
    public var actor: EventActor
    public var type: String
    public var payload: JSONValue

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case occurredAt = "occurred_at"
        case actor, type, payload
    }

    init(_ record: EventRecord) {
        eventID = record.id ?? 0
        occurredAt = TimeFormat.utc(record.occurredAt)
        actor = record.actor
        type = record.type
        payload = (try? JSONDecoder().decode(JSONValue.self, from: Data(record.payload.utf8))) ?? .null
    }
}

extension EventActor: DatabaseValueConvertible {}
