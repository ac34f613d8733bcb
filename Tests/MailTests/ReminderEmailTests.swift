import Foundation
@testable import InterviewPrep
import Testing
@testable import Mail

/// What a reminder says as it is sent: the real lead, the first name, the checklist's progress, a move.
@Suite struct ReminderEmailTests {
    let templates = try! EmailTemplates(files: DataFiles(overrideDirectory: nil))
    let start = TimeFormat.utcDate("2026-12-08T15:00:00Z")!

    func email(plannedHours: Int, hoursLeft: Double, done: Set<Int> = [], movedFrom: Date? = nil) throws -> RenderedEmail {
        let zone = TimeZone(identifier: "America/New_York")!
        let interview = InterviewDetail(
            rowID: 1, job: .init(rowID: 1, company: "Acme", role: "Backend Engineer", roleFamily: .backendEngineer), type: .technical, status: .scheduled,
            startAt: start, zoneName: zone.identifier, durationMinutes: 60, interviewerName: "Sam Rivera", interviewerEmail: nil,
            location: "https://zoom.us/j/42", notes: nil, feedback: nil, preparationComplete: false, hasPrepNotes: true,
            createdAt: start, updatedAt: start, reminders: nil)
        let items = ["Research the company", "Test your webcam", "Prepare two questions", "Rest well", "Print your resume"]
        let facts = ReminderFacts(
            checklist: items.enumerated().map { ChecklistItem(index: $0.offset + 1, item: $0.element, done: done.contains($0.offset + 1)) },
            prepNotes: "STAR: the outage story", movedFrom: movedFrom)
        let reminder = ReminderEmail(
            interview: interview, plannedHours: plannedHours, facts: facts, now: start.addingTimeInterval(-hoursLeft * 3600),
            greetingName: ReminderEmail.greeting(configured: nil, candidateName: "Ada Lovelace"), typeLabel: "Technical interview", homeZone: zone)
        return try templates.render(.reminder, variables: reminder.variables)
    }

    @Test func aLateReminderStatesTheRealLeadAndSaysItIsLate() throws {
        let late = try email(plannedHours: 24, hoursLeft: 6)
        #expect(late.subject == "Interview reminder: Technical interview with Acme in 6 hours")
        #expect(late.text.hasPrefix("Hi Ada,\n\nYour Technical interview for the Backend Engineer position at Acme is in 6 hours."))
        #expect(late.text.contains("(reminder 24h, sent late, interview int_1)"))
        #expect(try email(plannedHours: 48, hoursLeft: 48).subject.hasSuffix("in 2 days"))
        #expect(try email(plannedHours: 48, hoursLeft: 46.8).subject.hasSuffix("in 2 days"))
        #expect(try email(plannedHours: 24, hoursLeft: 23.9).subject.hasSuffix("in 24 hours"))
        #expect(try email(plannedHours: 2, hoursLeft: 0.5).subject.hasSuffix("in 30 minutes"))
        #expect(try !email(plannedHours: 48, hoursLeft: 48).text.contains("sent late"))
    }

    @Test func theChecklistListsOpenItemsFirstAndTickedOnesAsDone() throws {
        let text = try email(plannedHours: 24, hoursLeft: 24, done: [1, 4]).text
        #expect(text.contains("""
            Checklist (2 of 5 done):
            [ ] Test your webcam
            [ ] Prepare two questions
            [ ] Print your resume
            [x] Research the company
            [x] Rest well
            """))
        #expect(text.contains("Your prep notes:\nSTAR: the outage story"))
    }

    @Test func aRescheduledInterviewSaysWhereItMovedFrom() throws {
        let moved = try email(plannedHours: 24, hoursLeft: 24, movedFrom: TimeFormat.utcDate("2026-12-01T15:00:00Z")!)
        #expect(moved.text.contains("Moved from Tue 1 Dec 10:00 EST."))
        #expect(moved.html?.contains("Moved from Tue 1 Dec 10:00 EST") == true)
    }

    @Test func theTwoHourReminderIsShort() throws {
        let short = try email(plannedHours: 2, hoursLeft: 2, done: [1])
        #expect(short.text == """
            Hi Ada,

            Your Technical interview for the Backend Engineer position at Acme is in 2 hours.

            When:        Tuesday, 8 December 2026, 10:00 EST (America/New_York)
            Where:       https://zoom.us/j/42
            With:        Sam Rivera

            Still open:
            [ ] Test your webcam
            [ ] Prepare two questions
            [ ] Rest well

            Good luck!
            -- interview-prep (reminder 2h, interview int_1)

            """)
        #expect(short.html?.contains("Duration") == false && short.html?.contains("Still open") == true)
    }

    @Test("the greeting is the configured name, else the first name", arguments: [
        (nil as String?, "Ada Lovelace" as String?, "Ada" as String?), ("Dr. L", "Ada Lovelace", "Dr. L"), (nil, nil, nil),
    ])
    func greeting(configured: String?, candidate: String?, expected: String?) {
        #expect(ReminderEmail.greeting(configured: configured, candidateName: candidate) == expected)
    }
}
