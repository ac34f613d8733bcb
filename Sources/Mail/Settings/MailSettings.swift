import Foundation
import InterviewPrep

/// Mail settings from `config.json` (`"smtp": {…}`, `"candidate_email"`, `"candidate_name"`) and the
/// environment, which wins. The password is read from `INTERVIEW_PREP_SMTP_PASSWORD`, else the file
/// named by `INTERVIEW_PREP_SMTP_PASSWORD_FILE` or `smtp.password_file`; it is never printed.
public struct MailSettings: Sendable {
    /// `nil` when no SMTP URL is configured: emails are drafted, never sent.
    public var smtp: SMTPConfiguration?
    /// Where reminders go.
    public var candidateEmail: EmailAddress?
    /// How emails are signed.
    public var candidateName: String?
    /// How reminders greet the candidate (`greeting_name`, `INTERVIEW_PREP_GREETING_NAME`); else
    /// the first word of `candidateName`.
    public var greetingName: String?
    /// Where reminders go: `reminders.channel` (email, desktop or hook, with `reminders.hook`),
    /// `INTERVIEW_PREP_REMINDER_CHANNEL` and `INTERVIEW_PREP_REMINDER_HOOK`; email by default.
    public var reminderChannel: ReminderChannel = .email

    private struct FileShape: Decodable {
        struct SMTP: Decodable {
            var url: String?
            var username: String?
            var passwordFile: String?
            var from: String?
            var starttls: SMTPConfiguration.StartTLS?
            var allowPlaintextCredentials: Bool?
            var caFile: String?
            enum CodingKeys: String, CodingKey {
                case url, username, from, starttls
                case passwordFile = "password_file"
                case allowPlaintextCredentials = "allow_plaintext_credentials"
                case caFile = "ca_file"
            }
        }
        var smtp: SMTP?
        var candidateEmail: String?
        var candidateName: String?
        var greetingName: String?
        var reminders: Reminders?
        struct Reminders: Decodable {
            var channel: String?
            var hook: String?
        }
        enum CodingKeys: String, CodingKey {
            case reminders
            case smtp
            case candidateEmail = "candidate_email"
            case candidateName = "candidate_name"
            case greetingName = "greeting_name"
        }
    }

    public init(smtp: SMTPConfiguration?, candidateEmail: EmailAddress?, candidateName: String?, greetingName: String? = nil) {
        self.smtp = smtp
        self.candidateEmail = candidateEmail
        self.candidateName = candidateName
        self.greetingName = greetingName
    }

    /// Reads `file` (the user's `config.json`, if it exists) and `environment`, which wins.
    public static func load(configFile file: URL, environment: [String: String]) throws(MailError) -> MailSettings {
        var shape = FileShape()
        if FileManager.default.fileExists(atPath: file.path) {
            do { shape = try JSONDecoder().decode(FileShape.self, from: Data(contentsOf: file)) } catch {
                throw .configuration("\(file.path) cannot be read: \(error)")
            }
        }
        func env(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        let candidateName = env("INTERVIEW_PREP_CANDIDATE_NAME") ?? shape.candidateName
        let greetingName = env("INTERVIEW_PREP_GREETING_NAME") ?? shape.greetingName
        let channel = try Self.channel(env("INTERVIEW_PREP_REMINDER_CHANNEL") ?? shape.reminders?.channel,
                                       hook: env("INTERVIEW_PREP_REMINDER_HOOK") ?? shape.reminders?.hook)
        let candidateEmail = try (env("INTERVIEW_PREP_CANDIDATE_EMAIL") ?? shape.candidateEmail)
            .map { (address) throws(MailError) in try EmailAddress(address, name: candidateName, field: "INTERVIEW_PREP_CANDIDATE_EMAIL") }
        guard let url = env("INTERVIEW_PREP_SMTP_URL") ?? shape.smtp?.url else {
            var settings = MailSettings(smtp: nil, candidateEmail: candidateEmail, candidateName: candidateName, greetingName: greetingName)
            settings.reminderChannel = channel
            return settings
        }
        guard let fromText = env("INTERVIEW_PREP_MAIL_FROM") ?? shape.smtp?.from ?? candidateEmail?.address else {
            throw .configuration("set INTERVIEW_PREP_MAIL_FROM (or smtp.from) to the address emails come from")
        }
        let from = try EmailAddress(fromText, name: candidateName, field: "INTERVIEW_PREP_MAIL_FROM")
        let username = env("INTERVIEW_PREP_SMTP_USER") ?? shape.smtp?.username
        var password = env("INTERVIEW_PREP_SMTP_PASSWORD")
        if password == nil, let path = env("INTERVIEW_PREP_SMTP_PASSWORD_FILE") ?? shape.smtp?.passwordFile {
            do {
                password = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .newlines)
            } catch {
                throw .configuration("the password file \(path) cannot be read")
            }
        }
        let allowPlain = env("INTERVIEW_PREP_SMTP_ALLOW_PLAINTEXT").map { ["1", "true", "yes"].contains($0.lowercased()) }
            ?? shape.smtp?.allowPlaintextCredentials ?? false
        let startTLS = try env("INTERVIEW_PREP_SMTP_STARTTLS").map { (raw) throws(MailError) in
            guard let value = SMTPConfiguration.StartTLS(rawValue: raw) else {
                throw .configuration("INTERVIEW_PREP_SMTP_STARTTLS '\(raw)' must be required, optional or off")
            }
            return value
        } ?? shape.smtp?.starttls
        let smtp = try SMTPConfiguration(
            url: url, username: username, password: password, from: from, startTLS: startTLS,
            allowPlaintextCredentials: allowPlain, caFile: env("INTERVIEW_PREP_SMTP_CA_FILE") ?? shape.smtp?.caFile)
        var settings = MailSettings(smtp: smtp, candidateEmail: candidateEmail, candidateName: candidateName, greetingName: greetingName)
        settings.reminderChannel = channel
        return settings
    }

    /// The reminder channel a configuration names; a hook needs its command's path.
    static func channel(_ name: String?, hook: String?) throws(MailError) -> ReminderChannel {
        switch name?.lowercased() {
        case nil, "email": return .email
        case "desktop": return .desktop
        case "hook":
            guard let hook, hook.hasPrefix("/") else {
                throw .configuration("the hook reminder channel needs reminders.hook (or INTERVIEW_PREP_REMINDER_HOOK): the absolute path of an executable")
            }
            return .hook(hook)
        case let other?:
            throw .configuration("reminders.channel '\(other)' is not a channel; allowed: \(ReminderChannel.names.joined(separator: ", "))")
        }
    }
}
