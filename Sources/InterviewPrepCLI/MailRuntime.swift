import Foundation
import InterviewPrep
import Mail

/// Mail wiring for commands: settings, templates, the SMTP client.
struct MailRuntime {
    let runtime: Runtime
    let settings: MailSettings
    let templates: EmailTemplates

    init(runtime: Runtime, environment: [String: String] = ProcessInfo.processInfo.environment) throws(MailError) {
        self.runtime = runtime
        self.settings = try MailSettings.load(configFile: runtime.paths.configFile, environment: environment)
        self.templates = try EmailTemplates(files: runtime.dataFiles)
    }

    /// The reminder sender, or a clear error naming what to configure.
    func reminderSender() throws(MailError) -> SMTPReminderSender {
        guard let smtp = settings.smtp else {
            throw .configuration("INTERVIEW_PREP_SMTP_URL is not set (e.g. smtps://smtp.example.com:465); see the README")
        }
        guard let candidate = settings.candidateEmail else {
            throw .configuration("INTERVIEW_PREP_CANDIDATE_EMAIL is not set: reminders are sent to that address")
        }
        return SMTPReminderSender(client: try SMTPClient(configuration: smtp), templates: templates, candidate: candidate,
                                  catalog: runtime.services.core.catalog, homeZone: runtime.services.core.resolver.defaultTimeZone,
                                  greetingName: ReminderEmail.greeting(configured: settings.greetingName, candidateName: candidate.name ?? settings.candidateName))
    }
}
