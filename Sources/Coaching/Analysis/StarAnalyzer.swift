import Foundation
import InterviewPrep

/// Deterministic checks of a STAR answer: which parts are there, missing or thin; length and
/// speaking time; "I" versus "we"; a measurable result; concrete suggestions. No model, no network.
public enum StarAnalyzer {
    public enum Part: String, Codable, Sendable, CaseIterable {
        case situation, task, action, result
    }

    public enum PartStatus: String, Codable, Sendable, CaseIterable {
        case present, thin, missing
    }

    /// How long the answer takes to say, against the 1.5 to 3 minutes an answer should take.
    public enum Length: String, Codable, Sendable, CaseIterable {
        case tooShort = "too_short"
        case short, good
        case tooLong = "too_long"
    }

    public struct PartReport: OutputShape, Equatable {
        public var status: PartStatus
        public var words: Int
        public var excerpt: String?

        public static let outputFields: [OutputField<PartReport>] = [
            .string("excerpt", ifPresent: { $0.excerpt }), .identifier("status") { $0.status }, .integer("words") { $0.words },
        ]
    }

    public struct Report: OutputShape, Equatable {
        public var parts: [String: PartReport]
        public var wordCount: Int
        public var speakingTimeSeconds: Int
        public var length: Length
        public var iCount: Int
        public var weCount: Int
        public var iRatio: Double?
        public var hasMeasurableResult: Bool
        public var suggestions: [String]
        /// What already works in this answer (empty when nothing stands out yet).
        public var strengths: [String]
        /// The one change that would help this answer most.
        public var sharpen: String

        public static let outputFields: [OutputField<Report>] = [
            .boolean("has_measurable_result") { $0.hasMeasurableResult }, .integer("i_count") { $0.iCount },
            .number("i_ratio", ifPresent: { $0.iRatio }), .identifier("length") { $0.length },
            .encoded("parts", schema: partsSchema) { $0.parts }, .string("sharpen") { $0.sharpen }, .integer("speaking_time_seconds") { $0.speakingTimeSeconds },
            .strings("strengths") { $0.strengths }, .strings("suggestions") { $0.suggestions }, .integer("we_count") { $0.weCount },
            .integer("word_count") { $0.wordCount },
        ]

        /// `parts`: a report for each STAR part, by its name.
        static let partsSchema: JSONValue = .object([
            "type": "object", "additionalProperties": false, "required": .array(Part.allCases.map { .string($0.rawValue) }),
            "properties": .object(Dictionary(uniqueKeysWithValues: Part.allCases.map { ($0.rawValue, PartReport.outputSchema) })),
        ])
    }

    static let cues: [Part: [String]] = [
        .situation: ["when ", "at my ", "at the time", "our team", "we had", "was facing", "the situation", "in my previous", "last year",
                     "while working", "there was", "we were", "the company", "our product", "a customer", "our customers"],
        .task: ["my task", "my role", "my responsibility", "i was responsible", "responsible for", "i needed to", "i had to", "my goal", "the goal was",
                "was asked to", "my job was", "i owned", "i was tasked", "it was up to me", "i was in charge"],
        .action: ["i decided", "i built", "i implemented", "i analyzed", "i analysed", "i led", "i proposed", "i wrote", "i created",
                  "i worked with", "i organized", "i organised", "i designed", "i set up", "i talked", "i reached out", "so i ",
                  "i started", "i added", "i changed", "i introduced", "i ran", "i met", "i scheduled", "i refactored", "i profiled",
                  "i automated", "i migrated", "i convinced", "i negotiated", "first, i", "then i", "i asked"],
        .result: ["as a result", "the result", "reduced", "increased", "improved", "saved", "which led", "in the end", "ultimately",
                  "outcome", "we shipped", "cut ", "grew", "dropped", "went from", "resulting", "i learned", "we delivered", "succeeded"],
    ]

    static let minimumWords: [Part: Int] = [.situation: 10, .task: 8, .action: 30, .result: 10]

