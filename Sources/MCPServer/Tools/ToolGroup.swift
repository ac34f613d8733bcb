/// A set of tools the user can switch off in `config.json` (`"tool_groups": {"mail": false}`),
/// so an assistant only pays for the tools it is going to use. All are on by default.
public enum ToolGroup: String, CaseIterable, Sendable, Comparable {
    /// Interviews, prep notes, statistics, timeline and calendar export.
    case scheduling
    /// Jobs, stages, debriefs, notes, contacts, offers, next actions and the funnel.
    case pipeline
    /// Prep packets, question banks, tips, research template, pitch, STAR analysis, checklists.
    case coaching
    /// Reminder, thank-you, follow-up and status-update emails, and templates.
    case mail
    /// Timed mock interviews.
    case mockInterviews = "mock_interviews"

    /// The group's tools.
    var tools: [ToolDefinition] {
        switch self {
        case .scheduling: InterviewTools.all + PrepTools.all + InsightTools.all + CalendarTools.all
        case .pipeline: PipelineTools.all + JobTools.all
        case .coaching: CoachingTools.all
        case .mail: EmailTools.all
        case .mockInterviews: MockTools.all
        }
    }

    public static func < (lhs: ToolGroup, rhs: ToolGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
