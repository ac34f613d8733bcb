import Foundation
import InterviewPrep

/// A practice interview's script (docs/mock-interviews.md §2): timed sections, their prompts, the
/// dimensions a good answer covers with the cues that count as covering them, bounded follow-up
/// pools, warnings and late grace. Data in `data/mock-schemas/`; users add their own.
public struct MockSchema: Codable, Sendable, Equatable {
    public struct Dimension: Codable, Sendable, Equatable {
        public var id: String
        /// 1 is asked about first.
        public var priority: Int
        /// Required dimensions decide coverage_satisfied.
        public var required: Bool
        /// Phrases in the candidate's messages that count as covering it.
        public var cues: [String]
        /// The follow-ups to pick from, in order.
        public var followups: [String]
        /// A strong first sentence for this dimension, which the report offers as an example.
        public var exampleOpening: String?

        enum CodingKeys: String, CodingKey {
            case id, priority, required, cues, followups
            case exampleOpening = "example_opening"
        }
    }

    public struct Hints: Codable, Sendable, Equatable {
        public var definitions: [String]
        public var clarifications: [String]
        public var nudges: [String]
    }

    public struct Section: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var goal: String
        /// From `duration_minutes`, or `duration_seconds` for short drills.
        public var durationSeconds: Int
        /// `conversation` or `coding` (code submissions are kept as code history).
        public var kind: MockSectionKind
        public var primaryPrompts: [String]
        public var dimensions: [Dimension]
        public var followupCap: Int
        /// Words the candidate must write before "I'm done" ends the section.
        public var minimumContentWords: Int
        public var hints: Hints
        /// Behavioral sections: the report runs the STAR analysis on the candidate's answer.
        public var starAnalysis: Bool

        public init(
            id: String, name: String, goal: String, durationSeconds: Int, kind: MockSectionKind, primaryPrompts: [String],
            dimensions: [Dimension], followupCap: Int, minimumContentWords: Int, hints: Hints, starAnalysis: Bool = false
        ) {
            self.id = id
            self.name = name
            self.goal = goal
            self.durationSeconds = durationSeconds
            self.kind = kind
            self.primaryPrompts = primaryPrompts
            self.dimensions = dimensions
            self.followupCap = followupCap
            self.minimumContentWords = minimumContentWords
            self.hints = hints
            self.starAnalysis = starAnalysis
        }

