import ArgumentParser
import Coaching
import Foundation
import InterviewPrep
import MockInterview

extension MockHintKind: ExpressibleByArgument {}
extension MockStatus: ExpressibleByArgument {}

/// `interview-prep mock …`: run a timed mock interview from the terminal.
struct MockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock", abstract: "Timed mock interviews: start one, answer, check the clock, read the report.",
        discussion: """
            The engine keeps the clock and picks every prompt and follow-up. Each command prints what happened since \
            the last one (warnings, sections that ran out) and what to answer next.
            """,
        subcommands: [
            MockStart.self, MockAnswer.self, MockState.self, MockHint.self, MockFinish.self, MockPause.self, MockResume.self,
            MockEnd.self, MockReport.self, MockExport.self, MockList.self, MockRespond.self, MockInterviewerFailed.self,
        ])
}

/// The session id and input id every session command takes.
struct MockInputOptions: ParsableArguments {
    @Argument(help: "The session, e.g. mock_3.") var session: String
    @Option(name: .long, help: "Your id for this input; the same id again returns the first outcome (default: a new one).")
    var id: String?

    var input: MockInterviews.Input {
        .init(clientMessageID: id ?? "cli-\(UUID().uuidString.lowercased())", channel: .cli)
    }
}

/// Prints a step for people (or as JSON).
enum MockPrinter {
    static func print(_ step: MockStepResult, json: Bool) throws {
        if json { return try Terminal.printJSON(step) }
        Swift.print(render(step))
    }

    static func render(_ step: MockStepResult) -> String {
        var lines: [String] = []
        if step.replayed { lines.append("(already received: the first outcome is shown, nothing changed)") }
        for event in step.events where ["SECTION_TIME_WARNING", "SECTION_ENDED", "SECTION_STARTED", "INTERVIEW_COMPLETED", "INTERVIEW_TERMINATED", "INTERVIEW_PAUSED", "INTERVIEW_RESUMED"].contains(event.type) {
            let detail = [event.payload["section_id"]?.stringValue, event.payload["reason"]?.stringValue,
                          event.payload["seconds_left"]?.intValue.map { "\($0) s left" }].compactMap(\.self).joined(separator: ", ")
            lines.append("\(event.at)  \(event.type)" + (detail.isEmpty ? "" : "  (\(detail))"))
        }
        if let outcome = step.outcome {
            lines.append(outcome.note + (outcome.hint.map { "\nHint: \($0)" } ?? ""))
        }
        let state = step.state
        lines.append("\(state.id) · \(state.title) · \(state.status.rawValue)")
        if let section = state.currentSection {
            lines.append("Section \(section.number) of \(section.number + state.upcomingSections.count): \(section.name) — "
                + "\(TimeFormat.minutesAndSeconds(section.timeRemainingSeconds)) left (\(TimeFormat.minutesAndSeconds(state.timeRemainingSeconds)) in all)")
            lines.append("Goal: \(section.goal)")
        }
        if let present = state.presentNow { lines.append("\n> \(present.text)\n") }
        let commands = state.allowedActions.map { command(for: $0, session: state.id) }
        if !commands.isEmpty { lines.append("Next:\n" + commands.map { "  " + $0 }.joined(separator: "\n")) }
        return lines.joined(separator: "\n")
    }

    /// The command that takes one of the session's allowed actions.
    static func command(for action: String, session: String) -> String {
        switch action {
        case "chat": "interview-prep mock answer \(session) \"your answer\""
        case "code": "interview-prep mock answer \(session) --code-file FILE --language LANGUAGE"
        case "finish_section": "interview-prep mock done \(session)"
        case "ask_assistant": "interview-prep mock hint \(session)"
        case "pause", "resume", "end": "interview-prep mock \(action) \(session)"
        default: action
        }
    }

}

struct MockStart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a mock interview (the clock starts now).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Schema id (see 'mock list'), e.g. backend_engineer.") var schema: String?
    @Option(help: "Role family, without --schema.") var role: RoleFamily?
    @Option(help: "Multiply every section's duration (0.1 to 3).") var scale: Double = 1
    @Option(help: "A scheduled interview this practice is for, e.g. int_7.") var interview: String?
    @Flag(help: "Create it without starting the clock; 'mock resume' begins it.") var later = false

    func run() async throws {
        let runtime = try global.runtime()
        let step = try await runtime.mock.start(
            .init(schemaID: schema, roleFamily: role, durationScale: scale, interviewID: interview, startNow: !later), channel: .cli)
        try MockPrinter.print(step, json: output.json)
    }
}

