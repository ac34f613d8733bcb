import Coaching
import InterviewPrep
import MockInterview
import MCP

/// Timed mock interviews: the engine picks every prompt and follow-up and keeps the clock; the
/// assistant voices the interviewer and passes the candidate's answers back.
enum MockTools {
    static var all: [ToolDefinition] {
        [start, state, answer, hint, assistantResponse, pause, resume, finishSection, end, interviewerFailure, report, export, list]
    }

    // MARK: Shared parameters and shapes

    static let sessionID = ToolParameter("session_id", .string(maxLength: 40), required: true, "e.g. mock_3.")
    static let clientMessageID = ToolParameter(
        "client_message_id", .string(maxLength: 100), required: true,
        "New per input (m1, m2…); a repeat replays.")

    static var stepResult: Value { Value(MockStepResult.outputSchema) }

    static func input(_ args: ToolArguments, _ context: ToolContext) -> MockInterviews.Input {
        return MockInterviews.Input(clientMessageID: args.requiredString("client_message_id"), channel: context.actor)
    }

    // MARK: Tools

    static let start = ToolDefinition(
        name: "start_mock_interview", title: "Start a mock interview",
        description: "Start a timed practice interview; you voice the interviewer: read state.present_now word for word, pass each answer to submit_mock_answer, follow the returned state, never invent questions.",
        parameters: [
            ToolParameter("schema_id", .string(maxLength: 60), "e.g. backend_engineer (list_mock_interviews lists them)."),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "Without schema_id."),
            ToolParameter("duration_scale", .number(MockInterviews.durationScaleRange), default: 1, "Scales every section (0.5 = half)."),
            ToolParameter("interview_id", .string(maxLength: 40), "The interview to practise for."),
            ToolParameter("start_now", .boolean, default: true, "false: resume_mock_interview begins it."),
        ],
        outputSchema: stepResult,
        annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.mock.start(
            .init(schemaID: args.string("schema_id"), roleFamily: args.value("role_family", as: RoleFamily.self),
                  durationScale: args.double("duration_scale") ?? 1, interviewID: args.string("interview_id"), startNow: args.bool("start_now") ?? true),
            channel: context.actor)
    }

    static let state = ToolDefinition(
        name: "mock_interview_state", title: "Mock interview state",
        description: "What to present now, time left by the server's clock, sections, allowed actions, and events since the last input. Only reads.",
        parameters: [sessionID],
        outputSchema: stepResult,
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.mock.state(sessionID: args.requiredString("session_id"))
    }

    static let answer = ToolDefinition(
        name: "submit_mock_answer", title: "Submit the candidate's answer",
        description: "Pass on the candidate's answer (message, or code in a coding section). Returns the next thing to present. A late answer within the grace counts for the ended section.",
        parameters: [
            sessionID, clientMessageID,
            ToolParameter("message", .freeText, "Verbatim."),
            ToolParameter("code", .freeText, "Coding sections, instead of message."),
            ToolParameter("language", .string(maxLength: 40), ""),
        ],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.answer(
            sessionID: args.requiredString("session_id"), message: args.string("message"), code: args.string("code"),
            language: args.string("language"), input: input(args, context))
    }

    static let hint = ToolDefinition(
        name: "request_mock_hint", title: "Ask for a hint",
        description: "The candidate asks for help: a hint from the section's pool (definition, clarification or nudge).",
        parameters: [
            sessionID, clientMessageID,
            ToolParameter("kind", .oneOf(MockHintKind.allowedNames), default: "nudge", ""),
            ToolParameter("question", .string(maxLength: 2_000), "Verbatim."),
        ],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.hint(
            sessionID: args.requiredString("session_id"), kind: args.value("kind", as: MockHintKind.self) ?? .nudge,
            question: args.string("question"), input: input(args, context))
    }

    static let assistantResponse = ToolDefinition(
        name: "record_assistant_response", title: "Record an assistant answer",
        description: "Record help you gave the candidate yourself; long answers, code or steps are flagged.",
        parameters: [
            sessionID, clientMessageID,
            ToolParameter("response", .freeText, required: true, ""),
            ToolParameter("query", .string(maxLength: 2_000), ""),
        ],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.recordAssistantResponse(
            sessionID: args.requiredString("session_id"), response: args.requiredString("response"), query: args.string("query"), input: input(args, context))
    }

    static let pause = ToolDefinition(
        name: "pause_mock_interview", title: "Pause a mock interview",
        description: "Pause at the candidate's request; the clock keeps running. (No input for 10 minutes pauses it too; the next answer resumes that.)",
        parameters: [sessionID, clientMessageID],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.pause(sessionID: args.requiredString("session_id"), reason: .candidateRequest, input: input(args, context))
    }

    static let resume = ToolDefinition(
        name: "resume_mock_interview", title: "Resume a mock interview",
        description: "Resume a paused session where the clock has it now, or begin one created with start_now false.",
        parameters: [sessionID, clientMessageID],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.resume(sessionID: args.requiredString("session_id"), input: input(args, context))
    }

    static let finishSection = ToolDefinition(
        name: "finish_mock_section", title: "Finish the section",
        description: "The candidate is done with the section. Accepted after its minimum content; before that, one request for an outline.",
        parameters: [sessionID, clientMessageID],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.finishSection(sessionID: args.requiredString("session_id"), input: input(args, context))
    }

    static let end = ToolDefinition(
        name: "end_mock_interview", title: "End a mock interview early",
        description: "Stop the session for good (abandoned); the report stays available.",
        parameters: [sessionID, clientMessageID, ToolParameter("note", .string(maxLength: 2_000), "")],
        outputSchema: stepResult,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false)
    ) { args, context in
        try await context.mock.end(sessionID: args.requiredString("session_id"), note: args.string("note"), input: input(args, context))
    }

    static let interviewerFailure = ToolDefinition(
        name: "report_mock_interviewer_failure", title: "Report an interviewer failure",
        description: "You could not present the current prompt: the first report retries it; a second in a row ends the session (system_error).",
        parameters: [sessionID, clientMessageID, ToolParameter("error", .freeText, required: true, "")],
        outputSchema: stepResult,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.mock.interviewerFailed(sessionID: args.requiredString("session_id"), error: args.requiredString("error"), input: input(args, context))
    }

    static let report = ToolDefinition(
        name: "get_mock_interview_report", title: "Mock interview report",
        description: "The session's report: per section time, coverage, follow-ups, hints, quoted evidence, STAR analysis; also as Markdown.",
        parameters: [sessionID],
        outputSchema: Value(MockInterviewReport.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.mock.report(sessionID: args.requiredString("session_id"))
    }

    static let export = ToolDefinition(
        name: "export_mock_interview", title: "Export a mock interview",
        description: "The session as JSON for scoring and replay (evaluation and ops bundles).",
        parameters: [sessionID],
        outputSchema: Value(MockExportBundle.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.mock.export(sessionID: args.requiredString("session_id"))
    }

    static let list = ToolDefinition(
        name: "list_mock_interviews", title: "List mock interviews",
        description: "Mock sessions, newest first, and the schemas to start from.",
        parameters: [
            ToolParameter("status", .oneOf(MockStatus.allowedNames), ""),
            ToolParameter("limit", .integer(MockInterviews.listSizeRange), default: 20, ""),
        ],
        outputSchema: Value(MockListOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let sessions = try await context.mock.list(status: args.value("status", as: MockStatus.self), limit: args.int("limit") ?? 20)
        let schemas = try context.mock.schemas.catalog().schemas.values.sorted { $0.id < $1.id }.map {
            SchemaLine(id: $0.id, title: $0.title, roleFamily: $0.roleFamily, version: $0.version,
                       durationSeconds: $0.totalSeconds, sections: $0.sections.map(\.name))
        }
        return MockListOutput(sessions: sessions, schemas: schemas)
    }
}

struct SchemaLine: OutputShape {
    var id: String
    var title: String
    var roleFamily: RoleFamily?
    var version: Int
    var durationSeconds: Int
    var sections: [String]

    static let outputFields: [OutputField<SchemaLine>] = [
        .integer("duration_seconds") { $0.durationSeconds }, .string("id") { $0.id }, .identifier("role_family", ifPresent: { $0.roleFamily }),
        .strings("sections") { $0.sections }, .string("title") { $0.title }, .integer("version") { $0.version },
    ]
}

struct MockListOutput: OutputShape {
    var sessions: [MockSessionSummary]
    var schemas: [SchemaLine]

    static let outputFields: [OutputField<MockListOutput>] = [.objects("schemas") { $0.schemas }, .objects("sessions") { $0.sessions }]
}
