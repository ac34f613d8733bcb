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
    ///
    /// The root comes by address and each field is read where it lies (`InPlace`): a root
    /// passed by value is copied whole (for an interview, about 300 bytes) into every field's
    /// writer by the thunk between the generic and the specialised closure.
    public let appendJSON: @Sendable (_ root: UnsafePointer<Root>, _ out: inout [UInt8], _ first: inout Bool) -> Bool

    @usableFromInline
    init(
        name: String, kind: Kind, isOptional: Bool, value: @escaping @Sendable (InPlace<Root>) -> (any Encodable & Sendable)?,
        appendJSON: @escaping @Sendable (UnsafePointer<Root>, inout [UInt8], inout Bool) -> Bool
    ) {
        self.name = name
        self.kind = kind
        self.isOptional = isOptional
        self.value = { root in withUnsafePointer(to: root) { value(InPlace($0)) } }
        self.appendJSON = appendJSON
    }

    /// A field that is always present, its value written by `W` after its key.
    @inlinable
    static func field<W: ValueWriter>(_ name: String, _ kind: Kind, _ read: @escaping @Sendable (InPlace<Root>) -> W.Value, as _: W.Type) -> Self {
        let key = JSONWriter.key(name)
        return Self(name: name, kind: kind, isOptional: false, value: { read($0) }) { root, out, first in
            JSONWriter.appendKey(key, to: &out, first: &first)
            W.write(read(InPlace(root)), to: &out)
            return true
        }
    }

    /// A field left out when `read` has no value, else written by `W` after its key.
    @inlinable
    static func field<W: ValueWriter>(_ name: String, _ kind: Kind, ifPresent read: @escaping @Sendable (InPlace<Root>) -> W.Value?, as _: W.Type) -> Self {
        let key = JSONWriter.key(name)
        return Self(name: name, kind: kind, isOptional: true, value: { read($0) }) { root, out, first in
            guard let value = read(InPlace(root)) else { return true }
            JSONWriter.appendKey(key, to: &out, first: &first)
            W.write(value, to: &out)
            return true
        }
    }

    @inlinable
    public static func string(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> String) -> Self {
        field(name, .string, read, as: StringValue.self)
    }

    @inlinable
    public static func string(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> String?) -> Self {
        field(name, .string, ifPresent: read, as: StringValue.self)
    }

    @inlinable
    public static func integer(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> Int) -> Self {
        field(name, .integer, read, as: IntegerValue.self)
    }

    @inlinable
    public static func integer(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> Int?) -> Self {
        field(name, .integer, ifPresent: read, as: IntegerValue.self)
    }

    @inlinable
    public static func boolean(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> Bool) -> Self {
        field(name, .boolean, read, as: BooleanValue.self)
    }

    @inlinable
    public static func identifier<E: RawRepresentable<String> & CaseIterable & Sendable>(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> E) -> Self {
        field(name, .identifier(allowed: E.allCases.map(\.rawValue)), { read($0).rawValue }, as: IdentifierValue.self)
    }

    @inlinable
    public static func identifiers<E: RawRepresentable<String> & CaseIterable & Sendable>(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> [E]) -> Self {
        field(name, .identifiers(allowed: E.allCases.map(\.rawValue)), { read($0).map(\.rawValue) }, as: IdentifiersValue.self)
    }

    @inlinable
    public static func utcTime(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> UTCTime) -> Self {
        field(name, .utcTime, read, as: UTCTimeValue.self)
    }

    @inlinable
    public static func utcTime(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> UTCTime?) -> Self {
        field(name, .utcTime, ifPresent: read, as: UTCTimeValue.self)
    }

    /// An instant already written as ISO 8601 text (`2026-03-09T13:00:00Z`).
    @inlinable
    public static func dateTime(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> String) -> Self {
        field(name, .utcTime, read, as: StringValue.self)
    }

    @inlinable
    public static func dateTime(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> String?) -> Self {
        field(name, .utcTime, ifPresent: read, as: StringValue.self)
    }

    @inlinable
    public static func strings(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> [String]) -> Self {
        field(name, .strings, read, as: StringsValue.self)
    }

    @inlinable
    public static func zonedTime(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> ZonedTime) -> Self {
        field(name, .zonedTime, read, as: ZonedTimeValue.self)
    }

    @inlinable
    public static func objects<T: OutputShape>(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> [T]) -> Self {
        let key = JSONWriter.key(name)
        return Self(name: name, kind: .objects(schema: ["type": "array", "items": T.outputSchema]), isOptional: false,
                    value: { read($0) }) { root, out, first in
            JSONWriter.appendKey(key, to: &out, first: &first)
            return JSONWriter.appendList(read(InPlace(root)), to: &out)
        }
    }

    @inlinable
    public static func boolean(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> Bool?) -> Self {
        field(name, .boolean, ifPresent: read, as: BooleanValue.self)
    }

    @inlinable
    public static func identifier<E: RawRepresentable<String> & CaseIterable & Sendable>(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> E?) -> Self {
        field(name, .identifier(allowed: E.allCases.map(\.rawValue)), ifPresent: { read($0)?.rawValue }, as: IdentifierValue.self)
    }

    /// A string that is always one of `allowed` (a vocabulary kept as text).
    @inlinable
    public static func string(_ name: String, allowed: [String], _ read: @escaping @Sendable (InPlace<Root>) -> String) -> Self {
        field(name, .identifier(allowed: allowed), read, as: StringValue.self)
    }

    /// One nested declared output.
    public static func object<T: OutputShape>(_ name: String, _ read: @escaping @Sendable (InPlace<Root>) -> T) -> Self {
        Self(name: name, kind: .encoded(schema: T.outputSchema), isOptional: false, value: { read($0) }) { _, _, _ in false }
    }

    public static func object<T: OutputShape>(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> T?) -> Self {
        Self(name: name, kind: .encoded(schema: T.outputSchema), isOptional: true, value: { read($0) }) { root, _, _ in read(InPlace(root)) == nil }
    }

    /// A number with a fraction, left out when absent.
    public static func number(_ name: String, ifPresent read: @escaping @Sendable (InPlace<Root>) -> Double?) -> Self {
        Self(name: name, kind: .encoded(schema: ["type": "number"]), isOptional: true, value: { read($0) }) { root, _, _ in read(InPlace(root)) == nil }
    }

    /// Anything else, encoded by `Encodable`, with the schema it has.
    public static func encoded<T: Encodable & Sendable>(_ name: String, schema: JSONValue, _ read: @escaping @Sendable (InPlace<Root>) -> T) -> Self {
        Self(name: name, kind: .encoded(schema: schema), isOptional: false, value: { read($0) }) { _, _, _ in false }
    }

    public static func encoded<T: Encodable & Sendable>(_ name: String, schema: JSONValue, ifPresent read: @escaping @Sendable (InPlace<Root>) -> T?) -> Self {
        Self(name: name, kind: .encoded(schema: schema), isOptional: true, value: { read($0) }) { root, _, _ in
            read(InPlace(root)) == nil
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

/// An output's root as a field's declaration reads it: `$0.company` reads that one property
/// where the root lies (the key path is resolved when the reader is compiled), without copying
/// the whole root first. It points at the root only while one field is read: a reader returns
/// a value, never the `InPlace` itself.
@dynamicMemberLookup
public struct InPlace<Root> {
    @usableFromInline let address: UnsafePointer<Root>

    @inlinable
    init(_ address: UnsafePointer<Root>) { self.address = address }

    @inlinable
    public subscript<Value>(dynamicMember property: KeyPath<Root, Value>) -> Value { address.pointee[keyPath: property] }
}

/// A JSON object key made at run time, from a field's declared name.
struct OutputKey: CodingKey {
    let stringValue: String
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// How one kind of field value is written: a type, so that each field's writer calls it directly.
public protocol ValueWriter: SendableMetatype {
    /// What the field holds.
    associatedtype Value: Encodable & Sendable
    /// Appends `value`'s JSON.
    static func write(_ value: Value, to out: inout [UInt8])
}

/// Text, escaped as RFC 8259 asks.
public enum StringValue: ValueWriter {
    @inlinable public static func write(_ value: String, to out: inout [UInt8]) { JSONWriter.appendString(value, to: &out) }
}

/// A whole number.
public enum IntegerValue: ValueWriter {
    @inlinable public static func write(_ value: Int, to out: inout [UInt8]) { JSONWriter.appendInteger(value, to: &out) }
}

/// `true` or `false`.
public enum BooleanValue: ValueWriter {
    @inlinable public static func write(_ value: Bool, to out: inout [UInt8]) { JSONWriter.appendLiteral(value ? "true" : "false", to: &out) }
}

/// One of our own names (an enum's raw value): quoted without looking for characters to escape.
public enum IdentifierValue: ValueWriter {
    @inlinable public static func write(_ value: String, to out: inout [UInt8]) { JSONWriter.appendIdentifier(value, to: &out) }
}

/// A list of our own names.
public enum IdentifiersValue: ValueWriter {
    @inlinable public static func write(_ value: [String], to out: inout [UInt8]) { JSONWriter.appendIdentifiers(value, to: &out) }
}

/// An instant in UTC, ISO 8601.
public enum UTCTimeValue: ValueWriter {
    @inlinable public static func write(_ value: UTCTime, to out: inout [UInt8]) { JSONWriter.appendUTCTime(value, to: &out) }
}

/// A list of texts.
public enum StringsValue: ValueWriter {
    @inlinable public static func write(_ value: [String], to out: inout [UInt8]) { JSONWriter.appendStrings(value, to: &out) }
}

/// An instant in UTC and in its zone.
public enum ZonedTimeValue: ValueWriter {
    @inlinable public static func write(_ value: ZonedTime, to out: inout [UInt8]) { JSONWriter.appendZonedTime(value, to: &out) }
}
