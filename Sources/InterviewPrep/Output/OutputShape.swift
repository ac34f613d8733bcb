import Foundation

/// An output type whose JSON is declared once, field by field: its `Encodable` conformance, its
/// JSON Schema (`outputSchema`) and the MCP layer's byte writer are all derived from
/// `outputFields`, so they cannot drift apart.
public protocol OutputShape: Encodable, Sendable {
    /// Every field, in the byte order of their names (the order `JSONEncoder` sorts keys in).
    static var outputFields: [OutputField<Self>] { get }

    /// Appends this output's JSON and returns true, or appends nothing and returns false (see
    /// `JSONWriter.append`). A requirement, so that a caller holding `any OutputShape` reaches
    /// the writer specialised for the concrete type.
    func appendJSON(to out: inout [UInt8]) -> Bool
}

extension OutputShape {
    @inlinable
    public func appendJSON(to out: inout [UInt8]) -> Bool { JSONWriter.append(self, to: &out) }
}

/// One field of an output: its JSON name, its kind (which gives its schema) and how to read it.
public struct OutputField<Root>: Sendable {
    /// What a field holds.
    public enum Kind: Sendable {
        case string
        case integer
        case boolean
        /// The raw value of one of our enums, one of `allowed`.
        case identifier(allowed: [String])
        /// A list of raw values, each one of `allowed`.
        case identifiers(allowed: [String])
        /// An instant in UTC (`UTCTime`, or its text).
        case utcTime
        /// An instant in UTC and in a zone (`ZonedTime`).
        case zonedTime
        /// A list of strings.
        case strings
        /// A list of declared outputs, each with `schema`.
        case objects(schema: JSONValue)
        /// Anything else, encoded by `Encodable`, with its own schema.
        case encoded(schema: JSONValue)
    }

    public let name: String
    public let kind: Kind
    /// Whether the field may be left out.
    public let isOptional: Bool
    /// The field's value in `root`, for `Encodable`; nil for an absent optional one.
    public let value: @Sendable (Root) -> (any Encodable & Sendable)?
    /// Appends `,"name":value` (no comma for the first field written, nothing for an absent
    /// optional one) for `JSONWriter`; false when the value is left to `Encodable`. Made from the
    /// same `read` as `value`, with the writing specialised for the field's kind.
    public let appendJSON: @Sendable (_ root: Root, _ out: inout [UInt8], _ first: inout Bool) -> Bool

    @usableFromInline
    init(
        name: String, kind: Kind, isOptional: Bool, value: @escaping @Sendable (Root) -> (any Encodable & Sendable)?,
        appendJSON: @escaping @Sendable (Root, inout [UInt8], inout Bool) -> Bool
    ) {
        self.name = name
        self.kind = kind
        self.isOptional = isOptional
        self.value = value
        self.appendJSON = appendJSON
    }

    /// A field whose JSON `write` appends after its key, when `read` has a value.
    @inlinable
    static func field<T: Encodable & Sendable>(
        _ name: String, _ kind: Kind, optional: Bool, _ read: @escaping @Sendable (Root) -> T?,
        write: @escaping @Sendable (T, inout [UInt8]) -> Void
    ) -> Self {
        let key = JSONWriter.key(name)
        return Self(name: name, kind: kind, isOptional: optional, value: { read($0) }) { root, out, first in
            guard let field = read(root) else { return true }
            JSONWriter.appendKey(key, to: &out, first: &first)
            write(field, &out)
            return true
        }
    }

    @inlinable
    public static func string(_ name: String, _ read: @escaping @Sendable (Root) -> String) -> Self {
        field(name, .string, optional: false, read, write: JSONWriter.appendString)
    }

    @inlinable
    public static func string(_ name: String, ifPresent read: @escaping @Sendable (Root) -> String?) -> Self {
        field(name, .string, optional: true, read, write: JSONWriter.appendString)
    }

