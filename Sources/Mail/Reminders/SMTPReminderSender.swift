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
    /// How the reminder greets the candidate.
    public let greetingName: String?

    public init(
        client: SMTPClient, templates: EmailTemplates, candidate: EmailAddress, catalog: InterviewTypeCatalog, homeZone: TimeZone? = nil,
        greetingName: String? = nil
    ) {
        self.client = client
        self.templates = templates
        self.candidate = candidate
        self.catalog = catalog
        self.homeZone = homeZone
        self.greetingName = greetingName
    }

    /// Renders the reminder once into the message that is recorded and sent.
    public func compose(_ reminder: DueReminder) throws(DeliveryFailure) -> ComposedReminder<EmailMessage> {
        do {
            let email = try templates.render(
                .reminder, variables: ReminderEmail(reminder, catalog: catalog, greetingName: greetingName, homeZone: homeZone).variables)
            let message = try EmailMessage(
                from: client.configuration.from, to: [candidate], subject: email.subject, text: email.text, html: email.html,
                date: reminder.claimedAt, messageID: reminder.messageID)
            return ComposedReminder(subject: message.subject, recipients: message.recipients, message: message)
        } catch {
            throw DeliveryFailure(isTemporary: false, message: "\(error)")
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
