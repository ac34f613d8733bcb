import Foundation
import InterviewPrep

/// All coaching content, loaded from `data/coaching/` and validated at start: a malformed or
/// incomplete file is an error naming the file and the field, never a crash at call time.
/// Users add questions with files in `<config>/coaching/question-banks/`; theirs are merged into
/// ours (by id), or replace ours when the file says `"replace": true`.
public struct CoachingLibrary: Sendable {
    public let star: StarGuide
    /// By role family name, plus `behavioral`.
    public let banks: [String: QuestionBank]
    public let tips: [InterviewType: InterviewTips]
    public let research: [ResearchSection]
    public let strengthsWeaknesses: StrengthsWeaknesses
    /// By audience: recruiter, manager, peer, executive.
    public let questionsToAsk: [String: [String]]
    public let settings: Settings
    /// Skills in job descriptions and questions, to put a job's questions first.
    public let skills: SkillMatcher

    /// `data/coaching/library.json`.
    public struct Settings: Codable, Sendable, Equatable {
        public var questionsPerPacket: Int
        public var behavioralQuestionsPerPacket: Int
        public var questionBankFallbacks: [String: String]
        public var difficulties: [String]

        enum CodingKeys: String, CodingKey {
            case questionsPerPacket = "questions_per_packet"
            case behavioralQuestionsPerPacket = "behavioral_questions_per_packet"
            case questionBankFallbacks = "question_bank_fallbacks"
            case difficulties
        }
    }

    /// The role families with a bank of their own (every family but the fallbacks).
    public static let familiesWithBanks: [RoleFamily] = [
        .backendEngineer, .frontendEngineer, .fullStackEngineer, .mobileEngineer, .dataEngineer,
        .machineLearningEngineer, .sreDevops, .engineeringManager, .productManager,
    ]

    public static func load(files: DataFiles) throws(CoachingError) -> CoachingLibrary {
        func load<T: Decodable>(_ type: T.Type, _ path: String) throws(CoachingError) -> T {
            do { return try files.decodeJSON(type, from: path) } catch {
                throw .dataFile(file: path, reason: error.description)
            }
        }
        let settings = try load(Settings.self, "data/coaching/library.json")
        let star = try load(StarGuide.self, "data/coaching/star-method.json")
        guard Set(star.steps.map(\.part)) == ["situation", "task", "action", "result"], !star.examples.isEmpty else {
            throw .dataFile(file: "data/coaching/star-method.json", reason: "'steps' must cover situation, task, action and result, and 'examples' must not be empty")
        }
        struct TipsFile: Decodable { var types: [String: InterviewTips] }
        var tips: [InterviewType: InterviewTips] = [:]
        for (key, value) in try load(TipsFile.self, "data/coaching/interview-tips.json").types {
            guard let type = InterviewType(rawValue: key) else {
                throw .dataFile(file: "data/coaching/interview-tips.json", reason: "'types.\(key)' is not an interview type")
            }
            tips[type] = value
        }
        if let missing = InterviewType.allCases.first(where: { tips[$0] == nil }) {
            throw .dataFile(file: "data/coaching/interview-tips.json", reason: "field 'types.\(missing.rawValue)' is missing")
        }
        struct ResearchFile: Decodable { var sections: [ResearchSection] }
        let research = try load(ResearchFile.self, "data/coaching/company-research.json").sections
        guard research.count >= 6, research.allSatisfy({ !$0.questions.isEmpty }) else {
            throw .dataFile(file: "data/coaching/company-research.json", reason: "'sections' needs 6 sections, each with guiding questions")
        }
        struct AskFile: Decodable { var groups: [String: [String]] }
        let ask = try load(AskFile.self, "data/coaching/questions-to-ask.json").groups
        guard Set(ask.keys) == ["recruiter", "manager", "peer", "executive"], ask.values.reduce(0, { $0 + $1.count }) >= 25 else {
            throw .dataFile(file: "data/coaching/questions-to-ask.json", reason: "'groups' needs recruiter, manager, peer and executive, with 25 questions in all")
        }
        var banks: [String: QuestionBank] = [:]
        for family in familiesWithBanks.map(\.rawValue) + ["behavioral"] {
            let path = "data/coaching/question-banks/\(family).json"
            banks[family] = try QuestionBankRules.validated(try load(QuestionBank.self, path), file: path, difficulties: settings.difficulties)
        }
        if let folder = files.overrideDirectory?.appendingPathComponent("coaching/question-banks") {
            try QuestionBankRules.merge(userBanksIn: folder, into: &banks, difficulties: settings.difficulties)
        }
        return CoachingLibrary(
            star: star, banks: banks, tips: tips, research: research,
            strengthsWeaknesses: try load(StrengthsWeaknesses.self, "data/coaching/strengths-weaknesses.json"),
            questionsToAsk: ask, settings: settings, skills: try SkillMatcher.load(from: files))
    }

    /// The bank for a role family (following the fallbacks), or an error listing the families.
    public func bank(for family: String) throws(CoachingError) -> QuestionBank {
        if let bank = banks[family] { return bank }
        if let fallback = settings.questionBankFallbacks[family], let bank = banks[fallback] { return bank }
        throw .invalidArgument(field: "role_family", reason: "'\(family)' has no question bank; allowed: \(banks.keys.sorted().joined(separator: ", "))")
    }
}

/// Validation and merging of question banks.
enum QuestionBankRules {
    static func validated(_ bank: QuestionBank, file: String, difficulties: [String]) throws(CoachingError) -> QuestionBank {
        var seen = Set<String>()
        for (index, question) in bank.questions.enumerated() {
            let field = "questions[\(index)]"
            guard !question.id.isEmpty, seen.insert(question.id).inserted else {
                throw .dataFile(file: file, reason: "\(field).id '\(question.id)' is empty or repeated")
            }
            guard !question.text.trimmingCharacters(in: .whitespaces).isEmpty else { throw .dataFile(file: file, reason: "\(field).text is empty") }
            guard !question.category.isEmpty else { throw .dataFile(file: file, reason: "\(field).category is empty") }
            guard difficulties.contains(question.difficulty) else {
                throw .dataFile(file: file, reason: "\(field).difficulty '\(question.difficulty)' must be one of \(difficulties.joined(separator: ", "))")
            }
            guard !question.strongAnswerCovers.isEmpty else { throw .dataFile(file: file, reason: "\(field).strong_answer_covers is empty") }
        }
        return bank
    }

    /// Adds the user's banks: questions with new ids are appended, same ids replace ours.
    static func merge(userBanksIn folder: URL, into banks: inout [String: QuestionBank], difficulties: [String]) throws(CoachingError) {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        for url in files {
            let bank: QuestionBank
            do { bank = try JSONDecoder().decode(QuestionBank.self, from: Data(contentsOf: url)) } catch {
                throw .dataFile(file: url.path, reason: "\(error)")
            }
            let checked = try validated(bank, file: url.path, difficulties: difficulties)
            if checked.replace == true || banks[checked.roleFamily] == nil {
                banks[checked.roleFamily] = checked
                continue
            }
            var merged = banks[checked.roleFamily]!
            for question in checked.questions {
                if let index = merged.questions.firstIndex(where: { $0.id == question.id }) {
                    merged.questions[index] = question
                } else {
                    merged.questions.append(question)
                }
            }
            banks[checked.roleFamily] = merged
        }
    }
}
