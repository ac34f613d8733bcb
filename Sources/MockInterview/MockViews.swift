import Foundation
import InterviewPrep

/// What a client shows at any moment (docs/mock-interviews.md §1–§3): the section, its goal, the
/// time left by the server's clock, what comes next, what the candidate may do, and what the
/// interviewer should present now.
public struct MockSessionView: OutputShape, Equatable {
    public struct CurrentSection: OutputShape, Equatable {
        public var id: String
        public var name: String
        public var goal: String
        public var kind: MockSectionKind
        /// 1-based position among the sections.
        public var number: Int
        public var substate: MockSubstate
        public var startedAt: String
        public var deadline: String
        public var timeRemainingSeconds: Int
        public var followupsRemaining: Int
        public var coverage: [String: CoverageLevel]
        public var candidateWords: Int
        public var minimumContentWords: Int

        public static let outputFields: [OutputField<CurrentSection>] = [
            .integer("candidate_words") { $0.candidateWords }, .encoded("coverage", schema: MockSessionView.coverageSchema) { $0.coverage },
            .dateTime("deadline") { $0.deadline }, .integer("followups_remaining") { $0.followupsRemaining }, .string("goal") { $0.goal },
            .string("id") { $0.id }, .identifier("kind") { $0.kind }, .integer("minimum_content_words") { $0.minimumContentWords },
            .string("name") { $0.name }, .integer("number") { $0.number }, .dateTime("started_at") { $0.startedAt },
            .identifier("substate") { $0.substate }, .integer("time_remaining_seconds") { $0.timeRemainingSeconds },
        ]
    }

    public var id: String
    public var status: MockStatus
    public var schemaID: String
    public var schemaVersion: Int
    public var title: String
    public var interviewID: String?
    public var startedAt: String?
    public var endedAt: String?
    public var endReason: String?
    public var currentSection: CurrentSection?
    /// Names of the sections still to come.
    public var upcomingSections: [String]
    /// The time left in the whole session: this section's remainder plus the sections to come.
    public var timeRemainingSeconds: Int
    /// `chat`, `code`, `finish_section`, `ask_assistant`, `pause`, `resume`, `end`, `report`.
    public var allowedActions: [String]
    public var presentNow: MockPresentation?
    public var eventCursor: Int
    public var assistantFlags: Int
    /// One sentence telling the interviewer what to do next.
    public var guidance: String

    public static let outputFields: [OutputField<MockSessionView>] = [
        .strings("allowed_actions") { $0.allowedActions }, .integer("assistant_flags") { $0.assistantFlags },
        .object("current_section", ifPresent: { $0.currentSection }), .string("end_reason", ifPresent: { $0.endReason }),
        .dateTime("ended_at", ifPresent: { $0.endedAt }), .integer("event_cursor") { $0.eventCursor }, .string("guidance") { $0.guidance },
        .string("id") { $0.id }, .string("interview_id", ifPresent: { $0.interviewID }), .object("present_now", ifPresent: { $0.presentNow }),
        .string("schema_id") { $0.schemaID }, .integer("schema_version") { $0.schemaVersion }, .dateTime("started_at", ifPresent: { $0.startedAt }),
        .identifier("status") { $0.status }, .integer("time_remaining_seconds") { $0.timeRemainingSeconds }, .string("title") { $0.title },
        .strings("upcoming_sections") { $0.upcomingSections },
    ]

    /// How far each of a section's points is covered, by point.
    public static let coverageSchema: JSONValue = [
        "type": "object", "additionalProperties": ["type": "string", "enum": .array(CoverageLevel.allCases.map { .string($0.rawValue) })],
    ]

