import Foundation
import InterviewPrep
import Mail
import MCP

/// Drafting and sending the four emails, and showing their templates.
enum EmailTools {
    static var all: [ToolDefinition] { [reminder, thankYou, followUp, statusUpdate, template] }

    static let sendParameter = ToolParameter(
        "send", .boolean, default: false,
        "true sends (after the user approved the draft).")
    static let toParameter = ToolParameter("to", .string(maxLength: 254, format: "email"), "")
    static let candidateParameter = ToolParameter("candidate_name", .string(maxLength: 200), "Signature; the configured name when omitted.")

    static var outputSchema: Value { Value(EmailOutput.outputSchema) }

    static let sendingAnnotations = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true)

    static let reminder = ToolDefinition(
        name: "send_interview_reminder_email", title: "Reminder email",
        description: "Draft the pre-interview reminder (time in its zone, location, interviewer, prep checklist) to the candidate, or `to`. send=true sends it: only after the user approved the draft.",
        parameters: [InterviewTools.interviewID, toParameter, candidateParameter, sendParameter],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.reminder, args: args, context: context)
    }

    static let thankYou = ToolDefinition(
        name: "send_thank_you_email", title: "Thank-you email",
        description: "Draft (send=true: send) a thank-you to the interviewer, ideally within 24 hours, mentioning talking_points.",
        parameters: [
            InterviewTools.interviewID, toParameter,
            ToolParameter("interviewer_name", .string(maxLength: 200), ""),
            ToolParameter("talking_points", .string(maxLength: 2000), "What you discussed."),
            candidateParameter, sendParameter,
        ],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.thankYou, args: args, context: context,
                          extras: .init(candidateName: args.string("candidate_name"), recipientName: args.string("interviewer_name"), talkingPoints: args.string("talking_points")))
    }

    static let followUp = ToolDefinition(
        name: "send_follow_up_email", title: "Follow-up email",
        description: "Draft (send=true: send) a polite follow-up to the recruiter: 1-2 business days after their stated date, else after 5-7; stop after 2-3.",
        parameters: [
            InterviewTools.interviewID, toParameter,
            ToolParameter("recipient_name", .string(maxLength: 200), required: true, ""),
            ToolParameter("note", .string(maxLength: 2000), "An extra sentence."),
            candidateParameter, sendParameter,
        ],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.followUp, args: args, context: context,
                          extras: .init(candidateName: args.string("candidate_name"), recipientName: args.string("recipient_name"), note: args.string("note")))
    }

    static let statusUpdate = ToolDefinition(
        name: "send_status_update_email", title: "Status update email",
        description: "Draft (send=true: send) a status update to a recruiter: news, a timeline question, withdrawing, accepting or declining an offer.",
        parameters: [
            InterviewTools.interviewID, toParameter,
            ToolParameter("recipient_name", .string(maxLength: 200), required: true, ""),
            ToolParameter("situation", .oneOf(StatusSituation.allowedNames), default: "update", ""),
            ToolParameter("update", .string(maxLength: 2000), "The news (required for update)."),
            ToolParameter("deadline", .string(maxLength: 100), "e.g. 'Friday, 5 December'."),
            candidateParameter, sendParameter,
        ],
        outputSchema: outputSchema, annotations: sendingAnnotations
    ) { args, context in
        try await compose(.statusUpdate, args: args, context: context,
                          extras: .init(candidateName: args.string("candidate_name"), recipientName: args.string("recipient_name"),
                                        update: args.string("update"), deadline: args.string("deadline"),
                                        situation: args.value("situation", as: StatusSituation.self) ?? .update))
    }

    static let template = ToolDefinition(
        name: "get_email_template", title: "Show an email template",
        description: "One email's Mustache template and its required and optional variables (override: same-named file in the config's templates/).",
        parameters: [ToolParameter("name", .oneOf(EmailKind.allowedNames), required: true, "")],
        outputSchema: Value(TemplateOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let kind = args.value("name", as: EmailKind.self)!
        let template = try context.mail.composer.templates.templates[kind]!
        return TemplateOutput(
            name: kind.rawValue, subject: template.subject, text: template.text, html: template.html,
            requiredVariables: template.requiredVariables, optionalVariables: template.optionalVariables,
            overridePath: "templates/\(kind.rawValue).{subject,txt,html}.mustache in the config folder")
    }

    /// Renders, then returns the draft or sends it and records the attempt (`MailService.compose`).
    static func compose(_ kind: EmailKind, args: ToolArguments, context: ToolContext, extras: EmailComposer.Extras? = nil) async throws -> EmailOutput {
        let email = try await context.mail.compose(
            kind, interviewID: args.requiredString("interview_id"), to: args.string("to"), send: args.bool("send") == true,
            extras: extras ?? .init(candidateName: args.string("candidate_name")),
            interviews: context.interviews, reminders: context.reminders, actor: context.actor)
        let note = email.sent
            ? "Sent to \(email.to.joined(separator: ", ")); recorded in the outbox and the interview's timeline."
            : "Draft only: show it to the user; call again with send: true to send it"
                + (context.mail.client == nil ? " (SMTP is not configured yet: set INTERVIEW_PREP_SMTP_URL)." : ".")
        return EmailOutput(kind: kind, status: email.sent ? .sent : .draft, to: email.to, subject: email.subject, text: email.text,
                           html: email.html, messageID: email.messageID, note: note)
    }
}

struct EmailOutput: OutputShape {
    /// Whether the email went out or is a draft for the user to approve.
    enum Status: String, CaseIterable, Sendable { case draft, sent }

    var kind: EmailKind
    var status: Status
    var to: [String]
    var subject: String
    var text: String
    var html: String?
    var messageID: String?
    var note: String

    static let outputFields: [OutputField<EmailOutput>] = [
        .string("html", ifPresent: { $0.html }), .identifier("kind") { $0.kind }, .string("message_id", ifPresent: { $0.messageID }),
        .string("note") { $0.note }, .identifier("status") { $0.status }, .string("subject") { $0.subject }, .string("text") { $0.text },
        .strings("to") { $0.to },
    ]
}

struct TemplateOutput: OutputShape {
    var name: String
    var subject: String
    var text: String
    var html: String?
    var requiredVariables: [String]
    var optionalVariables: [String]
    var overridePath: String

    static let outputFields: [OutputField<TemplateOutput>] = [
        .string("html", ifPresent: { $0.html }), .string("name") { $0.name }, .strings("optional_variables") { $0.optionalVariables },
        .string("override_path") { $0.overridePath }, .strings("required_variables") { $0.requiredVariables },
        .string("subject") { $0.subject }, .string("text") { $0.text },
    ]
}
