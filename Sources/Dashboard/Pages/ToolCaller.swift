import Foundation
import MCP
import MCPServer

/// Calls a tool for a page and hands its output over as plain values templates can read:
/// the same tools, arguments and outputs as the API, so a page shows what the API returns.
struct ToolCaller: Sendable {
    let registry: ToolRegistry
    let tools: ToolContext

    /// The tool's output as `[String: Any]` (strings, `Int`, `Double`, `Bool`, arrays, objects;
    /// nulls left out).
    func call(_ name: String, _ arguments: [String: Value] = [:]) async throws(ToolFailure) -> [String: Any] {
        guard let definition = registry.definition(named: name) else {
            throw ToolFailure(code: "internal_error", field: nil, message: "no tool \(name)")
        }
        let json = try await definition.output(arguments, context: tools)
        guard let value = try? Value(json: Data(json)), case .object = value else {
            throw ToolFailure(code: "internal_error", field: nil, message: "\(name) returned no object")
        }
        return Self.plain(value) as? [String: Any] ?? [:]
    }

    /// `value` as Foundation-free plain values.
    static func plain(_ value: Value) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let flag): return flag
        case .int(let number): return number
        case .double(let number): return number
        case .string(let text): return text
        case .data(_, let data): return data.base64EncodedString()
        case .array(let items): return items.filter { !$0.isNull }.map(plain)
        case .object(let members): return members.filter { !$0.value.isNull }.mapValues(plain)
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The member `key` as `T`, if it is one.
    subscript<T>(_ key: String, as type: T.Type) -> T? { self[key] as? T }
    /// The member `key` as a list of objects (empty when absent).
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    /// The member `key` as text (empty when absent).
    func text(_ key: String) -> String { self[key] as? String ?? "" }
    /// The member `key` as a number, whole or not: JSON writes 1.0 as `1`, which reads back as an `Int`.
    func number(_ key: String) -> Double? { self[key] as? Double ?? (self[key] as? Int).map(Double.init) }
}

/// Words for a page from an API value: `phone_screen` → "Phone screen".
enum Words {
    static func label(_ value: String) -> String {
        let spaced = value.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// A select's options: each value with its label, `selected` the one equal to `selected`.
    static func options(_ values: some Sequence<String>, selected: String? = nil) -> [[String: Any]] {
        values.map { ["value": $0, "label": label($0), "selected": $0 == selected] }
    }
}
