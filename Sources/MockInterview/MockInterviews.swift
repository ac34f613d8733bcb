import Foundation
import InterviewPrep
import GRDB
import Synchronization

/// The mock-interview schemas, loaded on first use (most commands never need them).
public final class MockSchemaSource: Sendable {
    private let files: DataFiles
    private let cached = Mutex<MockSchemaCatalog?>(nil)

    public init(files: DataFiles) { self.files = files }

    /// The catalog, loading and validating every schema file the first time.
    public func catalog() throws(MockError) -> MockSchemaCatalog {
        if let catalog = cached.withLock({ $0 }) { return catalog }
        let catalog = try MockSchemaCatalog.load(from: files)
        cached.withLock { $0 = catalog }
        return catalog
    }
}

/// Mock interviews, persisted: each input loads the session, replays the deadlines that passed
/// by the engine's clock, applies the input to the machine and writes the new state, its events
/// and the input's outcome in one transaction.
public struct MockInterviews: Sendable {
    public let core: ServiceCore
    public let schemas: MockSchemaSource

    /// What every section's duration may be multiplied by.
    public static let durationScaleRange = 0.1...3.0
    /// How many sessions one list shows at most.
    public static let listSizeRange = 1...200

    public init(core: ServiceCore, schemas: MockSchemaSource) {
        self.core = core
        self.schemas = schemas
    }

    func now() -> Date { core.now() }

