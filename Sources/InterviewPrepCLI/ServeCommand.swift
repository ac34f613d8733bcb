import ArgumentParser
import Foundation
import InterviewPrep
import Logging
import MCPServer

/// `interview-prep serve`: the MCP server on stdio.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the MCP server on stdin/stdout (what Claude Desktop and other MCP clients launch).",
        discussion: "Logs go to stderr (level from INTERVIEW_PREP_LOG_LEVEL, default warning); stdout carries only the protocol.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let sink = ClientLogSink()
        let level = ProcessInfo.processInfo.environment["INTERVIEW_PREP_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { ServerLogHandler(label: $0, level: level, sink: sink) }
        let logger = Logger(label: "interview-prep")
        let runtime = try global.runtime()
        logger.info("database \(runtime.paths.database.path)")
        let mail = try runtime.mail()
        if let problem = mail.problem { logger.warning("email sending is disabled: \(problem)") }
        let watch = ConfigurationWatch(file: runtime.paths.configFile, environment: ProcessInfo.processInfo.environment, current: runtime.configuration, logger: logger)
        await InterviewPrepServer.runOnStdio(
            services: runtime.services, mail: mail, coaching: runtime.coaching(), mock: runtime.mock, postings: runtime.postings, logSink: sink, logger: logger,
            toolGroups: { watch.toolGroups() })
        // Every reply has been written. The server's handlers still hold the engine, so the
        // database is closed here, not when the last reference goes: that leaves no
        // write-ahead log for the next start to replay.
        try runtime.close()
    }
}
