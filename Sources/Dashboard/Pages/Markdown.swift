import Ink
import InterviewPrep

/// Prep notes rendered for reading: Markdown by Ink, with any HTML in the notes shown as text
/// (escaped before parsing), so notes cannot inject markup or script into the page.
enum Markdown {
    static func html(_ markdown: String) -> String {
        MarkdownParser().html(from: HTMLEscaping.escape(markdown))
    }
}
