import ArgumentParser
import Foundation
import InterviewPrep

/// `interview-prep calendar export`
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Export interviews to any calendar (.ics).", subcommands: [ExportCalendar.self])
}

struct ExportCalendar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an .ics of one interview or all upcoming ones, with reminder alarms.",
        discussion: "Import it again after changes: the stable UIDs update events instead of duplicating them.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this interview.") var interview: String?
    @Option(help: "Write to this file (private, 0600) instead of standard output.") var out: String?
    @Flag(help: "Replace the --out file if it already exists.") var force = false

    func run() async throws {
        let runtime = try global.runtime()
        let export = try await runtime.services.interviews.calendar(interviewID: interview, checklists: runtime.services.core.checklists)
        if let out {
            try PrivateFile.write(Data(export.ics.utf8), to: out, overwrite: force, field: "--out")
            Terminal.error("wrote \(export.events) event(s) to \(out)")
        } else {
            FileHandle.standardOutput.write(Data(export.ics.utf8))
        }
    }
}
