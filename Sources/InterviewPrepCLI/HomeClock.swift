import Foundation
import InterviewPrep

/// Times as the candidate reads them: in their own zone first, with the interview's zone beside
/// when it differs, and relative words where they help ("tomorrow", "in 3 days").
struct HomeClock {
    let zone: TimeZone

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private func format(_ pattern: String, _ date: Date, in zone: TimeZone? = nil) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone ?? self.zone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// `Mon 30 Nov (America/New_York)`.
    func day(_ date: Date) -> String { format("EEE d MMM", date) + " (\(zone.identifier))" }

    /// `Mon 30 Nov`.
    func shortDay(_ date: Date) -> String { format("EEE d MMM", date) }

    /// `08:30`.
    func time(_ date: Date) -> String { format("HH:mm", date) }

    /// `Thu 4 Dec 08:30`.
    func dayTime(_ date: Date) -> String { format("EEE d MMM HH:mm", date) }

    /// `EST`: the home zone's abbreviation at `date`.
    func abbreviation(_ date: Date) -> String { TimeFormat.abbreviation(of: zone, at: date) }

    /// `today`, `tomorrow`, `yesterday`, `in 3 days`, `5 days ago`: `date`'s local day against `now`'s.
    func relativeDay(_ date: Date, now: Date) -> String {
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 0
        switch days {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...: return "in \(days) days"
        default: return "\(-days) days ago"
        }
    }

    /// Whether two instants fall on the same local day.
    func sameDay(_ first: Date, _ second: Date) -> Bool { calendar.isDate(first, inSameDayAs: second) }

    /// `Thu 4 Dec 08:30 EST (tomorrow) · 19:00 IST in Kolkata`: a start as the candidate reads it.
    func zoned(_ time: ZonedTime, now: Date) -> String {
        "\(dayTime(time.instant)) \(abbreviation(time.instant)) (\(relativeDay(time.instant, now: now)))"
            + (theirs(time).map { " · " + $0 } ?? "")
    }

    /// `19:00 IST in Kolkata` when the interview's zone shows another time than the candidate's.
    func theirs(_ time: ZonedTime) -> String? {
        guard differs(time) else { return nil }
        // Their weekday too when it is another day there.
        let day = time.local.prefix(10) != TimeFormat.local(time.instant, in: zone).prefix(10)
            ? TimeZone(identifier: time.timeZone).map { format("EEE ", time.instant, in: $0) } ?? "" : ""
        return "\(day)\(time.clock) \(time.abbreviation) in \(time.place)"
    }

    /// `(19:00 IST in Asia/Kolkata)` when the interview's zone is not the candidate's.
    func elsewhere(_ start: ZonedTime) -> String? {
        differs(start) ? "(\(start.clock) \(start.abbreviation) in \(start.timeZone))" : nil
    }

    /// Whether the interview's zone shows another time than the candidate's at that instant.
    private func differs(_ time: ZonedTime) -> Bool { time.offsetSeconds != zone.secondsFromGMT(for: time.instant) }

    /// `Thu 10 Dec 17:00`, or `end of Thu 10 Dec` for a deadline at local midnight (a date given
    /// without a time is due by the end of that day).
    func deadline(_ date: Date) -> String {
        let time = calendar.dateComponents([.hour, .minute, .second], from: date)
        guard time.hour == 0, time.minute == 0, time.second == 0 else { return dayTime(date) }
        return "end of " + format("EEE d MMM", date.addingTimeInterval(-1))
    }

    /// `by Thu 10 Dec 17:00` or `overdue since …` for an ISO 8601 due instant (as the engine gives it).
    func due(_ text: String, now: Date) -> String {
        guard let date = TimeFormat.utcDate(text) else { return text }
        return (date < now ? "overdue since " : "by ") + deadline(date)
    }
}
