import Foundation
import InterviewPrep

/// A structured ~2-minute introduction: hook, experience, achievements with impact, why this
/// role, close; with its word count and speaking time.
public struct ElevatorPitch: OutputShape, Equatable {
    public struct Section: OutputShape, Equatable {
        public var part: String
        public var text: String

        public static let outputFields: [OutputField<Section>] = [.string("part") { $0.part }, .string("text") { $0.text }]
    }

    public var sections: [Section]
    public var pitch: String
    public var wordCount: Int
    public var speakingTimeSeconds: Int
    public var suggestions: [String]

    public static let outputFields: [OutputField<ElevatorPitch>] = [
        .string("pitch") { $0.pitch }, .objects("sections") { $0.sections }, .integer("speaking_time_seconds") { $0.speakingTimeSeconds },
        .strings("suggestions") { $0.suggestions }, .integer("word_count") { $0.wordCount },
    ]

    /// What the pitch is built from.
    public struct Input: Sendable {
        public var name: String
        public var currentRole: String
        public var achievements: [String]
        public var goal: String
        public var yearsOfExperience: Int?
        public var targetRole: String?
        public var targetCompany: String?

        public init(name: String, currentRole: String, achievements: [String], goal: String, yearsOfExperience: Int? = nil,
                    targetRole: String? = nil, targetCompany: String? = nil) {
            self.name = name
            self.currentRole = currentRole
            self.achievements = achievements
            self.goal = goal
            self.yearsOfExperience = yearsOfExperience
            self.targetRole = targetRole
            self.targetCompany = targetCompany
        }
    }

    /// Builds the pitch, refusing empty or absurd inputs with the field and what is expected.
    public static func generate(_ input: Input, speakingRateWpm: Int = 150) throws(CoachingError) -> ElevatorPitch {
        let name = try text(input.name, field: "name", range: 2...100)
        let role = try text(input.currentRole, field: "current_role", range: 2...120)
        let goal = try text(input.goal, field: "goal", range: 10...300)
        guard (1...6).contains(input.achievements.count) else {
            throw .invalidArgument(field: "key_achievements", reason: "give 1 to 6 achievements (3-4 work best), got \(input.achievements.count)")
        }
        var achievements: [String] = []
        for (index, raw) in input.achievements.enumerated() {
            let achievement = try text(raw, field: "key_achievements[\(index)]", range: 10...300)
            guard !achievements.contains(where: { $0.caseInsensitiveCompare(achievement) == .orderedSame }) else {
                throw .invalidArgument(field: "key_achievements[\(index)]", reason: "repeats an earlier achievement")
            }
            achievements.append(achievement)
        }
        if let years = input.yearsOfExperience, !(0...60).contains(years) {
            throw .invalidArgument(field: "years_of_experience", reason: "must be between 0 and 60, got \(years)")
        }
        let targetRole = try input.targetRole.map { (value) throws(CoachingError) in try text(value, field: "target_role", range: 2...120) }
        let company = try input.targetCompany.map { (value) throws(CoachingError) in try text(value, field: "target_company", range: 1...120) }

        let experience = input.yearsOfExperience.map { " with \($0) year\($0 == 1 ? "" : "s") of experience" } ?? ""
        let clauses = achievements.map(sentenceFragment)
        let listed = clauses.count == 1 ? clauses[0]
            : clauses.dropLast().joined(separator: "; ") + "; and " + clauses.last!
        let target = [targetRole.map { "the \($0) role" }, company.map { "at \($0)" }].compactMap(\.self).joined(separator: " ")
        let sections = [
            Section(part: "hook", text: "Hi, I'm \(name), a \(role)\(experience)."),
            Section(part: "experience", text: "In my work as a \(role), I focus on delivering results people can measure, and I enjoy the problems where engineering and the business meet."),
            Section(part: "achievements", text: "A few things I'm proud of: \(listed)."),
            Section(part: "why_this_role", text: "Next, I want to \(lowercasedFirst(trimmedPeriod(goal)))" + (target.isEmpty ? "." : ", which is exactly why \(target) excites me.")),
            Section(part: "close", text: company.map { "I'd love to hear what your team at \($0) is focused on this year, and where you see the biggest challenges." }
                ?? "I'd love to hear what your team is focused on this year, and where you see the biggest challenges."),
        ]
        let pitch = sections.map(\.text).joined(separator: " ")
        let words = pitch.split(whereSeparator: \.isWhitespace).count
        let seconds = Int((Double(words) / Double(speakingRateWpm) * 60).rounded())
        var suggestions: [String] = []
        for (index, achievement) in achievements.enumerated() where achievement.rangeOfCharacter(from: .decimalDigits) == nil {
            suggestions.append("Add a number to achievement \(index + 1) (%, time, money or users) so its impact is concrete.")
        }
        if achievements.count < 3 { suggestions.append("Three or four achievements make the strongest pitch; you gave \(achievements.count).") }
        if achievements.count > 4 { suggestions.append("Keep the three or four most relevant achievements for this role.") }
        if seconds > 120 { suggestions.append("At about \(seconds) seconds it is over two minutes: shorten the achievements.") }
        if seconds < 30 { suggestions.append("At about \(seconds) seconds it is short: add context to each achievement.") }
        if company == nil { suggestions.append("Name the company you are talking to, and say what draws you to it.") }
        return ElevatorPitch(sections: sections, pitch: pitch, wordCount: words, speakingTimeSeconds: seconds, suggestions: suggestions)
    }

    static func text(_ value: String, field: String, range: ClosedRange<Int>) throws(CoachingError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidArgument(field: field, reason: "is required and must not be empty") }
        guard range.contains(trimmed.count) else {
            throw .invalidArgument(field: field, reason: "must be \(range.lowerBound) to \(range.upperBound) characters, got \(trimmed.count)")
        }
        guard trimmed.contains(where: \.isLetter), !trimmed.contains(where: { $0.isNewline }) else {
            throw .invalidArgument(field: field, reason: "must be a single line of words")
        }
        let letters = trimmed.filter(\.isLetter)
        if letters.count >= 8, Set(letters.lowercased()).count <= 2 {
            throw .invalidArgument(field: field, reason: "does not look like real text")
        }
        return trimmed
    }

    static func trimmedPeriod(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func sentenceFragment(_ achievement: String) -> String {
        lowercasedFirst(trimmedPeriod(achievement))
    }
}
