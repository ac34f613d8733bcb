import Foundation
import InterviewPrep
import MCP

/// What the transport does with one line read from stdin.
enum IncomingLine: Equatable {
    /// Hand it to the server; remember the request ids to answer; forget a cancelled one.
    case forward(requestIDs: [String], cancelledID: String?)
    /// Answer it here with `reply` (a JSON-RPC error) and do not forward it.
    case reject(reply: Data)
    /// A well-formed `tools/call`, parsed: answered by `ToolCallResponder`.
    case toolCall(ToolCallRequest)
    /// A well-formed `tools/list`: answered from `ToolListReply`'s bytes.
    case toolList(RequestID)

    static func classify(_ line: Data) -> IncomingLine {
        guard let json = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else {
            return .reject(reply: errorReply(id: nil, code: -32700, message: "Parse error: the line is not valid JSON"))
        }
        if let batch = json as? [Any] {
            return .forward(requestIDs: batch.compactMap { ($0 as? [String: Any]).flatMap(requestKey) }, cancelledID: nil)
        }
        guard let message = json as? [String: Any] else {
            return .reject(reply: errorReply(id: nil, code: -32600, message: "Invalid Request: a message must be a JSON object"))
        }
        guard let method = message["method"] as? String else {
            return .forward(requestIDs: [], cancelledID: nil)  // a response to a request of ours
        }
        guard let id = requestKey(message) else {
            let cancelled = method == "notifications/cancelled"
                ? ((message["params"] as? [String: Any])?["requestId"]).flatMap(idKey) : nil
            return .forward(requestIDs: [], cancelledID: cancelled)
        }
        if method == "tools/call" {
            if let problem = toolCallProblem(message["params"]) {
                return .reject(reply: errorReply(id: message["id"], code: -32602, message: "Invalid params: \(problem)"))
            }
            let params = message["params"] as? [String: Any]
            return .toolCall(ToolCallRequest(
                id: RequestID(json: message["id"] ?? NSNull(), key: id), name: params?["name"] as? String ?? "",
                arguments: ExactArguments.of(line) ?? (params?["arguments"] as? [String: Any])?.mapValues(Value.init(jsonObject:))))
        }
        if method == "tools/list" {
            if let problem = ToolListReply.problem(message["params"]) {
                return .reject(reply: errorReply(id: message["id"], code: -32602, message: "Invalid params: \(problem)"))
            }
            return .toolList(RequestID(json: message["id"] ?? NSNull(), key: id))
        }
        return .forward(requestIDs: [id], cancelledID: nil)
    }

    /// The tracking key of a request's id, `nil` for a notification.
    static func requestKey(_ message: [String: Any]) -> String? {
        guard message["method"] is String, let id = message["id"] else { return nil }
        return idKey(id)
    }

    /// A JSON-RPC id as a comparable key: numbers and strings never collide.
    static func idKey(_ id: Any) -> String? {
        switch id {
        case let text as String: "s:" + text
        case let number as NSNumber: "n:" + number.stringValue
        default: nil
        }
    }

    /// Why `params` of a `tools/call` cannot be a call, or `nil` when its shape is right.
    private static func toolCallProblem(_ params: Any?) -> String? {
        guard let params = params as? [String: Any] else { return "tools/call needs params with a tool name" }
        guard params["name"] is String else { return "params.name must be the tool name as a string" }
        if let arguments = params["arguments"], !(arguments is [String: Any]), !(arguments is NSNull) {
            return "params.arguments must be a JSON object of the tool's arguments"
        }
        return nil
    }

    static func errorReply(id: Any?, code: Int, message: String) -> Data {
        let reply: [String: Any] = [
            "jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": code, "message": message],
        ]
        return (try? JSONSerialization.data(withJSONObject: reply, options: [.sortedKeys])) ?? Data()
    }
}

/// A `tools/call` request as the transport read it (parsed once, answered by `ToolCallResponder`).
struct ToolCallRequest: Sendable, Equatable {
    var id: RequestID
    var name: String
    var arguments: [String: Value]?

    /// The tracking key of its id (see `IncomingLine.idKey`).
    var key: String { id.key }
}

/// A request's JSON-RPC id as the transport read it: its JSON text, to write into the reply,
/// and its tracking key (see `IncomingLine.idKey`).
struct RequestID: Sendable, Equatable {
    /// The id as JSON: a quoted string or a number, `null` when it was neither.
    var json: [UInt8]
    var key: String

    init(json id: Any, key: String) {
        self.key = key
        switch id {
        case let text as String:
            var quoted: [UInt8] = []
            JSONWriter.appendString(text, to: &quoted)
            json = quoted
        case let number as NSNumber:
            json = Array(number.stringValue.utf8)
        default:
            json = Array("null".utf8)
        }
    }

    /// `{"jsonrpc":"2.0","id":<id>,"result":`: a reply to this request up to its result.
    var resultPrefix: [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
        out.append(contentsOf: json)
        out.append(contentsOf: #","result":"#.utf8)
        return out
    }

    /// The reply to this request whose result is `result`.
    func reply(result: [UInt8]) -> [UInt8] {
        var out = resultPrefix
        out.reserveCapacity(out.count + result.count + 1)
        out.append(contentsOf: result)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// The JSON-RPC error reply to this request.
    func error(code: Int, message: String) -> [UInt8] {
        var out = Array(#"{"error":{"code":"#.utf8)
        out.append(contentsOf: String(code).utf8)
        out.append(contentsOf: #","message":"#.utf8)
        JSONWriter.appendString(message, to: &out)
        out.append(contentsOf: #"},"id":"#.utf8)
        out.append(contentsOf: json)
        out.append(contentsOf: #","jsonrpc":"2.0"}"#.utf8)
        return out
    }
}

/// A message the server sends, with what the transport needs to know about it.
struct OutgoingMessage {
    /// The bytes to write (resource-not-found errors gain `data.uri`, as the MCP spec asks).
    var data: Data
    /// The key of the request it answers, `nil` for notifications and requests.
    var responseID: String?

    init(_ data: Data) {
        self.data = data
        guard var message = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              message["method"] == nil, let id = message["id"] else { return }
        responseID = IncomingLine.idKey(id)
        if var error = message["error"] as? [String: Any], (error["code"] as? Int) == ResourceNotFound.code,
           error["data"] == nil, let text = error["message"] as? String,
           let range = text.range(of: ResourceNotFound.marker) {
            error["data"] = ["uri": String(text[range.upperBound...])]
            message["error"] = error
            self.data = (try? JSONSerialization.data(withJSONObject: message, options: [.withoutEscapingSlashes])) ?? data
        }
    }
}

/// The MCP "resource not found" error, whose message ends with the URI.
enum ResourceNotFound {
    static let code = -32002
    static let marker = "Resource not found: "
}
