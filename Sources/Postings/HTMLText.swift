/// Readable text from HTML, for a posting's description: scripts, styles and comments dropped,
/// block ends as line breaks, list items as "- ", entities decoded, blank runs collapsed.
///
/// A tolerant scanner over the tag syntax, not a parser: enough for text, never for structure.
public enum HTMLText {
    /// Elements whose content is never text a person reads.
    static let hidden: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]
    /// Elements that start or end a line.
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "dd", "dt", "hr",
    ]

    /// The text of `html`.
    public static func text(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += decodeEntities(rest[..<open])
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { rest = ""; break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let closing = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if !closing, hidden.contains(name) {
                // Skip to the element's end tag.
                rest = rest.range(of: "</\(name)", options: .caseInsensitive).map { range in
                    rest[range.upperBound...].firstIndex(of: ">").map { rest[rest.index(after: $0)...] } ?? ""
                } ?? ""
                continue
            }
            if name == "li" {
                if !closing { out += "\n- " }  // items follow each other without blank lines
            } else if blocks.contains(name) {
                out += "\n"
            } else if name == "td" || name == "th" {
                out += " "
            }
        }
        out += decodeEntities(rest)
        return tidy(out)
    }

    /// Collapses runs of spaces within lines and of blank lines, and trims.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        var blank = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }).joined(separator: " ")
            if line.isEmpty || line == "-" {
                blank += 1
                if blank == 1, !lines.isEmpty { lines.append("") }
            } else {
                blank = 0
                lines.append(line)
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "bull": "•", "middot": "·", "euro": "€",
        "pound": "£", "copy": "©", "reg": "®", "trade": "™", "eacute": "é", "uuml": "ü", "ouml": "ö", "auml": "ä",
    ]

    /// `&amp;`, `&#39;` and `&#x2019;` as the characters they stand for; unknown ones left as they are.
    public static func decodeEntities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let entity = after[..<semicolon]
                var decoded: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = named[String(entity)]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
