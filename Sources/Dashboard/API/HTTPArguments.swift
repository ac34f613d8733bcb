import Foundation
import MCP
import MCPServer

/// A tool's arguments read from an HTTP request: the query string of a GET (each value typed by
/// its parameter's kind) or the JSON object of a body, plus the path's ids.
enum HTTPArguments {
    /// `name=value` pairs of a raw query string, decoded as browsers encode forms (`+` is a space).
    static func pairs(ofQuery query: String) throws(ToolFailure) -> [(name: String, value: String)] {
        try query.split(separator: "&", omittingEmptySubsequences: true).map { (pair) throws(ToolFailure) -> (name: String, value: String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0], field: String(parts[0]))
            let value = parts.count > 1 ? try decode(parts[1], field: name) : ""
            return (name, value)
        }
    }

    private static func decode(_ text: Substring, field: String) throws(ToolFailure) -> String {
        guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw invalid(field, "is not valid percent-encoded UTF-8")
        }
        return decoded
    }

    /// The arguments a query string gives `parameters`: each value typed by its parameter's kind
    /// (lists as repeated names or comma-separated). An empty value means absent.
    static func fromQuery(_ pairs: [(name: String, value: String)], parameters: [ToolParameter]) throws(ToolFailure) -> [String: Value] {
        let byName = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0) })
        var grouped: [String: [String]] = [:]
        for (name, value) in pairs {
            guard byName[name] != nil else {
                throw invalid(name, "is not a parameter of this operation; allowed: \(parameters.map(\.name).sorted().joined(separator: ", "))")
            }
            grouped[name, default: []].append(value)
        }
        var arguments: [String: Value] = [:]
        for (name, values) in grouped {
            let parameter = byName[name]!
            if let value = try typed(values, as: parameter) { arguments[name] = value }
        }
        return arguments
    }

    private static func typed(_ values: [String], as parameter: ToolParameter) throws(ToolFailure) -> Value? {
        let name = parameter.name
        // A list's items: repeated names, each value possibly comma-separated.
        var items: [String] { values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty } }
        switch parameter.kind {
        case .listOf, .strings:
            return .array(items.map(Value.string))
        case .integers:
            return .array(try items.map { (item) throws(ToolFailure) -> Value in
                guard let number = Int(item) else { throw invalid(name, "'\(item)' is not a whole number") }
                return .int(number)
            })
        default:
            guard values.count == 1 else { throw invalid(name, "is given \(values.count) times; give it once") }
        }
        let text = values[0]
        if case .freeText = parameter.kind {} else if text.isEmpty { return nil }
        switch parameter.kind {
        case .integer:
            guard let number = Int(text) else { throw invalid(name, "'\(text)' is not a whole number") }
            return .int(number)
        case .number:
            guard let number = Double(text), number.isFinite else { throw invalid(name, "'\(text)' is not a number") }
            return .double(number)
        case .boolean:
            switch text.lowercased() {
            case "true", "1", "yes", "on": return .bool(true)
            case "false", "0", "no", "off": return .bool(false)
            default: throw invalid(name, "'\(text)' is not true or false")
            }
        default:
            return .string(text)
        }
    }

    /// The arguments a JSON body gives: an object, or nothing at all.
    static func fromBody(_ body: [UInt8]) throws(ToolFailure) -> [String: Value] {
        guard body.contains(where: { !$0.isJSONWhitespace }) else { return [:] }
        do {
            return try JSONDecoder().decode([String: Value].self, from: Data(body))
        } catch {
            throw invalid("body", "must be a JSON object of the operation's parameters")
        }
    }

    static func invalid(_ field: String, _ reason: String) -> ToolFailure {
        ToolFailure(code: "invalid_argument", field: field, message: "\(field): \(reason)")
    }
}

private extension UInt8 {
    var isJSONWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
