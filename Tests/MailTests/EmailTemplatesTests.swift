import Foundation
import InterviewPrep
import Testing
@testable import Mail

@Suite struct EmailTemplatesTests {
    let templates = try! EmailTemplates(files: DataFiles(overrideDirectory: nil))

    static let reminderVariables: [String: TemplateValue] = [
        "greeting_name": .text("Ada"), "company": .text("Stripe & Co"), "role": .text("Backend Engineer"),
        "type_label": .text("Technical interview"), "when_relative": .text("in 24 hours"),
        "start_local": .text("Tuesday 10 March 2026, 10:00 EDT (America/New_York)"), "start_utc": .text("2026-03-10 14:00"),
        "duration_minutes": .text("60"), "location": .text("https://zoom.us/j/1"),
        "checklist_open": .list(["Research the company", "Test your webcam"]), "checklist_done": .list(["Pick an outfit"]),
        "checklist_progress": .text("1 of 3 done"), "reminder_label": .text("24h"),
        "interview_id": .text("int_1"),
    ]

    @Test func theReminderRendersItsChecklistWithoutHTMLEscapingInText() throws {
        let email = try templates.render(.reminder, variables: Self.reminderVariables)
        #expect(email.subject == "Interview reminder: Technical interview with Stripe & Co in 24 hours")
        #expect(email.text.hasPrefix("Hi Ada,\n"))
        #expect(email.text.contains("Checklist (1 of 3 done):\n[ ] Research the company\n[ ] Test your webcam\n[x] Pick an outfit"))
        #expect(email.text.contains("Where:       https://zoom.us/j/1"))
        #expect(!email.text.contains("With:"))
        #expect(!email.text.contains("&amp;"))
        #expect(email.html?.contains("Stripe &amp; Co") == true)
    }

    @Test("a missing variable is an error, not an empty hole", arguments: ["greeting_name", "company", "start_local"])
    func missing(variable: String) {
        var variables = Self.reminderVariables
        variables[variable] = nil
        #expect(throws: MailError.missingVariable(template: "reminder", variable: variable)) {
            _ = try templates.render(.reminder, variables: variables)
        }
    }

    @Test func everyTemplateDeclaresItsVariables() {
        #expect(templates.templates[.thankYou]?.requiredVariables.sorted() == ["candidate_name", "company", "interview_date", "interviewer_name", "role"])
        #expect(templates.templates[.thankYou]?.optionalVariables == ["talking_points"])
        #expect(templates.templates[.statusUpdate]?.optionalVariables.contains("update") == true)
        #expect(StatusSituation.allCases.allSatisfy { templates.templates[.statusUpdate]?.optionalVariables.contains($0.flag) == true })
        #expect(EmailKind.allCases.allSatisfy { templates.templates[$0] != nil })
    }

    @Test func aUserTemplateOverridesTheBundledOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("{{% CONTENT_TYPE: TEXT}}Merci {{interviewer_name}} !".utf8)
            .write(to: folder.appendingPathComponent("templates/thank_you.subject.mustache"))
        let custom = try EmailTemplates(files: DataFiles(overrideDirectory: folder))
        let email = try custom.render(.thankYou, variables: [
            "interviewer_name": .text("Sarah"), "company": .text("Stripe"), "role": .text("SRE"),
            "interview_date": .text("10 March 2026"), "candidate_name": .text("Ada"),
        ])
        #expect(email.subject == "Merci Sarah !")
        #expect(email.text.contains("I enjoyed learning more about the team"))
    }

    static let statusVariables: [String: TemplateValue] = [
        "recipient_name": .text("Jamie"), "candidate_name": .text("Ada Lovelace"), "company": .text("Acme"), "role": .text("SRE"),
        "interview_date": .text("Monday, 7 December 2026"),
    ]

    @Test("each status update reads as its news should", arguments: [
        (StatusSituation.withdrawal, "Withdrawing my application - SRE at Acme", "I am withdrawing my application"),
        (.accepting, "Accepting your offer - SRE at Acme", "I'm delighted to accept your offer"),
        (.declining, "Your offer - SRE at Acme", "I have decided to decline it"),
        (.timeline, "Timeline for the SRE role at Acme", "when could I expect to hear"),
        (.update, "Status update - Ada Lovelace, SRE at Acme", "I received another offer."),
    ])
    func statusUpdates(situation: StatusSituation, subject: String, words: String) throws {
        var variables = Self.statusVariables
        variables[situation.flag] = .text("yes")
        variables["update"] = .text("I received another offer.")
        let email = try templates.render(.statusUpdate, variables: variables)
        #expect(email.subject == subject)
        #expect(email.text.contains(words) && email.text.hasSuffix("Best regards,\nAda Lovelace\n"))
        let closesWithTopChoice = email.text.contains("remains a top choice")
        #expect(closesWithTopChoice == (situation == .update || situation == .timeline), "\(situation): \(email.text)")
    }

    @Test func everyEmailHasAnHTMLPartSayingWhatTheTextSays() throws {
        var variables = Self.statusVariables
        variables["is_withdrawal"] = .text("yes")
        variables["update"] = .text("I accepted a role <elsewhere> & thank you.\nTruly.")
        let email = try templates.render(.statusUpdate, variables: variables)
        let html = try #require(email.html)
        #expect(html.contains("<p>Hi Jamie,</p>"))
        #expect(html.contains("<p>I accepted a role &lt;elsewhere&gt; &amp; thank you.<br>\nTruly.</p>"))
        #expect(html.contains("<p>Best regards,<br>\nAda Lovelace</p>"))
        for kind in EmailKind.allCases where kind != .reminder {
            #expect(templates.templates[kind]?.html == nil, "\(kind) has its own HTML; its text-derived part is tested here")
        }
    }
}
