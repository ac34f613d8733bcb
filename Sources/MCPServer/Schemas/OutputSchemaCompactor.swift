import Foundation
import MCP

/// Makes an output schema as small as its meaning allows, for `tools/list`.
///
/// - `additionalProperties: false` goes: it says nothing about any field, and the server never
///   sends a member it does not declare (the byte writers are generated from the same declarations).
///   So do empty `properties` and `required`.
/// - A subschema used more than once in the same schema (a zoned time for start, end and each
///   reminder's due; a status enum in two places) is written once under `$defs` and referenced.
///   MCP gives each tool its own schema document, so `$defs` cannot be shared between tools; tools
///   that return the very same shape point to one tool instead (see `ToolRegistry`).
enum OutputSchemaCompactor {
    /// Subschemas shorter than this stay inline: a `$ref` costs about 25 characters.
    static let minimumSharedLength = 60

    static func compact(_ schema: Value) -> Value {
        let stripped = withoutClosedObjects(schema)
        var counts: [Value: Int] = [:]
        countSubschemas(stripped, isRoot: true, into: &counts)
        let shared = Set(counts.filter { $0.value > 1 && length($0.key) >= minimumSharedLength }.keys)
        guard !shared.isEmpty else { return stripped }
        var names: [Value: String] = [:]
        var definitions: [String: Value] = [:]
        var compacted = replace(stripped, key: nil, isRoot: true, shared: shared, names: &names, definitions: &definitions)
        if case .object(var root) = compacted {
            root["$defs"] = .object(definitions)
            compacted = .object(root)
        }
        return compacted
    }

    private static func withoutClosedObjects(_ schema: Value) -> Value {
        switch schema {
        case .object(let members):
            var kept: [String: Value] = [:]
            for (key, value) in members where !(key == "additionalProperties" && value == .bool(false))
                && !(key == "properties" && value == .object([:])) && !(key == "required" && value == .array([])) {
                kept[key] = withoutClosedObjects(value)
            }
            return .object(kept)
        case .array(let items):
            return .array(items.map(withoutClosedObjects))
        default:
            return schema
        }
    }

    /// Counts each subschema found under `properties`, `items` and `additionalProperties`.
    private static func countSubschemas(_ schema: Value, isRoot: Bool, into counts: inout [Value: Int]) {
        guard case .object(let members) = schema else { return }
        if !isRoot { counts[schema, default: 0] += 1 }
        for child in children(of: members) { countSubschemas(child.value, isRoot: false, into: &counts) }
    }

    private static func replace(_ schema: Value, key: String?, isRoot: Bool, shared: Set<Value>, names: inout [Value: String], definitions: inout [String: Value]) -> Value {
        guard case .object(var members) = schema else { return schema }
        if !isRoot, shared.contains(schema) {
            let name: String
            if let known = names[schema] {
                name = known
            } else {
                name = uniqueName(for: knownNames[schema] ?? key ?? "shared", taken: definitions)
                names[schema] = name
                definitions[name] = replace(schema, key: key, isRoot: true, shared: shared, names: &names, definitions: &definitions)
            }
            return ["$ref": .string("#/$defs/\(name)")]
        }
        if case .object(let properties)? = members["properties"] {
            var replaced: [String: Value] = [:]
            for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
                replaced[name] = replace(property, key: name, isRoot: false, shared: shared, names: &names, definitions: &definitions)
            }
            members["properties"] = .object(replaced)
        }
        for member in ["items", "additionalProperties"] {
            if let child = members[member], case .object = child {
                members[member] = replace(child, key: key.map { $0 + "_item" }, isRoot: false, shared: shared, names: &names, definitions: &definitions)
            }
        }
        return .object(members)
    }

    /// Names for the shapes shared across the server's outputs, so a `$ref` says what it points to
    /// (others are named after the first property that holds them).
    private static let knownNames: [Value: String] = [
        withoutClosedObjects(Schema.zonedTime): "zoned_time", withoutClosedObjects(Schema.reminder): "reminder",
        withoutClosedObjects(Schema.interview): "interview", Schema.interviewStatus: "interview_status",
        Schema.interviewType: "interview_type", Schema.roleFamily: "role_family",
        .array([Schema.interviewStatus]): "interview_statuses",
    ]

    private static func children(of members: [String: Value]) -> [(key: String, value: Value)] {
        var found: [(String, Value)] = []
        if case .object(let properties)? = members["properties"] { found += properties.map { ($0.key, $0.value) } }
        for member in ["items", "additionalProperties"] {
            if let child = members[member], case .object = child { found.append((member, child)) }
        }
        return found
    }

    private static func uniqueName(for key: String, taken: [String: Value]) -> String {
        var name = key
        var suffix = 2
        while taken[name] != nil {
            name = "\(key)_\(suffix)"
            suffix += 1
        }
        return name
    }

    private static func length(_ schema: Value) -> Int {
        let encoder = JSONEncoder()
        return (try? encoder.encode(schema).count) ?? 0
    }
}
