import Foundation
import InterviewPrep

/// A JSON-RPC error reply: the code, a message that says what to send instead, and optional data.
///
/// The only error type the protocol layer answers with; handlers throw it for malformed
/// requests. Tool failures are not protocol errors: they are results with `isError: true`.
struct RPCError: Error, Equatable, Sendable {
    var code: Int
    var message: String
    /// Extra detail as JSON (for example `{"uri": …}` for a missing resource).
    var data: [UInt8]?

    /// -32700: the line is not JSON.
    static func parseError(_ detail: String) -> RPCError { RPCError(code: -32700, message: "Parse error: \(detail)") }

    /// -32600: JSON, but not a request this server can take (always answered with id null when
    /// the id could not be read).
    static func invalidRequest(_ detail: String) -> RPCError { RPCError(code: -32600, message: "Invalid Request: \(detail)") }

    /// -32601: no such method (in this protocol version).
    static func methodNotFound(_ method: String, detail: String? = nil) -> RPCError {
        var data: [UInt8] = []
        JSONWriter.appendString(method, to: &data)
        return RPCError(code: -32601, message: "Method not found: \(method)" + (detail.map { " (\($0))" } ?? ""), data: data)
    }

    /// -32602: the params are wrong; `detail` names the field and what is allowed.
    static func invalidParams(_ detail: String) -> RPCError { RPCError(code: -32602, message: "Invalid params: \(detail)") }

    /// -32603: a failure of the server itself.
    static func internalError(_ detail: String) -> RPCError { RPCError(code: -32603, message: "Internal error: \(detail)") }

    /// The resource at `uri` does not exist: -32002 before 2026-07-28, -32602 from it on, with `data.uri`.
    static func resourceNotFound(_ uri: String, version: ProtocolVersion) -> RPCError {
        var data = Array(#"{"uri":"#.utf8)
        JSONWriter.appendString(uri, to: &data)
        data.append(UInt8(ascii: "}"))
        let code = version.isStateless ? -32602 : -32002
        return RPCError(code: code, message: "Resource not found: \(uri). Call resources/list or resources/templates/list for what exists.", data: data)
    }

    /// -32022: the request's protocol version is not one this server speaks.
    static func unsupportedVersion(_ requested: String) -> RPCError {
        var data = Array(#"{"supported":"#.utf8)
        JSONWriter.appendStrings(ProtocolVersion.stateless.map(\.rawValue), to: &data)
        data.append(contentsOf: #","requested":"#.utf8)
        JSONWriter.appendString(requested, to: &data)
        data.append(UInt8(ascii: "}"))
        let supported = ProtocolVersion.stateless.map(\.rawValue).joined(separator: ", ")
        return RPCError(code: -32022, message: "Unsupported protocol version: \(requested); this server speaks \(supported) per request (and \(ProtocolVersion.handshake.map(\.rawValue).joined(separator: ", ")) through initialize)", data: data)
    }
}
