import Foundation
import InterviewPrep

/// A request's JSON-RPC id as the client sent it: its JSON text, written back into the reply
/// unchanged, and a key to track it by.
///
/// MCP allows a string or an integer (never null); anything else makes the request invalid
/// (see `IncomingMessage`), and its error reply carries `null`.
struct RequestID: Sendable, Hashable {
    /// The id as JSON: a quoted string, an integer, or `null`.
    let json: [UInt8]
    /// `s:<text>` or `n:<digits>`: numbers and strings never collide; empty for `null`.
    let key: String

    /// The id of a reply to a request whose id could not be read.
    static let null = RequestID(json: Array("null".utf8), key: "")

    private init(json: [UInt8], key: String) {
        self.json = json
        self.key = key
    }

    /// The id of a parsed JSON value, or `nil` when it is not a string or an integer.
    init?(jsonValue id: Any) {
        switch id {
        case let text as String:
            var quoted: [UInt8] = []
            JSONWriter.appendString(text, to: &quoted)
            self.init(json: quoted, key: "s:" + text)
        case let number as NSNumber where Self.isInteger(number):
            self.init(json: Array(number.stringValue.utf8), key: "n:" + number.stringValue)
        default:
            return nil
        }
    }

    /// Whether a number from `JSONSerialization` was written as an integer: booleans come as
    /// numbers of type `c`, fractions and exponents as `d` (so do integers too large for 64 bits).
    private static func isInteger(_ number: NSNumber) -> Bool {
        let type = String(cString: number.objCType)
        return type != "c" && type != "d" && type != "f"
    }

    /// `{"jsonrpc":"2.0","id":<id>,"result":`: a reply to this request up to its result.
    var resultPrefix: [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
        out.append(contentsOf: json)
        out.append(contentsOf: #","result":"#.utf8)
        return out
    }

    /// The reply to this request whose result is the JSON object `result`.
    func reply(result: [UInt8]) -> [UInt8] {
        var out = resultPrefix
        out.reserveCapacity(out.count + result.count + 1)
        out.append(contentsOf: result)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// The error reply to this request.
    func reply(error: RPCError) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
        out.append(contentsOf: json)
        out.append(contentsOf: #","error":{"code":"#.utf8)
        out.append(contentsOf: String(error.code).utf8)
        out.append(contentsOf: #","message":"#.utf8)
        JSONWriter.appendString(error.message, to: &out)
        if let data = error.data {
            out.append(contentsOf: #","data":"#.utf8)
            out.append(contentsOf: data)
        }
        out.append(contentsOf: "}}".utf8)
        return out
    }
}
