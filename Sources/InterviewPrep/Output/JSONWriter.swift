import Foundation

/// Writes JSON bytes identical to Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes`: strings escaped as RFC 8259 asks, and every `OutputShape` from its
/// one declaration of fields, for the hottest replies (interview lists). It writes only into room
/// it has added to the array first (appending, or storing inside space it counted exactly):
/// never past the end.
public enum JSONWriter {
    /// Appends `value`'s JSON and returns true, or appends nothing and returns false when one of
    /// its fields is left to `Encodable` (`.encoded`), so the caller encodes the whole value.
    @inlinable
    public static func append(_ value: some OutputShape, to out: inout [UInt8]) -> Bool {
        let start = out.count
        guard withUnsafePointer(to: value, { appendObject(at: $0, to: &out) }) else {
            out.removeSubrange(start...)
            return false
        }
        return true
    }

    /// Writes the output at `value`, each field read where it lies.
    @inlinable
    static func appendObject<Shape: OutputShape>(at value: UnsafePointer<Shape>, to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "{"))
        var first = true
        // Through the buffer: calling each field's writer in place, not copying each field out.
        let complete = Shape.outputFields.withUnsafeBufferPointer { fields in
            for index in fields.indices {
                guard fields[index].appendJSON(value, &out, &first) else { return false }
            }
            return true
        }
        guard complete else { return false }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// `"name":` as bytes, made once per field.
    @inlinable
    static func key(_ name: String) -> [UInt8] { Array("\"\(name)\":".utf8) }

    /// Appends a comma unless this is the object's first field, then `key`.
    @inlinable
    static func appendKey(_ key: [UInt8], to out: inout [UInt8], first: inout Bool) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        key.withUnsafeBufferPointer { out.append(contentsOf: $0) }  // borrowed: append(contentsOf:) would take its own reference
    }

    /// Appends a literal's UTF-8 bytes from where the compiler stored them (a `String`'s `utf8`
    /// view is copied out through the general `Sequence` path).
    @usableFromInline
    static func appendLiteral(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Appends `number`'s decimal digits, without making a `String` of them.
    @usableFromInline
    static func appendInteger(_ number: Int, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        let start = out.count
        var rest = number.magnitude
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        out[start...].reverse()
    }

    @usableFromInline
    static func appendIdentifiers(_ raws: [String], to out: inout [UInt8]) { appendList(raws, to: &out) { appendIdentifier($0, to: &$1) } }

    /// Appends `texts` as a JSON array of strings.
    public static func appendStrings(_ texts: [String], to out: inout [UInt8]) { appendList(texts, to: &out) { appendString($0, to: &$1) } }

    @usableFromInline
    static func appendUTCTime(_ time: UTCTime, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        time.append(to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// A JSON array of declared outputs, each written by the writer specialised for its type.
    @inlinable
    static func appendList<Shape: OutputShape>(_ values: [Shape], to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "["))
        // Through the buffer: each element is written where it is, not copied out first.
        let complete = values.withUnsafeBufferPointer { elements in
            guard let first = elements.baseAddress else { return true }
            for index in elements.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard appendObject(at: first + index, to: &out) else { return false }
            }
            return true
        }
        guard complete else { return false }
        out.append(UInt8(ascii: "]"))
        return true
    }

    @usableFromInline
    static func appendZonedTime(_ time: ZonedTime, to out: inout [UInt8]) {
        appendLiteral(#"{"abbreviation":"#, to: &out)
        appendString(time.abbreviation, to: &out)
        appendLiteral(#","local":""#, to: &out)
        time.appendLocal(to: &out)
        appendLiteral(#"","timezone":"#, to: &out)
        appendString(time.timeZone, to: &out)
        appendLiteral(#","utc":""#, to: &out)
        time.appendUTC(to: &out)
        appendLiteral(#""}"#, to: &out)
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
        var name = name
        out.append(UInt8(ascii: "\""))
        name.withUTF8 { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
    }

    // MARK: Strings

    /// Appends `text` as a JSON string literal.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// Appends UTF-8 bytes as a JSON string literal: `"` and `\` get a backslash, control
    /// characters their short form or `\u00XX`. The escaped length is counted first and the
    /// output grown by exactly that much; then the text is written into it eight bytes at a time:
    /// a word with nothing to escape is stored whole (the output left is never shorter than the
    /// input left, so it always fits), any other byte by byte. Nothing is written past the end.
    public static func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let raw = UnsafeRawBufferPointer(bytes)
        let wholeWords = bytes.count & ~7
        escapes.withUnsafeBufferPointer { escapes in
            var extra = 0
            var index = 0
            while index < wholeWords {
                let value = word(raw, index)
                let mask = needsEscape(value)
                if mask != 0 {
                    // Quotes and backslashes add one byte each; control characters are rare.
                    if controlBytes(value) == 0 {
                        extra &+= mask.nonzeroBitCount
                    } else {
                        for offset in index ..< index + 8 { extra &+= extraLength(escapes[Int(bytes[offset])]) }
                    }
                }
                index += 8
            }
            for offset in wholeWords ..< bytes.count { extra &+= extraLength(escapes[Int(bytes[offset])]) }
            guard extra > 0 else {
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
                return
            }
            let start = out.count
            out.append(contentsOf: repeatElement(UInt8(ascii: "\""), count: bytes.count + extra + 2))
            out.withUnsafeMutableBytes { buffer in
                var written = start + 1
                func put(_ byte: UInt8) {
                    let escape = escapes[Int(byte)]
                    if escape == 0 {
                        buffer[written] = byte
                        written += 1
                    } else if escape == 1 {
                        for value in [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] {
                            buffer[written] = value
                            written += 1
                        }
                    } else {
                        buffer[written] = UInt8(ascii: "\\")
                        buffer[written + 1] = escape
                        written += 2
                    }
                }
                var index = 0
                while index < wholeWords {
                    let value = word(raw, index)
                    if needsEscape(value) == 0 {
                        buffer.storeBytes(of: value.littleEndian, toByteOffset: written, as: UInt64.self)
                        written += 8
                    } else {
                        for offset in index ..< index + 8 { put(bytes[offset]) }
                    }
                    index += 8
                }
                for offset in wholeWords ..< bytes.count { put(bytes[offset]) }
            }
        }
    }

    /// Appends JSON text (a whole document, such as a tool's output) as a JSON string literal:
    /// the same bytes as `appendString(utf8:to:)`, faster for text full of quotes. Makes room
    /// for it and `reservingAfter` more bytes at once, so that what the caller writes next does
    /// not grow (and copy) the output again.
    public static func appendJSONText(_ json: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], reservingAfter: Int = 0) {
        guard let length = jsonTextLength(json) else {
            out.reserveCapacity(out.count + json.count * 2 + reservingAfter)
            return appendString(utf8: json, to: &out)
        }
        out.reserveCapacity(out.count + length + reservingAfter)
        appendJSONText(json, length: length, to: &out)
    }

    /// The length of `json` as `appendJSONText` writes it: its bytes, a backslash for each `"`
    /// and `\`, and the two quotes; nil when it holds a raw control character. Compact JSON has
    /// none (its strings escape theirs); text with any is written by `appendString(utf8:to:)`.
    /// Sixteen bytes are compared at a time (`SIMD16` is SSE2 on x86-64, NEON on ARM).
    private static func jsonTextLength(_ json: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(json)
        let wholeBlocks = json.count & ~15
        var extra = 0
        var controls = SIMDMask<SIMD16<Int8>>()
        var index = 0
        while index < wholeBlocks {
            let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            controls .|= block .< SIMD16(repeating: 0x20)
            extra &+= Int(SIMD16<UInt8>().replacing(with: 1, where: quotesAndBackslashes(block)).wrappedSum())
            index += 16
        }
        guard !any(controls) else { return nil }
        for byte in json[wholeBlocks...] {
            guard byte >= 0x20 else { return nil }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { extra &+= 1 }
        }
        return json.count + extra + 2
    }

    /// The lanes of `block` that hold `"` or `\`.
    private static func quotesAndBackslashes(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (block .== SIMD16(repeating: UInt8(ascii: "\""))) .| (block .== SIMD16(repeating: UInt8(ascii: "\\")))
    }

    /// Appends `json`, whose `jsonTextLength` is `length`, as a string literal. The output is
    /// grown by exactly `length` first, then written sixteen bytes at a time, as two words: each
    /// word is stored whole from each quote or backslash on (a backslash put before it, the next
    /// store overwriting what the last wrote past its run). A block's stores reach at most 39
    /// bytes past where it starts, so a block is stored that way only while that much room is
    /// left before the closing quote, and byte by byte near the end: nothing is written past it.
    private static func appendJSONText(_ json: UnsafeBufferPointer<UInt8>, length: Int, to out: inout [UInt8]) {
        let raw = UnsafeRawBufferPointer(json)
        let wholeBlocks = json.count & ~15
        let start = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "\""), count: length))
        out.withUnsafeMutableBytes { buffer in
            let closingQuote = start + length - 1
            var written = start + 1
            func put(_ byte: UInt8) {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    buffer[written] = UInt8(ascii: "\\")
                    written += 1
                }
                buffer[written] = byte
                written += 1
            }
            // `marks` has the high bit of each byte of `word` to escape.
            func store(_ word: UInt64, marks: UInt64) {
                var marks = marks
                var from = 0
                while marks != 0 {
                    let at = marks.trailingZeroBitCount >> 3
                    buffer.storeBytes(of: (word >> UInt64(from * 8)).littleEndian, toByteOffset: written, as: UInt64.self)
                    written += at - from
                    buffer[written] = UInt8(ascii: "\\")
                    written += 1
                    from = at
                    marks &= marks - 1
                }
                buffer.storeBytes(of: (word >> UInt64(from * 8)).littleEndian, toByteOffset: written, as: UInt64.self)
                written += 8 - from
            }
            var index = 0
            while index < wholeBlocks {
                if written + 39 <= closingQuote {
                    let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                    let marks = unsafeBitCast(SIMD16<UInt8>().replacing(with: 0x80, where: quotesAndBackslashes(block)), to: SIMD2<UInt64>.self)
                    let words = unsafeBitCast(block, to: SIMD2<UInt64>.self)
                    store(UInt64(littleEndian: words[0]), marks: UInt64(littleEndian: marks[0]))
                    store(UInt64(littleEndian: words[1]), marks: UInt64(littleEndian: marks[1]))
                } else {
                    for offset in index ..< index + 16 { put(json[offset]) }
                }
                index += 16
            }
            for byte in json[wholeBlocks...] { put(byte) }
        }
    }

    /// The high bit of every byte of `word` that is `"` or `\\`, exactly.
    @usableFromInline
    static func quotesAndBackslashes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & low7) &+ low7) | value | low7) }
        return zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
    }

    /// The eight bytes at `offset`, the first in the lowest bits.
    @usableFromInline
    static func word(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// What escaping adds to a byte: 0 (plain), 5 (`\u00XX`) or 1 (`\n`, `\"`…).
    @usableFromInline
    static func extraLength(_ escape: UInt8) -> Int { escape == 0 ? 0 : escape == 1 ? 5 : 1 }

    /// The high bit of every byte of `word` below 0x20.
    @usableFromInline
    static func controlBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
        return ~(((word & low7) &+ (ones &* 0x60)) | word) & highs
    }

    /// The high bit of every byte of `word` that needs escaping (`"`, `\`, below 0x20), exactly:
    /// no carry crosses from one byte into the next.
    @usableFromInline
    static func needsEscape(_ word: UInt64) -> UInt64 {
        quotesAndBackslashes(word) | controlBytes(word)
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
