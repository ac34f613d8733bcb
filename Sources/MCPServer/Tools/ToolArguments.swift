import Foundation
import MCP

/// A tool call's arguments after validation against its parameters: typed, and known to fit.
public struct ToolArguments: Sendable {
    private let values: [String: Value]

    /// Validates `raw` against `parameters`: no unknown names, every required one present,
    /// each of the right type and range. `null` counts as absent (and so does "" for an optional
    /// one-line string, see `ToolParameter.meansAbsent`).
    init(_ raw: [String: Value]?, parameters: [ToolParameter]) throws(MCPServerError) {
        let known = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0) })
        let raw = (raw ?? [:]).filter { name, value in !(known[name]?.meansAbsent(value) ?? value.isNull) }
        if let unknown = raw.keys.sorted().first(where: { known[$0] == nil }) {
            let allowed = parameters.map(\.name).joined(separator: ", ")
            throw .invalidArguments(field: unknown, reason: "is not an argument of this tool; allowed: \(allowed.isEmpty ? "none" : allowed)")
        }
        var checked: [String: Value] = [:]
        for parameter in parameters {
            guard let value = raw[parameter.name] else {
                if parameter.required { throw .invalidArguments(field: parameter.name, reason: "is required" + (parameter.description.isEmpty ? "" : ": \(parameter.description)")) }
                continue
            }
            checked[parameter.name] = try parameter.validate(value)
        }
        values = checked
    }

    /// The validated arguments decoded into a request type by its `CodingKeys` (absent and null
    /// arguments are missing keys).
    ///
    /// - Throws: `MCPServerError.invalidArguments` naming the field when `T` refuses a value.
    public func decode<T: Decodable>(_ type: T.Type) throws(MCPServerError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: JSONEncoder().encode(values))
        } catch let DecodingError.keyNotFound(key, _) {
            throw .invalidArguments(field: key.stringValue, reason: "is required")
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalidArguments(field: context.codingPath.map(\.stringValue).joined(separator: "."), reason: context.debugDescription)
        } catch {
            throw .invalidArguments(field: "arguments", reason: "\(error)")
        }
    }

    public func string(_ name: String) -> String? { values[name]?.stringValue }

    /// Whether the argument was given (not absent, not null).
    public func has(_ name: String) -> Bool { values[name] != nil }

    public func int(_ name: String) -> Int? { values[name]?.intValue }

    /// A `.number` parameter (integers arrive as whole numbers).
    public func double(_ name: String) -> Double? { values[name]?.doubleValue ?? values[name]?.intValue.map(Double.init) }

    public func bool(_ name: String) -> Bool? { values[name]?.boolValue }

    public func strings(_ name: String) -> [String] { values[name]?.arrayValue?.compactMap(\.stringValue) ?? [] }

    /// An `.integers` parameter, `nil` when absent.
    public func integers(_ name: String) -> [Int]? { values[name]?.arrayValue?.compactMap(\.intValue) }

    /// A required string (validation already guaranteed it is there).
    public func requiredString(_ name: String) -> String { string(name) ?? "" }

    /// An enum value from a `.oneOf` parameter.
    public func value<E: RawRepresentable>(_ name: String, as type: E.Type) -> E? where E.RawValue == String {
        string(name).flatMap(E.init(rawValue:))
    }

    /// Enum values from a `.listOf` parameter.
    public func values<E: RawRepresentable>(_ name: String, as type: E.Type) -> [E] where E.RawValue == String {
        strings(name).compactMap(E.init(rawValue:))
    }
}
