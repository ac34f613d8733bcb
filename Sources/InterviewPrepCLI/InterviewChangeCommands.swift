import ArgumentParser
import Foundation
import InterviewPrep

struct SetInterviewStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Move an interview to a new status (confirmed, reminder_sent, in_progress, completed, cancelled).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Argument(help: "New status.") var status: InterviewStatus
    @Option(help: "Feedback received (replaces earlier feedback).") var feedback: String?
    @Option(help: "Notes to append.") var notes: String?

    func run() async throws {
        let interview = try await global.runtime().services.interviews.updateStatus(
            interviewID: id, to: status, feedback: feedback, notes: notes, actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("\(interview.id) is now \(interview.status.rawValue).")
    }
}

struct RescheduleInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reschedule", abstract: "Move an interview to a new start.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Argument(help: "New start (local time is read in the interview's zone unless --timezone).") var start: String
    @Option(help: "New IANA time zone.") var timezone: String?
    @Option(help: "New duration in minutes.") var duration: Int?
    @Option(help: "Why it moved.") var reason: String?

    func run() async throws {
        let interview = try await global.runtime().services.interviews.reschedule(
            interviewID: id, start: start, timeZone: timezone, durationMinutes: duration, reason: reason, actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("\(interview.id) moved to \(interview.start.local) \(interview.start.abbreviation).")
    }
}

struct CancelInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel an interview (`interviews reopen` or `undo` brings it back).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Option(help: "Why it was cancelled.") var reason: String?

    func run() async throws {
        let interview = try await global.runtime().services.interviews.cancel(interviewID: id, reason: reason, actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("\(interview.id) is cancelled.")
    }
}

struct InterviewNotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes", abstract: "Show prep notes, or save them with --append/--replace (TEXT, or - for stdin).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Option(help: "Markdown to add below the existing notes ('-' reads stdin).") var append: String?
    @Option(help: "Markdown that replaces the notes ('-' reads stdin).") var replace: String?

    func validate() throws {
        if append != nil && replace != nil { throw ValidationError("give --append or --replace, not both") }
    }

    func run() async throws {
        let interviews = try global.runtime().services.interviews
        let notes: PrepNotes
        if let text = append ?? replace {
            let markdown = text == "-" ? try TextInput.standardInput(field: "notes") : text
            notes = try await interviews.savePrepNotes(
                interviewID: id, markdown: markdown, mode: append != nil ? .append : .replace, actor: .cli)
        } else {
            notes = try await interviews.prepNotes(interviewID: id)
        }
        if output.json { return try Terminal.printJSON(notes) }
        print(notes.markdown.isEmpty ? "No prep notes for \(notes.interviewID) yet." : notes.markdown)
    }
}

struct MarkPrepared: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prepared", abstract: "Mark preparation complete (--undo to reopen).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Flag(help: "Mark preparation as not complete.") var undo = false
    @Flag(help: "Complete even with open checklist items.") var force = false

    func run() async throws {
        let interview = try await global.runtime().services.interviews.markPreparation(interviewID: id, complete: !undo, force: force, actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("\(interview.id): preparation \(interview.preparationComplete ? "complete" : "open").")
    }
}

struct InterviewTimeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Show the audit trail of an interview.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String

    func run() async throws {
        let services = try global.runtime().services
        let events = try await services.interviews.timeline(interviewID: id)
        if output.json { return try Terminal.printJSON(events) }
        let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
        // Each event on its line, in the candidate's zone, its details whole below it (never cut).
        var lines = ["Times in \(clock.zone.identifier). `interview-prep undo --event N` reverses an edit, a cancellation, a reopening or a deletion.", ""]
        for event in events {
            let when = TimeFormat.utcDate(event.occurredAt).map { "\(clock.dayTime($0)) \(clock.abbreviation($0))" } ?? event.occurredAt
            lines.append(Terminal.styled("#\(event.eventID)  \(when)  \(event.type.replacingOccurrences(of: "_", with: " "))", .bold) + "  (\(event.actor.rawValue))")
            lines.append("    " + event.payload.encodedString)
        }
        print(lines.joined(separator: "\n"))
    }
}
