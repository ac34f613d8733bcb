import Foundation
import InterviewPrep
import MockInterview
import Coaching
import Mail
import MCP
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
    /// Who the changes are recorded as (`mcp`).
    public let actor: EventActor
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
    public var outputSchema: Value
    public var annotations: Tool.Annotations
    public var handler: Handler

    public init(
        name: String, title: String, description: String, parameters: [ToolParameter],
        outputSchema: Value, annotations: Tool.Annotations, handler: @escaping Handler
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.parameters = parameters
        self.outputSchema = outputSchema
        self.annotations = annotations
        self.handler = handler
    }

    /// Annotations for a tool that only reads.
    public static let readOnly = Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)

    /// Annotations for a local write that may be repeated without further effect.
    public static let idempotentWrite = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false)

    /// Annotations for a local write that adds something each time.
    public static let additiveWrite = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)

    /// The tool as `tools/list` shows it.
    public var tool: Tool {
        let required = parameters.filter(\.required).map { Value.string($0.name) }
        var schema: [String: Value] = [
            "type": "object",
            "properties": .object(Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.schema) })),
            "additionalProperties": false,
        ]
        if !required.isEmpty { schema["required"] = .array(required) }
        var annotations = self.annotations
        annotations.title = title
        return Tool(
            name: name, title: title, description: description, inputSchema: .object(schema),
            annotations: annotations, outputSchema: outputSchema)
    }

    /// Runs the tool: every failure becomes an `isError` outcome a model can act on.
    public func call(_ arguments: [String: Value]?, context: ToolContext) async -> ToolOutcome {
        do {
            let checked = try ToolArguments(arguments, parameters: parameters)
            return try ToolOutcome.success(encoding: try await handler(checked, context))
        } catch {
            return ToolOutcome.failure(error)
        }
    }
}
