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
            lines.append("\(title), \(clock.day(date))")
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
        lines.append("Waiting on you")
        if agenda.waiting.isEmpty { lines.append("  Nothing.") }
        let now = services.core.now()
        for action in agenda.waiting {
            let due = clock.due(action.due, now: now)
            lines.append("  \(action.summary) · \(action.company)" + (action.reference.map { " (\($0))" } ?? "") + ", \(due)")
        }
        if agenda.today.isEmpty, agenda.tomorrow.isEmpty, agenda.waiting.isEmpty {
            lines.append("")
            lines.append("Add an interview: interview-prep interviews add --company Stripe --role \"Backend Engineer\" --type technical --start 2026-12-09T10:00")
        }
        print(lines.joined(separator: "\n"))
    }
}

/// Times as the candidate reads them: in their own zone, with the interview's zone beside when it differs.
struct HomeClock {
    let zone: TimeZone

    private func format(_ pattern: String, _ date: Date, in zone: TimeZone? = nil) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone ?? self.zone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// `Mon 30 Nov (America/New_York)`.
    func day(_ date: Date) -> String { format("EEE d MMM", date) + " (\(zone.identifier))" }

    /// `08:30`.
    func time(_ date: Date) -> String { format("HH:mm", date) }

    /// `Thu 4 Dec 08:30`.
    func dayTime(_ date: Date) -> String { format("EEE d MMM HH:mm", date) }

    /// `Thu 10 Dec 17:00`, or `end of Thu 10 Dec` for a deadline at local midnight (a date given
    /// without a time is due by the end of that day).
    func deadline(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let time = calendar.dateComponents([.hour, .minute, .second], from: date)
        guard time.hour == 0, time.minute == 0, time.second == 0 else { return dayTime(date) }
        return "end of " + format("EEE d MMM", date.addingTimeInterval(-1))
    }

    /// `by Thu 10 Dec 17:00` or `overdue since …` for an ISO 8601 due instant (as the engine gives it).
    func due(_ text: String, now: Date) -> String {
        guard let date = TimeFormat.utcDate(text) else { return text }
        return (date < now ? "overdue since " : "by ") + deadline(date)
    }

    /// `(19:00 IST in Asia/Kolkata)` when the interview's zone is not the candidate's.
    func elsewhere(_ start: ZonedTime) -> String? {
        guard let other = TimeZone(identifier: start.timeZone), other.secondsFromGMT(for: start.instant) != zone.secondsFromGMT(for: start.instant) else { return nil }
        return "(\(format("HH:mm", start.instant, in: other)) \(start.abbreviation) in \(start.timeZone))"
    }
}
