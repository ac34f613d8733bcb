import Foundation

/// Short quotes from what the candidate said, cut only between words: never inside a number
/// ("3% to 0.5%"), a word or a currency amount.
public enum Quote {
    /// At most `limit` characters of `text`, cut at the last space before the limit, with "…" when cut.
    public static func prefix(_ text: String, limit: Int) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > limit else { return trimmed }
        let window = trimmed.prefix(limit)
        let cut = window.lastIndex(of: " ").map { window[..<$0] } ?? window
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–")) + "…"
    }

    /// The words around `range` in `text` (the clause it sits in, within about 80 characters),
    /// cut between words.
    public static func around(_ range: Range<String.Index>, in text: String, limit: Int = 80) -> String {
        let clauseEnds: Set<Character> = [".", "!", "?", "\n", ";"]
        var start = range.lowerBound
        while start > text.startIndex, !clauseEnds.contains(text[text.index(before: start)]) || isDecimalPoint(at: text.index(before: start), in: text) {
            start = text.index(before: start)
        }
        var end = range.upperBound
        while end < text.endIndex, !clauseEnds.contains(text[end]) || isDecimalPoint(at: end, in: text) { end = text.index(after: end) }
        var clause = String(text[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
        if clause.count > limit {
            // Keep the number in view: start a little before it, at a word boundary.
            let offset = text.distance(from: start, to: range.lowerBound)
            if offset > limit / 2 {
                let from = clause.index(clause.startIndex, offsetBy: offset - limit / 3)
                clause = "…" + (clause[from...].firstIndex(of: " ").map { String(clause[clause.index(after: $0)...]) } ?? String(clause[from...]))
            }
            clause = prefix(clause, limit: limit)
        }
        return clause
    }

    /// The sentences of `text`: split at ".", "!", "?" and line breaks, except a "." between two
    /// digits ("0.5"); trimmed, empty ones dropped.
    public static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for index in text.indices {
            let character = text[index]
            if ".!?\n".contains(character), !isDecimalPoint(at: index, in: text) {
                if character != "\n" { current.append(character) }
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty, trimmed.contains(where: { $0.isLetter || $0.isNumber }) { sentences.append(trimmed) }
                current = ""
            } else {
                current.append(character)
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// A "." between two digits ("0.5") does not end a clause.
    private static func isDecimalPoint(at index: String.Index, in text: String) -> Bool {
        guard text[index] == ".", index > text.startIndex, text.index(after: index) < text.endIndex else { return false }
        return text[text.index(before: index)].isNumber && text[text.index(after: index)].isNumber
    }
}
