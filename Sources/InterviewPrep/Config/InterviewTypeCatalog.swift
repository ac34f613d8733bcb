import Foundation

/// What each interview type means and its defaults, loaded from `data/interview-types.json`.
public struct InterviewTypeCatalog: Sendable, Equatable {
    /// The defaults of one interview type.
    public struct Entry: Codable, Sendable, Equatable {
        public var label: String
        public var description: String
        public var defaultDurationMinutes: Int
        public var reminderHours: [Int]

        enum CodingKeys: String, CodingKey {
            case label, description
            case defaultDurationMinutes = "default_duration_minutes"
            case reminderHours = "reminder_hours"
        }
    }

    /// The relative path of the catalog file.
    public static let file = "data/interview-types.json"

    public private(set) var entries: [InterviewType: Entry]

    /// The entry for `type` (every type has one: `load` refuses an incomplete file).
    public subscript(type: InterviewType) -> Entry { entries[type]! }

    /// Builds a catalog, refusing one that misses a type or has out-of-range values.
    public init(entries: [InterviewType: Entry], source: String = file) throws(InterviewPrepError) {
        for type in InterviewType.allCases {
            guard let entry = entries[type] else {
                throw .dataFile(file: source, reason: "field 'types.\(type.rawValue)' is missing; every interview type needs an entry")
            }
            guard (5...720).contains(entry.defaultDurationMinutes) else {
                throw .dataFile(file: source, reason: "field 'types.\(type.rawValue).default_duration_minutes' must be 5 to 720")
            }
            guard entry.reminderHours.allSatisfy({ (1...24 * 30).contains($0) }) else {
                throw .dataFile(file: source, reason: "field 'types.\(type.rawValue).reminder_hours' must hold hours from 1 to 720")
            }
        }
        self.entries = entries
    }

    /// Loads and validates the catalog through `files` (the user's override wins).
    public static func load(from files: DataFiles) throws(InterviewPrepError) -> InterviewTypeCatalog {
        struct FileShape: Decodable { var types: [String: Entry] }
        let shape = try files.decodeJSON(FileShape.self, from: file)
        var entries: [InterviewType: Entry] = [:]
        for (key, entry) in shape.types {
            guard let type = InterviewType(rawValue: key) else {
                throw .dataFile(
                    file: file,
                    reason: "'types.\(key)' is not an interview type; allowed: \(InterviewType.allowedNames.joined(separator: ", "))")
            }
            entries[type] = entry
        }
        return try InterviewTypeCatalog(entries: entries, source: file)
    }
}
