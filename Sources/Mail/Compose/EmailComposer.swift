import Foundation
import InterviewPrep

/// Builds the template variables of each email kind from an interview and what the caller adds.
public struct EmailComposer: Sendable {
    private let loaded: LoadOnce<EmailTemplates, MailError>
    public let settings: MailSettings
    public let catalog: InterviewTypeCatalog
    public let checklists: ChecklistCatalog
    /// The candidate's own zone: the reminder (to the candidate) reads in it first.
    public let homeZone: TimeZone?

    /// The templates (the user's overrides first), compiled on first use: a session that sends no
    /// email never reads them. A malformed template is reported then (and by `check`).
    public var templates: EmailTemplates {
        get throws(MailError) { try loaded.value() }
    }

    public init(templates: EmailTemplates, settings: MailSettings, catalog: InterviewTypeCatalog, checklists: ChecklistCatalog, homeZone: TimeZone? = nil) {
        self.init(loading: LoadOnce { () throws(MailError) in templates }, settings: settings, catalog: catalog, checklists: checklists, homeZone: homeZone)
    }

    /// Templates read from `files` on first use.
    public init(files: DataFiles, settings: MailSettings, catalog: InterviewTypeCatalog, checklists: ChecklistCatalog, homeZone: TimeZone? = nil) {
        self.init(loading: LoadOnce { () throws(MailError) in try EmailTemplates(files: files) }, settings: settings, catalog: catalog, checklists: checklists, homeZone: homeZone)
    }

    private init(loading: LoadOnce<EmailTemplates, MailError>, settings: MailSettings, catalog: InterviewTypeCatalog, checklists: ChecklistCatalog,
                 homeZone: TimeZone?) {
        self.loaded = loading
        self.settings = settings
        self.catalog = catalog
        self.checklists = checklists
        self.homeZone = homeZone
    }

    /// What the caller adds to the interview's own details.
    public struct Extras: Sendable {
        public var candidateName: String?
        public var recipientName: String?
        public var talkingPoints: String?
        public var note: String?
        public var update: String?
        public var deadline: String?
        public var situation: StatusSituation

        public init(candidateName: String? = nil, recipientName: String? = nil, talkingPoints: String? = nil,
                    note: String? = nil, update: String? = nil, deadline: String? = nil, situation: StatusSituation = .update) {
            self.candidateName = candidateName
            self.recipientName = recipientName
            self.talkingPoints = talkingPoints
            self.note = note
            self.update = update
            self.deadline = deadline
            self.situation = situation
        }
    }

    /// Renders `kind` for `interview` as of `now`; a variable still missing is an error naming it.
    public func render(_ kind: EmailKind, interview: InterviewDetail, facts: ReminderFacts?, extras: Extras, now: Date) throws(MailError) -> RenderedEmail {
        // Names and the deadline are one line wherever they go (signature, greeting, subject);
        // talking points, notes and the update are body text and may span lines.
        let recipientField = kind == .thankYou ? "interviewer_name" : "recipient_name"
        for (field, value) in [("candidate_name", extras.candidateName), (recipientField, extras.recipientName), ("deadline", extras.deadline)] {
            if let value { try HeaderSafety.check(value, field: field) }
        }
        let candidate = extras.candidateName ?? settings.candidateName
        var variables: [String: TemplateValue] = [
            "company": .text(interview.company), "role": .text(interview.role),
            "interview_date": .text(HumanTime.date(interview.start)),
        ]
        func add(_ key: String, _ value: String?) { if let value { variables[key] = .text(value) } }
        add("candidate_name", candidate)
        switch kind {
        case .reminder:
            let facts = facts ?? ReminderFacts(
                checklist: checklists.items(for: interview.type).enumerated().map { ChecklistItem(index: $0.offset + 1, item: $0.element, done: false) },
                prepNotes: nil, movedFrom: nil)
            variables = ReminderEmail(
                interview: interview, plannedHours: max(1, Int((interview.start.instant.timeIntervalSince(now) / 3600).rounded())), facts: facts, now: now,
                greetingName: ReminderEmail.greeting(configured: settings.greetingName, candidateName: candidate),
                typeLabel: catalog[interview.type].label, homeZone: homeZone).variables
            variables["reminder_label"] = .text("sent by hand")
        case .thankYou:
            add("interviewer_name", extras.recipientName ?? interview.interviewerName)
            add("talking_points", extras.talkingPoints)
        case .followUp:
            add("recipient_name", extras.recipientName)
            add("extra_note", extras.note)
        case .statusUpdate:
            // News is the point of a plain update; the other situations say what they are themselves.
            if extras.situation == .update, extras.update?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
                throw .missingVariable(template: kind.rawValue, variable: "update")
            }
            add("recipient_name", extras.recipientName)
            add("update", extras.update)
            add("deadline", extras.deadline)
            add(extras.situation.flag, "yes")
        }
        return try templates.render(kind, variables: variables)
    }
}
