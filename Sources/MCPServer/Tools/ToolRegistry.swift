import InterviewPrep
import MockInterview
import MCP

/// Every tool the server offers, by name.
public struct ToolRegistry: Sendable {
    public let definitions: [ToolDefinition]
    private let byName: [String: ToolDefinition]

    /// Every tool of the server.
    public static let standard = ToolRegistry(groups: Set(ToolGroup.allCases))

    /// The tools of the groups switched on.
    public let groups: Set<ToolGroup>

    /// The tools of `groups`, in the groups' order.
    public init(groups: Set<ToolGroup>) {
        self.init(definitions: groups.sorted().flatMap(\.tools), groups: groups)
    }

    public init(definitions: [ToolDefinition], groups: Set<ToolGroup> = Set(ToolGroup.allCases)) {
        self.definitions = definitions
        self.groups = groups
        self.byName = Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0) })
    }

    /// The tools as `tools/list` shows them. Each output schema is compacted
    /// (`OutputSchemaCompactor`) and listed once: MCP cannot share a schema between tools, so a
    /// tool returning the very same shape as another has no `outputSchema` of its own and its
    /// description says whose it is (a read-only tool owns a shape when one returns it).
    public var tools: [Tool] {
        // Each schema made once here (definitions make theirs on request and keep none).
        let schemas = Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0.outputSchema) })
        var owners: [Value: String] = [:]
        let readers = definitions.filter { $0.annotations.readOnlyHint == true }
        for definition in readers + definitions where owners[schemas[definition.name]!] == nil {
            owners[schemas[definition.name]!] = definition.name
        }
        return definitions.map { definition in
            let schema = schemas[definition.name]!
            if let owner = owners[schema], owner != definition.name {
                return definition.tool(outputSchema: nil, description: definition.description + " Output: as \(owner).")
            }
            return definition.tool(outputSchema: OutputSchemaCompactor.compact(schema), description: definition.description)
        }
    }

    /// The output schema a tool's results follow: its own, or that of the tool it points to.
    public func outputSchema(of name: String) -> Value? { byName[name].map { OutputSchemaCompactor.compact($0.outputSchema) } }

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
