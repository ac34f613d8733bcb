import Foundation

/// Writes JSON bytes identical to Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes`: strings escaped as RFC 8259 asks, and every `OutputShape` from its
/// one declaration of fields. About a tenth of `JSONEncoder`'s time for an interview list, the
/// hottest replies. Only appends to arrays: no pointer writes.
public enum JSONWriter {
    /// Appends `value`'s JSON and returns true, or appends nothing and returns false when one of
    /// its fields is left to `Encodable` (`.encoded`), so the caller encodes the whole value.
    @inlinable
    public static func append(_ value: some OutputShape, to out: inout [UInt8]) -> Bool {
        let start = out.count
        guard appendObject(value, to: &out) else {
            out.removeSubrange(start...)
            return false
        }
        return true
    }

    @inlinable
    static func appendObject<Shape: OutputShape>(_ value: Shape, to out: inout [UInt8]) -> Bool {
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
            case .objects(let list):
                guard list.write(&out) else { return false }
            case .encoded: return false
            case .absent: break
            }
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// A JSON array of declared outputs, each written by the writer specialised for its type.
    @inlinable
    static func appendList<Shape: OutputShape>(_ values: [Shape], to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "["))
        for (index, element) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            guard appendObject(element, to: &out) else { return false }
        }
        out.append(UInt8(ascii: "]"))
        return true
    }

    @usableFromInline
    static func appendZonedTime(_ time: ZonedTime, to out: inout [UInt8]) {
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

    @usableFromInline
    static func appendList(_ items: [String], to out: inout [UInt8], _ write: (String, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(item, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// One of our own names (a field name, an enum's raw value: ASCII letters, digits and
    /// underscores), quoted without looking for characters to escape.
    @usableFromInline
    static func appendIdentifier(_ name: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: name.utf8)
        out.append(UInt8(ascii: "\""))
    }

    // MARK: Strings

    /// Appends `text` as a JSON string literal.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// Appends UTF-8 bytes as a JSON string literal: `"` and `\` get a backslash, control
    /// characters their short form or `\u00XX`. The escaped length is counted first, the output
    /// grown by exactly that much, and the text copied into it run by run (the bytes between two
    /// that need escaping, found eight at a time): nothing is ever written past the end.
    public static func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let raw = UnsafeRawBufferPointer(bytes)
        escapes.withUnsafeBufferPointer { escapes in
            var extra = 0
            var index = nextToEscape(in: raw, from: 0, escapes: escapes)
            while index < bytes.count {
                extra &+= escapes[Int(bytes[index])] == 1 ? 5 : 1
                index = nextToEscape(in: raw, from: index + 1, escapes: escapes)
            }
            let start = out.count
            out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "\""), count: bytes.count + extra + 2))
            guard extra > 0 else {
                out.replaceSubrange(start + 1 ..< start + 1 + bytes.count, with: bytes)
                return
            }
            out.withUnsafeMutableBytes { buffer in
                var written = start + 1
                var index = 0
                while index < bytes.count {
                    let next = nextToEscape(in: raw, from: index, escapes: escapes)
                    if next > index {
                        UnsafeMutableRawBufferPointer(rebasing: buffer[written ..< written + next - index])
                            .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[index ..< next]))
                        written += next - index
                    }
                    guard next < bytes.count else { break }
                    let byte = bytes[next]
                    let escape = escapes[Int(byte)]
                    buffer[written] = UInt8(ascii: "\\")
                    if escape == 1 {
                        buffer[written + 1] = UInt8(ascii: "u")
                        buffer[written + 2] = UInt8(ascii: "0")
                        buffer[written + 3] = UInt8(ascii: "0")
                        buffer[written + 4] = hex[Int(byte >> 4)]
                        buffer[written + 5] = hex[Int(byte & 0xF)]
                        written += 6
                    } else {
                        buffer[written + 1] = escape
                        written += 2
                    }
                    index = next + 1
                }
            }
        }
    }

    /// The offset of the first byte at or after `start` that needs escaping, or the count.
    @usableFromInline
    static func nextToEscape(in raw: UnsafeRawBufferPointer, from start: Int, escapes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index + 8 <= raw.count {
            let mask = needsEscape(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            if mask != 0 { return index + mask.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < raw.count, escapes[Int(raw[index])] == 0 { index += 1 }
        return index
    }

    /// The high bit of every byte of `word` that needs escaping (`"`, `\`, below 0x20), exactly:
    /// no carry crosses from one byte into the next.
    @usableFromInline
    static func needsEscape(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & low7) &+ low7) | value | low7) }
        let controls = ~(((word & low7) &+ (ones &* 0x60)) | word) & highs
        return zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C)) | controls
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
