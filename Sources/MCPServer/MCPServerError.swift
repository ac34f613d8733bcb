/// Failures of the MCP layer itself (argument decoding); engine failures pass through as theirs.
public enum MCPServerError: Error, Equatable, Sendable {
    case invalidArguments(field: String, reason: String)
}
