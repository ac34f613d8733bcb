import InterviewPrep

/// The HTML part of an email whose template has no HTML of its own: the plain text, escaped,
/// one `<p>` per paragraph and `<br>` within one, so both parts always say the same.
enum PlainTextHTML {
    static func html(_ text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        let body = paragraphs.map { "<p>" + $0.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLEscaping.escape(String($0)) }.joined(separator: "<br>\n") + "</p>" }
        return "<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif; line-height: 1.5\">\n" + body.joined(separator: "\n") + "\n</body></html>\n"
    }
}
