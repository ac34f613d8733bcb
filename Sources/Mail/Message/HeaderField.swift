import Foundation

/// One header field folded as RFC 5322 §2.2.3 and RFC 2047 §2 ask: lines of at most 78
/// characters, encoded words of at most 75, each holding whole characters, folded only before
/// white space so that unfolding gives the value back.
struct HeaderField {
    static let lineLimit = 78
    static let encodedWordLimit = 75

    private var lines: [String]
    private let nameLength: Int

    /// A field named `name` (`Subject`), still without a value.
    init(_ name: String) {
        lines = [name + ":"]
        nameLength = name.utf8.count + 1
    }

    /// The field's lines joined by CRLF.
    var folded: String { lines.joined(separator: "\r\n") }

    /// Unstructured text (a subject): printable ASCII as words, anything else as encoded words.
    mutating func appendText(_ text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !text.contains("=?")
            && words.allSatisfy { $0.utf8.count <= Self.lineLimit - 2 }
        guard plain else { return appendEncodedWords(text) }
        for word in words { appendToken(String(word)) }
    }

    /// A display name: a quoted string when it is short printable ASCII, else encoded words.
    mutating func appendDisplayName(_ name: String) {
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), quoted.utf8.count <= 60 {
            appendToken(quoted)
        } else {
            appendEncodedWords(name)
        }
    }

    /// `token` after a space, on a new line when it does not fit on this one.
    mutating func appendToken(_ token: String) {
        if lines[lines.count - 1].utf8.count + 1 + token.utf8.count > Self.lineLimit { foldUnlessFresh() }
        lines[lines.count - 1] += " " + token
    }

    /// Appends `suffix` (a comma between addresses) to the current line, then starts a new one.
    mutating func endLine(with suffix: String) {
        lines[lines.count - 1] += suffix
        lines.append("")
    }

    /// `text` as RFC 2047 B-encoded UTF-8 words, each sized to the room left on its line.
    mutating func appendEncodedWords(_ text: String) {
        var chunk = ""
        for scalar in text.unicodeScalars {
            let grown = chunk + String(scalar)
            if Self.encodedLength(grown) <= room { chunk = grown; continue }
            if !chunk.isEmpty { appendToken(Self.encodedWord(chunk)) }
            if Self.encodedLength(String(scalar)) > room { foldUnlessFresh() }
            chunk = String(scalar)
        }
        if !chunk.isEmpty { appendToken(Self.encodedWord(chunk)) }
    }

    /// Starts a continuation line, unless nothing was written on the current one yet (a folded
    /// line must never be empty: an empty line ends the header).
    private mutating func foldUnlessFresh() {
        let current = lines[lines.count - 1].utf8.count
        if current > (lines.count == 1 ? nameLength : 0) { lines.append("") }
    }

    /// How long an encoded word may be after a space on the current line.
    private var room: Int { min(Self.encodedWordLimit, Self.lineLimit - lines[lines.count - 1].utf8.count - 1) }

    static func encodedWord(_ text: String) -> String { "=?UTF-8?B?" + Data(text.utf8).base64EncodedString() + "?=" }

    static func encodedLength(_ text: String) -> Int { 12 + (text.utf8.count + 2) / 3 * 4 }
}
