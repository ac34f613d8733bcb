import Coaching
import InterviewPrep
import MockInterview
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
        Prompt(name: "run_mock_interview", title: "Run a mock interview",
               description: "A timed practice interview: the engine keeps the clock and picks the questions; the assistant plays the interviewer.",
               arguments: [
                   .init(name: "schema_id", description: "A mock schema, e.g. backend_engineer or behavioral_only (default: general_software_engineering).", required: false),
                   .init(name: "minutes", description: "Roughly how long, e.g. 20 (default: the schema's 45).", required: false),
               ]),
    ]

    /// The prompts whose tools are switched on.
    static func available(_ groups: Set<ToolGroup>) -> [Prompt] {
        let needs: [String: ToolGroup] = [
            "prepare_for_interview": .coaching, "practice_behavioral_question": .coaching, "draft_thank_you": .mail,
            "run_mock_interview": .mockInterviews,
        ]
        return all.filter { needs[$0.name].map(groups.contains) ?? true }
    }

    static func get(_ name: String, arguments: [String: String], context: ToolContext) async throws(RPCError) -> GetPrompt.Result {
        func required(_ key: String) throws(RPCError) -> String {
            guard let value = arguments[key], !value.isEmpty else { throw RPCError.invalidParams("prompt \(name) needs the argument '\(key)'") }
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
                throw RPCError.invalidParams("role_family '\(family)' is not allowed; allowed: \(RoleFamily.allowedNames.joined(separator: ", "))")
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
        case "run_mock_interview":
            let schemaID = arguments["schema_id"].flatMap { $0.isEmpty ? nil : $0 } ?? "general_software_engineering"
            let catalog: MockSchemaCatalog
            do { catalog = try context.mock.schemas.catalog() } catch { throw RPCError.internalError("the mock schemas cannot be read: \(error)") }
            guard let schema = catalog.schemas[schemaID] else {
                throw RPCError.invalidParams("schema_id '\(schemaID)' is not allowed; allowed: \(catalog.schemas.keys.sorted().joined(separator: ", "))")
            }
            var scale = 1.0
            if let minutes = arguments["minutes"], !minutes.isEmpty {
                guard let value = Int(minutes), (1...240).contains(value) else { throw RPCError.invalidParams("minutes '\(minutes)' must be a whole number from 1 to 240") }
                scale = min(3, max(0.1, (Double(value * 60) / Double(schema.totalSeconds) * 100).rounded() / 100))
            }
            return GetPrompt.Result(description: "Mock interview: \(schema.title)", messages: [.user(.text(text: """
                Run a mock interview with me: \(schema.title), sections \(schema.sections.map(\.name).joined(separator: ", ")).
                1. Call start_mock_interview with schema_id \(schema.id)\(scale == 1 ? "" : " and duration_scale \(scale)"). Tell me the sections and the time, then read me state.present_now word for word.
                2. After each of my answers, call submit_mock_answer with my words verbatim and a new client_message_id (m1, m2, …). Read me the new present_now. Announce section changes and time warnings from the returned events.
                3. You are the interviewer: never add your own questions or hints and never tell me the answer. If I ask for help, call request_mock_hint. If I say I'm done with a section, call finish_mock_section. If I need a break, pause_mock_interview (the clock keeps running).
                4. When the state is COMPLETED (or I want to stop: end_mock_interview), call get_mock_interview_report and walk me through the Markdown report.
                """))])
        default:
            throw RPCError.invalidParams("Unknown prompt: \(name). Call prompts/list for the available prompts.")
        }
    }

    static func interviewOrParamsError(_ id: String, context: ToolContext) async throws(RPCError) -> InterviewDetail {
        do { return try await context.interviews.interview(id: id) } catch {
            throw RPCError.invalidParams("interview_id: \(error.description)")
        }
    }
}
