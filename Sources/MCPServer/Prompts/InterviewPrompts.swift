import Coaching
import InterviewPrep
import MCP

/// Prompts that start common conversations, and argument completion for them.
enum InterviewPrompts {
    static let all = [
        Prompt(name: "prepare_for_interview", title: "Prepare for an interview",
               description: "Walk the candidate through preparing for one scheduled interview.",
               arguments: [.init(name: "interview_id", description: "The interview, e.g. int_7.", required: true)]),
        Prompt(name: "practice_behavioral_question", title: "Practise a behavioral question",
               description: "Ask one behavioral question, then review the answer with the STAR analyser.",
               arguments: [.init(name: "role_family", description: "The role family, e.g. backend_engineer.", required: true)]),
        Prompt(name: "draft_thank_you", title: "Draft a thank-you email",
               description: "Draft the thank-you note for an interview that just happened.",
               arguments: [.init(name: "interview_id", description: "The interview, e.g. int_7.", required: true)]),
    ]

    static func get(_ name: String, arguments: [String: String], context: ToolContext) async throws -> GetPrompt.Result {
        func required(_ key: String) throws -> String {
            guard let value = arguments[key], !value.isEmpty else { throw MCPError.invalidParams("prompt \(name) needs the argument '\(key)'") }
            return value
        }
        switch name {
        case "prepare_for_interview":
            let interview = try await interviewOrParamsError(try required("interview_id"), context: context)
            return GetPrompt.Result(description: "Prepare for \(interview.id)", messages: [.user(.text(text: """
                Help me prepare for my \(interview.type.rawValue) interview with \(interview.company) for the \(interview.role) role on \(interview.start.local) (\(interview.start.timeZone)), interview id \(interview.id).
                1. Call get_interview_prep_materials with interview_id \(interview.id) and summarise what matters most for this interview.
                2. Call get_prep_checklist and go through the open items with me, ticking them with tick_prep_checklist_item as we finish them.
                3. Call get_company_research_template for \(interview.company) and help me fill the gaps.
                4. Ask me two of the practice questions one at a time and give feedback; for behavioral answers use analyze_star_answer.
                5. Save what we prepared with save_interview_prep_notes (mode append).
                """))])
        case "practice_behavioral_question":
            let family = try required("role_family")
            guard RoleFamily(rawValue: family) != nil || family == "behavioral" else {
                throw MCPError.invalidParams("role_family '\(family)' is not allowed; allowed: \(RoleFamily.allowedNames.joined(separator: ", "))")
            }
            return GetPrompt.Result(description: "Behavioral practice for \(family)", messages: [.user(.text(text: """
                I want to practise a behavioral interview question for a \(family) role.
                Call get_interview_questions with role_family behavioral and count 1 (add exclude_ids for questions I already practised in this conversation), ask me the question, and wait for my answer.
                Then call analyze_star_answer on my answer and give me specific feedback: which STAR parts are missing or thin, whether my result is measurable, and a stronger version of one weak sentence.
                """))])
        case "draft_thank_you":
            let interview = try await interviewOrParamsError(try required("interview_id"), context: context)
            return GetPrompt.Result(description: "Thank-you note for \(interview.id)", messages: [.user(.text(text: """
                Help me write a thank-you email for my \(interview.type.rawValue) interview with \(interview.company) (\(interview.id))\(interview.interviewerName.map { " with \($0)" } ?? "").
                Ask me for one or two things we discussed, then call send_thank_you_email with interview_id \(interview.id) and those talking_points to get a draft.
                Show me the draft. Only if I approve it, call send_thank_you_email again with send: true.
                """))])
        default:
            throw MCPError.invalidParams("Unknown prompt: \(name). Call prompts/list for the available prompts.")
        }
    }

    static func interviewOrParamsError(_ id: String, context: ToolContext) async throws -> InterviewDetail {
        do { return try await context.engine.interview(id: id) } catch {
            throw MCPError.invalidParams("interview_id: \(error.description)")
        }
    }

    /// Values for `argument` starting with `prefix`.
    static func complete(argument: String, prefix: String, context: ToolContext) async throws -> Complete.Result.Completion {
        let candidates: [String]
        switch argument {
        case "interview_id":
            let page = try await context.engine.list(InterviewFilter(statuses: InterviewStatus.liveStatuses + [.completed]), limit: 200)
            candidates = page.interviews.reversed().map(\.id)
        case "role_family":
            candidates = RoleFamily.allowedNames + ["behavioral"]
        case "type", "interview_type":
            candidates = InterviewType.allowedNames
        default:
            candidates = []
        }
        let matches = candidates.filter { $0.hasPrefix(prefix) }
        return .init(values: Array(matches.prefix(100)), total: matches.count, hasMore: matches.count > 100)
    }
}
