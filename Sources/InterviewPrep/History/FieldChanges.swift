/// The fields an edit changed, and the event payload that keeps each one's old and new value
/// (what `undo` puts back).
enum FieldChanges {
    /// The names of the fields whose values differ, sorted; an edit that changes nothing is refused.
    static func changed(_ before: [String: JSONValue], _ after: [String: JSONValue]) throws(InterviewPrepError) -> [String] {
        let changed = before.keys.sorted().filter { before[$0] != after[$0] }
        guard !changed.isEmpty else {
            throw .invalidArgument(field: "fields", reason: "nothing would change: give at least one field with a new value")
        }
        return changed
    }

    /// `{"changes": {field: {"from": …, "to": …}}}`, with `undoes` when the edit reverses event `undoing`.
    static func payload(_ changed: [String], _ before: [String: JSONValue], _ after: [String: JSONValue], undoing: Int64?) -> [String: JSONValue] {
        var payload: [String: JSONValue] = ["changes": .object(Dictionary(uniqueKeysWithValues: changed.map {
            ($0, JSONValue.object(["from": before[$0] ?? .null, "to": after[$0] ?? .null]))
        }))]
        if let undoing { payload["undoes"] = .int(Int(undoing)) }
        return payload
    }
}
