import Foundation
import InterviewPrep

/// Skills found in text: in a job description (what the job asks for) and in a practice question
/// (what it exercises), from `data/coaching/skills.json`. A text has a skill when one of its terms
/// appears as whole words; matching is deterministic and case-blind.
public struct SkillMatcher: Sendable, Equatable {
    public static let file = "data/coaching/skills.json"

    /// Terms by skill name.
    public let skills: [String: [String]]

    public init(skills: [String: [String]]) {
        self.skills = skills.mapValues { $0.map { $0.lowercased() } }
    }

    static func load(from files: DataFiles) throws(CoachingError) -> SkillMatcher {
        struct FileShape: Decodable { var skills: [String: [String]] }
        let shape: FileShape
        do { shape = try files.decodeJSON(FileShape.self, from: file) } catch { throw .dataFile(file: file, reason: error.description) }
        guard !shape.skills.isEmpty, shape.skills.values.allSatisfy({ !$0.isEmpty }) else {
            throw .dataFile(file: file, reason: "'skills' needs at least one skill, each with at least one term")
        }
        return SkillMatcher(skills: shape.skills)
    }

    /// The skills `text` mentions, sorted by name.
    public func skills(in text: String) -> Set<String> {
        let words = Self.words(text)
        return Set(skills.filter { _, terms in terms.contains { Self.contains(words, Self.words($0)) } }.keys)
    }

    /// The skills of a question: its text, what a strong answer covers, and its category.
    public func skills(of question: Question) -> Set<String> {
        skills(in: ([question.text, question.category.replacingOccurrences(of: "_", with: " ")] + question.strongAnswerCovers).joined(separator: ". "))
    }

    /// Lower-case words; `/`, `-` and `+` stay inside a word ("ci/cd", "at-least-once", "c++").
    static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        return Substring(lowered).split { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == "-" || $0 == "+") }
    }

    static func contains(_ words: [Substring], _ phrase: [Substring]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in phrase.indices.allSatisfy { words[start + $0] == phrase[$0] } }
    }
}
