import Foundation
import Testing
import InterviewPrep
@testable import MockInterview
import TestSupport

/// The candidate's report: the real length, coverage in words, one STAR analysis per answer, quotes
/// cut only between words, and next steps that name the question, the point and a strong opening.
@Suite struct MockInterviewReportTests {
    let clock = TestClock("2026-03-01T12:00:00Z")
    let mock: MockInterviews

    init() { mock = Fixtures.mockInterviews(clock: clock) }

    func input(_ id: String) -> MockInterviews.Input { .init(clientMessageID: id, channel: .cli) }

    @Test func aScaledBehavioralSessionReportsEachAnswerAndWhatToPractise() async throws {
        let id = try await mock.start(.init(schemaID: "behavioral_only", durationScale: 0.1), channel: .cli).state.id
        // Intro: two prompts, two answers; impact never mentioned.
        _ = try await mock.answer(sessionID: id, message: "I work on the payments team at Acme, building the ledger that records every transfer, and I review the designs of two other teams that depend on it every week.", code: nil, language: nil, input: input("a1"))
        _ = try await mock.answer(sessionID: id, message: "I want to grow into a staff role because the problems here are bigger and the team writes about how it works, which I enjoy reading.", code: nil, language: nil, input: input("a2"))
        _ = try await mock.finishSection(sessionID: id, input: input("d1"))
        // Behavioral: one story with a result in numbers.
        let story = """
            When our checkout started failing, there was a disagreement about rolling back. My role was to own the payment path. \
            I proposed a canary instead, and I talked to my manager and the on-call lead. So I led the rollout myself, step by step. \
            In the end the error rate fell from 3% to 0.5% within an hour, and I learned to argue with data.
            """
        _ = try await mock.answer(sessionID: id, message: story, code: nil, language: nil, input: input("b1"))
        let report = try await mock.report(sessionID: id)

        #expect(report.title == "Behavioral interview (4.5 min)")
        #expect(report.markdown.hasPrefix("# Mock interview \(id): Behavioral interview (4.5 min)\n"))
        #expect(report.markdown.contains("- Started: Sun 1 Mar 07:00 EST"), "in the candidate's zone (New York)")
        let intro = try #require(report.sections.first { $0.sectionID == "intro" })
        #expect(intro.answers.map(\.prompt) == ["Walk me through your background and what you are working on now.", "Why are you interested in this role?"])
        #expect(intro.answers.allSatisfy { $0.star == nil } && intro.missed.contains("impact"))
        let behavioral = try #require(report.sections.first { $0.sectionID == "behavioral" })
        #expect(behavioral.answers.count == 1 && behavioral.answers[0].star != nil)
        #expect(behavioral.covered == ["situation", "actions", "result"] && behavioral.missed.isEmpty)
        #expect(report.markdown.contains("- Covered: situation, actions, result; partly covered: none; missed: none"))
        #expect(report.markdown.contains("### Answer 1: Tell me about a time you disagreed with a teammate or your manager."))
        #expect(report.markdown.contains("3% to 0.5% within an hour"), "a quote keeps its numbers whole")
        #expect(!report.markdown.contains("from 3% to 0”"))
        #expect(report.nextSteps.contains(
            "Practise “Walk me through your background and what you are working on now.” again (Introduction and background) and cover impact. "
                + "For example, open with: “The clearest measure of my impact: p99 latency fell from 900 ms to 200 ms after the change I drove.”"))
        #expect(report.nextSteps.contains { $0.hasPrefix("In your answer to “Tell me about a time you disagreed") })
    }

    @Test("a title gets the session's real length", arguments: [
        ("Behavioral interview (45 min)", 2700, "Behavioral interview (45 min)"), ("Behavioral interview (45 min)", 270, "Behavioral interview (4.5 min)"),
        ("Drill", 6, "Drill (6 s)"),
    ])
    func titles(schemaTitle: String, seconds: Int, expected: String) {
        #expect(MockInterviewReport.title(schemaTitle, seconds: seconds) == expected)
    }
}
