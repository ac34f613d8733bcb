import Foundation
import InterviewPrep
import MockInterview
import Coaching
import Mail
import MCP
import Postings
import Synchronization

/// What a tool handler gets besides its arguments.
public struct ToolContext: Sendable {
    /// The services every tool calls: interviews, pipelines, reminders and outbox, transfer.
    public let services: Services
    /// Templates, checklists and the SMTP client.
    public let mail: MailService
    /// Question banks, tips, packets.
    public let coaching: CoachingService
    /// Timed mock interviews.
    public let mock: MockInterviews
    /// Job postings imported from their pages.
    public let postings: PostingService
    /// Who the changes are recorded as (`mcp`, `dashboard`).
    public let actor: EventActor

    public init(services: Services, mail: MailService, coaching: CoachingService, mock: MockInterviews, postings: PostingService, actor: EventActor) {
        self.services = services
        self.mail = mail
        self.coaching = coaching
        self.mock = mock
        self.postings = postings
        self.actor = actor
    }
}

extension ToolContext {
    var interviews: InterviewService { services.interviews }
    var pipelines: PipelineService { services.pipelines }
    var reminders: ReminderService { services.reminders }
    var core: ServiceCore { services.core }
}

/// A tool, declared once: its name, description for a model, schemas, honest annotations and
/// the handler that decodes, calls the engine and returns an encodable result.
public struct ToolDefinition: Sendable {
    public typealias Handler = @Sendable (ToolArguments, ToolContext) async throws -> any Encodable & Sendable

    public var name: String
    public var title: String
    public var description: String
    public var parameters: [ToolParameter]
    /// Made when asked for (by `tools/list`, once, and by validation), not kept: a session holds
    /// the list's bytes, not every tool's schema tree.
    private let makeOutputSchema: @Sendable () -> Value
    public var outputSchema: Value { makeOutputSchema() }
    public var annotations: Tool.Annotations
    public var handler: Handler

    public init(
        name: String, title: String, description: String, parameters: [ToolParameter],
        outputSchema: @autoclosure @escaping @Sendable () -> Value, annotations: Tool.Annotations, handler: @escaping Handler
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.parameters = parameters
        self.makeOutputSchema = outputSchema
        self.annotations = annotations
        self.handler = handler
    }

    /// Annotations for a tool that only reads (destructive and idempotent hints mean nothing
    /// for a read, the spec says, so they are left out).
    public static let readOnly = Tool.Annotations(readOnlyHint: true, openWorldHint: false)

    /// Annotations for a local write that may be repeated without further effect.
    public static let idempotentWrite = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false)

    /// Annotations for a local write that adds something each time.
    public static let additiveWrite = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)

    /// The tool as `tools/list` shows it, with the output schema and description the registry
    /// settled on (see `ToolRegistry.tools`).
    func tool(outputSchema: Value?, description: String) -> Tool {
        let required = parameters.filter(\.required).map { Value.string($0.name) }
        // No `additionalProperties: false`: unknown arguments are refused with the allowed names
        // anyway, and strict clients add it when they convert the schema; a model reads every byte.
        var schema: [String: Value] = [
            "type": "object",
            "properties": .object(Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.schema) })),
        ]
        if !required.isEmpty { schema["required"] = .array(required) }
        return Tool(
            name: name, title: title, description: description, inputSchema: .object(schema),
            annotations: Self.listed(annotations), outputSchema: outputSchema)
    }

    /// `annotations` as listed: only the hints that differ from the spec's defaults (read-only
    /// false, destructive true, idempotent false, open-world true), which mean the same to a
    /// client; destructive and idempotent mean nothing for a read-only tool.
    static func listed(_ annotations: Tool.Annotations) -> Tool.Annotations {
        let readOnly = annotations.readOnlyHint == true
        return Tool.Annotations(
            readOnlyHint: readOnly ? true : nil,
            destructiveHint: !readOnly && annotations.destructiveHint == false ? false : nil,
            idempotentHint: !readOnly && annotations.idempotentHint == true ? true : nil,
            openWorldHint: annotations.openWorldHint == false ? false : nil)
    }

    /// Runs the tool: every failure becomes an `isError` outcome a model can act on.
    public func call(_ arguments: [String: Value]?, context: ToolContext) async -> ToolOutcome {
        do {
            return .success(json: try await output(arguments, context: context))
        } catch {
            return .failure(message: "\(error.code): \(error.message)")
        }
    }

    /// Runs the tool and returns its output as JSON (sorted keys), or why it failed: what every
    /// surface calling a tool (MCP, the web API) shares.
    public func output(_ arguments: [String: Value]?, context: ToolContext) async throws(ToolFailure) -> [UInt8] {
        do {
            let checked = try ToolArguments(arguments, parameters: parameters)
            let result = try await handler(checked, context)
            // Interviews also say their start in the candidate's own zone.
            if var zoned = result as? any HomeZoned {
                _ = consume result  // `zoned` is then the only holder of the interviews, which change in place
                zoned.showStarts(in: HomeZone(context.core.resolver.defaultTimeZone))
                return try ToolOutcome.json(encoding: zoned)
            }
            return try ToolOutcome.json(encoding: result)
        } catch {
            throw ToolFailure(error)
        }
    }
}
