import Foundation
import InterviewPrep
import Mail
import MCP

/// Drafting and sending the four emails, and showing their templates.
enum EmailTools {
    static var all: [ToolDefinition] { [reminder, thankYou, followUp, statusUpdate, template] }

    static let sendParameter = ToolParameter(
        "send", .boolean, default: false,
        "false (default): return the draft for the user to review. true: send it now over SMTP (only after the user approved the draft).")
    static let toParameter = ToolParameter("to", .string(maxLength: 254, format: "email"), "Recipient address.")
    static let candidateParameter = ToolParameter("candidate_name", .string(maxLength: 200), "How to sign; the configured candidate name when omitted.")

    static let outputSchema = Schema.object(
        [
            "kind": Schema.oneOf(EmailKind.allowedNames), "status": Schema.oneOf(["draft", "sent"]),
            "to": Schema.array(of: Schema.string), "subject": Schema.string, "text": Schema.string, "html": Schema.string,
            "message_id": Schema.string, "note": Schema.string,
        ],
        optional: ["html", "message_id"])

    static let sendingAnnotations = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true)

    static let reminder = ToolDefinition(
        name: "send_interview_reminder_email", title: "Reminder email",
        description: "Draft (or, with send=true, send) the pre-interview reminder for an interview: date and time in its zone, location, interviewer and the type's prep checklist. Goes to the candidate's configured address unless `to` is given.",
        parameters: [InterviewTools.interviewID, toParameter, candidateParameter, sendParameter],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.reminder, args: args, context: context, defaultTo: { _ in context.mail.composer.settings.candidateEmail?.address })
    }

    static let thankYou = ToolDefinition(
        name: "send_thank_you_email", title: "Thank-you email",
        description: "Draft (or send) a thank-you note to the interviewer, best within 24 hours of the interview. Mention talking_points from the conversation. Goes to the interviewer's email unless `to` is given.",
        parameters: [
            InterviewTools.interviewID, toParameter,
            ToolParameter("interviewer_name", .string(maxLength: 200), "Greeting name; the interview's interviewer when omitted."),
            ToolParameter("talking_points", .string(maxLength: 2000), "What you discussed, e.g. 'scaling the payments ledger'."),
            candidateParameter, sendParameter,
        ],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.thankYou, args: args, context: context, defaultTo: { $0.interviewerEmail },
                          extras: .init(candidateName: args.string("candidate_name"), recipientName: args.string("interviewer_name"), talkingPoints: args.string("talking_points")))
    }

    static let followUp = ToolDefinition(
        name: "send_follow_up_email", title: "Follow-up email",
        description: "Draft (or send) a polite follow-up to the recruiter when the company has not answered: after their stated date plus 1-2 business days, else after 5-7 business days; stop after 2-3 follow-ups.",
        parameters: [
            InterviewTools.interviewID, toParameter,
            ToolParameter("recipient_name", .string(maxLength: 200), required: true, "The recruiter's or hiring manager's name."),
            ToolParameter("note", .string(maxLength: 2000), "An extra sentence, e.g. new information since the interview."),
            candidateParameter, sendParameter,
        ],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.followUp, args: args, context: context, defaultTo: { _ in nil },
                          extras: .init(candidateName: args.string("candidate_name"), recipientName: args.string("recipient_name"), note: args.string("note")))
    }

    static let statusUpdate = ToolDefinition(
        name: "send_status_update_email", title: "Status update email",
        description: "Draft (or send) the candidate's status update to a recruiter, e.g. an offer from another company with a deadline, to ask whether their process can move faster.",
        parameters: [
            InterviewTools.interviewID, toParameter,
            ToolParameter("recipient_name", .string(maxLength: 200), required: true, "The recruiter's name."),
            ToolParameter("update", .string(maxLength: 2000), required: true, "The news, e.g. 'I have received an offer from another company.'"),
            ToolParameter("deadline", .string(maxLength: 100), "When you must answer, e.g. 'Friday, 5 December'."),
            candidateParameter, sendParameter,
        ],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.statusUpdate, args: args, context: context, defaultTo: { _ in nil },
                          extras: .init(candidateName: args.string("candidate_name"), recipientName: args.string("recipient_name"),
                                        update: args.string("update"), deadline: args.string("deadline")))
    }

    static let template = ToolDefinition(
        name: "get_email_template", title: "Show an email template",
        description: "The Mustache template of one email (subject, text and HTML parts) and its variables: required ones must be given, optional ones appear only when given. Users override a template by putting a same-named file in their config folder's templates/.",
        parameters: [ToolParameter("name", .oneOf(EmailKind.allowedNames), required: true, "Which template.")],
        outputSchema: Schema.object(
            ["name": Schema.string, "subject": Schema.string, "text": Schema.string, "html": Schema.string,
             "required_variables": Schema.array(of: Schema.string), "optional_variables": Schema.array(of: Schema.string),
             "override_path": Schema.string],
            optional: ["html"]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let kind = args.value("name", as: EmailKind.self)!
        let template = context.mail.composer.templates.templates[kind]!
        return TemplateOutput(
            name: kind.rawValue, subject: template.subject, text: template.text, html: template.html,
            requiredVariables: template.requiredVariables, optionalVariables: template.optionalVariables,
            overridePath: "templates/\(kind.rawValue).{subject,txt,html}.mustache in the config folder")
    }

    /// Renders, then returns the draft or sends it and records the attempt.
    static func compose(
        _ kind: EmailKind, args: ToolArguments, context: ToolContext, defaultTo: (InterviewDetail) -> String?,
        extras: EmailComposer.Extras? = nil
    ) async throws -> EmailOutput {
        let interview = try await context.interviews.interview(id: args.requiredString("interview_id"))
        let notes = kind == .reminder ? try await context.interviews.prepNotes(interviewID: interview.id).markdown : nil
        let email = try context.mail.composer.render(
            kind, interview: interview, prepNotes: notes?.isEmpty == false ? notes : nil,
            extras: extras ?? .init(candidateName: args.string("candidate_name")), now: context.core.now())
        let to = try (args.string("to") ?? defaultTo(interview)).map { (address) throws(MailError) in try EmailAddress(address, field: "to") }
        var output = EmailOutput(kind: kind.rawValue, status: "draft", to: to.map { [$0.address] } ?? [], subject: email.subject, text: email.text, html: email.html, messageID: nil, note: "")
        guard args.bool("send") == true else {
            output.note = "Draft only: show it to the user; call again with send: true to send it"
                + (context.mail.client == nil ? " (SMTP is not configured yet: set INTERVIEW_PREP_SMTP_URL)." : ".")
            return output
        }
        guard let client = context.mail.client else {
            throw MailError.configuration(context.mail.problem ?? "INTERVIEW_PREP_SMTP_URL is not set, so emails can only be drafted")
        }
        guard let to else { throw MCPServerError.invalidArguments(field: "to", reason: "is required to send: no default address is known for this email") }
        let message = try EmailMessage(from: client.configuration.from, to: [to], subject: email.subject, text: email.text, html: email.html, date: Date())
        do {
            try await client.send(message)
        } catch .cancelled {
            throw CancellationError()  // the client cancelled before anything was sent: nothing to record
        } catch {
            try await context.reminders.recordEmail(
                kind: kind.rawValue, interviewID: interview.id, messageID: message.messageID, recipients: [to.address],
                subject: email.subject, status: .failed, error: String(describing: error), actor: context.actor)
            throw error
        }
        try await context.reminders.recordEmail(
            kind: kind.rawValue, interviewID: interview.id, messageID: message.messageID, recipients: [to.address],
            subject: email.subject, status: .sent, error: nil, actor: context.actor)
        output.status = "sent"
        output.messageID = message.messageID
        output.note = "Sent to \(to.address); recorded in the outbox and the interview's timeline."
        return output
    }
}

struct EmailOutput: Encodable, Sendable {
    var kind: String
    var status: String
    var to: [String]
    var subject: String
    var text: String
    var html: String?
    var messageID: String?
    var note: String

    enum CodingKeys: String, CodingKey {
        case kind, status, to, subject, text, html, note
        case messageID = "message_id"
    }
}

struct TemplateOutput: Encodable, Sendable {
    var name: String
    var subject: String
    var text: String
    var html: String?
    var requiredVariables: [String]
    var optionalVariables: [String]
    var overridePath: String

    enum CodingKeys: String, CodingKey {
        case name, subject, text, html
        case requiredVariables = "required_variables"
        case optionalVariables = "optional_variables"
        case overridePath = "override_path"
    }
}
