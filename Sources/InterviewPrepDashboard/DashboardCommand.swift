import AppRuntime
import ArgumentParser
import Dashboard
import Foundation
import InterviewPrep
import Logging
import MCPServer

/// `interview-prep dashboard` (this binary, `interview-prep-dashboard`, started by it): the
/// candidate's dashboard in the browser, over the same services and SQLite file as the MCP server,
/// the command line and cron.
@main
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview-prep dashboard",
        abstract: "Open your interviews, pipeline and mock interviews in the browser.",
        discussion: """
            Serves on 127.0.0.1 only, and prints an address carrying this run's token: open it (or pass \
            --open) and the browser keeps a session cookie. --host makes it reachable from elsewhere \
            and then needs --token (or INTERVIEW_PREP_DASHBOARD_TOKEN). Stop it with Ctrl-C.
            """)

    @Option(name: .long, help: "The SQLite database file (default: $INTERVIEW_PREP_DB or the XDG data folder).")
    var db: String?

    @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
    var port: Int = DashboardConfiguration.defaultPort

    @Option(name: .long, help: "The address to listen on (default 127.0.0.1, this machine only).")
    var host: String?

    @Option(name: .long, help: "The secret the address carries (default: a new random one each start).")
    var token: String?

    @Flag(name: .long, help: "Open the dashboard in the browser.")
    var open = false

    @Flag(name: .long, help: "Print the HTTP API's OpenAPI 3.1 description and exit.")
    var printOpenapi = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
    }

    func run() async throws {
        if printOpenapi {
            FileHandle.standardOutput.write(Data(DashboardServer.openAPIDocument))
            return
        }
        let environment = ProcessInfo.processInfo.environment
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = environment["INTERVIEW_PREP_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
            return handler
        }
        let configuration = try dashboardConfiguration(environment: environment)
        let runtime: Runtime
        do {
            runtime = try Runtime.open(explicitDatabase: db)
        } catch {
            Self.fail(error.description)
        }
        let mail = try runtime.mail()
        let tools = ToolContext(
            services: runtime.services, mail: mail, coaching: runtime.coaching(),
            mock: runtime.mock, postings: runtime.postings, actor: .dashboard)
        let server: DashboardServer
        do {
            server = try DashboardServer(configuration: configuration, tools: tools, files: runtime.dataFiles)
        } catch {
            Self.fail(error.description)
        }
        let shouldOpen = open
        do {
            try await server.run { port in
                let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                var allowed = CharacterSet.alphanumerics
                allowed.insert(charactersIn: "-._~")
                let token = configuration.token.addingPercentEncoding(withAllowedCharacters: allowed) ?? configuration.token
                let address = "http://\(shownHost):\(port)/?token=\(token)"
                say("Dashboard for \(runtime.paths.database.path)")
                say("Open: \(address)")
                say("(the address carries this session's token; press Ctrl-C to stop)")
                if shouldOpen { BrowserLauncher.open(address) }
            }
        } catch {
            Self.fail(error.description)
        }
        try runtime.close()
    }

    /// Says why on stderr and exits with a failure.
    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
        Foundation.exit(1)
    }

    private func dashboardConfiguration(environment: [String: String]) throws -> DashboardConfiguration {
        let given = (token ?? environment["INTERVIEW_PREP_DASHBOARD_TOKEN"].flatMap { $0.isEmpty ? nil : $0 })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let configuration = DashboardConfiguration(host: host ?? "127.0.0.1", port: port, token: given ?? SessionToken.random())
        if !configuration.isLoopback, (given ?? "").count < 16 {
            throw ValidationError(DashboardError.tokenRequired(host: configuration.host).description)
        }
        if let given, given.count < 16 { throw ValidationError("--token must be at least 16 characters") }
        return configuration
    }
}

/// A line for the person who started the dashboard, written at once (stdout may be a pipe).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// A new random session token: 32 bytes from the system's generator, as URL-safe hex.
enum SessionToken {
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}

/// Opens an address in the desktop's browser, where there is one.
enum BrowserLauncher {
    static func open(_ address: String) {
        #if os(macOS)
        let tool = "/usr/bin/open"
        #else
        let tool = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? ""
        #endif
        guard !tool.isEmpty else {
            say("No browser opener (xdg-open) found: open the address above yourself.")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { say("Could not open a browser (\(error.localizedDescription)): open the address above yourself.") }
    }
}
