import Foundation
import GRDB

extension InterviewService {
    /// One interview, or `notFound`; with its reminders when asked.
    public func interview(id: String, includeReminders: Bool = false) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(id)
        return try await read { db in
            guard includeReminders else {
                guard let detail = try InterviewDetail.fetchAll(db, where: "i.id = ?", arguments: [rowID]).first else {
                    throw InterviewPrepError.notFound(kind: "interview", id: id)
                }
                return detail
            }
            let (interview, job) = try Self.fetch(db, rowID: rowID, publicID: id)
            return InterviewDetail(interview, job: job, reminders: try ReminderStore.reminders(db, interview: interview))
        }
    }

    /// Live interviews that have not ended yet and start within `days` days, soonest first, with
    /// the instant the query was made for (`asOf`).
    public func upcoming(days: Int = 7) async throws(InterviewPrepError) -> UpcomingInterviews {
        try Bounds.check(days, in: Bounds.upcomingDays, field: "days")
        let now = self.now()
        let horizon = now.addingTimeInterval(TimeInterval(days) * 86_400)
        let interviews = try readStatement { db in
            // Interviews last at most 12 hours, so one that started 12 hours ago may still be on.
            try InterviewDetail.fetchAll(db, where: Self.upcomingCondition, arguments: [
                StoredDate(now.addingTimeInterval(-12 * 3600)), StoredDate(horizon), StoredDate(now), StoredDate(now),
            ])
        }
        return UpcomingInterviews(interviews: interviews, days: days, asOf: now)
    }

    /// Every interview of a job, in start order.
    public func interviews(forJob jobID: String) async throws(InterviewPrepError) -> [InterviewDetail] {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        return try await read { db in
            guard try JobRecord.exists(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            return try InterviewDetail.fetchAll(db, where: "i.job_id = ?", arguments: [rowID])
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

    /// Live interviews that start between two instants and have not ended at a third (given
    /// twice): those that start at it or later, and those already started whose end is later.
    /// Only the latter (few) have their end computed, written the way GRDB stores dates
    /// (`YYYY-MM-DD HH:MM:SS.SSS`, UTC), so text comparison is exact.
    ///
    /// `+i.status` keeps SQLite off the status index: a week holds few interviews, and walking
    /// the start-time index yields them already in order, where five status ranges would need
    /// a sort afterwards (about a third more time for a week of 40). Live means not terminal:
    /// SQLite compares two values in place, where a list of five is put in a temporary table
    /// on every run.
    static let upcomingCondition = """
        i.start_at >= ? AND i.start_at <= ? \
        AND +i.status NOT IN (\(InterviewStatus.allCases.filter { !$0.isLive }.map { "'\($0.rawValue)'" }.joined(separator: ","))) \
        AND (i.start_at >= ? OR strftime('%Y-%m-%d %H:%M:%f', i.start_at, '+' || i.duration_minutes || ' minutes') > ?)
        """

    /// Details for `records`, fetching their jobs in one query.
    static func details(_ db: Database, _ records: [InterviewRecord]) throws -> [InterviewDetail] {
        let jobs = try JobRecord.fetchAll(db, keys: Set(records.map(\.jobID)))
        let jobsByID = Dictionary(jobs.map { ($0.id ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        return records.compactMap { record in jobsByID[record.jobID].map { InterviewDetail(record, job: $0) } }
    }
}

/// One event of an interview's history.
public struct TimelineEntry: OutputShape, Equatable {
    public var eventID: Int64
    public var occurredAt: String
    public var actor: EventActor
    public var type: String
    public var payload: JSONValue

    public static let outputFields: [OutputField<TimelineEntry>] = [
        .identifier("actor") { $0.actor }, .integer("event_id") { Int($0.eventID) }, .dateTime("occurred_at") { $0.occurredAt },
        .encoded("payload", schema: ["type": "object"]) { $0.payload }, .string("type") { $0.type },
    ]

    init(_ record: EventRecord) {
        eventID = record.id ?? 0
        occurredAt = TimeFormat.utc(record.occurredAt)
        actor = record.actor
        type = record.type
        payload = (try? JSONDecoder().decode(JSONValue.self, from: Data(record.payload.utf8))) ?? .null
    }
}

extension EventActor: DatabaseValueConvertible {}

/// The answer of `upcoming(days:)`: the interviews and the instant they were found for.
public struct UpcomingInterviews: Sendable {
    public var interviews: [InterviewDetail]
    public var days: Int
    /// The `now` of the query itself, not a second reading of the clock.
    public var asOf: Date
}
