import Foundation
import InterviewPrep

/// What the interviewer should put in front of the candidate now.
public struct MockPresentation: Decodable, OutputShape, Equatable {
    public var kind: MockPresentationKind
    public var text: String
    /// The dimension a follow-up is about.
    public var dimension: String?

    /// The same names as the stored state's (read by `Decodable`).
    public static let outputFields: [OutputField<MockPresentation>] = [
        .string("dimension", ifPresent: { $0.dimension }), .identifier("kind") { $0.kind }, .string("text") { $0.text },
    ]
}

/// The engine's working state (docs/mock-interviews.md §3, §10): deterministic and persisted with the
/// session, so a new process carries on where the last one stopped.
public struct MockSessionState: Codable, Sendable, Equatable {
    /// The last section that ended, for late-message attribution.
    public struct EndedSection: Codable, Sendable, Equatable {
        public var index: Int
        public var endedAt: Date
        public var reason: MockExitReason
    }

    public var status: MockStatus = .notStarted
    public var startedAt: Date?
    public var endedAt: Date?
    /// Why the session ended: `completed`, `abandoned` or `system_error`.
    public var endReason: String?
    public var sectionIndex = 0
    public var substate: MockSubstate?
    public var sectionStartedAt: Date?
    public var sectionDeadline: Date?
    /// Warning thresholds (seconds before the deadline) already given in this section.
    public var warningsGiven: [Int] = []
    /// How many of the section's primary prompts were presented.
    public var promptsPresented = 0
    /// `dimension/poolIndex` of the follow-ups asked in this section, in order.
    public var followupsAsked: [String] = []
    public var outlinePromptGiven = false
    /// Everything the candidate wrote in this section (on time), for coverage.
    public var sectionText = ""
    public var coverage: [String: CoverageLevel] = [:]
    /// Hints given in this section, by kind.
    public var hintsGiven: [String: Int] = [:]
    public var presenting: MockPresentation?
    /// Consecutive interviewer failures on the current prompt.
    public var interviewerFailures = 0
    public var lastEnded: EndedSection?
    /// How many events the session has written: the optimistic-concurrency cursor.
    public var eventCursor = 0
    /// Assistant responses flagged for overstepping.
    public var assistantFlags = 0
    /// When the last input came in (any channel): the idle pause counts from here.
    public var lastInputAt: Date?
    /// Why the session is paused, while it is.
    public var pauseReason: MockPauseReason?
    /// Set when the last section timed out: the interview completes at this instant, once the
    /// late grace is over, so a late answer to that section is logged before the completion.
    public var completesAt: Date?

    /// Words the candidate wrote in this section (on time).
    public var sectionWords: Int { MockCoverage.wordCount(sectionText) }

    /// Clears what belongs to one section.
    mutating func resetSection(index: Int, startedAt: Date, durationSeconds: Int) {
        sectionIndex = index
        substate = .intro
        sectionStartedAt = startedAt
        sectionDeadline = startedAt.addingTimeInterval(TimeInterval(durationSeconds))
        warningsGiven = []
        promptsPresented = 0
        followupsAsked = []
        outlinePromptGiven = false
        sectionText = ""
        coverage = [:]
        hintsGiven = [:]
        presenting = nil
        interviewerFailures = 0
    }
}

/// One event the machine wants written (docs/mock-interviews.md §11).
public struct MockEvent: Codable, Sendable, Equatable {
    public var type: MockEventType
    public var at: Date
    public var actor: MockActor
    public var payload: [String: JSONValue]
}

/// What one input did, returned to the caller and kept for idempotent replay.
public struct MockOutcome: Decodable, OutputShape, Equatable {
    public var action: MockAction
    public var result: MockResult
    /// The section the input counted for.
    public var sectionID: String?
    public var late: Bool?
    public var hint: String?
    public var flags: [String]?
    /// Words still needed before "I'm done" is accepted.
    public var wordsNeeded: Int?
    /// One sentence for the candidate or the model.
    public var note: String

    public init(action: MockAction, result: MockResult, sectionID: String? = nil, late: Bool? = nil, hint: String? = nil, flags: [String]? = nil, wordsNeeded: Int? = nil, note: String) {
        self.action = action
        self.result = result
        self.sectionID = sectionID
        self.late = late
        self.hint = hint
        self.flags = flags
        self.wordsNeeded = wordsNeeded
        self.note = note
    }

    /// The stored outcomes' names (read back for an idempotent replay), the same as `outputFields`.
    enum CodingKeys: String, CodingKey {
        case action, result
        case sectionID = "section_id"
        case late, hint, flags
        case wordsNeeded = "words_needed"
        case note
    }

    public static let outputFields: [OutputField<MockOutcome>] = [
        .identifier("action") { $0.action }, .encoded("flags", schema: ["type": "array", "items": ["type": "string"]], ifPresent: { $0.flags }),
        .string("hint", ifPresent: { $0.hint }), .boolean("late", ifPresent: { $0.late }), .string("note") { $0.note },
        .identifier("result") { $0.result }, .string("section_id", ifPresent: { $0.sectionID }),
        .integer("words_needed", ifPresent: { $0.wordsNeeded }),
    ]
}
