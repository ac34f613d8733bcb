/// Preparation checklists: a base list for every interview plus items per type
/// (`data/prep-checklists.json`).
public struct ChecklistCatalog: Sendable, Equatable {
    public static let file = "data/prep-checklists.json"

    public var base: [String]
    public var byType: [InterviewType: [String]]

    /// The base items followed by the type's own.
    public func items(for type: InterviewType) -> [String] { base + (byType[type] ?? []) }

    /// Loads and validates the checklists: a non-empty base and an entry for every type.
    public static func load(from files: DataFiles) throws(InterviewPrepError) -> ChecklistCatalog {
        struct FileShape: Decodable {
            var base: [String]
            var byType: [String: [String]]
            enum CodingKeys: String, CodingKey { case base, byType = "by_type" }
        }
        let shape = try files.decodeJSON(FileShape.self, from: file)
        guard !shape.base.isEmpty, shape.base.allSatisfy({ !$0.isEmpty }) else {
            throw .dataFile(file: file, reason: "field 'base' must list at least one non-empty item")
        }
        var byType: [InterviewType: [String]] = [:]
        for (key, items) in shape.byType {
            guard let type = InterviewType(rawValue: key) else {
                throw .dataFile(file: file, reason: "'by_type.\(key)' is not an interview type; allowed: \(InterviewType.allowedNames.joined(separator: ", "))")
            }
            byType[type] = items
        }
        if let missing = InterviewType.allCases.first(where: { byType[$0] == nil }) {
            throw .dataFile(file: file, reason: "field 'by_type.\(missing.rawValue)' is missing")
        }
        return ChecklistCatalog(base: shape.base, byType: byType)
    }
}
