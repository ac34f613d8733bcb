import Foundation
import Hummingbird
import MCP
import MCPServer

/// A route bound to its tool: reads the request into the tool's arguments, calls it, and answers
/// with its output as JSON or its failure as problem details.
struct APIEndpoint: Sendable {
    let route: APIRoute
    let definition: ToolDefinition
    /// For `GET /api/interviews`: `upcoming=true` calls this tool (upcoming interviews) instead.
    let upcoming: ToolDefinition?
    /// The path's variables (worked out once, read on every request).
    let variables: [String]
    /// The operation's parameters besides the path's: the tool's own, and the switch's.
    let parameters: [ToolParameter]
    /// The parameters that apply with `upcoming=true` only (`days`).
    let upcomingOnly: [String]

    /// The parameter that switches `GET /api/interviews` to the upcoming interviews.
    static let upcomingFlag = ToolParameter("upcoming", .boolean, default: false, "true: the live interviews starting within `days`, soonest first (the list filters do not apply).")

    init(route: APIRoute, definition: ToolDefinition, upcoming: ToolDefinition?) {
        self.route = route
        self.definition = definition
        self.upcoming = upcoming
        variables = route.variables
        let pathParameters = variables.map(route.parameter(for:))
        let own = definition.parameters.filter { !pathParameters.contains($0.name) }
        let upcomingOnly = upcoming?.parameters.map(\.name).filter { name in !definition.parameters.contains { $0.name == name } } ?? []
        self.upcomingOnly = upcomingOnly
        if let upcoming {
            parameters = own + [Self.upcomingFlag] + upcoming.parameters.filter { upcomingOnly.contains($0.name) }
        } else {
            parameters = own
        }
    }

    /// The tool output (JSON), or the failure to report.
    func output(query: String?, body: [UInt8], pathValues: [String: String], tools: ToolContext) async throws(ToolFailure) -> [UInt8] {
        var arguments: [String: Value]
        if route.method == .get {
            arguments = try HTTPArguments.fromQuery(try HTTPArguments.pairs(ofQuery: query ?? ""), parameters: parameters)
        } else {
            if let query, !query.isEmpty {
                throw HTTPArguments.invalid("query", "a \(route.method.rawValue) takes its parameters as a JSON body, not in the query string")
            }
            arguments = try HTTPArguments.fromBody(body)
        }
        for (variable, value) in pathValues {
            let name = route.parameter(for: variable)
            if let given = arguments[name], given != .string(value) {
                throw HTTPArguments.invalid(name, "is given by the path (\(value)); leave it out of the body")
            }
            arguments[name] = .string(value)
        }
        var tool = definition
        if let upcoming, case .bool(let wanted)? = arguments.removeValue(forKey: Self.upcomingFlag.name), wanted {
            tool = upcoming
        }
        if tool.name == definition.name, let name = upcomingOnly.first(where: { arguments[$0] != nil }) {
            throw HTTPArguments.invalid(name, "applies with upcoming=true only")
        }
        return try await tool.output(arguments, context: tools)
    }
}
