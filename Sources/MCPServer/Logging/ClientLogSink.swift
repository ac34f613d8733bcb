import Logging
import MCP
import Synchronization

/// Forwards log records to the connected MCP client at or above the level it asked for with
/// `logging/setLevel` (nothing until it asks).
public final class ClientLogSink: Sendable {
    private struct State {
        var server: Server?
        var level: LogLevel?
    }

    private let state = Mutex(State())

    public init() {}

    func attach(_ server: Server) { state.withLock { $0.server = server } }

    func setLevel(_ level: LogLevel) { state.withLock { $0.level = level } }

    func forward(_ level: Logger.Level, label: String, message: String) {
        let mcpLevel = Self.mcpLevel(level)
        let target: Server? = state.withLock { state in
            guard let minimum = state.level,
                  let rank = LogLevel.allCases.firstIndex(of: mcpLevel),
                  let minimumRank = LogLevel.allCases.firstIndex(of: minimum),
                  rank >= minimumRank else { return nil }
            return state.server
        }
        guard let target else { return }
        Task { try? await target.log(level: mcpLevel, logger: label, data: .string(message)) }
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
        sink.forward(event.level, label: label, message: event.message.description)
    }
}
