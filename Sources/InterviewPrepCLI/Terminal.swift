import Foundation

/// Output helpers for people (tables) and scripts (JSON).
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

    /// A left-aligned table with a header row.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }  // trailing only: an empty first cell keeps the columns aligned
            return text
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }
}
