import Foundation
import InterviewPrep

/// Everything to prepare one interview, offline: the type's checklist and tips, the role family's
/// questions, behavioral questions, the STAR guide, the strengths/weaknesses framework, questions
/// to ask; for a scheduled interview also its prep notes and the earlier interviews at that company.
public struct PrepPacket: OutputShape {
    public struct PastInterview: OutputShape {
        public var id: String
        public var role: String
        public var type: InterviewType
        public var date: String
        public var status: InterviewStatus
        public var feedback: String?
        public var notes: String?
        /// The candidate's own debrief of that interview.
        public var debrief: DebriefView?

        public static let outputFields: [OutputField<PastInterview>] = [
            .string("date") { $0.date },
            // record_debrief's output, whose schema that tool lists (a tool list carries each shape once).
            .encoded("debrief", schema: ["type": "object", "description": "As record_debrief's output."], ifPresent: { $0.debrief }), .string("feedback", ifPresent: { $0.feedback }),
            .string("id") { $0.id }, .string("notes", ifPresent: { $0.notes }), .string("role") { $0.role },
            .identifier("status") { $0.status }, .identifier("type") { $0.type },
        ]
    }

    public var interviewID: String?
    public var company: String?
    public var role: String?
    public var interviewType: InterviewType
    public var roleFamily: String
    public var checklist: [String]
    public var tips: InterviewTips
    public var questions: [Question]
    public var behavioralQuestions: [Question]
    public var starMethod: StarGuide
    public var strengthsWeaknesses: StrengthsWeaknesses
    public var questionsToAsk: [String: [String]]
    public var prepNotes: String?
    public var pastInterviewsAtCompany: [PastInterview]

    /// The coaching guides are the library's content as it is in the data files (an object each).
    public static let outputFields: [OutputField<PrepPacket>] = [
        .objects("behavioral_questions") { $0.behavioralQuestions }, .strings("checklist") { $0.checklist },
        .string("company", ifPresent: { $0.company }), .string("interview_id", ifPresent: { $0.interviewID }),
        .identifier("interview_type") { $0.interviewType }, .objects("past_interviews_at_company") { $0.pastInterviewsAtCompany },
        .string("prep_notes", ifPresent: { $0.prepNotes }), .objects("questions") { $0.questions },
        .encoded("questions_to_ask", schema: ["type": "object"]) { $0.questionsToAsk }, .string("role", ifPresent: { $0.role }),
        .string("role_family") { $0.roleFamily }, .encoded("star_method", schema: ["type": "object"]) { $0.starMethod },
        .encoded("strengths_weaknesses", schema: ["type": "object"]) { $0.strengthsWeaknesses },
        .encoded("tips", schema: ["type": "object"]) { $0.tips },
    ]
}

/// Builds packets and research templates from the library and the store.
public struct CoachingService: Sendable {
    private let loaded: LoadOnce<CoachingLibrary, CoachingError>
    public let interviews: InterviewService

    /// The coaching content, read from the data files on first use: a session that never asks
    /// for coaching never pays for it. A malformed file is reported then (and by `check`).
    public var library: CoachingLibrary {
        get throws(CoachingError) { try loaded.value() }
    }

    /// Content read from `files` on first use.
    public init(files: DataFiles, interviews: InterviewService) {
        self.loaded = LoadOnce { () throws(CoachingError) in try CoachingLibrary.load(files: files) }
        self.interviews = interviews
    }

    /// Content already loaded.
    public init(library: CoachingLibrary, interviews: InterviewService) {
        self.loaded = LoadOnce { () throws(CoachingError) in library }
        self.interviews = interviews
    }

    /// The packet for a type and role family (no interview).
    public func packet(type: InterviewType, roleFamily: RoleFamily) throws(CoachingError) -> PrepPacket {
        try makePacket(type: type, family: roleFamily.rawValue, seed: "\(type.rawValue)|\(roleFamily.rawValue)")
    }

    /// The packet for a scheduled interview, with its notes and the earlier interviews at the same company.
    public func packet(interviewID: String) async throws -> PrepPacket {
        let interview = try await interviews.interview(id: interviewID)
        let description = try await PipelineService(core: interviews.core).pipeline(jobID: interview.jobID).description
        var packet = try makePacket(type: interview.type, family: interview.roleFamily.rawValue, seed: interview.id, jobDescription: description)
        packet.interviewID = interview.id
        packet.company = interview.company
        packet.role = interview.role
        let notes = try await interviews.prepNotes(interviewID: interview.id).markdown
        packet.prepNotes = notes.isEmpty ? nil : notes
        // The ten latest before this one: what helps, bounded however long the history is.
        let history = try await interviews.companyHistory(company: interview.company, before: interview.start.instant, limit: 10)
        packet.pastInterviewsAtCompany = history.interviews
            .filter { $0.id != interview.id }
            .map { past in
                .init(id: past.id, role: past.role, type: past.type, date: String(past.start.local.prefix(10)), status: past.status,
                      feedback: past.feedback, notes: past.notes, debrief: history.debriefs.first { $0.interviewID == past.id })
            }
        return packet
    }

    func makePacket(type: InterviewType, family: String, seed: String, jobDescription: String? = nil) throws(CoachingError) -> PrepPacket {
        let library = try library
        let bank = try library.bank(for: family)
        let behavioral = try library.bank(for: "behavioral")
        // The job's own skills first, when its posting is known.
        let focus = jobDescription.map(library.skills.skills(in:)) ?? []
        return PrepPacket(
            interviewID: nil, company: nil, role: nil, interviewType: type, roleFamily: family,
            checklist: interviews.core.checklists.items(for: type), tips: library.tips[type]!,
            questions: bank.roleFamily == "behavioral" ? []
                : QuestionSelector.select(from: bank, count: library.settings.questionsPerPacket, seed: seed, focus: focus, skills: library.skills),
            behavioralQuestions: QuestionSelector.select(
                from: behavioral, count: library.settings.behavioralQuestionsPerPacket, seed: seed, focus: focus, skills: library.skills),
            starMethod: library.star, strengthsWeaknesses: library.strengthsWeaknesses, questionsToAsk: library.questionsToAsk,
            prepNotes: nil, pastInterviewsAtCompany: [])
    }

    /// The research template for a company, with what the store already knows about it.
    public func researchTemplate(company: String) async throws -> ResearchTemplate {
        let library = try library
        let history = try await interviews.companyHistory(company: company)
        return ResearchTemplate(
            company: history.company, sections: library.research,
            rolesAppliedTo: history.roles.map { "\($0.role) (\($0.jobID))" },
            interviewHistory: history.interviews.map { "\($0.start.local.prefix(10)) \($0.type.rawValue) for \($0.role): \($0.status.rawValue)" + ($0.feedback.map { " — feedback: \($0)" } ?? "") })
    }
}

/// The six research sections with guiding questions, and what is already known.
public struct ResearchTemplate: OutputShape {
    public var company: String
    public var sections: [ResearchSection]
    public var rolesAppliedTo: [String]
    public var interviewHistory: [String]

    public static let outputFields: [OutputField<ResearchTemplate>] = [
        .string("company") { $0.company }, .strings("interview_history") { $0.interviewHistory },
        .strings("roles_applied_to") { $0.rolesAppliedTo }, .objects("sections") { $0.sections },
    ]
}