    /// The view of `machine` at `now` (which the machine has already been advanced to).
    init(machine: MockMachine, interviewID: String?, now: Date) {
        let state = machine.state
        let schema = machine.schema
        id = machine.sessionID
        status = state.status
        schemaID = schema.id
        schemaVersion = schema.version
        title = schema.title
        self.interviewID = interviewID
        startedAt = state.startedAt.map(TimeFormat.utc)
        endedAt = state.endedAt.map(TimeFormat.utc)
        endReason = state.endReason
        eventCursor = state.eventCursor
        assistantFlags = state.assistantFlags
        let live = state.status == .inProgress || state.status == .paused
        if live, let started = state.sectionStartedAt, let deadline = state.sectionDeadline, let substate = state.substate {
            let section = machine.section
            let left = machine.secondsLeft(at: now)
            currentSection = CurrentSection(
                id: section.id, name: section.name, goal: section.goal, kind: section.kind, number: state.sectionIndex + 1,
                substate: substate, startedAt: TimeFormat.utc(started), deadline: TimeFormat.utc(deadline), timeRemainingSeconds: left,
                followupsRemaining: max(0, section.followupCap - state.followupsAsked.count),
                coverage: Dictionary(uniqueKeysWithValues: section.dimensions.map { ($0.id, state.coverage[$0.id] ?? .notCovered) }),
                candidateWords: state.sectionWords, minimumContentWords: section.minimumContentWords)
            let upcoming = schema.sections.dropFirst(state.sectionIndex + 1)
            upcomingSections = upcoming.map(\.name)
            timeRemainingSeconds = left + upcoming.reduce(0) { $0 + $1.durationSeconds }
            presentNow = state.presenting
        } else {
            currentSection = nil
            upcomingSections = state.status == .notStarted ? schema.sections.map(\.name) : []
            timeRemainingSeconds = state.status == .notStarted ? schema.totalSeconds : 0
            presentNow = nil
        }
        switch state.status {
        case .notStarted:
            allowedActions = ["resume", "end"]
            guidance = "Not started: explain the \(schema.sections.count) sections, then resume_mock_interview to begin the clock."
        case .inProgress where state.completesAt != nil:
            allowedActions = ["chat", "end"]
            guidance = "The last section's time is up: a late answer is still taken until \(state.completesAt.map(TimeFormat.utc) ?? ""), then the interview completes."
        case .inProgress:
            allowedActions = ["chat"] + (machine.section.kind == .coding ? ["code"] : []) + ["finish_section", "ask_assistant", "pause", "end"]
            guidance = state.presenting.map { "Present this \($0.kind.rawValue.replacingOccurrences(of: "_", with: " ")) to the candidate word for word, then pass their answer to submit_mock_answer." }
                ?? "Wait for the candidate's answer."
        case .paused:
            allowedActions = ["resume", "ask_assistant", "end"]
            guidance = "Paused, but the clock is running: resume_mock_interview when the candidate is back."
        case .completed, .terminated:
            allowedActions = ["report"]
            guidance = "The session is over: get_mock_interview_report gives the candidate their report."
        }
    }
}

/// One event as tools show it.
public struct MockEventView: OutputShape, Equatable {
    public var seq: Int
    public var type: String
    public var at: String
    public var actor: String
    public var payload: [String: JSONValue]

    public static let outputFields: [OutputField<MockEventView>] = [
        .string("actor", allowed: MockActor.allCases.map(\.rawValue)) { $0.actor }, .dateTime("at") { $0.at },
        .encoded("payload", schema: ["type": "object"]) { $0.payload }, .integer("seq") { $0.seq },
        .string("type", allowed: MockEventType.allCases.map(\.rawValue)) { $0.type },
    ]

    init(_ event: MockEvent) {
        var payload = event.payload
        seq = payload.removeValue(forKey: "seq").flatMap { if case .int(let value) = $0 { value } else { nil } } ?? 0
        type = event.type.rawValue
        at = TimeFormat.utcMilliseconds(event.at)
        actor = event.actor.rawValue
        self.payload = payload
    }
}

/// What every session input returns: what it did, the events it wrote (deadlines replayed
/// first) and the state after it.
public struct MockStepResult: OutputShape, Equatable {
    public var outcome: MockOutcome?
    /// True when the client message id was seen before: the original outcome, nothing changed.
    public var replayed: Bool
    public var events: [MockEventView]
    public var state: MockSessionView

    public static let outputFields: [OutputField<MockStepResult>] = [
        .objects("events") { $0.events }, .object("outcome", ifPresent: { $0.outcome }), .boolean("replayed") { $0.replayed },
        .object("state") { $0.state },
    ]
}

/// A line of `list_mock_interviews`.
public struct MockSessionSummary: Decodable, OutputShape, Equatable {
    public var id: String
    public var schemaID: String
    public var title: String
    public var status: MockStatus
    public var interviewID: String?
    public var createdAt: String
    public var startedAt: String?
    public var endedAt: String?
    public var endReason: String?
    public var sectionsCompleted: Int
    public var sectionCount: Int

    enum CodingKeys: String, CodingKey {
        case id
        case schemaID = "schema_id"
        case title, status
        case interviewID = "interview_id"
        case createdAt = "created_at"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case endReason = "end_reason"
        case sectionsCompleted = "sections_completed"
        case sectionCount = "section_count"
    }

    public static let outputFields: [OutputField<MockSessionSummary>] = [
        .dateTime("created_at") { $0.createdAt }, .string("end_reason", ifPresent: { $0.endReason }),
        .dateTime("ended_at", ifPresent: { $0.endedAt }), .string("id") { $0.id }, .string("interview_id", ifPresent: { $0.interviewID }),
        .string("schema_id") { $0.schemaID }, .integer("section_count") { $0.sectionCount },
        .integer("sections_completed") { $0.sectionsCompleted }, .dateTime("started_at", ifPresent: { $0.startedAt }),
        .identifier("status") { $0.status }, .string("title") { $0.title },
    ]
}
