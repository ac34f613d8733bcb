import InterviewPrep
import MockInterview
import MCP

/// Every tool the server offers, by name.
public struct ToolRegistry: Sendable {
    public let definitions: [ToolDefinition]
    private let byName: [String: ToolDefinition]

    /// Every tool of the server.
    public static let standard = ToolRegistry(definitions: InterviewTools.all + PrepTools.all + InsightTools.all + EmailTools.all + CalendarTools.all + CoachingTools.all + PipelineTools.all + JobTools.all + MockTools.all)

    public init(definitions: [ToolDefinition]) {
        self.definitions = definitions
        self.byName = Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0) })
    }

    public var tools: [Tool] { definitions.map(\.tool) }

    /// The tool called `name`, if there is one.
    public func definition(named name: String) -> ToolDefinition? { byName[name] }

    /// Calls `name`; an unknown name is a protocol error (-32602), anything else a tool outcome.
    public func call(_ name: String, arguments: [String: Value]?, context: ToolContext) async throws -> ToolOutcome {
        guard let definition = byName[name] else {
            throw RPCError.invalidParams("Unknown tool: \(name). Call tools/list for the available tools.")
        }
        return await definition.call(arguments, context: context)
    }
}
