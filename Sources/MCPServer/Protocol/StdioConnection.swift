import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One MCP connection over stdin/stdout: reads JSON-RPC lines on a thread of its own, enforces
/// the protocol's rules, and writes exactly one reply for every request.
///
/// - Before `initialize`, only `ping`, `server/discover` and stateless (2026-07-28) requests are
///   served; anything else is refused and does nothing.
/// - A request whose `params._meta` carries a protocol version is stateless: it is served on its
///   own terms whatever this connection negotiated (`RequestScope`).
/// - Malformed messages get one error reply with id null; nothing is dropped silently and no
///   reply carries an id the client did not send.
/// - Batches are served under the versions that have them (2024-11-05, 2025-03-26) and refused
///   under the others.
/// - `notifications/cancelled` cancels the request's task and drops its reply.
/// - At end of input it waits (up to `drainTimeout`) for every reply before it returns.
final class StdioConnection: Sendable {
    private let methods: ServerMethods
    private let input: Int32
    private let writer: FrameWriter
    private let inFlight = InFlightRequests()
    private let negotiated = Mutex<ProtocolVersion?>(nil)
    private let drainTimeout: DispatchTimeInterval
    private let lineLimit: Int
    private let logger: Logger

    /// - Parameter makeMethods: the methods, given the function that writes a notification line.
    init(
        input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, drainTimeout: DispatchTimeInterval = .seconds(10),
        lineLimit: Int = LineReader.defaultLimit, logger: Logger, makeMethods: (@escaping @Sendable ([UInt8]) -> Void) -> ServerMethods
    ) {
        let writer = FrameWriter(fileDescriptor: output)
        self.input = input
        self.writer = writer
        self.drainTimeout = drainTimeout
        self.lineLimit = lineLimit
        self.logger = logger
        self.methods = makeMethods { [logger] line in Self.write(line, to: writer, logger: logger) }
    }