struct MockAnswer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "Answer the current prompt (text, or --code-file in a coding section).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions
    @Argument(help: "Your answer; '-' reads it from standard input.") var message: String?
    @Option(help: "A file with your code (coding sections).") var codeFile: String?
    @Option(help: "The code's language.") var language: String?

    func validate() throws {
        if (message == nil) == (codeFile == nil) { throw ValidationError("give an answer, or --code-file, not both") }
    }

    func run() async throws {
        let text = message == "-" ? try TextInput.standardInput(field: "message") : message
        let code = try codeFile.map { (path) throws(InterviewPrepError) in try TextInput.file(path, field: "--code-file") }
        let step = try await global.runtime().mock.answer(
            sessionID: session.session, message: text, code: code, language: language, input: session.input)
        try MockPrinter.print(step, json: output.json)
    }
}

struct MockState: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "state", abstract: "Where the session is now, by the clock.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The session, e.g. mock_3.") var session: String

    func run() async throws {
        try MockPrinter.print(try await global.runtime().mock.state(sessionID: session), json: output.json)
    }
}

struct MockHint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hint", abstract: "A hint from the section's pool (never the answer).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions
    @Option(help: "definition, clarification or nudge.") var kind: MockHintKind = .nudge
    @Argument(help: "Your question.") var question: String?

    func run() async throws {
        let step = try await global.runtime().mock.hint(sessionID: session.session, kind: kind, question: question, input: session.input)
        try MockPrinter.print(step, json: output.json)
    }
}

struct MockFinish: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "\"I'm done\" with this section.", aliases: ["finish"])

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions

    func run() async throws {
        try MockPrinter.print(try await global.runtime().mock.finishSection(sessionID: session.session, input: session.input), json: output.json)
    }
}

struct MockPause: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause (the clock keeps running).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions

    func run() async throws {
        let step = try await global.runtime().mock.pause(sessionID: session.session, reason: .candidateRequest, input: session.input)
        try MockPrinter.print(step, json: output.json)
    }
}

struct MockResume: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume a paused session, or begin one created with --later.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions

    func run() async throws {
        try MockPrinter.print(try await global.runtime().mock.resume(sessionID: session.session, input: session.input), json: output.json)
    }
}

struct MockEnd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end", abstract: "End the session early (the record is kept).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions
    @Option(help: "Why.") var note: String?

    func run() async throws {
        try MockPrinter.print(try await global.runtime().mock.end(sessionID: session.session, note: note, input: session.input), json: output.json)
    }
}

struct MockReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "The report: time, coverage, follow-ups, STAR analysis.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The session, e.g. mock_3.") var session: String

    func run() async throws {
        let report = try await global.runtime().mock.report(sessionID: session)
        if output.json { return try Terminal.printJSON(report) }
        print(report.markdown, terminator: "")
    }
}

struct MockExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "The evaluation and replay bundles as JSON.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The session, e.g. mock_3.") var session: String
    @Option(help: "Write to this file (private, 0600) instead of standard output.") var out: String?
    @Flag(help: "Replace the --out file if it already exists.") var force = false

    func run() async throws {
        let bundle = try await global.runtime().mock.export(sessionID: session)
        guard let out else { return try Terminal.printJSON(bundle) }
        try PrivateFile.write(try Terminal.json(bundle) + Data("\n".utf8), to: out, overwrite: force, field: "--out")
        Terminal.error("wrote the export of \(session) to \(out)")
    }
}

struct MockList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Sessions, newest first, and the schemas to start one with.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only sessions in this status.") var status: MockStatus?

    func run() async throws {
        let runtime = try global.runtime()
        let sessions = try await runtime.mock.list(status: status)
        let schemas = try runtime.mock.schemas.catalog().schemas.values.sorted { $0.id < $1.id }
        if output.json { return try Terminal.printJSON(sessions) }
        print(sessions.isEmpty ? "No mock interviews yet." : Terminal.table(
            ["ID", "SCHEMA", "STATUS", "SECTIONS", "STARTED", "ENDED"],
            sessions.map { [$0.id, $0.schemaID, $0.status.rawValue + ($0.endReason.map { " (\($0))" } ?? ""), "\($0.sectionsCompleted)/\($0.sectionCount)", $0.startedAt ?? "-", $0.endedAt ?? "-"] }))
        print("\nSchemas:")
        print(Terminal.table(["ID", "MINUTES", "TITLE"], schemas.map { [$0.id, TimeFormat.minutesAndSeconds($0.totalSeconds), $0.title] }))
    }
}
