import Foundation
import InterviewPrep
import Coaching
import Mail
import MCP
import MockInterview
import Synchronization

/// What a tool call produced: its output encoded once as JSON, or a message for the model.
///
/// The JSON serves both as `structuredContent` and, escaped, as the text block, so a reply is
/// built without decoding the output back into `Value` (see `ServerMethods.callTool`).
public enum ToolOutcome: Sendable, Equatable {
    case success(json: [UInt8])
    case failure(message: String)

    /// Room for an output: the largest one written so far (up to 1 MiB), so lists that come back
    /// every call are written without growing their buffer.
    private static let capacityHint = Atomic<Int>(16 * 1024)

    /// Encodes `output` with sorted keys: a declared output (`OutputShape`) by `JSONWriter`, the
    /// rest by `JSONEncoder`, byte for byte the same.
    static func json(encoding output: any Encodable & Sendable) throws -> [UInt8] {
        if let shape = output as? any OutputShape {
            var bytes: [UInt8] = []
            let hint = capacityHint.load(ordering: .relaxed)
            bytes.reserveCapacity(hint)
            if shape.appendJSON(to: &bytes) {
                if bytes.count > hint { capacityHint.store(min(bytes.count, 1 << 20), ordering: .relaxed) }
                return bytes
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(output))
    }

    public var isError: Bool {
        if case .failure = self { return true }
        return false
    }

    /// The SDK's result type (for tests that read a result as a client would).
    public var result: CallTool.Result {
        get throws {
            switch self {
            case .success(let json):
                CallTool.Result(
                    content: [.text(text: String(decoding: json, as: UTF8.self), annotations: nil, _meta: nil)],
                    structuredContent: try Value(json: Data(json)) as Value?, isError: false)
            case .failure(let message):
                CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
            }
        }
    }

    /// The `result` member of a JSON-RPC reply, as bytes: the output JSON spliced in as
    /// `structuredContent` and escaped into the text block.
    public var resultJSON: Data { Data(resultBytes) }

    /// `resultJSON` as an array.
    var resultBytes: [UInt8] { reply(before: [], after: []) }

    /// What closes a success's text block and opens its `structuredContent`.
    private static let structuredPrefix = Array(#"}],"structuredContent":"#.utf8)
    /// What closes a success's result after its `structuredContent`.
    private static let successSuffix = Array(#","isError":false}"#.utf8)

    /// `before`, the `result` member, then `after`: for a success, the output JSON escaped into
    /// the text block and spliced in as `structuredContent`. `members` (each followed by a
    /// comma) open the result object: what the request's protocol version adds.
    func reply(before: [UInt8], members: [UInt8] = [], after: [UInt8]) -> [UInt8] {
        switch self {
        case .success(let json):
            var out = before
            out.append(UInt8(ascii: "{"))
            out.append(contentsOf: members)
            out.append(contentsOf: #""content":[{"type":"text","text":"#.utf8)
            // Room for the escaped text and all that follows it (`structuredContent` holds the
            // output once more), made once its escaped length is known: the reply is written
            // without its buffer growing (and being copied) on the way, nor asking for more
            // memory than it needs (a list's reply is tens of kilobytes).
            let rest = Self.structuredPrefix.count + json.count + Self.successSuffix.count + after.count
            json.withUnsafeBufferPointer { JSONWriter.appendJSONText($0, to: &out, reservingAfter: rest) }
            out.append(contentsOf: Self.structuredPrefix)
            out.append(contentsOf: json)
            out.append(contentsOf: Self.successSuffix)
            out.append(contentsOf: after)
            return out
        case .failure(let message):
            var out = before
            out.append(UInt8(ascii: "{"))
            out.append(contentsOf: members)
            out.append(contentsOf: #""content":[{"type":"text","text":"#.utf8)
            JSONWriter.appendString(message, to: &out)
            out.append(contentsOf: #"}],"isError":true}"#.utf8)
            out.append(contentsOf: after)
            return out
        }
    }
}
