import Foundation
import InterviewPrep

/// A two-minute introduction built only from what the candidate gave: who they are, what they
/// do, what they achieved, what they want next and why this company, then a question to close.
///
/// Two minutes spoken is 260 to 320 words at 150 words a minute (104 to 128 seconds at any pace).
/// Nothing is padded: where the input is too thin for two minutes, the pitch stays short and
/// `suggestions` say what to add and about how many words it needs.
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
    public var wordsPerMinute: Int
    /// The words two minutes take at that pace, e.g. "260-320".
    public var targetWords: String
    /// Whether the pitch lands in that band.
    public var fitsTwoMinutes: Bool
    public var suggestions: [String]

    public static let outputFields: [OutputField<ElevatorPitch>] = [
        .boolean("fits_two_minutes") { $0.fitsTwoMinutes }, .string("pitch") { $0.pitch }, .objects("sections") { $0.sections },
        .integer("speaking_time_seconds") { $0.speakingTimeSeconds }, .strings("suggestions") { $0.suggestions },
        .string("target_words") { $0.targetWords }, .integer("word_count") { $0.wordCount }, .integer("words_per_minute") { $0.wordsPerMinute },
    ]

    /// Two minutes, give or take: the seconds a pitch should take.
    static let targetSeconds = 104...128

    /// What the pitch is built from.
    public struct Input: Sendable {
        public var name: String
        public var currentRole: String
        public var achievements: [String]
        public var goal: String
        public var yearsOfExperience: Int?
        public var targetRole: String?
        public var targetCompany: String?
        /// What the candidate does day to day, in their words (a sentence or two).
        public var experience: String?
        /// Why this company, in their words.
        public var whyCompany: String?

        public init(name: String, currentRole: String, achievements: [String], goal: String, yearsOfExperience: Int? = nil,
                    targetRole: String? = nil, targetCompany: String? = nil, experience: String? = nil, whyCompany: String? = nil) {
            self.name = name
            self.currentRole = currentRole
            self.achievements = achievements
            self.goal = goal
            self.yearsOfExperience = yearsOfExperience
            self.targetRole = targetRole
            self.targetCompany = targetCompany
            self.experience = experience
            self.whyCompany = whyCompany
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
            let achievement = try text(raw, field: "key_achievements[\(index)]", range: 10...400)
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
        let experience = try input.experience.map { (value) throws(CoachingError) in try text(value, field: "experience", range: 10...600) }
        let whyCompany = try input.whyCompany.map { (value) throws(CoachingError) in try text(value, field: "why_company", range: 10...400) }

        let years = input.yearsOfExperience.map { " with \($0) year\($0 == 1 ? "" : "s") of experience" } ?? ""
        let clauses = achievements.map(sentenceFragment)
        let listed = clauses.count == 1 ? clauses[0]
            : clauses.dropLast().joined(separator: "; ") + "; and " + clauses.last!
        let target = [targetRole.map { "the \($0) role" }, company.map { "at \($0)" }].compactMap(\.self).joined(separator: " ")
        var sections = [Section(part: "hook", text: "Hi, I'm \(name), a \(role)\(years).")]
        if let experience { sections.append(Section(part: "experience", text: sentence(experience))) }
        sections.append(Section(part: "achievements", text: (clauses.count == 1 ? "One thing I'm proud of: " : "A few things I'm proud of: ") + "\(listed)."))
        sections.append(Section(
            part: "why_this_role",
            text: "Next, I want to \(lowercasedFirst(trimmedPeriod(goal)))" + (target.isEmpty ? "." : ", which is why \(target) excites me.")
                + (whyCompany.map { " " + sentence($0) } ?? "")))
        sections.append(Section(part: "close", text: company.map { "I'd love to hear what your team at \($0) is focused on this year." }
            ?? "I'd love to hear what your team is focused on this year."))
        let pitch = sections.map(\.text).joined(separator: " ")
        let words = pitch.split(whereSeparator: \.isWhitespace).count
        let seconds = Int((Double(words) / Double(speakingRateWpm) * 60).rounded())
        let band = (speakingRateWpm * targetSeconds.lowerBound / 60)...(speakingRateWpm * targetSeconds.upperBound / 60)

        var suggestions: [String] = []
        for (index, achievement) in achievements.enumerated() where achievement.rangeOfCharacter(from: .decimalDigits) == nil {
            suggestions.append("Add a number to achievement \(index + 1) (%, time, money or users) so its impact is concrete.")
        }
        if words < band.lowerBound {
            let missing = band.lowerBound - words
            var add: [String] = []
            if experience == nil { add.append("a sentence or two on what you do day to day (experience, about 40 words)") }
            if achievements.count < 3 { add.append("\(3 - achievements.count) more achievement\(achievements.count == 2 ? "" : "s"), each a small story: the problem, what you did, the result (about 40 words each)") }
            let brief = achievements.enumerated().filter { $0.element.split(whereSeparator: \.isWhitespace).count < 25 }.map { String($0.offset + 1) }
            if !brief.isEmpty { add.append("context and the result to achievement\(brief.count == 1 ? "" : "s") \(brief.joined(separator: ", ")) (about 40 words each)") }
            if whyCompany == nil { add.append("why \(company ?? "this company") in particular (why_company, one or two sentences)") }
            suggestions.append("At \(words) words (about \(seconds) seconds) it is \(missing) words short of two minutes; rather than filler, add "
                + (add.isEmpty ? "more detail to your achievements" : add.joined(separator: "; ")) + ".")
        }
        if words > band.upperBound {
            suggestions.append("At \(words) words (about \(seconds) seconds) it runs \(words - band.upperBound) words past two minutes: "
                + (achievements.count > 3 ? "keep the three achievements most relevant to this role." : "tighten each achievement to its problem, action and number."))
        }
        if achievements.count > 4 { suggestions.append("Keep the three or four most relevant achievements for this role.") }
        if company == nil { suggestions.append("Name the company you are talking to, and say what draws you to it.") }
        return ElevatorPitch(
            sections: sections, pitch: pitch, wordCount: words, speakingTimeSeconds: seconds, wordsPerMinute: speakingRateWpm,
            targetWords: "\(band.lowerBound)-\(band.upperBound)", fitsTwoMinutes: band.contains(words), suggestions: suggestions)
    }

    /// The candidate's words as a sentence: trimmed, ending with a full stop.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return ".!?".contains(trimmed.last ?? ".") ? trimmed : trimmed + "."
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
