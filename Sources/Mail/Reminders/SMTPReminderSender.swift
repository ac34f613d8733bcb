import Foundation
import InterviewPrep

/// Sends reminder emails to the candidate over SMTP, rendered from the `reminder` template.
public struct SMTPReminderSender: ReminderSender {
    public let client: SMTPClient
    public let templates: EmailTemplates
    public let candidate: EmailAddress
    public let catalog: InterviewTypeCatalog
    /// The candidate's own zone: times read in it first.
    public let homeZone: TimeZone?

    public init(client: SMTPClient, templates: EmailTemplates, candidate: EmailAddress, catalog: InterviewTypeCatalog, homeZone: TimeZone? = nil) {
        self.client = client
        self.templates = templates
        self.candidate = candidate
        self.catalog = catalog
        self.homeZone = homeZone
    }

    /// Renders the reminder once into the message that is recorded and sent.
    public func compose(_ reminder: DueReminder) throws(DeliveryFailure) -> ComposedReminder<EmailMessage> {
        do {
            let email = try templates.render(.reminder, variables: ReminderEmail.variables(
                interview: reminder.interview, hoursBefore: reminder.hoursBefore, checklist: reminder.checklist,
                prepNotes: reminder.prepNotes, candidateName: candidate.name, typeLabel: catalog[reminder.interview.type].label, homeZone: homeZone))
            let message = try EmailMessage(
                from: client.configuration.from, to: [candidate], subject: email.subject, text: email.text, html: email.html,
                date: Date(), messageID: reminder.messageID)
            return ComposedReminder(subject: message.subject, recipients: message.recipients, message: message)
        } catch {
            throw DeliveryFailure(isTemporary: false, message: error.description)
        }
    }

    public func send(_ composed: ComposedReminder<EmailMessage>, dataSent: @escaping @Sendable () -> Void) async throws(DeliveryFailure) {
        do {
            try await client.send(composed.message, dataSent: dataSent)
        } catch {
            throw DeliveryFailure(isTemporary: error.isTemporary, message: error.description)
        }
    }
}

/// The variables of the reminder template for one reminder.
public enum ReminderEmail {
    public static func variables(
        interview: InterviewDetail, hoursBefore: Int, checklist: [String], prepNotes: String?, candidateName: String?, typeLabel: String,
        homeZone: TimeZone? = nil
    ) -> [String: TemplateValue] {
        var variables: [String: TemplateValue] = [
            "candidate_name": .text(candidateName ?? "there"),
            "company": .text(interview.company), "role": .text(interview.role), "type_label": .text(typeLabel),
            "when_relative": .text(relative(hours: hoursBefore)),
            "start_local": .text(HumanTime.describe(interview.start, home: homeZone)),
            "start_utc": .text(String(interview.start.utc.prefix(16)).replacingOccurrences(of: "T", with: " ")),
            "duration_minutes": .text(String(interview.durationMinutes)),
            "checklist": .list(checklist), "reminder_label": .text("\(hoursBefore)h"),
            "interview_id": .text(interview.id),
        ]
        if let location = interview.location { variables["location"] = .text(location) }
        if let name = interview.interviewerName { variables["interviewer_name"] = .text(name) }
        if let notes = prepNotes { variables["prep_notes"] = .text(notes) }
        return variables
    }

    /// "in 2 days", "in 24 hours", "in 2 hours".
    static func relative(hours: Int) -> String {
        hours >= 48 && hours % 24 == 0 ? "in \(hours / 24) days" : hours == 1 ? "in 1 hour" : "in \(hours) hours"
    }
}

/// Dates written for people, in English: "Monday, 9 March 2026, 09:00 EDT (America/New_York)".
public enum HumanTime {
    public static func describe(_ time: ZonedTime) -> String {
        "\(date(time)), \(time.clock) \(time.abbreviation) (\(time.timeZone))"
    }

    /// The candidate's own time first when their zone shows another time than the interview's:
    /// "Friday, 4 December 2026, 08:30 EST · 19:00 IST in Kolkata"; else `describe(time)`.
    public static func describe(_ time: ZonedTime, home: TimeZone?) -> String {
        guard let home, home.identifier != time.timeZone else { return describe(time) }
        let mine = ZonedTime(time.instant, in: home)
        guard mine.offsetSeconds != time.offsetSeconds else { return describe(time) }
        let theirDay = time.local.prefix(10) == mine.local.prefix(10) ? "" : date(time).prefix(3) + " "
        return "\(date(mine)), \(mine.clock) \(mine.abbreviation) · \(theirDay)\(time.clock) \(time.abbreviation) in \(time.place)"
    }

    /// "Monday, 9 March 2026", from the local date of `time`.
    public static func date(_ time: ZonedTime) -> String {
        let parts = time.local.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return String(time.local.prefix(10)) }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        // Zeller-style day of week for the Gregorian calendar (Sakamoto's method).
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = parts[1] < 3 ? parts[0] - 1 : parts[0]
        let weekday = (year + year / 4 - year / 100 + year / 400 + offsets[parts[1] - 1] + parts[2]) % 7
        return "\(weekdays[weekday]), \(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