    /// Runs `body` in one write transaction: the session's state, its events and the input's
    /// outcome land together. Mock errors thrown inside pass through; the engine's are wrapped.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(MockError) -> T {
        try await core.write(mapping: Self.mapped, body)
    }

    /// Runs `body` in a read transaction on the calling thread (see `ServiceCore.read`).
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(MockError) -> T {
        try core.read(mapping: Self.mapped, body)
    }

    static func mapped(_ error: any Error) -> MockError {
        if let error = error as? MockError { return error }
        return .engine((error as? InterviewPrepError) ?? .storage("\(error)"))
    }

    /// The row id of a session id like `mock_3`.
    static func sessionRowID(_ id: String) throws(MockError) -> Int64 {
        try engine { () throws(InterviewPrepError) in try PublicID.parse(id, prefix: MockSubject.idPrefix, field: "session_id") }
    }

    /// Runs an engine call, wrapping its error.
    static func engine<T>(_ call: () throws(InterviewPrepError) -> T) throws(MockError) -> T {
        do { return try call() } catch { throw .engine(error) }
    }

    /// How to start a session.
    public struct StartRequest: Sendable {
        /// A schema id; else the role family's schema; else the general one.
        public var schemaID: String?
        public var roleFamily: RoleFamily?
        /// Every section's duration is multiplied by this (0.1 to 3).
        public var durationScale: Double
        /// A real interview this session prepares for.
        public var interviewID: String?
        /// False leaves the session NOT_STARTED until `resume`.
        public var startNow: Bool

        public init(schemaID: String? = nil, roleFamily: RoleFamily? = nil, durationScale: Double = 1, interviewID: String? = nil, startNow: Bool = true) {
            self.schemaID = schemaID
            self.roleFamily = roleFamily
            self.durationScale = durationScale
            self.interviewID = interviewID
            self.startNow = startNow
        }
    }

    /// Creates a session (INTERVIEW_CREATED) and, unless told otherwise, starts its first section.
    public func start(_ request: StartRequest, channel: EventActor) async throws(MockError) -> MockStepResult {
        guard MockInterviews.durationScaleRange.contains(request.durationScale) else {
            throw .invalidArgument(field: "duration_scale", reason: "must be between \(MockInterviews.durationScaleRange.lowerBound) and \(MockInterviews.durationScaleRange.upperBound), got \(request.durationScale) (1 keeps the schema's durations)")
        }
        let catalog = try schemas.catalog()
        let interviewRowID = try request.interviewID.map { id throws(MockError) in try Self.engine { () throws(InterviewPrepError) in try InterviewService.interviewRowID(id) } }
        let now = now()
        return try await write { db in
            var family = request.roleFamily
            if let interviewRowID {
                let (_, job) = try InterviewService.fetch(db, rowID: interviewRowID, publicID: request.interviewID ?? "")
                family = family ?? job.roleFamily
            }
            let base: MockSchema
            if let schemaID = request.schemaID {
                guard let found = catalog.schemas[schemaID] else {
                    throw MockError.invalidValue(field: "schema_id", value: schemaID, allowed: catalog.schemas.keys.sorted())
                }
                base = found
            } else {
                guard let found = family.flatMap(catalog.schema(for:)) ?? catalog.schemas["general_software_engineering"] else {
                    throw MockError.invalidArgument(field: "schema_id", reason: "no schema fits; give one of \(catalog.schemas.keys.sorted().joined(separator: ", "))")
                }
                base = found
            }
            let schema = base.scaled(by: request.durationScale)
            var record = MockSessionRecord(
                id: nil, schemaID: schema.id, schemaVersion: schema.version, schemaJSON: try MockSessionRecord.encode(schema),
                durationScale: request.durationScale, interviewID: interviewRowID, status: MockStatus.notStarted.rawValue,
                stateJSON: "{}", eventCursor: 0, createdAt: now, updatedAt: now)
            try record.insert(db)
            var machine = MockMachine(schema: schema, sessionID: record.publicID, state: MockSessionState())
            machine.create(at: now, details: [
                "channel": .string(channel.rawValue), "duration_scale": .double(request.durationScale),
                "interview_id": .optional(request.interviewID.map { _ in PublicID.format(PublicID.interview, interviewRowID!) }),
            ])
            let outcome = request.startNow ? try machine.start(at: now) : nil
            try Self.save(db, record: record, machine: machine, expectedCursor: 0, now: now)
            return MockStepResult(
                outcome: outcome, replayed: false, events: machine.events.map(MockEventView.init),
                state: MockSessionView(machine: machine, interviewID: Self.interviewPublicID(record), now: now))
        }
    }

    /// The state now, read only: deadlines that passed (and an idle pause) are worked out in
    /// memory and listed as events, and written by the session's next input; replaying them is
    /// deterministic, so the next write records exactly these, at the same instants.
    public func state(sessionID: String) async throws(MockError) -> MockStepResult {
        try await readSettled(sessionID: sessionID) { _, record, machine, now in
            MockStepResult(outcome: nil, replayed: false, events: machine.events.map(MockEventView.init),
                           state: MockSessionView(machine: machine, interviewID: Self.interviewPublicID(record), now: now))
        }
    }

    /// Reads session `sessionID` with its machine brought to now in memory (deadlines and an idle
    /// pause worked out, not written), for `body`.
    func readSettled<T: Sendable>(
        sessionID: String, _ body: @escaping @Sendable (Database, MockSessionRecord, MockMachine, Date) throws -> T
    ) async throws(MockError) -> T {
        let rowID = try Self.sessionRowID(sessionID)
        let now = now()
        return try await read { db in
            let record = try Self.record(db, rowID: rowID, sessionID: sessionID)
            var machine = try record.machine()
            machine.settle(at: now)
            return try body(db, record, machine, now)
        }
    }

    /// The session's row, or `notFound`.
    static func record(_ db: Database, rowID: Int64, sessionID: String) throws -> MockSessionRecord {
        guard let record = try MockSessionRecord.fetchOne(db, key: rowID) else { throw MockError.notFound(kind: "mock interview", id: sessionID) }
        return record
    }

    /// A candidate input, as the tools and the CLI pass it.
    public struct Input: Sendable {
        /// The client's id for this input: sending it again returns the first outcome.
        public var clientMessageID: String
        /// Who passed it on (`mcp`, `cli`).
        public var channel: EventActor
        /// A stable description of the request, to tell a replay from a reused id.
        var digest: String

        public init(clientMessageID: String, channel: EventActor) {
            self.clientMessageID = clientMessageID
            self.channel = channel
            self.digest = ""
        }

        func with(_ parts: String...) -> Input {
            var copy = self
            copy.digest = parts.joined(separator: "\u{1F}")
            return copy
        }
    }

    /// A chat answer (or, in a coding section, code).
    public func answer(sessionID: String, message: String?, code: String?, language: String?, input: Input) async throws(MockError) -> MockStepResult {
        let (text, isCode) = try Self.answerText(message: message, code: code)
        return try await apply(sessionID: sessionID, input: input.with("answer", isCode ? "code" : "message", language ?? "", text)) { machine, now, payload throws(MockError) in
            machine.resumeIfIdle(at: now, input: payload)
            return try machine.answer(text, isCode: isCode, language: language, at: now, input: payload)
        }
    }

    /// "I'm done" for the current section.
    public func finishSection(sessionID: String, input: Input) async throws(MockError) -> MockStepResult {
        try await apply(sessionID: sessionID, input: input.with("finish_section")) { machine, now, payload throws(MockError) in
            try machine.finishSection(at: now, input: payload)
        }
    }

    /// A hint from the section's pool.
    public func hint(sessionID: String, kind: MockHintKind, question: String?, input: Input) async throws(MockError) -> MockStepResult {
        try await apply(sessionID: sessionID, input: input.with("hint", kind.rawValue, question ?? "")) { machine, now, payload throws(MockError) in
            try machine.hint(kind: kind, question: question, at: now, input: payload)
        }
    }

    /// What the candidate's own assistant answered, checked against the assistant policy.
    public func recordAssistantResponse(sessionID: String, response: String, query: String?, input: Input) async throws(MockError) -> MockStepResult {
        try Self.requireText(response, field: "response")
        return try await apply(sessionID: sessionID, input: input.with("assistant_response", query ?? "", response)) { machine, now, payload throws(MockError) in
            try machine.assistantResponse(response, query: query, at: now, input: payload)
        }
    }

    /// Pause (the clock keeps running).
    public func pause(sessionID: String, reason: MockPauseReason, input: Input) async throws(MockError) -> MockStepResult {
        try await apply(sessionID: sessionID, input: input.with("pause", reason.rawValue)) { machine, now, payload throws(MockError) in
            try machine.pause(reason: reason, at: now, input: payload)
        }
    }

    /// Resume a paused session, or begin one not started.
    public func resume(sessionID: String, input: Input) async throws(MockError) -> MockStepResult {
        try await apply(sessionID: sessionID, input: input.with("resume")) { machine, now, payload throws(MockError) in
            try machine.resume(at: now, input: payload)
        }
    }

    /// End the session early (abandoned).
    public func end(sessionID: String, note: String?, input: Input) async throws(MockError) -> MockStepResult {
        try await apply(sessionID: sessionID, input: input.with("end", note ?? "")) { machine, now, payload throws(MockError) in
            try machine.end(note: note, at: now, input: payload)
        }
    }

    /// The interviewer could not deliver the prompt: retried once, then system_error.
    public func interviewerFailed(sessionID: String, error: String, input: Input) async throws(MockError) -> MockStepResult {
        try Self.requireText(error, field: "error")
        return try await apply(sessionID: sessionID, input: input.with("interviewer_failure", error)) { machine, now, payload throws(MockError) in
            try machine.interviewerFailed(error: error, at: now, input: payload)
        }
    }

    // MARK: The transaction around every input

    typealias Step = @Sendable (inout MockMachine, Date, [String: JSONValue]) throws(MockError) -> MockOutcome?

    /// Loads the session, answers a replayed client message id with its first outcome, else
    /// replays deadlines, applies `step` and saves, all in one transaction (nothing is written on error).
    func apply(sessionID: String, input: Input?, _ step: @escaping Step) async throws(MockError) -> MockStepResult {
        let rowID = try Self.sessionRowID(sessionID)
        if let input { try Self.requireClientMessageID(input.clientMessageID) }
        let now = now()
        return try await write { db in
            let record = try Self.record(db, rowID: rowID, sessionID: sessionID)
            var machine = try record.machine()
            if let input, let seen = try MockInputRecord.fetchOne(db, key: ["session_id": rowID, "client_message_id": input.clientMessageID]) {
                guard seen.requestDigest == input.digest else {
                    throw MockError.invalidArgument(
                        field: "client_message_id",
                        reason: "'\(input.clientMessageID)' was already used for a different input in \(record.publicID); use a new id for a new message")
                }
                machine.settle(at: now)
                let outcome = try JSONDecoder().decode(MockOutcome.self, from: Data(seen.outcomeJSON.utf8))
                return MockStepResult(outcome: outcome, replayed: true, events: [],
                                      state: MockSessionView(machine: machine, interviewID: Self.interviewPublicID(record), now: now))
            }
            let cursor = machine.state.eventCursor
            machine.settle(at: now)
            let payload: [String: JSONValue] = input.map { ["client_message_id": .string($0.clientMessageID), "channel": .string($0.channel.rawValue)] } ?? [:]
            let outcome = try step(&machine, now, payload)
            if input != nil { machine.state.lastInputAt = now }
            if machine.events.isEmpty {
                return MockStepResult(outcome: outcome, replayed: false, events: [],
                                      state: MockSessionView(machine: machine, interviewID: Self.interviewPublicID(record), now: now))
            }
            try Self.save(db, record: record, machine: machine, expectedCursor: cursor, now: now)
            if let input, let outcome {
                try MockInputRecord(sessionID: rowID, clientMessageID: input.clientMessageID, requestDigest: input.digest,
                                    outcomeJSON: try MockSessionRecord.encode(outcome), eventCursor: machine.state.eventCursor, receivedAt: now).insert(db)
            }
            return MockStepResult(outcome: outcome, replayed: false, events: machine.events.map(MockEventView.init),
                                  state: MockSessionView(machine: machine, interviewID: Self.interviewPublicID(record), now: now))
        }
    }

    /// Writes the machine's events and state; the update only lands if the event cursor is still
    /// the one the machine started from (optimistic concurrency, docs/mock-interviews.md §10).
    static func save(_ db: Database, record: MockSessionRecord, machine: MockMachine, expectedCursor: Int, now: Date) throws {
        for event in machine.events {
            try EventRecord.append(db, at: event.at, actor: EventActor(rawValue: event.actor.rawValue) ?? .system,
                                   subjectType: MockSubject.type, subjectID: record.publicID, type: event.type, payload: event.payload)
        }
        try db.execute(
            sql: "UPDATE mock_sessions SET state_json = ?, status = ?, event_cursor = ?, updated_at = ? WHERE id = ? AND event_cursor = ?",
            arguments: [try MockSessionRecord.encode(machine.state), machine.state.status.rawValue, machine.state.eventCursor, StoredDate(now), record.id, expectedCursor])
        guard db.changesCount == 1 else {
            throw MockError.concurrentChange(sessionID: record.publicID)
        }
    }

    static func interviewPublicID(_ record: MockSessionRecord) -> String? {
        record.interviewID.map { PublicID.format(PublicID.interview, $0) }
    }

    static func answerText(message: String?, code: String?) throws(MockError) -> (String, Bool) {
        switch (message, code) {
        case (let message?, nil):
            try requireText(message, field: "message")
            return (message, false)
        case (nil, let code?):
            try requireText(code, field: "code")
            return (code, true)
        case (nil, nil): throw .invalidArgument(field: "message", reason: "give the candidate's answer as message (or code, in a coding section)")
        case (_?, _?): throw .invalidArgument(field: "code", reason: "give message or code, not both: send them as two inputs")
        }
    }

    /// A non-empty multi-line text within the length limit (checked by the shared `FieldRules`; the text is kept as given).
    static func requireText(_ text: String, field: String) throws(MockError) {
        guard try Self.engine({ () throws(InterviewPrepError) in try FieldRules.freeText(text, field: field) }) != nil else {
            throw .invalidArgument(field: field, reason: "must not be empty")
        }
    }

    static func requireClientMessageID(_ id: String) throws(MockError) {
        guard id.wholeMatch(of: /[A-Za-z0-9._:\-]{1,100}/) != nil else {
            throw .invalidArgument(field: "client_message_id", reason: "'\(id)' is not usable; use 1-100 letters, digits, '.', '_', ':' or '-', unique per input")
        }
    }
}
