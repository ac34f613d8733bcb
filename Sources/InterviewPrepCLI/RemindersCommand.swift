import AppRuntime
import ArgumentParser
import Foundation
import InterviewPrep
import Mail

/// `interview-prep reminders …`
struct RemindersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders", abstract: "Send due reminder emails (for cron) and list planned reminders.",
        subcommands: [RunReminders.self, ListReminders.self])
}

extension ReminderStatus: ExpressibleByArgument {}

struct RunReminders: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Send every due reminder once.",
        discussion: """
            Meant for cron, e.g. every 5 minutes: */5 * * * * interview-prep reminders run. Runs may overlap: \
            each reminder is sent once. Temporary failures are retried by later runs with backoff; the \
            summary lists what waits for a retry and when.

            Exit codes: 0 nothing failed (retries may be waiting); \(RunReminders.failureExitCode) a reminder \
            failed for good or may not have arrived (see the summary); 1 the run could not start \
            (configuration, database); 2 bad usage.
            """)

    /// A reminder failed permanently, or its delivery is unknown.
    static let failureExitCode: Int32 = 3

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "Show what would be sent; change nothing.") var dryRun = false
    @Option(help: "Act as if now were this ISO 8601 time (previews and tests).") var at: String?

    func run() async throws {
        let runtime = try global.runtime()
        let now = try at.map { (text) throws(InterviewPrepError) in
            try StartTimeResolver(defaultTimeZone: runtime.configuration.defaultTimeZone).resolve(text, timeZone: nil, field: "--at").instant
        }
        let sender = dryRun ? nil : try MailRuntime(runtime: runtime).reminderSender()
        let progress = ProgressLine("Sending reminders")
        defer { progress.finish() }
        let summary = try await runtime.services.reminders.runner()
            .run(at: now, dryRun: dryRun, sender: sender, progress: progress.report)
        progress.finish()
        if output.json {
            try Terminal.printJSON(summary)
        } else {
            print(ReminderRunReport.text(summary))
        }
        if summary.hasFailures { throw ExitCode(Self.failureExitCode) }
    }
}

struct ListReminders: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List planned reminders in due order.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this interview's reminders.") var interview: String?
    @Option(help: "Only this status (repeatable).") var status: [ReminderStatus] = []

    func run() async throws {
        let reminders = try await global.runtime().services.reminders.reminders(interviewID: interview, statuses: status)
        if output.json { return try Terminal.printJSON(reminders) }
        guard !reminders.isEmpty else { return print("No reminders.") }
        print(Terminal.table(
            ["ID", "INTERVIEW", "BEFORE", "DUE (LOCAL)", "STATUS", "NOTE"],
            reminders.map {
                [$0.id, $0.interviewID, "\($0.hoursBefore)h", String($0.due.local.prefix(16)).replacingOccurrences(of: "T", with: " ") + " " + $0.due.abbreviation,
                 $0.status.rawValue, $0.lastError ?? $0.note ?? ""]
            }))
    }
}

/// The human summary of a run.
enum ReminderRunReport {
    static func text(_ summary: ReminderRunSummary) -> String {
        var lines = [
            (summary.dryRun ? "Dry run at " : "Run at ") + summary.at + ": "
                + "\(summary.sent.count) \(summary.dryRun ? "would be sent" : "sent"), \(summary.skipped.count) skipped, "
                + "\(summary.retrying.count) retrying, \(summary.failed.count) failed, \(summary.unknown.count) unknown.",
        ]
        for (label, entries) in [("sent", summary.sent), ("skipped", summary.skipped), ("retrying", summary.retrying), ("FAILED", summary.failed), ("UNKNOWN", summary.unknown)] {
            lines += entries.map { "  \(label.padding(toLength: 8, withPad: " ", startingAt: 0)) \($0.reminderID) (\($0.hoursBefore)h before \($0.interviewID))" + ($0.detail.map { ": \($0)" } ?? "") }
        }
        if !summary.waiting.isEmpty {
            lines.append("Waiting to retry:")
            lines += summary.waiting.map { "  \($0.reminderID) (\($0.hoursBefore)h before \($0.interviewID)): \($0.detail ?? "")" }
        }
        lines.append("Next due: \(summary.nextDue ?? "nothing planned")")
        return lines.joined(separator: "\n")
    }
}