        enum CodingKeys: String, CodingKey {
            case id, name, goal
            case durationMinutes = "duration_minutes"
            case durationSeconds = "duration_seconds"
            case kind
            case primaryPrompts = "primary_prompts"
            case dimensions
            case followupCap = "followup_cap"
            case minimumContentWords = "minimum_content_words"
            case hints
            case starAnalysis = "star_analysis"
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            goal = try container.decode(String.self, forKey: .goal)
            durationSeconds = try MockSchema.decodeDuration(container, minutes: .durationMinutes, seconds: .durationSeconds) ?? 0
            let kindName = try container.decode(String.self, forKey: .kind)
            guard let kind = MockSectionKind(rawValue: kindName) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .kind, in: container,
                    debugDescription: "'\(kindName)' is not a section kind; allowed: " + MockSectionKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.kind = kind
            primaryPrompts = try container.decode([String].self, forKey: .primaryPrompts)
            dimensions = try container.decode([Dimension].self, forKey: .dimensions)
            followupCap = try container.decode(Int.self, forKey: .followupCap)
            minimumContentWords = try container.decode(Int.self, forKey: .minimumContentWords)
            hints = try container.decode(Hints.self, forKey: .hints)
            starAnalysis = try container.decodeIfPresent(Bool.self, forKey: .starAnalysis) ?? false
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(goal, forKey: .goal)
            try MockSchema.encodeDuration(durationSeconds, into: &container, minutes: .durationMinutes, seconds: .durationSeconds)
            try container.encode(kind, forKey: .kind)
            try container.encode(primaryPrompts, forKey: .primaryPrompts)
            try container.encode(dimensions, forKey: .dimensions)
            try container.encode(followupCap, forKey: .followupCap)
            try container.encode(minimumContentWords, forKey: .minimumContentWords)
            try container.encode(hints, forKey: .hints)
            if starAnalysis { try container.encode(true, forKey: .starAnalysis) }
        }
    }

    public var id: String
    public var version: Int
    public var title: String
    public var roleFamily: RoleFamily?
    /// The whole session: `duration_minutes` (or `duration_seconds`); the sections must add up to it.
    /// Without either, the sum of the sections.
    public var durationSeconds: Int?
    /// Warnings this many seconds before a section ends (seed: 120 and 30).
    public var warningsSecondsBeforeEnd: [Int]
    /// Late messages within this many seconds still count for the ended section (seed: 15).
    public var lateGraceSeconds: Int
    public var sections: [Section]

    enum CodingKeys: String, CodingKey {
        case id, version, title
        case roleFamily = "role_family"
        case durationMinutes = "duration_minutes"
        case durationSeconds = "duration_seconds"
        case warningsSecondsBeforeEnd = "warnings_seconds_before_end"
        case lateGraceSeconds = "late_grace_seconds"
        case sections
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(Int.self, forKey: .version)
        title = try container.decode(String.self, forKey: .title)
        roleFamily = try container.decodeIfPresent(RoleFamily.self, forKey: .roleFamily)
        durationSeconds = try Self.decodeDuration(container, minutes: .durationMinutes, seconds: .durationSeconds)
        warningsSecondsBeforeEnd = try container.decodeIfPresent([Int].self, forKey: .warningsSecondsBeforeEnd) ?? [120, 30]
        lateGraceSeconds = try container.decodeIfPresent(Int.self, forKey: .lateGraceSeconds) ?? 15
        sections = try container.decode([Section].self, forKey: .sections)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        try container.encode(title, forKey: .title)
        try container.encode(roleFamily, forKey: .roleFamily)
        if let durationSeconds { try Self.encodeDuration(durationSeconds, into: &container, minutes: .durationMinutes, seconds: .durationSeconds) }
        try container.encode(warningsSecondsBeforeEnd, forKey: .warningsSecondsBeforeEnd)
        try container.encode(lateGraceSeconds, forKey: .lateGraceSeconds)
        try container.encode(sections, forKey: .sections)
    }

    /// The length of the whole session: the sections' durations added up.
    public var totalSeconds: Int { sections.reduce(0) { $0 + $1.durationSeconds } }

    /// Minutes, or seconds when the value is not whole minutes; at most one of the two keys may be given.
    static func decodeDuration<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, minutes: Key, seconds: Key
    ) throws -> Int? {
        let inMinutes = try container.decodeIfPresent(Int.self, forKey: minutes)
        let inSeconds = try container.decodeIfPresent(Int.self, forKey: seconds)
        if inMinutes != nil, inSeconds != nil {
            throw DecodingError.dataCorruptedError(forKey: seconds, in: container, debugDescription: "give duration_minutes or duration_seconds, not both")
        }
        return inSeconds ?? inMinutes.map { $0 * 60 }
    }

    static func encodeDuration<Key: CodingKey>(
        _ value: Int, into container: inout KeyedEncodingContainer<Key>, minutes: Key, seconds: Key
    ) throws {
        if value % 60 == 0 { try container.encode(value / 60, forKey: minutes) } else { try container.encode(value, forKey: seconds) }
    }

    /// A copy with every section's duration multiplied by `scale` (whole seconds, at least 1).
    public func scaled(by scale: Double) -> MockSchema {
        guard scale != 1 else { return self }
        var copy = self
        for index in copy.sections.indices {
            copy.sections[index].durationSeconds = max(1, Int((Double(copy.sections[index].durationSeconds) * scale).rounded()))
        }
        copy.durationSeconds = copy.totalSeconds
        return copy
    }

    static func describe(seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) minutes" : "\(seconds) seconds"
    }

    /// Checks the schema's internal consistency, naming `file` and the field on failure.
    public func validate(file: String) throws(MockError) {
        func fail(_ field: String, _ reason: String) -> MockError { .dataFile(file: file, reason: "field '\(field)' \(reason)") }
        guard id.wholeMatch(of: /[a-z0-9_]{1,60}/) != nil else { throw fail("id", "must be 1-60 lowercase letters, digits or underscores") }
        guard version >= 1 else { throw fail("version", "must be 1 or more") }
        guard !sections.isEmpty else { throw fail("sections", "must list at least one section") }
        let total = totalSeconds
        guard total <= 240 * 60 else { throw fail("sections", "durations add up to \(Self.describe(seconds: total)); a session lasts at most 240 minutes") }
        if let durationSeconds, durationSeconds != total {
            throw fail("sections", "durations add up to \(Self.describe(seconds: total)), not the schema's duration of \(Self.describe(seconds: durationSeconds))")
        }
        guard warningsSecondsBeforeEnd.allSatisfy({ $0 > 0 }) else { throw fail("warnings_seconds_before_end", "must hold positive seconds") }
        guard (0...300).contains(lateGraceSeconds) else { throw fail("late_grace_seconds", "must be 0 to 300") }
        var sectionIDs = Set<String>()
        for (index, section) in sections.enumerated() {
            let path = "sections[\(index)]"
            guard !section.id.isEmpty, sectionIDs.insert(section.id).inserted else { throw fail("\(path).id", "is empty or repeated") }
            guard section.durationSeconds >= 1 else { throw fail("\(path).duration_minutes", "must be given (duration_minutes, or duration_seconds for short drills)") }
            guard !section.primaryPrompts.isEmpty, section.primaryPrompts.allSatisfy({ !$0.isEmpty }) else { throw fail("\(path).primary_prompts", "must list at least one prompt") }
            guard (0...10).contains(section.followupCap) else { throw fail("\(path).followup_cap", "must be 0 to 10") }
            guard section.minimumContentWords >= 0 else { throw fail("\(path).minimum_content_words", "must be 0 or more") }
            var dimensionIDs = Set<String>()
            for (dimensionIndex, dimension) in section.dimensions.enumerated() {
                let dimensionPath = "\(path).dimensions[\(dimensionIndex)]"
                guard !dimension.id.isEmpty, dimensionIDs.insert(dimension.id).inserted else { throw fail("\(dimensionPath).id", "is empty or repeated") }
                guard !dimension.cues.isEmpty, dimension.cues.allSatisfy({ !$0.isEmpty }) else { throw fail("\(dimensionPath).cues", "must list the phrases that count as covering it") }
                guard !dimension.followups.isEmpty else { throw fail("\(dimensionPath).followups", "must list at least one follow-up") }
            }
        }
    }
}

