import Foundation
import InterviewPrep

/// The reminder template's variables for one interview, as of the moment it is written.
///
/// The lead it states is the real one ("in 6 hours" from a 24-hour reminder sent late); it greets
/// by first name; the checklist lists open items first, then the ticked ones as done; a rescheduled
/// interview says where it moved from. Within 3 hours of the start it is short (`is_short`): when,
/// where, who and the first three open items.
public struct ReminderEmail: Sendable {
    public var interview: InterviewDetail
    public var plannedHours: Int
    public var facts: ReminderFacts
    public var now: Date
    public var greetingName: String?
    public var typeLabel: String
    public var homeZone: TimeZone?

    /// Within this lead, a reminder keeps to what the candidate needs on the way in.
    static let shortWithin: TimeInterval = 3 * 3600

    public init(
        interview: InterviewDetail, plannedHours: Int, facts: ReminderFacts, now: Date, greetingName: String?, typeLabel: String, homeZone: TimeZone?
    ) {
        self.interview = interview
        self.plannedHours = plannedHours
        self.facts = facts
        self.now = now
        self.greetingName = greetingName
        self.typeLabel = typeLabel
        self.homeZone = homeZone
    }

    /// The email of a reminder the run claimed, as of its claim.
    public init(_ reminder: DueReminder, catalog: InterviewTypeCatalog, greetingName: String?, homeZone: TimeZone?) {
        self.init(
            interview: reminder.interview, plannedHours: reminder.hoursBefore, facts: reminder.facts, now: reminder.claimedAt,
            greetingName: greetingName, typeLabel: catalog[reminder.interview.type].label, homeZone: homeZone)
    }

    public var variables: [String: TemplateValue] {
        let lead = interview.start.instant.timeIntervalSince(now)
        let open = facts.checklist.filter { !$0.done }.map(\.item)
        let done = facts.checklist.filter(\.done).map(\.item)
        var variables: [String: TemplateValue] = [
            "greeting_name": .text(greetingName ?? "there"),
            // For templates customised before greetings and checklist progress.
            "candidate_name": .text(greetingName ?? "there"), "checklist": .list(facts.checklist.map(\.item)),
            "company": .text(interview.company), "role": .text(interview.role), "type_label": .text(typeLabel),
            "when_relative": .text(Self.relative(seconds: lead)),
            "start_local": .text(HumanTime.describe(interview.start, home: homeZone)),
            "start_utc": .text(String(interview.start.utc.prefix(16)).replacingOccurrences(of: "T", with: " ")),
            "duration_minutes": .text(String(interview.durationMinutes)),
            "checklist_progress": .text("\(done.count) of \(facts.checklist.count) done"),
            "checklist_open": .list(open), "checklist_done": .list(done), "first_open": .list(Array(open.prefix(3))),
            "reminder_label": .text("\(plannedHours)h"), "interview_id": .text(interview.id),
        ]
        if lead < Self.shortWithin { variables["is_short"] = .text("yes") }
        if !open.isEmpty { variables["has_open"] = .text("yes") }
        if Double(plannedHours) * 3600 - lead > 3600 { variables["sent_late"] = .text("\(plannedHours)-hour") }
        if let moved = facts.movedFrom { variables["moved_from"] = .text(HumanTime.short(moved, in: homeZone ?? TimeZone(identifier: interview.start.timeZone) ?? .gmt)) }
        if let location = interview.location { variables["location"] = .text(location) }
        if let name = interview.interviewerName { variables["interviewer_name"] = .text(name) }
        if let notes = facts.prepNotes { variables["prep_notes"] = .text(notes) }
        return variables
    }

    /// "in 2 days", "in 24 hours", "in 6 hours", "in 40 minutes": the lead as it really is (from
    /// 44 hours on, in whole days: 47 hours reads "in 2 days").
    static func relative(seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        guard minutes >= 60 else { return minutes <= 1 ? "in a minute" : "in \(minutes) minutes" }
        let hours = Int((seconds / 3600).rounded())
        if hours >= 44 { return "in \(Int((seconds / 86_400).rounded())) days" }
        return hours == 1 ? "in 1 hour" : "in \(hours) hours"
    }

    /// The name a reminder greets with: the configured one, else the first word of the candidate's name.
    public static func greeting(configured: String?, candidateName: String?) -> String? {
        configured ?? candidateName?.split(separator: " ").first.map(String.init)
    }
}
