import InterviewPrep
import MCP

/// Prep notes and the preparation flag.
enum PrepTools {
    static var all: [ToolDefinition] { [saveNotes, getNotes, markComplete] }

    static let saveNotes = ToolDefinition(
        name: "save_interview_prep_notes",
        title: "Save prep notes",
        description: "Save Markdown prep notes: mode append (default) or replace.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("notes", .freeText, required: true, "Markdown."),
            ToolParameter("mode", .oneOf(NotesMode.allowedNames), default: "append", ""),
        ],
        outputSchema: Schema.prepNotes,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.interviews.savePrepNotes(
            interviewID: args.requiredString("interview_id"), markdown: args.requiredString("notes"),
            mode: args.value("mode", as: NotesMode.self) ?? .append, actor: context.actor)
    }

    static let getNotes = ToolDefinition(
        name: "get_interview_prep_notes",
        title: "Get prep notes",
        description: "An interview's Markdown prep notes and whether prep is complete.",
        parameters: [InterviewTools.interviewID],
        outputSchema: Schema.prepNotes,
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.prepNotes(interviewID: args.requiredString("interview_id"))
    }

    static let markComplete = ToolDefinition(
        name: "mark_interview_prep_complete",
        title: "Mark preparation complete",
        description: "Mark prep complete (complete=false reopens). Refused while checklist items are open, unless force.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("complete", .boolean, default: true, ""),
            ToolParameter("force", .boolean, default: false, ""),
        ],
        outputSchema: Schema.interview,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.interviews.markPreparation(
            interviewID: args.requiredString("interview_id"), complete: args.bool("complete") ?? true,
            force: args.bool("force") ?? false, actor: context.actor)
    }
}
