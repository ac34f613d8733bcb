import Foundation
import InterviewPrep

/// Email for every surface: templates, settings and, when SMTP is configured, a client; drafts
/// and sends the four emails and records each attempt.
public struct MailService: Sendable {
    public let composer: EmailComposer
    public let client: SMTPClient?
    /// Why mail settings could not be loaded, shown when a tool tries to send.
    public let problem: String?

    public init(composer: EmailComposer, client: SMTPClient?, problem: String? = nil) {
        self.composer = composer
        self.client = client
        self.problem = problem
    }

    /// Wires mail from the data files and the configuration folder; a bad SMTP setting disables
    /// sending (with its reason) but not drafting.
    public static func load(
        dataFiles: DataFiles, configFile: URL, core: ServiceCore,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(MailError) -> MailService {
        var settings = MailSettings(smtp: nil, candidateEmail: nil, candidateName: nil)
        var problem: String?
        do {
            settings = try MailSettings.load(configFile: configFile, environment: environment)
        } catch {
            problem = error.description
        }
        let composer = EmailComposer(files: dataFiles, settings: settings, catalog: core.catalog, checklists: core.checklists,
                                     homeZone: core.resolver.defaultTimeZone)
        return MailService(composer: composer, client: try settings.smtp.map { (smtp) throws(MailError) in try SMTPClient(configuration: smtp) }, problem: problem)
    }

    /// The address an email goes to when the caller names none: the candidate for a reminder,
    /// the interviewer for a thank-you; nil for the others (the caller must name one to send).
    public func defaultRecipient(_ kind: EmailKind, interview: InterviewDetail) -> String? {
        switch kind {
        case .reminder: composer.settings.candidateEmail?.address
        case .thankYou: interview.interviewerEmail
        case .followUp, .statusUpdate: nil
        }
    }

    /// Renders `kind` for an interview; with `send`, sends it and records the attempt (sent or
    /// failed) in the outbox and the interview's timeline. A send cancelled before the message
    /// was handed over records nothing and throws `CancellationError`.
    public func compose(
        _ kind: EmailKind, interviewID: String, to: String?, send: Bool, extras: EmailComposer.Extras,
        interviews: InterviewService, reminders: ReminderService, actor: EventActor
    ) async throws -> ComposedEmail {
        let interview = try await interviews.interview(id: interviewID)
        let facts = kind == .reminder ? try await interviews.reminderFacts(interviewID: interview.id) : nil
        let email = try composer.render(kind, interview: interview, facts: facts, extras: extras, now: interviews.core.now())
        let recipient = try (to ?? defaultRecipient(kind, interview: interview)).map { (address) throws(MailError) in try EmailAddress(address, field: "to") }
        var composed = ComposedEmail(kind: kind, interviewID: interview.id, sent: false, to: recipient.map { [$0.address] } ?? [],
                                     subject: email.subject, text: email.text, html: email.html, messageID: nil)
        guard send else { return composed }
        guard let client else {
            throw MailError.configuration(problem ?? "INTERVIEW_PREP_SMTP_URL is not set, so emails can only be drafted")
        }
        guard let recipient else { throw InterviewPrepError.invalidArgument(field: "to", reason: "is required to send: no default address is known for this email") }
        let message = try EmailMessage(from: client.configuration.from, to: [recipient], subject: email.subject, text: email.text, html: email.html, date: Date())
        do {
            try await client.send(message)
        } catch .cancelled {
            throw CancellationError()
        } catch {
            try await reminders.recordEmail(
                kind: kind.rawValue, interviewID: interview.id, messageID: message.messageID, recipients: [recipient.address],
                subject: email.subject, status: .failed, error: String(describing: error), actor: actor)
            throw error
        }
        try await reminders.recordEmail(
            kind: kind.rawValue, interviewID: interview.id, messageID: message.messageID, recipients: [recipient.address],
            subject: email.subject, status: .sent, error: nil, actor: actor)
        composed.sent = true
        composed.messageID = message.messageID
        return composed
    }
}

/// A rendered email, drafted or sent; its JSON is what the email tools return, without their
/// surface's note (`status` is `draft` or `sent`).
public struct ComposedEmail: Sendable, Encodable {
    public var kind: EmailKind
    public var interviewID: String
    /// Whether it went out (else it is a draft for the candidate to approve).
    public var sent: Bool
    public var to: [String]
    public var subject: String
    public var text: String
    public var html: String?
    /// The Message-ID of a sent email.
    public var messageID: String?
}

extension ComposedEmail {
    private enum CodingKeys: String, CodingKey {
        case kind, status, to, subject, text, html
        case messageID = "message_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(sent ? "sent" : "draft", forKey: .status)
        try container.encode(to, forKey: .to)
        try container.encode(subject, forKey: .subject)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(html, forKey: .html)
        try container.encodeIfPresent(messageID, forKey: .messageID)
    }
}
