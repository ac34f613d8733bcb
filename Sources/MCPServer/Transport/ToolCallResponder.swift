import Foundation
import InterviewPrep
import MCP

/// Answers `tools/call` requests straight from the transport.
///
/// The SDK's request handler re-encodes every result and decodes it back into `Value`, running a
/// freshly built data-URL regex on each string (about 0.1 ms a string: 5 ms for one interview).
/// This path decodes the request and encodes the reply once, with the same registry, so a read
/// answers well under a millisecond. Everything else still goes through the SDK.
public struct ToolCallResponder: Sendable {
    let registry: ToolRegistry
    let context: ToolContext
    let onCall: @Sendable (_ tool: String, _ outcome: ToolOutcome, _ duration: Duration) -> Void



    /// The reply line for one `tools/call` request line (already checked for shape by `IncomingLine`).
    func respond(to line: Data) async -> Data {
        guard let request = try? JSONSerialization.jsonObject(with: line) as? [String: Any], let id = request["id"],
              let params = request["params"] as? [String: Any], let name = params["name"] as? String else {
            return IncomingLine.errorReply(id: nil, code: -32602, message: "Invalid params: tools/call needs a name and object arguments")
        }
        let arguments = (params["arguments"] as? [String: Any])?.mapValues(Value.init(jsonObject:))
        let started = ContinuousClock.now
        do {
            let outcome = try await registry.call(name, arguments: arguments, context: context)
            onCall(name, outcome, ContinuousClock.now - started)
            var reply = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
            if let text = id as? String {
                JSONString.append(text, to: &reply)
            } else {
                reply.append(contentsOf: ((id as? NSNumber)?.stringValue ?? "null").utf8)
            }
            reply.append(contentsOf: #","result":"#.utf8)
            reply.append(contentsOf: outcome.resultBytes)
            reply.append(UInt8(ascii: "}"))
            return Data(reply)
        } catch let error as MCPError {
            return IncomingLine.errorReply(id: id, code: error.code, message: error.errorDescription ?? "\(error)")
        } catch {
            return IncomingLine.errorReply(id: id, code: -32603, message: "Internal error: \(error)")
        }
    }
}
