import Foundation
import Testing
@testable import MCPServer

/// The line reader over a real pipe: lines, a last line without a newline, and lines over the limit.
@Suite struct LineReaderTests {
    func lines(_ input: [UInt8], limit: Int) throws -> [LineReader.Line] {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(input))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var reader = LineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor, limit: limit)
        var out: [LineReader.Line] = []
        while let line = reader.next() { out.append(line) }
        return out
    }

    @Test func linesBlankLinesAndALastLineWithoutNewline() throws {
        #expect(try lines(Array("a\n\n  \r\nbc\r\nlast".utf8), limit: 100) == [
            .message(Data("a".utf8)), .message(Data("bc\r".utf8)), .message(Data("last".utf8)),
        ])
    }

    @Test("a line over the limit is skipped and reported with its length; the next is read", arguments: [10, 70_000, 300_000])
    func overLimit(length: Int) throws {
        var input = Array("ok\n".utf8)
        input += Array(repeating: UInt8(ascii: "x"), count: length) + [UInt8(ascii: "\n")]
        input += Array("after\n".utf8)
        input += Array(repeating: UInt8(ascii: "y"), count: length)  // over the limit at end of input
        #expect(try lines(input, limit: 5) == [
            .message(Data("ok".utf8)), .tooLong(bytes: length), .message(Data("after".utf8)), .tooLong(bytes: length),
        ])
    }

    @Test func manyLinesAcrossReadsComeOutWhole() throws {
        let messages = (0..<5_000).map { "{\"id\":\($0),\"pad\":\"\(String(repeating: "p", count: $0 % 97))\"}" }
        let read = try lines(Array(messages.joined(separator: "\n").utf8), limit: 1_000)
        #expect(read == messages.map { .message(Data($0.utf8)) })
    }
}
