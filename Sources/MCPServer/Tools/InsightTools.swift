import InterviewPrep
import MCP

/// Statistics and history.
enum InsightTools {
    static var all: [ToolDefinition] { [statistics, timeline] }

    static let statistics = ToolDefinition(
        name: "get_interview_statistics",
        title: "Interview statistics",
        description: "Totals by type, status and company; the next 7 days; completed, cancelled and success rate (defined in the result).",
        parameters: [],
        outputSchema: Value(InterviewStatistics.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { _, context in
        try await context.interviews.statistics()
    }

    static let timeline = ToolDefinition(
        name: "get_interview_timeline",
        title: "Interview timeline",
        description: "An interview's audit trail, oldest first: what changed, when, by whom.",
        parameters: [InterviewTools.interviewID],
        outputSchema: Value(TimelineOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let id = args.requiredString("interview_id")
        return TimelineOutput(interviewID: id, events: try await context.interviews.timeline(interviewID: id))
    }
}

struct TimelineOutput: OutputShape {
    var interviewID: String
    var events: [TimelineEntry]

    static let outputFields: [OutputField<TimelineOutput>] = [
        .objects("events") { $0.events }, .string("interview_id") { $0.interviewID },
    ]
}
