import Foundation
import MCP

/// A tool call's arguments decoded so that every string is exactly what was sent.
///
/// Foundation's `JSONSerialization` on Linux drops a byte-order mark (U+FEFF) sent as raw UTF-8
/// at the start of a string value; `JSONDecoder` keeps it. The transport parses with the faster
/// `JSONSerialization`, and takes the arguments from here only when the line holds those bytes.
/// Strings stay strings: nothing is turned into data, whatever it looks like.
enum ExactArguments {
    /// The arguments of the `tools/call` in `line` when it holds a raw byte-order mark, else `nil`.
    static func of(_ line: Data) -> [String: Value]? {
        guard containsByteOrderMark(line),
              let call = try? JSONDecoder().decode(Call.self, from: line) else { return nil }
        return call.params.arguments?.mapValues(\.value)
    }

    /// Whether `line` holds the UTF-8 bytes of U+FEFF (EF BB BF).
    static func containsByteOrderMark(_ line: Data) -> Bool {
        line.withUnsafeBytes { bytes in
            var index = 0
            while let found = bytes[index...].firstIndex(of: 0xEF) {
                if found + 2 < bytes.count, bytes[found + 1] == 0xBB, bytes[found + 2] == 0xBF { return true }
                index = found + 1
            }
            return false
        }
    }

    private struct Call: Decodable {
        struct Params: Decodable { var arguments: [String: Exact]? }
        var params: Params
    }

    /// One JSON value, its strings decoded by `JSONDecoder`.
    private struct Exact: Decodable {
        var value: Value

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                value = .int(number)
            } else if let number = try? container.decode(Double.self) {
                value = .double(number)
            } else if let text = try? container.decode(String.self) {
                value = .string(text)
            } else if let items = try? container.decode([Exact].self) {
                value = .array(items.map(\.value))
            } else {
                value = .object(try container.decode([String: Exact].self).mapValues(\.value))
            }
        }
    }
}
