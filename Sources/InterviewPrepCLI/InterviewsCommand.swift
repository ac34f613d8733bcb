import ArgumentParser
import InterviewPrep

/// `interview-prep interviews …`
struct InterviewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interviews",
        abstract: "Schedule, list and update interviews.",
        subcommands: [
            AddInterview.self, ListInterviews.self, ShowInterview.self, UpcomingInterviews.self,
            SetInterviewStatus.self, RescheduleInterview.self, CancelInterview.self, InterviewNotes.self,
            MarkPrepared.self, InterviewTimeline.self, RecordDebrief.self,
        ])
}

extension InterviewType: ExpressibleByArgument {}
extension InterviewStatus: ExpressibleByArgument {}
extension RoleFamily: ExpressibleByArgument {}

/// Prints interviews as a table or JSON.
enum InterviewOutput {
    static func show(_ interviews: [InterviewDetail], json: Bool, wrapper: (some Encodable)? = nil as InterviewPage?) throws {
        if json {
            if let wrapper { return try Terminal.printJSON(wrapper) }
            return try Terminal.printJSON(interviews)
        }
        guard !interviews.isEmpty else { return print("No interviews.") }
        print(Terminal.table(
            ["ID", "WHEN (LOCAL)", "ZONE", "TYPE", "COMPANY", "ROLE", "STATUS", "PREP"],
            interviews.map {
                [$0.id, String($0.start.local.prefix(16)).replacingOccurrences(of: "T", with: " "), $0.start.abbreviation,
                 $0.type.rawValue, $0.company, $0.role, $0.status.rawValue, $0.preparationComplete ? "done" : "-"]
            }))
    }

    static func show(_ interview: InterviewDetail, json: Bool) throws {
        if json { return try Terminal.printJSON(interview) }
        var lines = [
            "\(interview.id)  \(interview.company) — \(interview.role)  [\(interview.jobID), \(interview.roleFamily.rawValue)]",
            "Type:        \(interview.type.rawValue), \(interview.durationMinutes) min",
            "Status:      \(interview.status.rawValue)  (next: \(interview.allowedNextStatuses.map(\.rawValue).joined(separator: ", ").nonEmpty ?? "none"))",
            "Starts:      \(interview.start.local) \(interview.start.abbreviation) (\(interview.start.timeZone)) = \(interview.start.utc)",
            "Ends:        \(interview.end.local) \(interview.end.abbreviation)",
        ]
        if let name = interview.interviewerName {
            lines.append("Interviewer: \(name)" + (interview.interviewerEmail.map { " <\($0)>" } ?? ""))
        }
        if let location = interview.location { lines.append("Location:    \(location)") }
        lines.append("Prepared:    \(interview.preparationComplete ? "yes" : "no")\(interview.hasPrepNotes ? ", has prep notes" : "")")
        for reminder in interview.reminders ?? [] {
            lines.append("Reminder:    \(reminder.hoursBefore)h before, \(reminder.due.local) \(reminder.due.abbreviation): \(reminder.status.rawValue)")
        }
        if let notes = interview.notes { lines.append("Notes:\n\(notes)") }
        if let feedback = interview.feedback { lines.append("Feedback:\n\(feedback)") }
        print(lines.joined(separator: "\n"))
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

struct AddInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Schedule an interview.",
        discussion: """
            Example: interview-prep interviews add --company Stripe --role "Backend Engineer" --type technical \
            --start 2026-03-09T09:00 --timezone America/New_York --interviewer "Sarah Chen"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "An existing job's id (job_3); otherwise give --company and --role.") var jobID: String?
    @Option(help: "An unlocked stage of a job (stg_4, from `interview-prep jobs show`); it becomes invited.") var stageID: String?
    @Option(help: "The company.") var company: String?
    @Option(help: "The role title.") var role: String?
    @Option(help: "Role family of a new job: \(RoleFamily.allowedNames.joined(separator: ", ")).") var roleFamily: RoleFamily?
    @Option(help: "Interview type: \(InterviewType.allowedNames.joined(separator: ", ")).") var type: InterviewType
    @Option(help: "Start: 2026-03-09T09:00 (local, with --timezone) or 2026-03-09T09:00:00-05:00.") var start: String
    @Option(help: "IANA time zone, e.g. Europe/Berlin (default: configured zone).") var timezone: String?
    @Option(help: "Duration in minutes (default by type).") var duration: Int?
    @Option(help: "Interviewer's name.") var interviewer: String?
    @Option(help: "Interviewer's email.") var interviewerEmail: String?
    @Option(help: "Address or meeting link.") var location: String?
    @Option(help: "Notes.") var notes: String?
    @Option(help: "Hours before the start to send a reminder (repeatable; default by type).") var reminderHours: [Int] = []

    func run() async throws {
        let interview = try await global.runtime().services.interviews.schedule(
            ScheduleInterviewRequest(
                jobID: jobID, company: company, role: role, roleFamily: roleFamily, type: type, start: start,
                timeZone: timezone, durationMinutes: duration, interviewerName: interviewer,
                interviewerEmail: interviewerEmail, location: location, notes: notes,
                reminderHours: reminderHours.isEmpty ? nil : reminderHours, stageID: stageID),
            actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("Scheduled \(interview.id): \(interview.type.rawValue) with \(interview.company) at \(interview.start.local) \(interview.start.abbreviation).")
        for reminder in interview.reminders ?? [] {
            print("  reminder \(reminder.hoursBefore)h before: \(reminder.due.local) \(reminder.due.abbreviation) (\(reminder.status.rawValue))")
        }
    }
}

struct ListInterviews: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List interviews in start order, with filters.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this status (repeatable).") var status: [InterviewStatus] = []
    @Option(help: "Only this type (repeatable).") var type: [InterviewType] = []
    @Option(help: "Company name or part of it.") var company: String?
    @Option(help: "Only this job's interviews.") var jobID: String?
    @Option(help: "Start at or after (date or date-time).") var from: String?
    @Option(help: "Start before (a date includes that day).") var to: String?
    @Option(help: "Page size (1-500).") var limit = 50
    @Option(help: "Cursor from the previous page.") var cursor: String?

    func run() async throws {
        let page = try await global.runtime().services.interviews.list(
            InterviewFilter(statuses: status, types: type, company: company, jobID: jobID, from: from, to: to),
            limit: limit, cursor: cursor)
        try InterviewOutput.show(page.interviews, json: output.json, wrapper: page)
        if !output.json, let next = page.nextCursor {
            print("\n\(page.interviews.count) of \(page.totalMatching); next page: --cursor \(next)")
        }
    }
}

struct ShowInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one interview.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id, e.g. int_7.") var id: String

    func run() async throws {
        try InterviewOutput.show(try await global.runtime().services.interviews.interview(id: id, includeReminders: true), json: output.json)
    }
}

struct UpcomingInterviews: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "upcoming", abstract: "Live interviews in the next days.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Days ahead (1-365).") var days = 7

    func run() async throws {
        try InterviewOutput.show(try await global.runtime().services.interviews.upcoming(days: days).interviews, json: output.json)
    }
}
