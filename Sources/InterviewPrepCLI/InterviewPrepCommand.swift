import AppRuntime
import ArgumentParser
import Foundation
import Coaching
import InterviewPrep
import MockInterview
import Mail

/// `interview-prep`: the root command.
struct InterviewPrepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview-prep",
        abstract: "Track job interviews, prepare for them, and serve it all to AI assistants over MCP.",
        discussion: """
            Data lives in one SQLite file: --db, else INTERVIEW_PREP_DB, else \
            $XDG_DATA_HOME/interview-prep/interview-prep.sqlite. Exit codes: 0 ok, 1 user error, 2 usage.
            """,
        version: Version.current,
        subcommands: [
            ServeCommand.self, InterviewsCommand.self, PrepCommand.self, RemindersCommand.self, CalendarCommand.self, StatsCommand.self,
            ImportCommand.self, ExportCommand.self, BackupCommand.self, MockCommand.self, CheckCommand.self, TodayCommand.self,
            JobsCommand.self, StagesCommand.self, DashboardLauncher.self, NextActionsCommand.self, EmailCommand.self, UndoCommand.self,
        ],
        defaultSubcommand: TodayCommand.self
    )
}

/// Options every command that touches the database takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default: $INTERVIEW_PREP_DB or the XDG data folder).")
    var db: String?

    /// Opens the runtime for this invocation.
    func runtime() throws -> Runtime {
        try Runtime.open(explicitDatabase: db)
    }
}

/// `--json` for scripts.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false
}

@main
enum Main {
    /// Runs the command on the concurrency pool while the main thread waits for it.
    ///
    /// Not an `async` main: that parks the main thread in `dispatch_main()`, which ends it with
    /// `pthread_exit`, and the forced unwind of its stack reads the unwind tables of the whole
    /// binary: about 1 MB of the server's memory. Nothing here runs on the main actor or the
    /// main queue.
    static func main() {
        let finished = DispatchSemaphore(value: 0)
        // Detached: a task started here would inherit the main actor, whose thread waits below.
        Task.detached {
            await run()
            finished.signal()
        }
        finished.wait()
    }

    private static func run() async {
        do {
            var command = try InterviewPrepCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as InterviewPrepError {
            Terminal.error("error: \(error.description(in: CommandRemedyWording()))")
            exit(1)
        } catch MailError.missingVariable(let template, let variable) {
            // Name the option that gives the missing value, as a person types it.
            let option = variable == "candidate_name" ? "--candidate-name (or set INTERVIEW_PREP_CANDIDATE_NAME)" : "--" + variable.replacingOccurrences(of: "_", with: "-")
            Terminal.error("error: the \(template.replacingOccurrences(of: "_", with: "-")) email needs \(variable.replacingOccurrences(of: "_", with: " ")): give it with \(option)")
            exit(1)
        } catch let error as MailError {
            Terminal.error("error: \(error.description)")
            exit(1)
        } catch let error as CoachingError {
            Terminal.error("error: \(error.description)")
            exit(1)
        } catch let error as MockError {
            Terminal.error("error: \(error.description(in: CommandRemedyWording()))")
            exit(1)
        } catch {
            let code = InterviewPrepCommand.exitCode(for: error)
            if code == .success {
                print(InterviewPrepCommand.fullMessage(for: error))
                exit(0)
            }
            Terminal.error(InterviewPrepCommand.fullMessage(for: error))
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
