import Ink

/// Prep notes rendered for reading: Markdown by Ink, with any HTML in the notes shown as text
/// (escaped before parsing), so notes cannot inject markup or script into the page.
enum Markdown {
    static func html(_ markdown: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(markdown.utf8.count)
        for character in markdown {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return MarkdownParser().html(from: escaped)
    }
}