    @inlinable
    public static func integer(_ name: String, _ read: @escaping @Sendable (Root) -> Int) -> Self {
        field(name, .integer, optional: false, read, write: JSONWriter.appendInteger)
    }

    @inlinable
    public static func integer(_ name: String, ifPresent read: @escaping @Sendable (Root) -> Int?) -> Self {
        field(name, .integer, optional: true, read, write: JSONWriter.appendInteger)
    }

    @inlinable
    public static func boolean(_ name: String, _ read: @escaping @Sendable (Root) -> Bool) -> Self {
        field(name, .boolean, optional: false, read) { flag, out in out.append(contentsOf: (flag ? "true" : "false").utf8) }
    }

    @inlinable
    public static func identifier<E: RawRepresentable<String> & CaseIterable & Sendable>(_ name: String, _ read: @escaping @Sendable (Root) -> E) -> Self {
        field(name, .identifier(allowed: E.allCases.map(\.rawValue)), optional: false, { read($0).rawValue }, write: JSONWriter.appendIdentifier)
    }

    @inlinable
    public static func identifiers<E: RawRepresentable<String> & CaseIterable & Sendable>(_ name: String, _ read: @escaping @Sendable (Root) -> [E]) -> Self {
        field(name, .identifiers(allowed: E.allCases.map(\.rawValue)), optional: false, { read($0).map(\.rawValue) }, write: JSONWriter.appendIdentifiers)
    }

    @inlinable
    public static func utcTime(_ name: String, _ read: @escaping @Sendable (Root) -> UTCTime) -> Self {
        field(name, .utcTime, optional: false, read, write: JSONWriter.appendUTCTime)
    }

    @inlinable
    public static func utcTime(_ name: String, ifPresent read: @escaping @Sendable (Root) -> UTCTime?) -> Self {
        field(name, .utcTime, optional: true, read, write: JSONWriter.appendUTCTime)
    }

    /// An instant already written as ISO 8601 text (`2026-03-09T13:00:00Z`).
    @inlinable
    public static func dateTime(_ name: String, _ read: @escaping @Sendable (Root) -> String) -> Self {
        field(name, .utcTime, optional: false, read, write: JSONWriter.appendString)
    }

    @inlinable
    public static func dateTime(_ name: String, ifPresent read: @escaping @Sendable (Root) -> String?) -> Self {
        field(name, .utcTime, optional: true, read, write: JSONWriter.appendString)
    }

    @inlinable
    public static func strings(_ name: String, _ read: @escaping @Sendable (Root) -> [String]) -> Self {
        field(name, .strings, optional: false, read, write: JSONWriter.appendStrings)
    }

    @inlinable
    public static func zonedTime(_ name: String, _ read: @escaping @Sendable (Root) -> ZonedTime) -> Self {
        field(name, .zonedTime, optional: false, read, write: JSONWriter.appendZonedTime)
    }

    @inlinable
    public static func objects<T: OutputShape>(_ name: String, _ read: @escaping @Sendable (Root) -> [T]) -> Self {
        let key = JSONWriter.key(name)
        return Self(name: name, kind: .objects(schema: ["type": "array", "items": T.outputSchema]), isOptional: false,
                    value: { read($0) }) { root, out, first in
            JSONWriter.appendKey(key, to: &out, first: &first)
            return JSONWriter.appendList(read(root), to: &out)
        }
    }

    @inlinable
    public static func boolean(_ name: String, ifPresent read: @escaping @Sendable (Root) -> Bool?) -> Self {
        field(name, .boolean, optional: true, read) { flag, out in out.append(contentsOf: (flag ? "true" : "false").utf8) }
    }

    @inlinable
    public static func identifier<E: RawRepresentable<String> & CaseIterable & Sendable>(_ name: String, ifPresent read: @escaping @Sendable (Root) -> E?) -> Self {
        field(name, .identifier(allowed: E.allCases.map(\.rawValue)), optional: true, { read($0)?.rawValue }, write: JSONWriter.appendIdentifier)
    }

