import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Output helpers for people (tables, emphasis) and scripts (JSON).
///
/// Colour and emphasis only on a terminal: never when the output is piped or redirected, when
/// `NO_COLOR` is set (https://no-color.org) or when `TERM` is `dumb`. Tables fit the terminal's
/// width (or `COLUMNS`), shortening their widest columns with "…"; piped output is never cut.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Pretty, key-sorted JSON of `value`.
    static func printJSON(_ value: some Encodable) throws {
        print(String(decoding: try json(value), as: UTF8.self))
    }

    /// The pretty, key-sorted JSON that `printJSON` prints.
    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    // MARK: Terminal capabilities

    private static let environment = ProcessInfo.processInfo.environment
    private static let isTerminal = isatty(STDOUT_FILENO) == 1

    /// Whether output gets colour and emphasis.
    static let colors = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"

    /// The columns a line may take: the terminal's width, else `COLUMNS`; nil when piped (never cut).
    static let width: Int? = {
        if isTerminal {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }()

    /// How a piece of text stands out.
    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33"
    }

    /// `text` in `style` on a colour terminal, else as it is.
    static func styled(_ text: String, _ style: Style?) -> String {
        guard colors, let style, !text.isEmpty else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }

    /// The style of a table cell by what it says: outcomes in green, trouble in red or yellow,
    /// what no longer matters dimmed.
    static func cellStyle(_ text: String) -> Style? {
        switch text {
        case "completed", "done", "hired", "accepted", "sent", "yes", "strong_yes": .green
        case "failed", "rejected", "no", "strong_no": .red
        case "in_progress", "rescheduled", "negotiating", "debrief owed": .yellow
        case "cancelled", "withdrawn", "skipped", "declined", "expired", "–": .dim
        default: text.hasPrefix("overdue") ? .red : text.hasSuffix("(ghosted)") ? .yellow : nil
        }
    }

    // MARK: Tables

    /// A left-aligned table with a header row, fitted to `width` (the terminal's by default).
    static func table(_ header: [String], _ rows: [[String]], width: Int? = Terminal.width) -> String {
        var widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        if let width {
            // Shorten the widest column, one character at a time, until the table fits (or every column is short).
            while widths.reduce(0, +) + 2 * (widths.count - 1) > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
                widths[widest] -= 1
            }
        }
        func line(_ cells: [String], header: Bool) -> String {
            var parts: [String] = []
            for (cell, width) in zip(cells, widths) {
                let text = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
                let padding = String(repeating: " ", count: width - text.count)
                parts.append(styled(text, header ? .bold : cellStyle(cell)) + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }  // trailing only: an empty first cell keeps the columns aligned
            return text
        }
        return ([line(header, header: true)] + rows.map { line($0, header: false) }).joined(separator: "\n")
    }
}
