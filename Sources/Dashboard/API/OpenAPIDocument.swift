import Foundation
import InterviewPrep
import MCP
import MCPServer

/// The API described as OpenAPI 3.1, made from the routes and the tools' own schemas, so the
/// document cannot drift from what the server checks and returns. `docs/openapi.json` is this
/// document (a test keeps them equal); the server serves it at `/api/openapi.json`.
struct OpenAPIDocument {
    let endpoints: [APIEndpoint]
    let registry: ToolRegistry

    /// The document as pretty-printed JSON with sorted keys.
    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try! encoder.encode(document)) + [0x0A]
    }

    var document: Value {
        // Each output shape once, under the name of the first operation returning it; the
        // shapes' own definitions (`$defs`) join the components, so their references resolve.
        // Each tool's schema is made when asked for: asked once here.
        let outputs = endpoints.map { registry.outputSchema(of: $0.definition.name) ?? ["type": "object"] }
        var shapes: [Value: String] = [:]
        var schemas: [String: Value] = ["Problem": Self.problemSchema]
        for (endpoint, schema) in zip(endpoints, outputs) {
            guard shapes[schema] == nil else { continue }
            let owner = endpoint.definition.name
            shapes[schema] = owner
            guard case .object(var members) = schema, case .object(let definitions)? = members.removeValue(forKey: "$defs") else {
                schemas[owner] = schema
                continue
            }
            let names = Dictionary(uniqueKeysWithValues: definitions.keys.map { ($0, "\(owner).\($0)") })
            schemas[owner] = Self.referencing(.object(members), names: names)
            for (name, definition) in definitions {
                schemas[names[name]!] = Self.referencing(definition, names: names)
            }
        }
        var paths: [String: [String: Value]] = [:]
        for (endpoint, schema) in zip(endpoints, outputs) {
            let reference: Value = ["$ref": .string("#/components/schemas/" + shapes[schema]!)]
            paths[endpoint.route.path, default: [:]][endpoint.route.method.rawValue.lowercased()] = operation(endpoint, output: reference)
        }
        paths["/calendar.ics"] = ["get": calendarOperation]
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "interview-prep dashboard API",
                "version": .string(Version.current),
                "description": .string(Self.description),
            ],
            "security": [["bearer": []], ["session": []]],
            "paths": .object(paths.mapValues(Value.object)),
            "components": [
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer", "description": "The token `interview-prep dashboard` printed."],
                    "session": ["type": "apiKey", "in": "cookie", "name": "interview_prep_session",
                                "description": "Set by opening the printed address; a change sent with it also needs this server's Origin."],
                ],
                "schemas": .object(schemas),
            ],
        ]
    }

    static let description = """
        The candidate's interviews, jobs, preparation and mock interviews, over the same tools as \
        the MCP server: every operation calls the tool named by its operationId, with the same \
        rules, codes and messages. Errors are application/problem+json (RFC 9457). \
        GET /api/events streams server-sent events when anything changes.
        """

    /// `schema` with its `#/$defs/<name>` references pointed at the components named in `names`.
    private static func referencing(_ schema: Value, names: [String: String]) -> Value {
        switch schema {
        case .object(let members):
            var result: [String: Value] = [:]
            for (key, value) in members {
                if key == "$ref", case .string(let target) = value, target.hasPrefix("#/$defs/"),
                   let name = names[String(target.dropFirst("#/$defs/".count))] {
                    result[key] = .string("#/components/schemas/" + name)
                } else {
                    result[key] = referencing(value, names: names)
                }
            }
            return .object(result)
        case .array(let items):
            return .array(items.map { referencing($0, names: names) })
        default:
            return schema
        }
    }

    /// A parameter's schema with the length limit the tool checks (MCP leaves it out to save a
    /// model's reading; a client of the API should know it).
    private static func schema(of parameter: ToolParameter) -> Value {
        guard case .string(let maxLength, _) = parameter.kind, case .object(var schema) = parameter.schema else { return parameter.schema }
        schema["maxLength"] = .int(maxLength)
        return .object(schema)
    }

    private func operation(_ endpoint: APIEndpoint, output: Value) -> Value {
        let definition = endpoint.definition
        var parameters: [Value] = endpoint.variables.map { variable in
            let tool = endpoint.route.parameter(for: variable)
            let described = definition.parameters.first { $0.name == tool }?.description ?? ""
            return [
                "name": .string(variable), "in": "path", "required": true,
                "description": .string(variable == "id" ? "The \(tool)\(described.isEmpty ? "" : ", " + described)" : described),
                "schema": ["type": "string", "minLength": 1, "maxLength": 40],
            ]
        }
        var operation: [String: Value] = [
            "operationId": .string(definition.name),
            "summary": .string(definition.title),
            "description": .string(definition.description),
            "tags": [.string(endpoint.route.tag)],
        ]
        if endpoint.route.method == .get {
            parameters += endpoint.parameters.map { parameter in
                var entry: [String: Value] = [
                    "name": .string(parameter.name), "in": "query", "required": .bool(parameter.required),
                    "schema": Self.querySchema(parameter),
                ]
                if !parameter.description.isEmpty { entry["description"] = .string(parameter.description) }
                return .object(entry)
            }
        } else {
            let body = endpoint.parameters
            var schema: [String: Value] = [
                "type": "object",
                "properties": .object(Dictionary(uniqueKeysWithValues: body.map { ($0.name, Self.schema(of: $0)) })),
                "additionalProperties": false,
            ]
            let required = body.filter(\.required).map { Value.string($0.name) }
            if !required.isEmpty { schema["required"] = .array(required) }
            operation["requestBody"] = [
                "required": .bool(!required.isEmpty),
                "content": ["application/json": ["schema": .object(schema)]],
            ]
        }
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        var responses: [String: Value] = [
            "200": ["description": .string(definition.title), "content": ["application/json": ["schema": output]]],
        ]
        for (status, meaning) in Self.errorStatuses(for: endpoint.route.method) {
            responses[status] = Self.problemResponse(meaning)
        }
        operation["responses"] = .object(responses)
        return .object(operation)
    }

    /// A query parameter's schema: the tool's, without `null` (a query cannot send one; an empty
    /// value means absent) and with lists sent as repeated names.
    private static func querySchema(_ parameter: ToolParameter) -> Value {
        guard case .object(var schema) = Self.schema(of: parameter) else { return parameter.schema }
        schema["description"] = nil
        if case .array(let types)? = schema["type"] {
            let kept = types.filter { $0 != "null" }
            schema["type"] = kept.count == 1 ? kept[0] : .array(kept)
        }
        if case .array(let values)? = schema["enum"] { schema["enum"] = .array(values.filter { !$0.isNull }) }
        return .object(schema)
    }

    private static func errorStatuses(for method: APIRoute.Method) -> [(String, String)] {
        var statuses = [
            ("400", "Bad input: the field at fault and what is allowed."),
            ("401", "No session cookie or bearer token."),
            ("404", "No such record (or path)."),
            ("409", "The record's state does not allow this."),
            ("421", "The Host header does not name this server."),
            ("500", "The server failed."),
        ]
        if method.changesState {
            statuses += [
                ("403", "Sent with the session cookie from another origin."),
                ("413", "The body is larger than the server accepts."),
                ("502", "An email could not be delivered."),
            ]
        }
        return statuses
    }

    private static func problemResponse(_ description: String) -> Value {
        ["description": .string(description), "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]]]
    }

    static let problemSchema: Value = [
        "type": "object",
        "required": ["type", "title", "status", "detail", "code"],
        "properties": [
            "type": ["type": "string", "description": "urn:interview-prep:problem:<code>"],
            "title": ["type": "string"],
            "status": ["type": "integer"],
            "detail": ["type": "string", "description": "The same message as the MCP tool's error."],
            "code": ["type": "string", "description": "not_found, invalid_argument, illegal_transition…"],
            "field": ["type": "string", "description": "The field at fault."],
        ],
    ]

    private var calendarOperation: Value {
        [
            "operationId": "calendar_feed",
            "summary": "Calendar feed",
            "description": "Every interview from today as iCalendar, for a calendar app to subscribe to: the same as `calendar export`.",
            "tags": ["interviews"],
            "responses": [
                "200": ["description": "An iCalendar feed.", "content": ["text/calendar": ["schema": ["type": "string"]]]],
                "401": Self.problemResponse("No session cookie or bearer token."),
                "421": Self.problemResponse("The Host header does not name this server."),
                "500": Self.problemResponse("The server failed."),
            ],
        ]
    }
}
