import Foundation

/// One JSON-RPC message from the client, checked against JSON-RPC 2.0 and MCP's rules for ids.
enum IncomingMessage {
    /// A request: it gets exactly one reply (unless cancelled).
    case request(RPCRequest)
    /// A notification: no reply, whatever happens.
    case notification(method: String, params: JSONObject?)
    /// A reply to a request of ours (this server sends none, so it is dropped).
    case response
    /// Not a valid request: answered with this error and id null.
    case invalid(RPCError)

    /// Classifies one parsed JSON value (an element of a batch or a whole line).
    init(_ json: Any) {
        guard let message = json as? [String: Any] else {
            self = .invalid(.invalidRequest("a message must be a JSON object"))
            return
        }
        guard message["jsonrpc"] as? String == "2.0" else {
            self = .invalid(.invalidRequest(#"jsonrpc must be "2.0""#))
            return
        }
        guard let methodValue = message["method"] else {
            let isResponse = message["id"] != nil && (message["result"] != nil || message["error"] != nil)
            self = isResponse ? .response : .invalid(.invalidRequest("a request needs a method"))
            return
        }
        guard let method = methodValue as? String else {
            self = .invalid(.invalidRequest("method must be a string"))
            return
        }
        let params: RPCRequest.Params
        switch message["params"] {
        case nil: params = .absent
        case let object as [String: Any]: params = .object(JSONObject(object))
        default: params = .notAnObject
        }
        guard let idValue = message["id"] else {
            if case .object(let object) = params {
                self = .notification(method: method, params: object)
            } else {
                self = .notification(method: method, params: nil)
            }
            return
        }
        guard let id = RequestID(jsonValue: idValue) else {
            self = .invalid(.invalidRequest("id must be a string or an integer (MCP does not allow null)"))
            return
        }
        self = .request(RPCRequest(id: id, method: method, params: params))
    }
}

/// A request, its params as sent.
struct RPCRequest: Sendable {
    enum Params: Sendable {
        case absent
        case object(JSONObject)
        /// An array or a scalar: MCP's params are always an object.
        case notAnObject
    }

    var id: RequestID
    var method: String
    var params: Params

    /// The params object (empty when absent), or -32602 when they are not an object.
    func object() throws(RPCError) -> JSONObject {
        switch params {
        case .absent: JSONObject([:])
        case .object(let object): object
        case .notAnObject: throw .invalidParams("params of \(method) must be a JSON object")
        }
    }
}

/// A JSON object from `JSONSerialization`: immutable once parsed, so safe to hand to a task.
struct JSONObject: @unchecked Sendable {
    let values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    subscript(key: String) -> Any? { values[key] }

    /// The string at `key`, `nil` when absent, -32602 naming `field` when it is not a string.
    func string(_ key: String, field: String? = nil) throws(RPCError) -> String? {
        switch values[key] {
        case nil, is NSNull: return nil
        case let text as String: return text
        default: throw .invalidParams("\(field ?? key) must be a string")
        }
    }

    /// The required string at `key`.
    func requiredString(_ key: String, field: String? = nil, what: String) throws(RPCError) -> String {
        guard let text = try string(key, field: field) else { throw .invalidParams("\(field ?? key) is required: \(what)") }
        return text
    }

    /// The object at `key`, `nil` when absent, -32602 naming `field` when it is not an object.
    func object(_ key: String, field: String? = nil) throws(RPCError) -> JSONObject? {
        switch values[key] {
        case nil, is NSNull: return nil
        case let object as [String: Any]: return JSONObject(object)
        default: throw .invalidParams("\(field ?? key) must be a JSON object")
        }
    }
}
