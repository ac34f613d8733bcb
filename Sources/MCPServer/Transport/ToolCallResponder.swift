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
    /// `tools/list`, answered from bytes built once.
    let toolList: ToolListReply
    let context: ToolContext
    let onCall: @Sendable (_ tool: String, _ outcome: ToolOutcome, _ duration: Duration) -> Void

    /// Whether `name` is a tool that only reads the local database (read-only, closed world):
    /// quick enough to answer on the thread that read the request.
    func answersInline(_ name: String) -> Bool {
        guard let annotations = registry.definition(named: name)?.annotations else { return false }
        return annotations.readOnlyHint == true && annotations.openWorldHint == false
    }

    /// The reply line for one `tools/call` request (already checked for shape by `IncomingLine`),
    /// as the bytes to write: a large reply is not copied again on its way out.
    func respond(to request: ToolCallRequest) async -> [UInt8] {
        let (id, name) = (request.id, request.name)
        let started = ContinuousClock.now
        do {
            let outcome = try await registry.call(name, arguments: request.arguments, context: context)
            onCall(name, outcome, ContinuousClock.now - started)
            return outcome.reply(before: id.resultPrefix, after: [UInt8(ascii: "}")])
        } catch let error as MCPError {
            return id.error(code: error.code, message: error.errorDescription ?? "\(error)")
        } catch {
            return id.error(code: -32603, message: "Internal error: \(error)")
        }
    }
}
