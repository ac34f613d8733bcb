import ArgumentParser
import Foundation

/// `interview-prep dashboard`: starts `interview-prep-dashboard`, installed beside this binary, in
/// this process's place (same arguments, environment, terminal and signals).
///
/// The web server lives in that binary so that this one, which MCP clients start for every
/// session, carries none of it: its start and memory stay those of the MCP server alone.
struct DashboardLauncher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open your interviews, pipeline and mock interviews in the browser (see interview-prep dashboard --help).",
        helpNames: [])

    @Argument(parsing: .allUnrecognized, help: "Options of the dashboard (--port, --host, --token, --open, --db).")
    var arguments: [String] = []

    /// The dashboard's binary: beside this one (a build folder, or PREFIX/bin).
    static var dashboardBinary: URL? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("interview-prep-dashboard")
    }

    func run() throws {
        guard let binary = Self.dashboardBinary, FileManager.default.isExecutableFile(atPath: binary.path) else {
            Terminal.error("error: interview-prep-dashboard is not installed beside interview-prep (\(Self.dashboardBinary?.path ?? "?")); reinstall with scripts/install.sh")
            throw ExitCode.failure
        }
        let argv = [binary.path] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(binary.path, &cArguments)
        Terminal.error("error: could not start \(binary.path): \(String(cString: strerror(errno)))")
        throw ExitCode.failure
    }
}
