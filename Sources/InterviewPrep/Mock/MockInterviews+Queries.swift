import Foundation
import GRDB

/// Reading sessions back: artifacts, the export bundle, the list.
extension MockInterviews {
    /// The session's artifacts, built from its event log after replaying the deadlines that passed.
    public func artifacts(sessionID: String) async throws(InterviewPrepError) -> MockArtifacts {
        _ = try await state(sessionID: sessionID)
        let rowID = try PublicID.parse(sessionID, prefix: MockSubject.idPrefix, field: "session_id")
        return try await engine.read { db in
            guard let record = try MockSessionRecord.fetchOne(db, key: rowID) else {
                throw InterviewPrepError.notFound(kind: "mock interview", id: sessionID)
            }
            let events = try Self.events(db, subjectID: record.publicID)
            return MockArtifacts.build(schema: try record.schema(), session: try Self.summary(record), durationScale: record.durationScale, events: events)
        }
    }

    /// The EvaluationInputBundle and OpsReplayBundle of a session.
    public func export(sessionID: String) async throws(InterviewPrepError) -> MockExportBundle {
        MockExportBundle(try await artifacts(sessionID: sessionID))
    }

    /// Sessions, newest first, optionally only those in `status`.
    public func list(status: MockStatus?, limit: Int = 50) async throws(InterviewPrepError) -> [MockSessionSummary] {
        try await engine.read { db in
            var request = MockSessionRecord.order(Column("id").desc).limit(limit)
            if let status { request = request.filter(Column("status") == status.rawValue) }
            return try request.fetchAll(db).map(Self.summary)
        }
    }

    /// A session's events in order, as the machine wrote them.
    static func events(_ db: Database, subjectID: String) throws -> [MockEvent] {
        try EventRecord
            .filter(Column("subject_type") == MockSubject.type && Column("subject_id") == subjectID)
            .order(Column("id"))
            .fetchAll(db)
            .map { record in
                MockEvent(
                    type: MockEventType(rawValue: record.type) ?? .interviewCreated, at: record.occurredAt,
                    actor: MockActor(rawValue: record.actor.rawValue) ?? .system,
                    payload: try JSONDecoder().decode([String: JSONValue].self, from: Data(record.payload.utf8)))
            }
    }

    static func summary(_ record: MockSessionRecord) throws -> MockSessionSummary {
        let schema = try record.schema()
        let state = try record.state()
        let finished = state.status.isFinal ? state.sectionIndex + (state.endReason == "completed" ? 1 : 0) : state.sectionIndex
        return MockSessionSummary(
            id: record.publicID, schemaID: record.schemaID, title: schema.title, status: state.status,
            interviewID: interviewPublicID(record), createdAt: TimeFormat.utc(record.createdAt), startedAt: state.startedAt.map(TimeFormat.utc),
            endedAt: state.endedAt.map(TimeFormat.utc), endReason: state.endReason, sectionsCompleted: finished, sectionCount: schema.sections.count)
    }
}
