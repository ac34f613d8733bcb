import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-delimited messages from a blocking file descriptor, in time linear in the input.
///
/// Each byte is scanned once: a search for the newline resumes where the last one stopped. A line
/// longer than `limit` is not kept: its bytes are skipped up to the next newline and it is
/// reported as `.tooLong`, so one huge line neither stalls the reader nor fills memory. A last
/// line without a newline is still delivered at end of file. Owned by the one reader thread.
struct LineReader {
    /// What `next()` read.
    enum Line: Equatable {
        case message(Data)
        /// A line over the limit, skipped; `bytes` is how long it was.
        case tooLong(bytes: Int)
    }

    /// The longest line taken: 8 MiB, room for a 1 MiB free-text field escaped several times over.
    static let defaultLimit = 8 * 1024 * 1024

    private let fileDescriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    /// Where the current line starts in `buffer`, and how far it was searched for a newline.
    private var lineStart = 0
    private var scanned = 0
    /// Bytes of an over-long line skipped so far (its start is no longer in `buffer`).
    private var skipping: Int?
    private var atEnd = false
    private var chunk = [UInt8](repeating: 0, count: 65_536)

    init(fileDescriptor: Int32, limit: Int = LineReader.defaultLimit) {
        self.fileDescriptor = fileDescriptor
        self.limit = limit
    }

    /// The next non-blank line, or `nil` at end of input.
    mutating func next() -> Line? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = lineStart..<newline
                lineStart = newline + 1
                scanned = lineStart
                if let skipped = skipping {
                    skipping = nil
                    return .tooLong(bytes: skipped + line.count)
                }
                if line.count > limit { return .tooLong(bytes: line.count) }
                if Self.isBlank(buffer[line]) { continue }
                return .message(Data(buffer[line]))
            }
            scanned = buffer.count
            if let skipped = skipping {
                skipping = skipped + (buffer.count - lineStart)
                buffer.removeAll(keepingCapacity: true)
                (lineStart, scanned) = (0, 0)
            } else if buffer.count - lineStart > limit {
                skipping = buffer.count - lineStart
                buffer.removeAll(keepingCapacity: true)
                (lineStart, scanned) = (0, 0)
            }
            if atEnd { return finish() }
            compact()
            fill()
        }
    }

    /// What is left at end of input: a last line without a newline, or nothing.
    private mutating func finish() -> Line? {
        defer {
            buffer.removeAll()
            (lineStart, scanned, skipping) = (0, 0, nil)
        }
        if let skipped = skipping { return .tooLong(bytes: skipped + buffer.count - lineStart) }
        let rest = buffer[lineStart...]
        return Self.isBlank(rest) ? nil : .message(Data(rest))
    }

    /// Drops the lines already returned once they are more than half the buffer.
    private mutating func compact() {
        guard lineStart > 0, lineStart >= buffer.count / 2 else { return }
        buffer.removeSubrange(0..<lineStart)
        scanned -= lineStart
        lineStart = 0
    }

    private mutating func fill() {
        let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            atEnd = true
        }
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