    /// A string that is always one of `allowed` (a vocabulary kept as text).
    @inlinable
    public static func string(_ name: String, allowed: [String], _ read: @escaping @Sendable (Root) -> String) -> Self {
        field(name, .identifier(allowed: allowed), optional: false, read, write: JSONWriter.appendString)
    }

    /// One nested declared output.
    public static func object<T: OutputShape>(_ name: String, _ read: @escaping @Sendable (Root) -> T) -> Self {
        Self(name: name, kind: .encoded(schema: T.outputSchema), isOptional: false, value: { read($0) }) { _, _, _ in false }
    }

    public static func object<T: OutputShape>(_ name: String, ifPresent read: @escaping @Sendable (Root) -> T?) -> Self {
        Self(name: name, kind: .encoded(schema: T.outputSchema), isOptional: true, value: { read($0) }) { root, _, _ in read(root) == nil }
    }

    /// A number with a fraction, left out when absent.
    public static func number(_ name: String, ifPresent read: @escaping @Sendable (Root) -> Double?) -> Self {
        Self(name: name, kind: .encoded(schema: ["type": "number"]), isOptional: true, value: { read($0) }) { root, _, _ in read(root) == nil }
    }

    /// Anything else, encoded by `Encodable`, with the schema it has.
    public static func encoded<T: Encodable & Sendable>(_ name: String, schema: JSONValue, _ read: @escaping @Sendable (Root) -> T) -> Self {
        Self(name: name, kind: .encoded(schema: schema), isOptional: false, value: { read($0) }) { _, _, _ in false }
    }

    public static func encoded<T: Encodable & Sendable>(_ name: String, schema: JSONValue, ifPresent read: @escaping @Sendable (Root) -> T?) -> Self {
        Self(name: name, kind: .encoded(schema: schema), isOptional: true, value: { read($0) }) { root, _, _ in
            read(root) == nil
        }
    }
}

extension OutputShape {
    /// Encodes the declared fields, leaving out absent optional ones.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: OutputKey.self)
        for field in Self.outputFields {
            let key = OutputKey(field.name)
            if let value = field.value(self) { try container.encode(value, forKey: key) }
        }
    }

    /// The JSON Schema of this output (2020-12): every declared field, required unless optional,
    /// nothing else.
    public static var outputSchema: JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in outputFields { properties[field.name] = field.kind.schema }
        return .object([
            "type": "object", "properties": .object(properties), "additionalProperties": false,
            "required": .array(outputFields.filter { !$0.isOptional }.map { .string($0.name) }),
        ])
    }
}

extension OutputField.Kind {
    /// The field's JSON Schema.
    public var schema: JSONValue {
        switch self {
        case .string: ["type": "string"]
        case .integer: ["type": "integer"]
        case .boolean: ["type": "boolean"]
        case .identifier(let allowed): ["type": "string", "enum": .array(allowed.map(JSONValue.string))]
        case .identifiers(let allowed): ["type": "array", "items": ["type": "string", "enum": .array(allowed.map(JSONValue.string))]]
        case .strings: ["type": "array", "items": ["type": "string"]]
        case .utcTime: ["type": "string", "format": "date-time"]
        case .zonedTime: ZonedTime.schema
        case .objects(let schema), .encoded(let schema): schema
        }
    }
}

extension ZonedTime {
    /// `ZonedTime`'s JSON Schema: the instant in UTC and in its zone.
    public static let schema: JSONValue = [
        "type": "object", "additionalProperties": false, "required": ["abbreviation", "local", "timezone", "utc"],
        "properties": [
            "abbreviation": ["type": "string"], "local": ["type": "string", "format": "date-time"],
            "timezone": ["type": "string"], "utc": ["type": "string", "format": "date-time"],
        ],
    ]
}

/// A JSON object key made at run time, from a field's declared name.
struct OutputKey: CodingKey {
    let stringValue: String
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
