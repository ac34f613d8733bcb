import Foundation
import InterviewPrep
import Logging
import MCP

/// The MCP methods this server answers once a request is known to be well formed and allowed:
/// each decodes its params, calls the tools, resources or prompts over the services, and
/// returns the whole reply line.
///
/// `initialize`, `ping` and notifications belong to the connection (`StdioConnection`), which
/// keeps the session's state; everything here is the same for every protocol version except
/// the result members 2026-07-28 adds (`RequestScope.stamp`).
struct ServerMethods: Sendable {
    /// The tools of the groups switched on now.
    let catalog: ToolCatalog
    let context: ToolContext
    let logSink: ClientLogSink
    let logger: Logger
    /// Writes a notification line to the client.
    let notify: @Sendable ([UInt8]) -> Void

    /// The methods a stateless (2026-07-28) request may name: `ping` and `logging/setLevel` are gone from it.
    static let statelessMethods: Set<String> = [
        "server/discover", "tools/list", "tools/call", "resources/list", "resources/templates/list", "resources/read",
        "prompts/list", "prompts/get", "completion/complete",
    ]

    /// Whether `request` is answered in well under a millisecond without leaving the process
    /// (lists, discovery, local reads), so the reader thread answers it before reading on.
    func answersInline(_ request: RPCRequest) -> Bool {
        switch request.method {
        case "tools/list", "server/discover", "prompts/list", "resources/templates/list", "logging/setLevel": return true
        case "tools/call":
            guard case .object(let params) = request.params, let name = params["name"] as? String,
                  let annotations = catalog.registry.definition(named: name)?.annotations else { return false }
            return annotations.readOnlyHint == true && annotations.openWorldHint == false
        default: return false
        }
    }

    /// The reply line for `request` under `scope`; `line` is the line it came in (for the exact
    /// strings of a tool call's arguments, see `ExactArguments`), `nil` inside a batch.
    func respond(to request: RPCRequest, scope: RequestScope, line: Data?) async -> [UInt8] {
        do throws(RPCError) {
            let params = try request.object()
            switch request.method {
            case "tools/call":
                return try await callTool(params, id: request.id, scope: scope, line: line)
            case "tools/list":
                if let problem = ToolListReply.problem(cursor: params["cursor"]) { throw .invalidParams(problem) }
                return request.id.reply(result: scope.stamp(catalog.listResult, cacheable: true))
            case "server/discover":
                return request.id.reply(result: ServerIdentity.discoverResult)
            case "logging/setLevel":
                let name = try params.requiredString("level", field: "params.level", what: "one of \(Self.levelNames)")
                guard let level = LogLevel(rawValue: name) else { throw .invalidParams("level '\(name)' is not a log level; allowed: \(Self.levelNames)") }
                logSink.setLevel(level)
                return request.id.reply(result: Array("{}".utf8))
            case "resources/list":
                let cursor = try params.string("cursor", field: "params.cursor")
                return request.id.reply(result: scope.stamp(try encode(try await ResourceMethods.list(cursor: cursor, context: context)), cacheable: true))
            case "resources/templates/list":
                return request.id.reply(result: scope.stamp(try encode(ListResourceTemplates.Result(templates: ResourceMethods.templates)), cacheable: true))
            case "resources/read":
                let uri = try params.requiredString("uri", field: "params.uri", what: "the resource's URI, e.g. interview://int_7")
                return request.id.reply(result: scope.stamp(try encode(try await ResourceMethods.read(uri, context: context, version: scope.version)), cacheable: true))
            case "prompts/list":
                return request.id.reply(result: scope.stamp(try encode(ListPrompts.Result(prompts: InterviewPrompts.available(catalog.registry.groups))), cacheable: true))
            case "prompts/get":
                let name = try params.requiredString("name", field: "params.name", what: "a prompt name from prompts/list")
                let arguments = try Self.promptArguments(params)
                guard InterviewPrompts.available(catalog.registry.groups).contains(where: { $0.name == name }) else {
                    throw .invalidParams("Unknown prompt: \(name). Call prompts/list for the available prompts.")
                }
                return request.id.reply(result: scope.stamp(try encode(try await InterviewPrompts.get(name, arguments: arguments, context: context)), cacheable: false))
            case "completion/complete":
                let completion = try await Completions.complete(params, prompts: InterviewPrompts.available(catalog.registry.groups), context: context)
                return request.id.reply(result: scope.stamp(try encode(Complete.Result(completion: completion)), cacheable: false))
            default:
                throw .methodNotFound(request.method)
            }
        } catch {
            return request.id.reply(error: error)
        }
    }

    /// A `tools/call`: unknown tools and misshapen params are protocol errors, everything the
    /// tool itself refuses is an `isError` result.
    func callTool(_ params: JSONObject, id: RequestID, scope: RequestScope, line: Data?) async throws(RPCError) -> [UInt8] {
        let name = try params.requiredString("name", field: "params.name", what: "the tool's name from tools/list")
        let arguments: [String: Value]?
        switch params["arguments"] {
        case nil, is NSNull: arguments = nil
        case let object as [String: Any]: arguments = line.flatMap(ExactArguments.of) ?? object.mapValues(Value.init(jsonObject:))
        default: throw .invalidParams("params.arguments must be a JSON object of the tool's arguments")
        }
        guard let definition = catalog.registry.definition(named: name) else {
            throw .invalidParams("Unknown tool: \(name). Call tools/list for the available tools.")
        }
        let started = ContinuousClock.now
        let outcome = await definition.call(arguments, context: context)
        log(call: name, outcome: outcome, duration: ContinuousClock.now - started, scope: scope)
        return outcome.reply(before: id.resultPrefix, members: scope.resultMembers(cacheable: false), after: [UInt8(ascii: "}")])
    }

    /// Logs a finished call: to stderr and the connection's log level, and to a stateless
    /// request that opted in. The tool, how long it took and whether it succeeded; never its
    /// arguments or output (they are the candidate's data).
    private func log(call name: String, outcome: ToolOutcome, duration: Duration, scope: RequestScope) {
        let milliseconds = String(format: "%.2f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
        let metadata: Logger.Metadata = ["tool": "\(name)", "duration_ms": "\(milliseconds)", "outcome": "\(outcome.isError ? "error" : "ok")"]
        logger.info("tool call", metadata: metadata)
        if let wanted = scope.logLevel, ClientLogSink.allows(.info, minimum: wanted) {
            notify(ClientLogSink.notification(level: .info, logger: logger.label, message: "tool call", metadata: metadata))
        }
    }

    private static let levelNames = LogLevel.allCases.map(\.rawValue).joined(separator: ", ")

    /// `prompts/get`'s arguments: an object of strings.
    private static func promptArguments(_ params: JSONObject) throws(RPCError) -> [String: String] {
        guard let arguments = try params.object("arguments", field: "params.arguments") else { return [:] }
        var strings: [String: String] = [:]
        for (key, value) in arguments.values {
            guard let text = value as? String else { throw .invalidParams("params.arguments.\(key) must be a string (prompt arguments are strings)") }
            strings[key] = text
        }
        return strings
    }

    private func encode(_ value: some Encodable) throws(RPCError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return Array(try encoder.encode(value)) } catch { throw .internalError("could not encode the result: \(error)") }
    }
}
