import InterviewPrep
import MCP

/// Prep notes and the preparation flag.
enum PrepTools {
    static var all: [ToolDefinition] { [saveNotes, getNotes, markComplete] }

    static let saveNotes = ToolDefinition(
        name: "save_interview_prep_notes",
        title: "Save prep notes",
        description: """
            Save Markdown preparation notes for an interview (research, STAR stories, questions to ask). \
            mode append (the default) adds them below the existing notes; mode replace overwrites them.
            """,
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("notes", .freeText, required: true, "The notes, as Markdown."),
            ToolParameter("mode", .oneOf(NotesMode.allowedNames), default: "append", "append or replace."),
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
        description: "The Markdown prep notes saved for an interview (empty when none yet) and whether preparation is complete.",
        parameters: [InterviewTools.interviewID],
        outputSchema: Schema.prepNotes,
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.prepNotes(interviewID: args.requiredString("interview_id"))
    }

    static let markComplete = ToolDefinition(
        name: "mark_interview_prep_complete",
        title: "Mark preparation complete",
        description: "Mark the candidate's preparation for an interview as complete (or, with complete=false, as not yet complete). Refused while prep checklist items are open (see get_prep_checklist) unless force is true.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("complete", .boolean, default: true, "true to mark complete, false to reopen."),
            ToolParameter("force", .boolean, default: false, "Complete even with open checklist items."),
        ],
        outputSchema: Schema.interview,
        annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.interviews.markPreparation(
            interviewID: args.requiredString("interview_id"), complete: args.bool("complete") ?? true,
            force: args.bool("force") ?? false, actor: context.actor)
    }
}
