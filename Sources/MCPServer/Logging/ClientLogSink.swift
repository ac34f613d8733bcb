import Foundation
import InterviewPrep
import Logging
import MCP
import Synchronization

/// Forwards log records to the connected MCP client as `notifications/message`, at or above the
/// level it asked for with `logging/setLevel` (nothing until it asks). Stateless (2026-07-28)
/// requests opt in one by one instead (see `ServerMethods`).
public final class ClientLogSink: Sendable {
    private struct State {
        var write: (@Sendable ([UInt8]) -> Void)?
        var level: LogLevel?
    }

    private let state = Mutex(State())

    public init() {}

    /// Sends notifications through `write` from now on.
    func attach(_ write: @escaping @Sendable ([UInt8]) -> Void) { state.withLock { $0.write = write } }

    func setLevel(_ level: LogLevel) { state.withLock { $0.level = level } }

    func forward(_ level: Logger.Level, label: String, message: String, metadata: Logger.Metadata) {
        let mcpLevel = Self.mcpLevel(level)
        let write: (@Sendable ([UInt8]) -> Void)? = state.withLock { state in
            guard let minimum = state.level, Self.allows(mcpLevel, minimum: minimum) else { return nil }
            return state.write
        }
        write?(Self.notification(level: mcpLevel, logger: label, message: message, metadata: metadata))
    }

    /// Whether a message at `level` passes a client's `minimum`.
    static func allows(_ level: LogLevel, minimum: LogLevel) -> Bool {
        guard let rank = LogLevel.allCases.firstIndex(of: level), let minimumRank = LogLevel.allCases.firstIndex(of: minimum) else { return false }
        return rank >= minimumRank
    }

    /// A `notifications/message` line: `data` is the message with its metadata as members.
    static func notification(level: LogLevel, logger: String, message: String, metadata: Logger.Metadata) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"#.utf8)
        JSONWriter.appendString(level.rawValue, to: &out)
        out.append(contentsOf: #","logger":"#.utf8)
        JSONWriter.appendString(logger, to: &out)
        out.append(contentsOf: #","data":{"message":"#.utf8)
        JSONWriter.appendString(message, to: &out)
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) where key != "message" {
            out.append(UInt8(ascii: ","))
            JSONWriter.appendString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONWriter.appendString(value.description, to: &out)
        }
        out.append(contentsOf: "}}}".utf8)
        return out
    }

    static func mcpLevel(_ level: Logger.Level) -> LogLevel {
        switch level {
        case .trace, .debug: .debug
        case .info: .info
        case .notice: .notice
        case .warning: .warning
        case .error: .error
        case .critical: .critical
        }
    }
}

/// A swift-log handler that writes to stderr and forwards to the MCP client through a sink.
public struct ServerLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String
    private var stderr: StreamLogHandler
    private let sink: ClientLogSink

    public init(label: String, level: Logger.Level, sink: ClientLogSink) {
        self.label = label
        self.logLevel = .trace
        self.sink = sink
        self.stderr = StreamLogHandler.standardError(label: label)
        self.stderr.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        if event.level >= stderr.logLevel { stderr.log(event: event) }
        sink.forward(event.level, label: label, message: event.message.description, metadata: metadata.merging(event.metadata ?? [:]) { $1 })
    }
}