    public static func analyze(_ text: String, speakingRateWpm: Int = 150) throws(CoachingError) -> Report {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.split(whereSeparator: \.isWhitespace).count >= 5 else {
            throw .invalidArgument(field: "text", reason: "give the full answer to analyse (at least a few sentences)")
        }
        guard trimmed.count <= 20_000 else { throw .invalidArgument(field: "text", reason: "is over 20,000 characters; analyse one story at a time") }
        let sentences = trimmed.split(omittingEmptySubsequences: true) { ".!?\n".contains($0) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var words: [Part: Int] = [:], excerpts: [Part: String] = [:]
        var current = Part.situation
        for sentence in sentences {
            let lowered = " " + sentence.lowercased() + " "
            let scored = Part.allCases.map { part in (part, cues[part]!.filter { lowered.contains($0) }.count) }
            if let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 {
                // Ties go to the later part: stories move forward.
                current = scored.last { $0.1 == best.1 }!.0
            }
            words[current, default: 0] += sentence.split(whereSeparator: \.isWhitespace).count
            if excerpts[current] == nil { excerpts[current] = String(sentence.prefix(120)) }
        }
        var parts: [String: PartReport] = [:]
        for part in Part.allCases {
            let count = words[part] ?? 0
            let status: PartStatus = count == 0 ? .missing : count < minimumWords[part]! ? .thin : .present
            parts[part.rawValue] = PartReport(status: status, words: count, excerpt: excerpts[part])
        }
        let tokens = trimmed.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        let iCount = tokens.filter { ["i", "i'm", "i've", "i'd", "i'll", "my", "me", "myself"].contains($0) }.count
        let weCount = tokens.filter { ["we", "we're", "we've", "we'd", "we'll", "our", "us", "ourselves"].contains($0) }.count
        let wordCount = tokens.count
        let seconds = Int((Double(wordCount) / Double(speakingRateWpm) * 60).rounded())
        let number = trimmed.range(of: #"\d+(\.\d+)?\s*(%|percent|x\b|ms\b|s\b|seconds|minutes|hours|days|weeks|months|k\b|m\b|users|customers|people|engineers|\$|€|£)|[\$€£]\s*\d"#, options: [.regularExpression, .caseInsensitive])
        let measurable = number != nil
        let length: Length = seconds < 60 ? .tooShort : seconds > 200 ? .tooLong : seconds < 100 ? .short : .good
        let advice = suggestions(parts: parts, seconds: seconds, iCount: iCount, weCount: weCount, measurable: measurable)
        var strengths: [String] = []
        if parts.values.allSatisfy({ $0.status == .present }) { strengths.append("All four parts are there, in order: situation, task, action, result.") }
        if let number { strengths.append("A measurable result: “\(Quote.around(number, in: trimmed))”.") }
        if iCount > 0, iCount >= weCount { strengths.append("Your own part is clear: “I” \(iCount) times against “we” \(weCount).") }
        if length == .good { strengths.append("It fits the 1.5 to 3 minutes an answer should take (about \(seconds) seconds).") }
        let action = parts[Part.action.rawValue]!.words, situation = parts[Part.situation.rawValue]!.words
        if action >= 2 * max(situation, 1), action >= minimumWords[.action]! { strengths.append("Most of it is what you did (\(action) words of action), not the backdrop.") }
        let reflects = ["learned", "learnt", "would do differently", "next time", "since then"].contains { trimmed.lowercased().contains($0) }
        let sharpen = advice.first
            ?? (reflects ? "Trim the situation to one or two sentences so your actions start sooner."
                : "Close with what you learned or would do differently: one sentence shows reflection.")
        return Report(
            parts: parts, wordCount: wordCount, speakingTimeSeconds: seconds, length: length, iCount: iCount, weCount: weCount,
            iRatio: iCount + weCount == 0 ? nil : (Double(iCount) / Double(iCount + weCount) * 100).rounded() / 100,
            hasMeasurableResult: measurable, suggestions: advice, strengths: strengths, sharpen: sharpen)
    }

    static func suggestions(parts: [String: PartReport], seconds: Int, iCount: Int, weCount: Int, measurable: Bool) -> [String] {
        var advice: [String] = []
        let wording: [Part: (missing: String, thin: String)] = [
            .situation: ("Open with one or two sentences of context: where you were and what was at stake.", "Add a little context: the scale (users, money, deadline) makes the story land."),
            .task: ("Say what was yours to do: 'My responsibility was…'.", "Make your own responsibility explicit, separate from the team's goal."),
            .action: ("Describe what you did, step by step: this is the heart of the answer.", "Expand the actions: what you did, in what order, and why you chose that approach."),
            .result: ("End with the result: what changed because of your actions.", "Strengthen the result: give the outcome and what you learned."),
        ]
        for part in Part.allCases {
            switch parts[part.rawValue]!.status {
            case .missing: advice.append(wording[part]!.missing)
            case .thin: advice.append(wording[part]!.thin)
            case .present: break
            }
        }
        if !measurable { advice.append("Quantify the result: a percentage, time saved, money, or users affected.") }
        if weCount > iCount { advice.append("Say 'I' for your own actions: the answer uses 'we' \(weCount) times and 'I' \(iCount) times, which hides your contribution.") }
        if seconds < 60 { advice.append("At about \(seconds) seconds it is too short: aim for 2-3 minutes (300-450 words).") }
        if seconds > 200 { advice.append("At about \(seconds / 60) min \(seconds % 60) s it runs long: trim the situation and keep to 2-3 minutes.") }
        return advice
    }
}
