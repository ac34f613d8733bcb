import Foundation
import Coaching
import InterviewPrep

/// One line of a section's raw transcript.
public struct MockTranscriptEntry: Codable, Sendable, Equatable {
    public var seq: Int
    public var at: String
    public var actor: String
    /// `prompt`, `followup`, `outline_request`, `wrapup`, `message`, `code`, `assistant_query`, `assistant_response`.
    public var kind: String
    public var text: String
    public var late: Bool
    public var dimension: String?
}

/// A quote from the transcript that shows a dimension covered.
public struct MockEvidence: Codable, Sendable, Equatable {
    public var dimension: String
    /// The dimension's cues the quote contains.
    public var cues: [String]
    public var quote: String
}

/// The section's bounded summary (docs/mock-interviews.md §12): counts, coverage and verbatim quotes from
/// the candidate's own words, never anything the transcript does not contain.
public struct MockBoundedSummary: Codable, Sendable, Equatable {
    public var candidateWords: Int
    public var candidateMessages: Int
    public var covered: [String]
    public var partiallyCovered: [String]
    public var notCovered: [String]
    public var evidence: [MockEvidence]

    enum CodingKeys: String, CodingKey {
        case candidateWords = "candidate_words"
        case candidateMessages = "candidate_messages"
        case covered
        case partiallyCovered = "partially_covered"
        case notCovered = "not_covered"
        case evidence
    }
}

/// What a section produced (docs/mock-interviews.md §12).
public struct MockSectionArtifact: Codable, Sendable, Equatable {
    public struct Followup: Codable, Sendable, Equatable {
        public var dimension: String
        public var text: String
    }

    public var sectionID: String
    public var name: String
    public var kind: MockSectionKind
    public var goal: String
    public var starAnalysis: Bool
    public var startedAt: String
    public var endedAt: String?
    public var durationSeconds: Int
    public var timeUsedSeconds: Int?
    /// `time_expired`, `coverage_satisfied`, `candidate_done`, `system_error`, `abandoned`; nil while running.
    public var exitReason: String?
    public var rawTranscript: [MockTranscriptEntry]
    /// Coding sections only: every code submission in order.
    public var codeHistory: [MockTranscriptEntry]?
    public var coverageFlags: [String: CoverageLevel]
    public var followupsAsked: [Followup]
    public var lateMessages: Int
    public var hintsRequested: Int
    public var assistantFlags: Int
    public var boundedContextSummary: MockBoundedSummary
    /// Everything the candidate said in the section, late messages included (for analysis).
    public var candidateText: String

    enum CodingKeys: String, CodingKey {
        case sectionID = "section_id"
        case name, kind, goal
        case starAnalysis = "star_analysis"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case durationSeconds = "duration_seconds"
        case timeUsedSeconds = "time_used_seconds"
        case exitReason = "exit_reason"
        case rawTranscript = "raw_transcript"
        case codeHistory = "code_history"
        case coverageFlags = "coverage_flags"
        case followupsAsked = "followups_asked"
        case lateMessages = "late_messages"
        case hintsRequested = "hints_requested"
        case assistantFlags = "assistant_flags"
        case boundedContextSummary = "bounded_context_summary"
        case candidateText = "candidate_text"
    }
}

/// A session with its per-section artifacts and its whole timeline: the input of the report
/// and of the export bundle.
public struct MockArtifacts: Encodable, Sendable, Equatable {
    public var session: MockSessionSummary
    public var schemaVersion: Int
    public var durationScale: Double
    public var sections: [MockSectionArtifact]
    public var timeline: [MockEventView]

    enum CodingKeys: String, CodingKey {
        case session
        case schemaVersion = "schema_version"
        case durationScale = "duration_scale"
        case sections, timeline
    }

