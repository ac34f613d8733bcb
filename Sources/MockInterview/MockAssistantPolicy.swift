import InterviewPrep
/// The post-check of an assistant response (docs/mock-interviews.md §7): definitions, clarifications and
/// conceptual nudges are fine; full solutions, substantial code and step-by-step plans are not.
/// Heuristics on length and shape, so the same text always gets the same flags.
public enum MockAssistantPolicy {
    /// Longer answers are more than a nudge.
    public static let maximumWords = 80

    /// The rules `text` breaks: `too_long`, `contains_code`, `step_by_step_plan`.
    public static func violations(of text: String) -> [String] {
        var flags: [String] = []
        if MockCoverage.wordCount(text) > maximumWords { flags.append("too_long") }
        if containsCode(text) { flags.append("contains_code") }
        if isStepByStepPlan(text) { flags.append("step_by_step_plan") }
        return flags
    }

    /// A fenced block, or three or more lines that look like code.
    static func containsCode(_ text: String) -> Bool {
        if text.contains("```") { return true }
        let codeLike = text.split(separator: "\n").filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let endsLikeCode = [";", "{", "}", ")", ":"].contains { trimmed.hasSuffix($0) } && trimmed.contains { "(){}=;".contains($0) }
            let startsLikeCode = ["def ", "func ", "class ", "return ", "for ", "while ", "if (", "let ", "var ", "const ", "import ", "public "]
                .contains { trimmed.hasPrefix($0) }
            return endsLikeCode || startsLikeCode
        }
        return codeLike.count >= 3
    }

    /// Three or more numbered or "Step N" lines.
    static func isStepByStepPlan(_ text: String) -> Bool {
        let steps = text.split(separator: "\n").filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
            return trimmed.wholeMatch(of: /(\d{1,2}[.)]|step \d{1,2}[:.]?)\s.*/) != nil
        }
        return steps.count >= 3
    }
}
