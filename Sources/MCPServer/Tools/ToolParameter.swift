import InterviewPrep
import MCP

/// One argument of a tool: the single source of both its JSON Schema and its validation.
public struct ToolParameter: Sendable {
    /// The JSON type and constraints of a parameter.
    public enum Kind: Sendable {
        /// A string of at most `maxLength` characters; `format` is a JSON Schema format hint.
        case string(maxLength: Int, format: String? = nil)
        /// Multi-line free text kept exactly as sent, up to `FreeText.maxBytes` (the engine checks
        /// the size and says the limit, the same on every surface).
        case freeText
        /// An integer within `range`: the service's own bound (`Bounds`), shown in the schema and
        /// checked by the service, once, with the message every surface gives.
        case integer(ClosedRange<Int>)
        /// A number (fractions allowed) within `range` (checked by the service, like `integer`).
        case number(ClosedRange<Double>)
        case boolean
        /// One of `values`.
        case oneOf([String])
        /// A list of distinct values, each one of `values`.
        case listOf([String])
        /// A list of at most 10 integers, each within `range` (checked by the service).
        case integers(ClosedRange<Int>)
        /// A list of free strings, each at most `maxLength` characters.
        case strings(maxLength: Int, maxItems: Int)
    }

    public var name: String
    public var kind: Kind
    public var description: String
    public var required: Bool
    /// The default the tool applies when the argument is absent (documented in the schema).
    public var defaultValue: Value?

    public init(_ name: String, _ kind: Kind, required: Bool = false, default defaultValue: Value? = nil, _ description: String) {
        self.name = name
        self.kind = kind
        self.description = description
        self.required = required
        self.defaultValue = defaultValue
    }

    /// The parameter's JSON Schema.
    public var schema: Value {
        var schema: [String: Value] = description.isEmpty ? [:] : ["description": .string(description)]
        switch kind {
        // Length limits are the services' to check and say (with the limit in the message); they
        // are left out of the schema, which a model reads for every call.
        case .string(_, let format):
            schema["type"] = "string"
            if let format { schema["format"] = .string(format) }
        case .freeText:
            schema["type"] = "string"
        case .integer(let range):
            schema["type"] = "integer"
            schema["minimum"] = .int(range.lowerBound)
            schema["maximum"] = .int(range.upperBound)
        case .number(let range):
            schema["type"] = "number"
            schema["minimum"] = .double(range.lowerBound)
            schema["maximum"] = .double(range.upperBound)
        case .boolean:
            schema["type"] = "boolean"
        case .oneOf(let values):
            schema["type"] = "string"
            schema["enum"] = .array(values.map(Value.string))
        case .listOf(let values):
            schema["type"] = "array"
            schema["items"] = ["type": "string", "enum": .array(values.map(Value.string))]
            schema["uniqueItems"] = true
        case .integers(let range):
            schema["type"] = "array"
            schema["items"] = ["type": "integer", "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)]
            schema["maxItems"] = 10
        case .strings(let maxLength, let maxItems):
            schema["type"] = "array"
            schema["items"] = ["type": "string", "maxLength": .int(maxLength)]
            schema["maxItems"] = .int(maxItems)
        }
        if let defaultValue { schema["default"] = defaultValue }
        if !required {
            // Optional means nullable: strict schema conversions (OpenAI's, pydantic-ai's) make every
            // property required, and a model then sends null for "absent", which is what it means here.
            schema["type"] = .array([schema["type"]!, "null"])
            if case .array(let values)? = schema["enum"] { schema["enum"] = .array(values + [.null]) }
        }
        return .object(schema)
    }

    /// Whether `value` stands for "absent": null always; an empty string too for an optional
    /// one-line string or choice (a strictly converted schema makes a model send "" for an id it
    /// does not have). Free text keeps "" as the text it is.
    func meansAbsent(_ value: Value) -> Bool {
        if value.isNull { return true }
        guard !required, value.stringValue == "" else { return false }
        switch kind {
        case .string, .oneOf: return true
        default: return false
        }
    }

    /// Checks `value` against the kind, naming this parameter and what is allowed on failure.
    func validate(_ value: Value) throws(MCPServerError) -> Value {
        func fail(_ reason: String) -> MCPServerError { .invalidArguments(field: name, reason: reason) }
        switch (kind, value) {
        case (_, .data(let mimeType, let data)):
            // Text is text: a string the SDK's `Value` took for a data URL is given back as the string.
            return try validate(.string("data:\(mimeType ?? "");base64,\(data.base64EncodedString())"))
        case (.freeText, .string):
            break
        case (.string(let maxLength, _), .string(let text)):
            guard text.count <= maxLength else { throw fail("is \(text.count) characters long; at most \(maxLength) are allowed") }
        case (.integer, .int):
            break
        case (.integer, .double(let number)):
            // JSON has one number type: accept 2.0 as 2, refuse 2.5.
            guard number.rounded() == number, let whole = Int(exactly: number) else { throw fail("must be a whole number, got \(number)") }
            return try validate(.int(whole))
        case (.number, .int(let number)):
            return try validate(.double(Double(number)))
        case (.number, .double):
            break
        case (.boolean, .bool):
            break
        case (.oneOf(let values), .string(let text)):
            guard values.contains(text) else { throw fail("'\(text)' is not allowed; allowed: \(values.joined(separator: ", "))") }
        case (.integers, .array(let items)):
            for item in items {
                guard item.intValue ?? item.doubleValue.flatMap({ Int(exactly: $0) }) != nil else {
                    throw fail("'\(item)' is not allowed; each value must be a whole number")
                }
            }
            return .array(items.map { .int($0.intValue ?? Int($0.doubleValue!)) })
        case (.strings(let maxLength, let maxItems), .array(let items)):
            guard items.count <= maxItems else { throw fail("has \(items.count) values; at most \(maxItems) are allowed") }
            for (index, item) in items.enumerated() {
                guard let text = item.stringValue else { throw fail("item \(index + 1) must be a string, got \(Self.typeName(of: item))") }
                guard text.count <= maxLength else { throw fail("item \(index + 1) is \(text.count) characters long; at most \(maxLength) are allowed") }
            }
        case (.listOf, .string):
            // A single value is accepted where a list is expected.
            return try validate(.array([value]))
        case (.listOf(let values), .array(let items)):
            for item in items {
                guard let text = item.stringValue, values.contains(text) else {
                    throw fail("'\(item)' is not allowed; allowed: \(values.joined(separator: ", "))")
                }
            }
        default:
            throw fail("must be \(expectedType), got \(Self.typeName(of: value))")
        }
        return value
    }

    private var expectedType: String {
        switch kind {
        case .string, .freeText: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "true or false"
        case .oneOf(let values): "one of \(values.joined(separator: ", "))"
        case .listOf(let values): "a list of \(values.joined(separator: ", "))"
        case .integers(let range): "a list of whole numbers from \(range.lowerBound) to \(range.upperBound)"
        case .strings: "a list of strings"
        }
    }

    static func typeName(of value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string, .data: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