    /// Builds the artifacts from the event log (the single source of truth) and the session's schema.
    static func build(schema: MockSchema, session: MockSessionSummary, durationScale: Double, events: [MockEvent]) -> MockArtifacts {
        var sections: [MockSectionArtifact] = []
        var texts: [String: [String]] = [:]
        func index(of id: String?) -> Int? { sections.lastIndex { $0.sectionID == id } }
        for event in events {
            let view = MockEventView(event)
            let payload = event.payload
            let sectionID = payload["section_id"]?.stringValue
            func entry(_ kind: String, _ text: String?) -> MockTranscriptEntry {
                MockTranscriptEntry(seq: view.seq, at: view.at, actor: view.actor, kind: kind, text: text ?? "",
                                    late: payload["late"]?.boolValue ?? false, dimension: payload["dimension"]?.stringValue)
            }
            if event.type == .sectionStarted, let section = schema.sections.first(where: { $0.id == sectionID }) {
                sections.append(MockSectionArtifact(
                    sectionID: section.id, name: section.name, kind: section.kind, goal: section.goal, starAnalysis: section.starAnalysis,
                    startedAt: view.at, durationSeconds: section.durationSeconds, rawTranscript: [],
                    codeHistory: section.kind == .coding ? [] : nil, coverageFlags: [:], followupsAsked: [], lateMessages: 0,
                    hintsRequested: 0, assistantFlags: 0,
                    boundedContextSummary: MockBoundedSummary(candidateWords: 0, candidateMessages: 0, covered: [], partiallyCovered: [], notCovered: [], evidence: []),
                    candidateText: ""))
                continue
            }
            guard let at = index(of: sectionID) else { continue }
            switch event.type {
            case .promptPresented:
                sections[at].rawTranscript.append(entry(payload["kind"]?.stringValue == "outline_request" ? "outline_request" : "prompt", payload["text"]?.stringValue))
            case .followupPresented:
                sections[at].rawTranscript.append(entry("followup", payload["text"]?.stringValue))
                if payload["retry"] == nil {
                    sections[at].followupsAsked.append(.init(dimension: payload["dimension"]?.stringValue ?? "", text: payload["text"]?.stringValue ?? ""))
                }
            case .candidateMessage, .candidateCodeSubmission:
                let isCode = event.type == .candidateCodeSubmission
                let text = payload[isCode ? "code" : "text"]?.stringValue ?? ""
                sections[at].rawTranscript.append(entry(isCode ? "code" : "message", text))
                if isCode { sections[at].codeHistory?.append(entry("code", text)) }
                if payload["late"]?.boolValue == true { sections[at].lateMessages += 1 }
                texts[sections[at].sectionID, default: []].append(text)
            case .assistantQuery:
                sections[at].hintsRequested += 1
                sections[at].rawTranscript.append(entry("assistant_query", payload["question"]?.stringValue))
            case .assistantResponse:
                sections[at].rawTranscript.append(entry("assistant_response", payload["text"]?.stringValue))
            case .assistantFlagged:
                sections[at].assistantFlags += 1
            case .sectionWrapup:
                sections[at].rawTranscript.append(entry("wrapup", payload["reason"]?.stringValue))
            case .sectionEnded:
                sections[at].endedAt = view.at
                sections[at].exitReason = payload["reason"]?.stringValue
                sections[at].timeUsedSeconds = payload["time_used_seconds"]?.intValue
            default:
                break
            }
        }
        for index in sections.indices {
            guard let section = schema.sections.first(where: { $0.id == sections[index].sectionID }) else { continue }
            let said = texts[section.id] ?? []
            sections[index].candidateText = said.joined(separator: "\n")
            sections[index].coverageFlags = MockCoverage.evaluate(section, text: sections[index].candidateText)
            sections[index].boundedContextSummary = summary(section, said: said, flags: sections[index].coverageFlags)
        }
        return MockArtifacts(session: session, schemaVersion: schema.version, durationScale: durationScale, sections: sections,
                             timeline: events.map(MockEventView.init))
    }

    /// Counts, coverage and, per dimension, the first sentence of the candidate's holding each matched cue.
    static func summary(_ section: MockSchema.Section, said: [String], flags: [String: CoverageLevel]) -> MockBoundedSummary {
        // Sentences end at ".", "!", "?" and line breaks, but never inside a number ("3% to 0.5%").
        let sentences = said.flatMap(Quote.sentences)
        var evidence: [MockEvidence] = []
        for dimension in section.dimensions where flags[dimension.id] != .notCovered {
            for cue in dimension.cues {
                let normalizedCue = MockCoverage.normalize(cue).trimmingCharacters(in: .whitespaces)
                guard let sentence = sentences.first(where: { MockCoverage.contains(MockCoverage.normalize($0), cue: normalizedCue) }) else { continue }
                let quote = Quote.prefix(sentence, limit: 300)
                if let same = evidence.firstIndex(where: { $0.dimension == dimension.id && $0.quote == quote }) {
                    evidence[same].cues.append(cue)
                } else {
                    evidence.append(MockEvidence(dimension: dimension.id, cues: [cue], quote: quote))
                }
            }
        }
        let ids = section.dimensions.map(\.id)
        return MockBoundedSummary(
            candidateWords: said.reduce(0) { $0 + MockCoverage.wordCount($1) }, candidateMessages: said.count,
            covered: ids.filter { flags[$0] == .covered }, partiallyCovered: ids.filter { flags[$0] == .partiallyCovered },
            notCovered: ids.filter { flags[$0] == .notCovered }, evidence: evidence)
    }
}

/// The export (docs/mock-interviews.md §12): what a scoring system needs, and what an operator needs to replay.
public struct MockExportBundle: OutputShape, Equatable {
    public struct EvaluationInput: Encodable, Sendable, Equatable {
        public var sessionID: String
        public var schemaID: String
        public var schemaVersion: Int
        public var durationScale: Double
        public var status: MockStatus
        public var endReason: String?
        public var sections: [MockSectionArtifact]

        enum CodingKeys: String, CodingKey {
            case sessionID = "session_id"
            case schemaID = "schema_id"
            case schemaVersion = "schema_version"
            case durationScale = "duration_scale"
            case status
            case endReason = "end_reason"
            case sections
        }
    }

    public struct OpsReplay: Encodable, Sendable, Equatable {
        public var timeline: [MockEventView]
        public var transcript: [MockTranscriptEntry]
        public var codeHistory: [MockTranscriptEntry]

        enum CodingKeys: String, CodingKey {
            case timeline, transcript
            case codeHistory = "code_history"
        }
    }

    public var evaluationInputBundle: EvaluationInput
    public var opsReplayBundle: OpsReplay

    /// Two bundles for scoring and replay tools, described in docs/mock-interviews.md.
    public static let outputFields: [OutputField<MockExportBundle>] = [
        .encoded("evaluation_input_bundle", schema: ["type": "object"]) { $0.evaluationInputBundle },
        .encoded("ops_replay_bundle", schema: ["type": "object"]) { $0.opsReplayBundle },
    ]

    public init(_ artifacts: MockArtifacts) {
        evaluationInputBundle = EvaluationInput(
            sessionID: artifacts.session.id, schemaID: artifacts.session.schemaID, schemaVersion: artifacts.schemaVersion,
            durationScale: artifacts.durationScale, status: artifacts.session.status, endReason: artifacts.session.endReason,
            sections: artifacts.sections)
        opsReplayBundle = OpsReplay(
            timeline: artifacts.timeline, transcript: artifacts.sections.flatMap(\.rawTranscript),
            codeHistory: artifacts.sections.flatMap { $0.codeHistory ?? [] })
    }
}
