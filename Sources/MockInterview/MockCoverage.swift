import Foundation
import InterviewPrep

/// The deterministic cue-matching evaluator (docs/mock-interviews.md §5): a dimension is covered when the
/// candidate's text contains two of its cues (or its only cue), partially covered with one.
public enum MockCoverage {
    /// Coverage of each of `section`'s dimensions by `text` (everything the candidate said in it).
    public static func evaluate(_ section: MockSchema.Section, text: String) -> [String: CoverageLevel] {
        let normalized = normalize(text)
        var flags: [String: CoverageLevel] = [:]
        for dimension in section.dimensions {
            let matched = matchedCues(dimension, in: normalized).count
            let needed = min(2, dimension.cues.count)
            flags[dimension.id] = matched >= needed ? .covered : matched > 0 ? .partiallyCovered : .notCovered
        }
        return flags
    }

    /// The cues of `dimension` found in already normalized text, in the schema's order.
    static func matchedCues(_ dimension: MockSchema.Dimension, in normalized: String) -> [String] {
        dimension.cues.filter { contains(normalized, cue: normalize($0)) }
    }

    /// True when every required dimension is covered (and there is at least one).
    public static func isSatisfied(_ section: MockSchema.Section, flags: [String: CoverageLevel]) -> Bool {
        let required = section.dimensions.filter(\.required)
        return !required.isEmpty && required.allSatisfy { flags[$0.id] == .covered }
    }

    /// Lowercased, with runs of whitespace as one space and curly quotes made straight.
    static func normalize(_ text: String) -> String {
        let straight = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return " " + straight.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
    }

    /// A cue that starts (or ends) with a letter or digit must start (or end) at a word boundary:
    /// "api" matches "an api call" but not "rapid".
    static func contains(_ text: String, cue: String) -> Bool {
        let cue = cue.trimmingCharacters(in: .whitespaces)
        guard !cue.isEmpty else { return false }
        var searchStart = text.startIndex
        while let range = text.range(of: cue, range: searchStart..<text.endIndex) {
            let beforeOK = !(cue.first!.isLetter || cue.first!.isNumber) || range.lowerBound == text.startIndex
                || !isWordCharacter(text[text.index(before: range.lowerBound)])
            let afterOK = !(cue.last!.isLetter || cue.last!.isNumber) || range.upperBound == text.endIndex
                || !isWordCharacter(text[range.upperBound]) || text[range.upperBound] == "s"
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Words in `text`: runs of letters or digits.
    public static func wordCount(_ text: String) -> Int {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'") }.count
    }
}
