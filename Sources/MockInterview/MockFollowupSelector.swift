import InterviewPrep
/// Picks the next follow-up, only from the schema's pools and always the same way (docs/mock-interviews.md §4):
/// required dimensions not covered first, then required ones partially covered, then optional
/// ones likewise; within a tier by priority, then schema order; within a dimension the first
/// question of its pool not yet asked.
public enum MockFollowupSelector {
    /// A follow-up: its dimension, its place in that pool, and why it was chosen.
    public struct Choice: Codable, Sendable, Equatable {
        public var dimension: String
        public var poolIndex: Int
        public var text: String
        public var reason: CoverageLevel
    }

    /// The next follow-up, or nil when every uncovered dimension's pool is used up.
    /// `asked` holds the `dimension/poolIndex` keys already presented in this section.
    public static func next(in section: MockSchema.Section, coverage: [String: CoverageLevel], asked: Set<String>) -> Choice? {
        let ordered = section.dimensions.enumerated().compactMap { offset, dimension -> (tier: Int, priority: Int, offset: Int, dimension: MockSchema.Dimension)? in
            let level = coverage[dimension.id] ?? .notCovered
            guard level != .covered else { return nil }
            let tier = (dimension.required ? 0 : 2) + (level == .notCovered ? 0 : 1)
            return (tier, dimension.priority, offset, dimension)
        }.sorted { ($0.tier, $0.priority, $0.offset) < ($1.tier, $1.priority, $1.offset) }
        for candidate in ordered {
            for (index, text) in candidate.dimension.followups.enumerated() where !asked.contains(key(candidate.dimension.id, index)) {
                return Choice(dimension: candidate.dimension.id, poolIndex: index, text: text, reason: coverage[candidate.dimension.id] ?? .notCovered)
            }
        }
        return nil
    }

    /// The key of one pool question.
    public static func key(_ dimension: String, _ poolIndex: Int) -> String { "\(dimension)/\(poolIndex)" }
}
