import AppRuntime
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

    /// The sender of the configured reminder channel, or a clear error naming what to configure.
    func reminderSender() throws(MailError) -> any ReminderSender {
        let core = runtime.services.core
        switch settings.reminderChannel {
        case .email: return try emailReminderSender()
        case .desktop, .hook:
            return CommandReminderSender(
                channel: settings.reminderChannel, templates: templates, catalog: core.catalog, homeZone: core.resolver.defaultTimeZone,
                greetingName: ReminderEmail.greeting(configured: settings.greetingName, candidateName: settings.candidateName))
        }
    }

    /// The SMTP reminder sender, or a clear error naming what to configure.
    func emailReminderSender() throws(MailError) -> SMTPReminderSender {
        guard let smtp = settings.smtp else {
            throw .configuration("INTERVIEW_PREP_SMTP_URL is not set (e.g. smtps://smtp.example.com:465); see the README. Without email, reminders can go to the desktop or a hook: reminders.channel in config.json")
        }
        guard let candidate = settings.candidateEmail else {
            throw .configuration("INTERVIEW_PREP_CANDIDATE_EMAIL is not set: reminders are sent to that address")
        }
        return SMTPReminderSender(client: try SMTPClient(configuration: smtp), templates: templates, candidate: candidate,
                                  catalog: runtime.services.core.catalog, homeZone: runtime.services.core.resolver.defaultTimeZone,
                                  greetingName: ReminderEmail.greeting(configured: settings.greetingName, candidateName: candidate.name ?? settings.candidateName))
    }
}
