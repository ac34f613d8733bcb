import InterviewPrep
import MCP

/// Calendar export.
enum CalendarTools {
    static var all: [ToolDefinition] { [export] }

    static let export = ToolDefinition(
        name: "export_calendar", title: "Export to a calendar",
        description: "An .ics of one interview, or all from today: stable UIDs, prep checklist, an alarm per reminder, cancelled ones marked.",
        parameters: [ToolParameter("interview_id", .string(maxLength: 40), "Only this one; all upcoming when omitted.")],
        outputSchema: Value(CalendarOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let id = args.string("interview_id")
        let export = try await context.interviews.calendar(interviewID: id, checklists: context.mail.composer.checklists)
        return CalendarOutput(ics: export.ics, events: export.events, filename: (id ?? "interviews") + ".ics")
    }
}

struct CalendarOutput: OutputShape {
    var ics: String
    var events: Int
    var filename: String

    static let outputFields: [OutputField<CalendarOutput>] = [
        .integer("events") { $0.events }, .string("filename") { $0.filename }, .string("ics") { $0.ics },
    ]
}
