import InterviewPrep
import Foundation

/// Practice questions chosen for a candidate: what both the MCP tool and the CLI verb show.
public struct QuestionPractice: OutputShape, Equatable {
    public var roleFamily: String
    public var questions: [Question]
    /// Every category of the bank, for a next call's `category`.
    public var availableCategories: [String]
    /// How many more questions match beyond `questions`.
    public var remaining: Int
    /// The skills of the job's description these questions exercise (empty without a job).
    public var focusSkills: [String] = []

    /// How many questions one call may ask for.
    public static let countRange = 1...25

    public static let outputFields: [OutputField<QuestionPractice>] = [
        .strings("available_categories") { $0.availableCategories }, .strings("focus_skills") { $0.focusSkills }, .objects("questions") { $0.questions },
        .integer("remaining") { $0.remaining }, .string("role_family") { $0.roleFamily },
    ]
}

extension CoachingService {
    /// Questions of `roleFamily`'s bank (or `behavioral`), deterministic for the same inputs.
    ///
    /// - Throws: `invalidArgument` for an unknown role family or category (naming the allowed
    ///   ones) and a count outside `QuestionPractice.countRange`.
    public func questions(
        roleFamily: String, category: String?, difficulty: String?, count: Int, excluding excluded: Set<String>, jobDescription: String? = nil
    ) throws(CoachingError) -> QuestionPractice {
        guard QuestionPractice.countRange.contains(count) else {
            throw .invalidArgument(
                field: "count",
                reason: "must be between \(QuestionPractice.countRange.lowerBound) and \(QuestionPractice.countRange.upperBound), got \(count)")
        }
        let bank = try library.bank(for: roleFamily)
        let categories = Array(Set(bank.questions.map(\.category))).sorted()
        if let category, !categories.contains(category) {
            throw .invalidArgument(field: "category", reason: "'\(category)' is not a category of \(roleFamily); allowed: \(categories.joined(separator: ", "))")
        }
        let library = try library
        let focus = jobDescription.map(library.skills.skills(in:)) ?? []
        let all = QuestionSelector.select(
            from: bank, category: category, difficulty: difficulty, count: .max, excluding: excluded, focus: focus, skills: library.skills)
        let chosen = Array(all.prefix(count))
        let exercised = chosen.reduce(into: Set<String>()) { $0.formUnion(library.skills.skills(of: $1)) }
        return QuestionPractice(
            roleFamily: roleFamily, questions: chosen, availableCategories: categories, remaining: max(0, all.count - count),
            focusSkills: focus.intersection(exercised).sorted())
    }

    /// Questions for a job: its role family's bank unless `roleFamily` says otherwise, the ones
    /// exercising the skills its description asks for first.
    public func questions(
        forJob jobID: String, roleFamily: String?, category: String?, difficulty: String?, count: Int, excluding excluded: Set<String>
    ) async throws -> QuestionPractice {
        let job = try await PipelineService(core: interviews.core).pipeline(jobID: jobID)
        return try questions(roleFamily: roleFamily ?? job.roleFamily.rawValue, category: category, difficulty: difficulty, count: count,
                             excluding: excluded, jobDescription: job.description)
    }
}
