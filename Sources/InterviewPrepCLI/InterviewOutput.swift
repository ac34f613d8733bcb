import Foundation
import InterviewPrep

/// Interviews for people (in the candidate's own zone first, grouped by their local day) or as JSON.
enum InterviewOutput {
    /// The empty state of an unfiltered list: what to do.
    static let noInterviewsYet =
        "No interviews yet. Add one: interview-prep interviews add --company Stripe --role \"Backend Engineer\" --type technical --start 2026-12-09T10:00"

    /// A list: one row per interview in start order, the day written on the first row of each day.
    static func show(
        _ interviews: [InterviewDetail], json: Bool, wrapper: (some Encodable)? = nil as InterviewPage?, services: Services,
        empty: String = noInterviewsYet
    ) async throws {
        if json {
            if let wrapper { return try Terminal.printJSON(wrapper) }
            return try Terminal.printJSON(interviews)
        }
        guard !interviews.isEmpty else { return print(empty) }
        let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
        let now = services.core.now()
        var rows: [[String]] = []
        var previous: Date?
        for interview in interviews {
            let start = interview.start.instant
            let newDay = previous.map { !clock.sameDay($0, start) } ?? true
            previous = start
            let checklist = try await services.interviews.prepChecklist(interviewID: interview.id)
            rows.append([
                newDay ? "\(clock.shortDay(start)), \(clock.relativeDay(start, now: now))" : "",
                "\(clock.time(start))–\(clock.time(interview.end.instant))", interview.id, interview.type.rawValue, interview.company, interview.role,
                interview.status.rawValue, interview.preparationComplete ? "done" : "\(checklist.done)/\(checklist.total)", clock.theirs(interview.start) ?? "",
            ])
        }
        print("Times in \(clock.zone.identifier) (\(clock.abbreviation(now))); THEIR TIME is the interview's own zone.\n")
        print(Terminal.table(["DAY", "TIME", "ID", "TYPE", "COMPANY", "ROLE", "STATUS", "PREP", "THEIR TIME"], rows))
    }

    /// One interview, every time in the candidate's zone first.
    static func show(_ interview: InterviewDetail, json: Bool, services: Services, allReminders: Bool = false) async throws {
        if json { return try Terminal.printJSON(interview) }
        let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
        let now = services.core.now()
        let checklist = try await services.interviews.prepChecklist(interviewID: interview.id)
        var lines = [
            "\(interview.id)  \(interview.company) · \(interview.role)  [\(interview.jobID), \(interview.roleFamily.rawValue)]",
            "Type:        \(interview.type.phrase), \(interview.durationMinutes) min",
            "Status:      \(interview.status.rawValue)  (next: \(interview.allowedNextStatuses.map(\.rawValue).joined(separator: ", ").nonEmpty ?? "none"))",
            "Starts:      \(clock.zoned(interview.start, now: now))",
            "             \(interview.start.utc)",
            "Ends:        \(clock.dayTime(interview.end.instant)) \(clock.abbreviation(interview.end.instant))",
        ]
        if let name = interview.interviewerName {
            lines.append("Interviewer: \(name)" + (interview.interviewerEmail.map { " <\($0)>" } ?? ""))
        }
        if let location = interview.location { lines.append("Location:    \(location)") }
        lines.append("Prep:        " + (interview.preparationComplete ? "done" : "\(checklist.done)/\(checklist.total) checklist items ticked")
            + (interview.hasPrepNotes ? ", has prep notes" : ""))
        let reminders = interview.reminders ?? []
        let shown = allReminders ? reminders : reminders.filter { $0.status != .cancelled }
        for reminder in shown {
            lines.append("Reminder:    \(reminder.hoursBefore)h before, \(clock.dayTime(reminder.due.instant)) \(clock.abbreviation(reminder.due.instant)): \(reminder.status.rawValue)")
        }
        if shown.count < reminders.count {
            lines.append("             (\(reminders.count - shown.count) withdrawn reminder\(reminders.count - shown.count == 1 ? "" : "s") hidden: --all shows them)")
        }
        if let notes = interview.notes { lines.append("Notes:\n\(notes)") }
        if let feedback = interview.feedback { lines.append("Feedback:\n\(feedback)") }
        print(lines.joined(separator: "\n"))
    }
}
