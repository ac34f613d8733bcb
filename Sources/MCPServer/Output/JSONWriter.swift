import Foundation
import InterviewPrep

/// Writes JSON bytes identical to Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes`: strings escaped as RFC 8259 asks, and every `OutputShape` from its
/// one declaration of fields. About a tenth of `JSONEncoder`'s time for an interview list, the
/// hottest replies. Only appends to arrays: no pointer writes.
enum JSONWriter {
    /// Appends `value`'s JSON and returns true, or appends nothing and returns false when one of
    /// its fields is left to `Encodable` (`.encoded`), so the caller encodes the whole value.
    static func append(_ value: some OutputShape, to out: inout [UInt8]) -> Bool {
        let start = out.count
        guard appendObject(value, to: &out) else {
            out.removeSubrange(start...)
            return false
        }
        return true
    }

    private static func appendObject<Shape: OutputShape>(_ value: Shape, to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "{"))
        var first = true
        for field in Shape.outputFields {
            let fieldValue = field.value(value)
            if case .absent = fieldValue { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendIdentifier(field.name, to: &out)
            out.append(UInt8(ascii: ":"))
            switch fieldValue {
            case .string(let text): appendString(text, to: &out)
            case .integer(let number): out.append(contentsOf: String(number).utf8)
            case .boolean(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .identifier(let raw): appendIdentifier(raw, to: &out)
            case .identifiers(let raws): appendList(raws, to: &out) { appendIdentifier($0, to: &$1) }
            case .utcTime(let time):
                out.append(UInt8(ascii: "\""))
                time.append(to: &out)
                out.append(UInt8(ascii: "\""))
            case .zonedTime(let time): appendZonedTime(time, to: &out)
            case .objects(let values):
                out.append(UInt8(ascii: "["))
                for (index, element) in values.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    guard appendObject(element, to: &out) else { return false }
                }
                out.append(UInt8(ascii: "]"))
            case .encoded: return false
            case .absent: break
            }
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    private static func appendZonedTime(_ time: ZonedTime, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"abbreviation":"#.utf8)
        appendString(time.abbreviation, to: &out)
        out.append(contentsOf: #","local":""#.utf8)
        time.appendLocal(to: &out)
        out.append(contentsOf: #"","timezone":"#.utf8)
        appendString(time.timeZone, to: &out)
        out.append(contentsOf: #","utc":""#.utf8)
        time.appendUTC(to: &out)
        out.append(contentsOf: #""}"#.utf8)
    }

    private static func appendList(_ items: [String], to out: inout [UInt8], _ write: (String, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(item, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// One of our own names (a field name, an enum's raw value: ASCII letters, digits and
    /// underscores), quoted without looking for characters to escape.
    private static func appendIdentifier(_ name: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: name.utf8)
        out.append(UInt8(ascii: "\""))
    }

    // MARK: Strings

    /// Appends `text` as a JSON string literal.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// Appends UTF-8 bytes as a JSON string literal: runs that need no escaping are copied whole;
    /// `"` and `\` get a backslash, control characters their short form or `\u00XX`.
    static func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        escapes.withUnsafeBufferPointer { escapes in
            var runStart = 0
            for index in bytes.indices {
                let escape = escapes[Int(bytes[index])]
                if escape == 0 { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if escape == 1 {
                    let byte = Int(bytes[index])
                    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[byte >> 4], hex[byte & 0xF]])
                } else {
                    out.append(UInt8(ascii: "\\"))
                    out.append(escape)
                }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// For each byte: 0 copies it, a letter writes `\` and that letter, 1 writes `\u00XX`.
    private static let escapes: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x22: UInt8(ascii: "\"")
        case 0x5C: UInt8(ascii: "\\")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0..<0x20: 1
        default: 0
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
