/// Who made a change recorded in the event log.
public enum EventActor: String, Codable, Sendable, CaseIterable {
    /// An AI assistant through the MCP server.
    case mcp
    /// The candidate at the command line.
    case cli
    /// The candidate in the web dashboard.
    case dashboard
    /// The tool itself (scheduled runs, derived changes).
    case system
    /// A data import.
    case `import`
    /// The candidate, in a mock interview.
    case candidate
    /// The interviewer voice of a mock interview (the assistant presenting the engine's prompts).
    case interviewerAI = "interviewer_ai"
    /// The candidate's helper in a mock interview (hints).
    case assistantAI = "assistant_ai"
}
