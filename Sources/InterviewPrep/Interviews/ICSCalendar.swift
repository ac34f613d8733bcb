import Foundation

/// Writes interviews as an RFC 5545 calendar: one VEVENT per interview with a stable UID (so a
/// re-import updates rather than duplicates), times in UTC, the prep checklist in the
/// description, a display alarm per planned reminder, and STATUS:CANCELLED for cancelled ones.
public enum ICSCalendar {
    /// One interview to export, with its reminders and checklist.
    public struct Entry: Sendable {
        public var interview: InterviewDetail
        public var reminders: [ReminderSummary]
        public var checklist: [String]
        /// Bumped on every change, so calendars apply updates in order.
        public var sequence: Int
    }

    public static func render(_ entries: [Entry], typeLabels: [InterviewType: String], now: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interview-prep//interview-prep \(Version.current)//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        let stamp = basicUTC(TimeFormat.utc(now))
        for entry in entries {
            let interview = entry.interview
            let label = typeLabels[interview.type] ?? interview.type.rawValue
            var description = ["\(label) for \(interview.role) at \(interview.company) (\(interview.id))."]
            if let name = interview.interviewerName { description.append("Interviewer: \(name)") }
            description.append("Local time: \(interview.start.local) \(interview.start.abbreviation) (\(interview.start.timeZone))")
            description.append("")
            description.append("Checklist:")
            description += entry.checklist.map { "- \($0)" }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(interview.id)@interview-prep",
                "DTSTAMP:\(stamp)",
                "SEQUENCE:\(entry.sequence)",
                "DTSTART:\(basicUTC(interview.start.utc))",
                "DTEND:\(basicUTC(interview.end.utc))",
                "SUMMARY:\(escape("\(label) — \(interview.company) (\(interview.role))"))",
                "DESCRIPTION:\(escape(description.joined(separator: "\n")))",
                "STATUS:\(status(interview.status))",
            ]
            if let location = interview.location {
                lines.append("LOCATION:\(escape(location))")
                if location.hasPrefix("https://") || location.hasPrefix("http://"), !location.contains(" ") {
                    lines.append("URL:\(location)")
                }
            }
            if interview.status != .cancelled {
                for reminder in entry.reminders where reminder.status == .pending || reminder.status == .sent || reminder.status == .claimed {
                    lines += [
                        "BEGIN:VALARM", "ACTION:DISPLAY",
                        "DESCRIPTION:\(escape("\(label) with \(interview.company) in \(reminder.hoursBefore)h"))",
                        "TRIGGER;VALUE=DATE-TIME:\(basicUTC(reminder.due.utc))",
                        "X-INTERVIEW-PREP-REMINDER:\(reminder.id)",
                        "END:VALARM",
                    ]
                }
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func status(_ status: InterviewStatus) -> String {
        switch status {
        case .cancelled: "CANCELLED"
        case .scheduled, .rescheduled: "TENTATIVE"
        case .confirmed, .reminderSent, .inProgress, .completed: "CONFIRMED"
        }
    }

    /// `2026-03-09T13:00:00Z` → `20260309T130000Z`
    static func basicUTC(_ iso: String) -> String {
        iso.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// TEXT escaping (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        MessageText.normalized(text)
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a content line at 75 octets, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var result = "", width = 0
        for character in line {
            let size = character.utf8.count
            if width + size > 75 {
                result += "\r\n "
                width = 1
            }
            result.append(character)
            width += size
        }
        return result
    }
}

/// Text with every line break as a single LF.
enum MessageText {
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
