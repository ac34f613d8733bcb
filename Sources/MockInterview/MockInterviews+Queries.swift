import Foundation
import InterviewPrep
import GRDB

/// Reading sessions back: artifacts, the export bundle, the list.
extension MockInterviews {
    /// The session's artifacts, built from its event log. Deadlines that passed since the last
    /// input are replayed in memory only: reading never writes.
    public func artifacts(sessionID: String) async throws(MockError) -> MockArtifacts {
        try await readSettled(sessionID: sessionID) { db, record, machine, _ in
            let events = try Self.events(db, subjectID: record.publicID) + machine.events
            return MockArtifacts.build(
                schema: machine.schema, session: Self.summary(record, machine: machine), durationScale: record.durationScale, events: events)
        }
    }

    /// The candidate's report of a session.
    public func report(sessionID: String) async throws(MockError) -> MockInterviewReport {
        let home = core.resolver.defaultTimeZone
        return try await readSettled(sessionID: sessionID) { db, record, machine, _ in
            let events = try Self.events(db, subjectID: record.publicID) + machine.events
            let artifacts = MockArtifacts.build(
                schema: machine.schema, session: Self.summary(record, machine: machine), durationScale: record.durationScale, events: events)
            return MockInterviewReport(artifacts, schema: machine.schema, homeZone: home)
        }
    }

    /// The EvaluationInputBundle and OpsReplayBundle of a session.
    public func export(sessionID: String) async throws(MockError) -> MockExportBundle {
        MockExportBundle(try await artifacts(sessionID: sessionID))
    }

    /// Sessions, newest first, optionally only those in `status`.
    public func list(status: MockStatus?, limit: Int = 50) async throws(MockError) -> [MockSessionSummary] {
        guard MockInterviews.listSizeRange.contains(limit) else {
            throw .invalidArgument(field: "limit", reason: "must be between \(MockInterviews.listSizeRange.lowerBound) and \(MockInterviews.listSizeRange.upperBound), got \(limit)")
        }
        let now = now()
        return try await read { db in
            // The stored status may lag behind the clock (a session that ran out of time while nobody
            // asked): filter after replaying each session's deadlines in memory.
            try MockSessionRecord.order(Column("id").desc).fetchAll(db)
                .map { record in
                    var machine = try record.machine()
                    machine.settle(at: now)
                    return Self.summary(record, machine: machine)
                }
                .filter { status == nil || $0.status == status }
                .prefix(limit).map(\.self)
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

    /// The session's line, from its machine (already advanced to the time wanted).
    static func summary(_ record: MockSessionRecord, machine: MockMachine) -> MockSessionSummary {
        let schema = machine.schema
        let state = machine.state
        let finished = state.status.isFinal ? state.sectionIndex + (state.endReason == "completed" ? 1 : 0) : state.sectionIndex
        return MockSessionSummary(
            id: record.publicID, schemaID: record.schemaID, title: schema.title, status: state.status,
            interviewID: interviewPublicID(record), createdAt: TimeFormat.utc(record.createdAt), startedAt: state.startedAt.map(TimeFormat.utc),
            endedAt: state.endedAt.map(TimeFormat.utc), endReason: state.endReason, sectionsCompleted: finished, sectionCount: schema.sections.count)
    }
}