    /// Serves until the client closes stdin and every reply is written.
    func run() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let thread = Thread { [self] in
                var reader = LineReader(fileDescriptor: input, limit: lineLimit)
                while let line = reader.next() {
                    switch line {
                    case .message(let bytes): handle(line: bytes)
                    case .tooLong(let count):
                        write(RequestID.null.reply(error: .invalidRequest(
                            "the message is \(count) bytes; a message may be at most \(lineLimit) bytes (\(lineLimit / 1_048_576) MiB). It was skipped; the connection goes on")))
                    }
                }
                inFlight.waitUntilDrained(timeout: drainTimeout)
                done.resume()
            }
            thread.name = "mcp-stdin"
            thread.start()
        }
    }

    /// One line: a message or a batch of them.
    func handle(line: Data) {
        guard let json = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else {
            write(RequestID.null.reply(error: .parseError("the line is not valid JSON")))
            return
        }
        guard let batch = json as? [Any] else {
            dispatch(IncomingMessage(json), line: line, sink: ReplySink { [self] in if let reply = $0 { write(reply) } }, inBatch: false)
            return
        }
        if let problem = batchProblem(batch) {
            write(RequestID.null.reply(error: .invalidRequest(problem)))
            return
        }
        let replies = BatchReplies(count: batch.count) { [self] in write($0) }
        for (index, element) in batch.enumerated() {
            dispatch(IncomingMessage(element), line: nil, sink: replies.sink(index), inBatch: true)
        }
    }

    /// Why a batch is refused as a whole, or `nil` when its messages are to be served one by one.
    private func batchProblem(_ batch: [Any]) -> String? {
        guard !batch.isEmpty else { return "an empty batch; send at least one message" }
        guard let version = negotiated.withLock({ $0 }) else {
            return "a batch before initialize; send initialize on its own line first"
        }
        guard version.allowsBatches else {
            return "batches are not part of protocol \(version.rawValue) (negotiated); send one message per line"
        }
        return nil
    }

    private func dispatch(_ message: IncomingMessage, line: Data?, sink: ReplySink, inBatch: Bool) {
        switch message {
        case .invalid(let error):
            sink.deliver(RequestID.null.reply(error: error))
        case .response:
            sink.deliver(nil)
        case .notification(let method, let params):
            notice(method, params: params)
            sink.deliver(nil)
        case .request(let request):
            serve(request, line: line, sink: sink, inBatch: inBatch)
        }
    }

    private func notice(_ method: String, params: JSONObject?) {
        guard method == "notifications/cancelled", let requestID = params?["requestId"], let id = RequestID(jsonValue: requestID) else { return }
        inFlight.cancel(id.key)
    }

    private func serve(_ request: RPCRequest, line: Data?, sink: ReplySink, inBatch: Bool) {
        let scope: RequestScope
        do throws(RPCError) {
            if let stateless = try RequestScope.stateless(request.params) {
                guard ServerMethods.statelessMethods.contains(request.method) else {
                    throw .methodNotFound(request.method, detail: "not part of protocol \(stateless.version.rawValue)")
                }
                scope = stateless
            } else {
                switch request.method {
                case "initialize":
                    sink.deliver(request.id.reply(result: try initialize(request, inBatch: inBatch)))
                    return
                case "ping":
                    sink.deliver(request.id.reply(result: Array("{}".utf8)))
                    return
                case "server/discover":
                    scope = RequestScope(version: .v2026_07_28)
                default:
                    guard let version = negotiated.withLock({ $0 }) else {
                        throw .invalidRequest("the session is not initialized: send initialize first (only ping and server/discover may come before it, or requests carrying their protocol version in params._meta)")
                    }
                    scope = RequestScope(version: version)
                }
            }
        } catch {
            sink.deliver(request.id.reply(error: error))
            return
        }
        let key = request.id.key
        inFlight.begin(key)
        let work: @Sendable () async -> Void = { [self] in
            let reply = await methods.respond(to: request, scope: scope, line: line)
            sink.deliver(inFlight.finish(key) ? reply : nil)
        }
        // A quick local answer is given on this thread, without waking a worker; the next line
        // waits the fraction of a millisecond it takes. Anything else runs on the concurrency
        // pool, so a slow write or an email never holds up reading (or a cancellation).
        let task = methods.answersInline(request) ? Task.immediate { await work() } : Task { await work() }
        inFlight.attach(task, to: key)
    }

    /// `initialize`: negotiates the version; refused inside a batch and when already done.
    private func initialize(_ request: RPCRequest, inBatch: Bool) throws(RPCError) -> [UInt8] {
        guard !inBatch else { throw .invalidRequest("initialize must not be part of a batch") }
        let params = try request.object()
        let requested = try params.requiredString("protocolVersion", field: "params.protocolVersion", what: "the protocol version the client speaks, e.g. 2025-11-25")
        _ = try params.object("capabilities", field: "params.capabilities")
        _ = try params.object("clientInfo", field: "params.clientInfo")
        let version = ProtocolVersion.negotiated(for: requested)
        let accepted = negotiated.withLock { negotiated -> Bool in
            guard negotiated == nil else { return false }
            negotiated = version
            return true
        }
        guard accepted else { throw .invalidRequest("the session is already initialized; initialize is sent once per connection") }
        return ServerIdentity.initializeResult(version: version)
    }

    /// Sends the notification `method` (no params) if a session is initialized: a stateless
    /// (2026-07-28) client hears of changes by asking again, not by being told.
    func announce(_ method: String) {
        guard negotiated.withLock({ $0 }) != nil else { return }
        write(Array(#"{"jsonrpc":"2.0","method":"#.utf8) + Array("\"\(method)\"}".utf8))
    }

    private func write(_ line: [UInt8]) { Self.write(line, to: writer, logger: logger) }

    private static func write(_ line: [UInt8], to writer: FrameWriter, logger: Logger) {
        do { try writer.write(line) } catch {
            logger.error("cannot write to stdout", metadata: ["error": "\(error)"])
        }
    }
}
