import ArgumentParser
import Foundation
import InterviewPrep

/// `interview-prep today` (and bare `interview-prep`): what the candidate does next, in their
/// own time zone.
struct TodayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Today's and tomorrow's interviews and everything waiting on you, in your time zone.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let services = try global.runtime().services
        let agenda = try await services.agenda()
        if output.json { return try Terminal.printJSON(agenda) }
        let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
        var lines: [String] = []
        for (title, interviews, date) in [("Today", agenda.today, services.core.now()), ("Tomorrow", agenda.tomorrow, services.core.now().addingTimeInterval(86_400))] {
            lines.append(Terminal.styled("\(title), \(clock.day(date))", .bold))
            if interviews.isEmpty { lines.append("  No interviews.") }
            for interview in interviews {
                let checklist = try await services.interviews.prepChecklist(interviewID: interview.id)
                var line = "  \(clock.time(interview.start.instant))–\(clock.time(interview.end.instant))  \(interview.company) · \(interview.role) · "
                    + "\(interview.type.phrase) · \(interview.id)"
                line += interview.preparationComplete ? "   prepared" : "   prep \(checklist.done)/\(checklist.total)"
                lines.append(line)
                if let elsewhere = clock.elsewhere(interview.start) { lines.append("               \(elsewhere)") }
            }
            lines.append("")
        }
        lines.append(Terminal.styled("Waiting on you", .bold))
        if agenda.waiting.isEmpty { lines.append("  Nothing.") }
        let now = services.core.now()
        for action in agenda.waiting {
            let when = clock.due(action.due, now: now)
            let due = Terminal.styled(when, Terminal.cellStyle(when))
            lines.append("  \(action.summary) · \(action.company)" + (action.reference.map { " (\($0))" } ?? "") + ", \(due)")
        }
        if agenda.today.isEmpty, agenda.tomorrow.isEmpty, agenda.waiting.isEmpty {
            lines.append("")
            lines.append("Add an interview: interview-prep interviews add --company Stripe --role \"Backend Engineer\" --type technical --start 2026-12-09T10:00")
        }
        print(lines.joined(separator: "\n"))
    }
}
