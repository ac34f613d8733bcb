import AppRuntime
import Foundation
import InterviewPrep
import Logging
import MCPServer
import Synchronization

/// Re-reads `config.json` when it changes while the server runs, for the settings that may
/// change then (the tool groups). A file that no longer parses is reported once and ignored:
/// the server keeps what it had.
final class ConfigurationWatch: Sendable {
    private struct State {
        var modified: Date?
        var groups: Set<ToolGroup>
    }

    private let file: URL
    private let environment: [String: String]
    private let logger: Logger
    private let state: Mutex<State>

    init(file: URL, environment: [String: String], current: UserConfiguration, logger: Logger) {
        self.file = file
        self.environment = environment
        self.logger = logger
        state = Mutex(State(modified: Self.modified(file), groups: current.toolGroups))
    }

    /// The tool groups the file says now (read again only when its modification time changed).
    func toolGroups() -> Set<ToolGroup>? {
        let modified = Self.modified(file)
        let known: Set<ToolGroup>? = state.withLock { $0.modified == modified ? $0.groups : nil }
        if let known { return known }
        do {
            let groups = try UserConfiguration.load(configFile: file, environment: environment).toolGroups
            state.withLock { $0 = State(modified: modified, groups: groups) }
            return groups
        } catch {
            logger.warning("config.json changed but cannot be read; keeping the tool groups as they were", metadata: ["error": "\(error)"])
            state.withLock { $0.modified = modified }
            return nil
        }
    }

    private static func modified(_ file: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
    }
}
