import Foundation
import Synchronization
import Logging
import MCP

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stdio transport that blocks on `read` in a thread of its own (no 10 ms polling), answers
/// malformed lines itself, and at end of input waits for every reply before it finishes.
///
/// Lines that are not JSON get a `-32700` reply with `id: null`; a `tools/call` whose `name`
/// or `arguments` has the wrong type gets `-32602`. Neither reaches the SDK, which would
/// otherwise answer with a random id or `-32603`. Well-formed `tools/call` requests go to the
/// `ToolCallResponder` when one is given (see there why).
public actor StdioLineTransport: Transport {
    public nonisolated let logger: Logger
    private let input: Int32
    private let writer: FrameWriter
    private let outstanding = OutstandingRequests()
    private let drainTimeout: DispatchTimeInterval
    private let toolCalls: ToolCallResponder?
    private let stream: AsyncThrowingStream<Data, Swift.Error>
    private let continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation
    private var started = false

    /// - Parameter drainTimeout: how long to wait at end of input for replies still being worked on.
    public init(
        input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, drainTimeout: DispatchTimeInterval = .seconds(10),
        toolCalls: ToolCallResponder? = nil, logger: Logger
    ) {
        self.input = input
        self.toolCalls = toolCalls
        self.writer = FrameWriter(fileDescriptor: output)
        self.drainTimeout = drainTimeout
        self.logger = logger
        (stream, continuation) = AsyncThrowingStream.makeStream()
    }

    public func connect() async throws {
        guard !started else { return }
        started = true
        let (input, writer, outstanding, continuation, drainTimeout, logger, toolCalls) =
            (self.input, self.writer, self.outstanding, self.continuation, self.drainTimeout, self.logger, self.toolCalls)
        let thread = Thread {
            var reader = LineReader(fileDescriptor: input)
            while let line = reader.nextLine() {
                switch IncomingLine.classify(line) {
                case .forward(let requestIDs, let cancelledID):
                    requestIDs.forEach(outstanding.insert)
                    if let cancelledID { outstanding.remove(cancelledID) }
                    continuation.yield(line)
                case .reject(let reply):
                    do { try writer.write(reply) } catch {
                        logger.error("cannot write to stdout", metadata: ["error": "\(error)"])
                    }
                case .toolList(let id):
                    // Without a responder (tests of the transport alone) the SDK answers it.
                    guard let toolCalls else {
                        outstanding.insert(id.key)
                        continuation.yield(line)
                        continue
                    }
                    do { try writer.write(id.reply(result: toolCalls.toolList.result)) } catch {
                        logger.error("cannot write to stdout", metadata: ["error": "\(error)"])
                    }
                case .toolCall(let request):
                    let requestID = request.key
                    outstanding.insert(requestID)
                    guard let toolCalls else {
                        continuation.yield(line)
                        continue
                    }
                    let answer: @Sendable () async -> Void = {
                        let reply = await toolCalls.respond(to: request)
                        do { try writer.write(reply) } catch {
                            logger.error("cannot write to stdout", metadata: ["error": "\(error)"])
                        }
                        outstanding.remove(requestID)
                    }
                    // A local read is answered on this thread, without waking a worker thread;
                    // the next line waits the fraction of a millisecond it takes. Anything
                    // else runs on the concurrency pool, so a slow write or an email never
                    // holds up reading.
                    if toolCalls.answersInline(request.name) {
                        Task.immediate { await answer() }
                    } else {
                        Task { await answer() }
                    }
                }
            }
            outstanding.waitUntilDrained(timeout: drainTimeout)
            continuation.finish()
        }
        thread.name = "mcp-stdin"
        thread.start()
    }

    public func disconnect() async {
        continuation.finish()
    }

    public func send(_ data: Data) async throws {
        let outgoing = OutgoingMessage(data)
        try writer.write(outgoing.data)
        if let id = outgoing.responseID { outstanding.remove(id) }
    }

    public func receive() -> AsyncThrowingStream<Data, Swift.Error> {
        stream
    }
}

/// Reads newline-delimited lines from a blocking file descriptor. A last line without a
/// newline is still delivered at end of file. Owned by the one reader thread.
struct LineReader {
    private let fileDescriptor: Int32
    private var pending = Data()
    private var buffer = [UInt8](repeating: 0, count: 65_536)
    private var atEnd = false

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    mutating func nextLine() -> Data? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<newline]
                pending = pending[(newline + 1)...]
                if Self.isBlank(line) { continue }
                return Data(line)
            }
            if atEnd {
                defer { pending = Data() }
                return Self.isBlank(pending) ? nil : Data(pending)
            }
            let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: buffer[0..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                atEnd = true
            }
        }
    }

    private static func isBlank(_ bytes: Data) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}

/// Writes whole lines to a file descriptor, one writer at a time, so replies never interleave.
final class FrameWriter: Sendable {
    private let fileDescriptor: Int32
    private let lock = Mutex(())

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Writes `message` and a newline in one `writev` (the message is not copied to append it).
    func write(_ message: some ContiguousBytes) throws {
        try lock.withLock { _ in
            try message.withUnsafeBytes { body in
                var newline = UInt8(ascii: "\n")
                let written = withUnsafeMutablePointer(to: &newline) { newline in
                    var vectors = [
                        iovec(iov_base: UnsafeMutableRawPointer(mutating: body.baseAddress), iov_len: body.count),
                        iovec(iov_base: newline, iov_len: 1),
                    ]
                    return writev(fileDescriptor, &vectors, 2)
                }
                // What a partial or interrupted writev left is written in a loop.
                let sent = max(written, 0)
                if written < 0, errno != EINTR, errno != EAGAIN {
                    throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
                }
                if sent < body.count { try writeAll(UnsafeRawBufferPointer(rebasing: body[sent...])) }
                if sent <= body.count { try withUnsafeBytes(of: UInt8(ascii: "\n"), writeAll) }
            }
        }
    }

    private func writeAll(_ buffer: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
            }
            offset += written
        }
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
