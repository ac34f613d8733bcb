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
            MarkPrepared.self, InterviewTimeline.self, RecordDebrief.self, EditInterview.self, ReopenInterview.self, DeleteInterview.self,
        ])
}

extension InterviewType: ExpressibleByArgument {}
extension InterviewStatus: ExpressibleByArgument {}
extension RoleFamily: ExpressibleByArgument {}

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
    @Option(help: "Role family of a new job (inferred from the role when omitted).") var roleFamily: RoleFamily?
    @Option(help: "Interview type.") var type: InterviewType
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
        let services = try global.runtime().services
        let page = try await services.interviews.list(
            InterviewFilter(statuses: status, types: type, company: company, jobID: jobID, from: from, to: to),
            limit: limit, cursor: cursor)
        let filtered = !status.isEmpty || !type.isEmpty || company != nil || jobID != nil || from != nil || to != nil || cursor != nil
        try await InterviewOutput.show(page.interviews, json: output.json, wrapper: page, services: services,
                                       empty: filtered ? "No interviews match." : InterviewOutput.noInterviewsYet)
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
    @Flag(help: "Also list withdrawn reminders.") var all = false

    func run() async throws {
        let services = try global.runtime().services
        try await InterviewOutput.show(try await services.interviews.interview(id: id, includeReminders: true), json: output.json, services: services, allReminders: all)
    }
}

struct UpcomingInterviews: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "upcoming", abstract: "Live interviews in the next days.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Days ahead (1-365).") var days = 7

    func run() async throws {
        let services = try global.runtime().services
        try await InterviewOutput.show(try await services.interviews.upcoming(days: days).interviews, json: output.json, services: services,
                                       empty: "No interviews in the next \(days) days.")
    }
}
