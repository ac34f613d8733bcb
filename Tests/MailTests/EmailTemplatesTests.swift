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
        #expect(templates.templates[.statusUpdate]?.requiredVariables.contains("update") == true)
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
}