/// Every mock-interview schema: ours from `data/mock-schemas/`, plus the user's from
/// `<config>/mock-schemas/` (same format; a user file with an existing id replaces ours).
public struct MockSchemaCatalog: Sendable {
    public let schemas: [String: MockSchema]

    public static func load(from files: DataFiles) throws(MockError) -> MockSchemaCatalog {
        var schemas: [String: MockSchema] = [:]
        for folder in [files.bundledDirectory, files.overrideDirectory].compactMap(\.self).map({ $0.appendingPathComponent("data/mock-schemas") })
            + [files.overrideDirectory?.appendingPathComponent("mock-schemas")].compactMap(\.self) {
            let urls = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
            for url in urls {
                let schema: MockSchema
                do { schema = try JSONDecoder().decode(MockSchema.self, from: Data(contentsOf: url)) } catch let error as DecodingError {
                    throw .dataFile(file: url.path, reason: DataFiles.describe(error))
                } catch {
                    throw .dataFile(file: url.path, reason: "\(error)")
                }
                try schema.validate(file: url.path)
                schemas[schema.id] = schema
            }
        }
        guard !schemas.isEmpty else { throw .dataFile(file: "data/mock-schemas", reason: "no mock interview schemas were found") }
        return MockSchemaCatalog(schemas: schemas)
    }

    /// The schema for a role family, else the general one.
    public func schema(for family: RoleFamily) -> MockSchema? {
        schemas.values.sorted { $0.id < $1.id }.first { $0.roleFamily == family } ?? schemas["general_software_engineering"]
    }
}
