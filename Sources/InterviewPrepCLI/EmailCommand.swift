import ArgumentParser
import Foundation
import InterviewPrep
import Mail

extension EmailKind: ExpressibleByArgument {}

/// `interview-prep email`: the four emails, drafted for you to read and sent only with `--send`.
struct EmailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email",
        abstract: "Draft (and with --send, send) reminder, thank-you, follow-up and status-update emails; show their templates.",
        discussion: "Sending needs INTERVIEW_PREP_SMTP_URL (see the README). Every sent email is recorded in the interview's timeline.",
        subcommands: [EmailReminder.self, EmailThankYou.self, EmailFollowUp.self, EmailStatusUpdate.self, EmailTemplateCommand.self])
}

/// Options every email takes: the interview, the recipient, the signature, and whether to send.
struct EmailOptions: ParsableArguments {
    @Argument(help: "Interview id, e.g. int_7.") var interviewID: String
    @Option(help: "Recipient (a default is used where one is known).") var to: String?
    @Option(help: "Your name for the signature (the configured one when omitted).") var candidateName: String?
    @Flag(help: "Send it now (read the draft first: without --send nothing is sent).") var send = false
}

/// What every email verb does once it has its extras.
protocol EmailVerb: AsyncParsableCommand {
    var global: GlobalOptions { get }
    var output: OutputOptions { get }
    var email: EmailOptions { get }
    static var kind: EmailKind { get }
    var extras: EmailComposer.Extras { get }
}

extension EmailVerb {
    func run() async throws {
        let runtime = try global.runtime()
        let mail = try runtime.mail()
        let composed = try await mail.compose(
            Self.kind, interviewID: email.interviewID, to: email.to, send: email.send, extras: extras,
            interviews: runtime.services.interviews, reminders: runtime.services.reminders, actor: .cli)
        if output.json { return try Terminal.printJSON(composed) }
        print("To: \(composed.to.isEmpty ? "(nobody yet: give --to)" : composed.to.joined(separator: ", "))")
        print("Subject: \(composed.subject)\n")
        print(composed.text)
        print("")
        if composed.sent {
            print("Sent to \(composed.to.joined(separator: ", ")); it is in \(composed.interviewID)'s timeline.")
        } else {
            print("Draft only. To send it: interview-prep email \(Self.configuration.commandName ?? "") \(email.interviewID)"
                  + (email.to.map { " --to \($0)" } ?? "") + " --send"
                  + (mail.client == nil ? " (after setting INTERVIEW_PREP_SMTP_URL)" : ""))
        }
    }
}

struct EmailReminder: EmailVerb {
    static let configuration = CommandConfiguration(commandName: "reminder", abstract: "The pre-interview reminder, to you (or --to).")
    static let kind = EmailKind.reminder

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var email: EmailOptions
    var extras: EmailComposer.Extras { .init(candidateName: email.candidateName) }
}

struct EmailThankYou: EmailVerb {
    static let configuration = CommandConfiguration(commandName: "thank-you", abstract: "A thank-you to the interviewer, best within 24 hours.")
    static let kind = EmailKind.thankYou

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var email: EmailOptions
    @Option(help: "The interviewer's name (the interview's when omitted).") var interviewerName: String?
    @Option(help: "What you discussed.") var talkingPoints: String?
    var extras: EmailComposer.Extras { .init(candidateName: email.candidateName, recipientName: interviewerName, talkingPoints: talkingPoints) }
}

struct EmailFollowUp: EmailVerb {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "A polite follow-up to the recruiter.")
    static let kind = EmailKind.followUp

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var email: EmailOptions
    @Option(help: "Who it is to, e.g. the recruiter's first name.") var recipientName: String
    @Option(help: "An extra sentence.") var note: String?
    var extras: EmailComposer.Extras { .init(candidateName: email.candidateName, recipientName: recipientName, note: note) }
}

extension StatusSituation: ExpressibleByArgument {}

struct EmailStatusUpdate: EmailVerb {
    static let configuration = CommandConfiguration(
        commandName: "status-update", abstract: "To a recruiter: news (a competing offer), asking for a timeline, withdrawing, accepting or declining an offer.")
    static let kind = EmailKind.statusUpdate

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var email: EmailOptions
    @Option(help: "Who it is to.") var recipientName: String
    @Option(help: "What the email is about.") var situation: StatusSituation = .update
    @Option(help: "The news (needed for an update; a sentence to add otherwise).") var update: String?
    @Option(help: "A date they should know, e.g. \"Friday, 5 December\".") var deadline: String?
    var extras: EmailComposer.Extras {
        .init(candidateName: email.candidateName, recipientName: recipientName, update: update, deadline: deadline, situation: situation)
    }
}

struct EmailTemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "template", abstract: "Show an email's template and its variables.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Which email.") var name: EmailKind

    func run() async throws {
        let runtime = try global.runtime()
        let template = try EmailTemplates(files: runtime.dataFiles).templates[name]!
        if output.json {
            return try Terminal.printJSON(["name": name.rawValue, "subject": template.subject, "text": template.text,
                                           "required_variables": template.requiredVariables.joined(separator: ", "),
                                           "optional_variables": template.optionalVariables.joined(separator: ", ")])
        }
        print("Subject: \(template.subject)\n\n\(template.text)")
        print("\nRequired: \(template.requiredVariables.joined(separator: ", "))")
        print("Optional: \(template.optionalVariables.joined(separator: ", "))")
        print("Override: templates/\(name.rawValue).{subject,txt,html}.mustache in the config folder.")
    }
}
