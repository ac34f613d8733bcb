/// Writes UTF-8 text as a JSON string literal (RFC 8259 escaping, `/` left as is), as
/// Foundation's `JSONEncoder` does with `.withoutEscapingSlashes`.
enum JSONString {
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

    /// Appends `text` quoted and escaped.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0), to: &out) }
    }

    /// Appends the UTF-8 bytes quoted and escaped.
    static func append(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let length = escapedLength(bytes)
        out.reserveCapacity(out.count + length + 2)
        out.append(UInt8(ascii: "\""))
        if length == bytes.count {
            out.append(contentsOf: bytes)
        } else {
            out.append(contentsOf: [UInt8](unsafeUninitializedCapacity: length + slack) { buffer, count in
                count = writeEscaped(bytes, to: buffer.baseAddress!)
            })
        }
        out.append(UInt8(ascii: "\""))
    }

    /// How many bytes `bytes` takes once escaped (without the quotes). Eight bytes at a time:
    /// quotes and backslashes are counted from bit masks; a word with a control character is
    /// counted byte by byte.
    static func escapedLength(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var length = bytes.count
        var index = 0
        while index + 8 <= bytes.count {
            let word = Word(base + index)
            if word.hasControlCharacter {
                length += byteByByteExtra(UnsafeRawBufferPointer(start: base + index, count: 8))
            } else {
                length += Word.count(word.quotesAndBackslashes)
            }
            index += 8
        }
        return length + byteByByteExtra(UnsafeRawBufferPointer(start: base + index, count: bytes.count - index))
    }

    /// The bytes that escaping adds to `bytes`.
    private static func byteByByteExtra(_ bytes: UnsafeRawBufferPointer) -> Int {
        escapes.withUnsafeBufferPointer { escapes in
            var extra = 0
            for byte in bytes {
                let escape = escapes[Int(byte)]
                if escape != 0 { extra += escape == 1 ? 5 : 1 }
            }
            return extra
        }
    }

    /// How many bytes past the escaped text `writeEscaped` may scribble on.
    static let slack = 8

    /// Writes `bytes` escaped (without quotes) at `destination`, which has room for
    /// `escapedLength(bytes) + slack` bytes; returns the escaped length. Eight bytes at a time:
    /// a word is stored whole and, for each quote or backslash in it, the rest of the word is
    /// stored again one byte further on, after a backslash (JSON has a quote every few bytes).
    /// A word with a control character goes through the escape table.
    static func writeEscaped(_ bytes: UnsafeRawBufferPointer, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var written = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = Word(base + index)
            if word.hasControlCharacter {
                written += byteByByteEscaped(UnsafeRawBufferPointer(start: base + index, count: 8), to: destination + written)
            } else {
                var marks = word.quotesAndBackslashes
                var rest = word.bits  // the word from its first byte not yet written
                var done = 0  // bytes of the word already written
                while marks != 0 {
                    let at = marks.trailingZeroBitCount &>> 3
                    Word.store(rest, at: destination + written)
                    written += at - done
                    destination[written] = UInt8(ascii: "\\")
                    written += 1
                    rest = word.bits &>> UInt64(at &* 8)
                    done = at
                    marks &= marks &- 1
                }
                Word.store(rest, at: destination + written)
                written += 8 - done
            }
            index += 8
        }
        let rest = UnsafeRawBufferPointer(start: base + index, count: bytes.count - index)
        return written + byteByByteEscaped(rest, to: destination + written)
    }

    /// `writeEscaped` through the escape table, one byte at a time.
    private static func byteByByteEscaped(_ bytes: UnsafeRawBufferPointer, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        escapes.withUnsafeBufferPointer { escapes in
            var index = 0
            for byte in bytes {
                let escape = escapes[Int(byte)]
                if escape == 0 {
                    destination[index] = byte
                    index += 1
                } else if escape == 1 {
                    destination[index] = UInt8(ascii: "\\")
                    destination[index + 1] = UInt8(ascii: "u")
                    destination[index + 2] = UInt8(ascii: "0")
                    destination[index + 3] = UInt8(ascii: "0")
                    destination[index + 4] = hex[Int(byte >> 4)]
                    destination[index + 5] = hex[Int(byte & 0xF)]
                    index += 6
                } else {
                    destination[index] = UInt8(ascii: "\\")
                    destination[index + 1] = escape
                    index += 2
                }
            }
            return index
        }
    }

    /// Eight bytes of text, first byte lowest, tested for what needs escaping all at once.
    private struct Word {
        let bits: UInt64

        init(_ address: UnsafeRawPointer) {
            bits = UInt64(littleEndian: address.loadUnaligned(as: UInt64.self))
        }

        /// Whether a byte is below 0x20.
        var hasControlCharacter: Bool { Self.zeroBytes(bits & 0xE0E0_E0E0_E0E0_E0E0) != 0 }

        /// The high bit set in each byte that is `"` or `\`.
        var quotesAndBackslashes: UInt64 {
            Self.zeroBytes(bits ^ 0x2222_2222_2222_2222) | Self.zeroBytes(bits ^ 0x5C5C_5C5C_5C5C_5C5C)
        }

        /// Writes the eight bytes of `bits`, lowest first, at `destination`.
        static func store(_ bits: UInt64, at destination: UnsafeMutablePointer<UInt8>) {
            UnsafeMutableRawPointer(destination).storeBytes(of: bits.littleEndian, as: UInt64.self)
        }

        /// How many bytes of `marks` (from `zeroBytes`) are marked: without a popcount instruction.
        static func count(_ marks: UInt64) -> Int {
            Int(((marks &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
        }

        /// The high bit set in exactly the bytes of `word` that are zero.
        private static func zeroBytes(_ word: UInt64) -> UInt64 {
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((word & low) &+ low) | word | low)
        }
    }
}
