import InterviewPrep
/// The STAR method guide (`data/coaching/star-method.json`).
public struct StarGuide: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        public var part: String
        public var what: String
        public var tips: [String]
    }

    public struct Example: Codable, Sendable, Equatable {
        public var title, situation, task, action, result: String
    }

    public var framework: String
    public var timing: String
    public var speakingRateWpm: Int
    public var steps: [Step]
    public var examples: [Example]
    public var mistakes: [String]
    public var storyBankPrompts: [String]

    enum CodingKeys: String, CodingKey {
        case framework, timing, steps, examples, mistakes
        case speakingRateWpm = "speaking_rate_wpm"
        case storyBankPrompts = "story_bank_prompts"
    }
}

/// One interview question with what a strong answer covers.
public struct Question: Decodable, OutputShape, Equatable {
    public var id: String
    public var text: String
    public var category: String
    public var difficulty: String
    public var strongAnswerCovers: [String]

    /// The data files' names (read), the same as `outputFields` (written).
    enum CodingKeys: String, CodingKey {
        case id, text, category, difficulty
        case strongAnswerCovers = "strong_answer_covers"
    }

    public static let outputFields: [OutputField<Question>] = [
        .string("category") { $0.category }, .string("difficulty") { $0.difficulty }, .string("id") { $0.id },
        .strings("strong_answer_covers") { $0.strongAnswerCovers }, .string("text") { $0.text },
    ]
}

/// The questions of one role family, or the behavioral bank.
public struct QuestionBank: Codable, Sendable, Equatable {
    public var roleFamily: String
    public var title: String
    public var questions: [Question]
    /// In a user's file: replace the bundled bank instead of adding to it.
    public var replace: Bool?

    enum CodingKeys: String, CodingKey {
        case roleFamily = "role_family"
        case title, questions, replace
    }
}

/// How to approach one interview type.
public struct InterviewTips: Codable, Sendable, Equatable {
    public var duration: String
    public var tips: [String]
    public var timing: String
}

/// The company research template's sections.
public struct ResearchSection: Decodable, OutputShape, Equatable {
    public var id: String
    public var title: String
    public var questions: [String]

    public static let outputFields: [OutputField<ResearchSection>] = [
        .string("id") { $0.id }, .strings("questions") { $0.questions }, .string("title") { $0.title },
    ]
}

/// The strengths and weaknesses framework.
public struct StrengthsWeaknesses: Codable, Sendable, Equatable {
    public struct Part: Codable, Sendable, Equatable {
        public var approach: String
        public var format: [String]
        public var example: String
        public var avoid: [String]?
    }

    public var strengths: Part
    public var weaknesses: Part
}
