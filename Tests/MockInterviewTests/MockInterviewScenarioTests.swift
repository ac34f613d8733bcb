import Foundation
import GRDB
import Testing
import InterviewPrep
@testable import MockInterview
import TestSupport

/// The seed's eight scenario tests (§13), with an injected clock: nothing sleeps.
@Suite struct MockInterviewScenarioTests {
    let clock = TestClock("2026-03-01T12:00:00Z")
    let mock: MockInterviews
    var schema: MockSchema { try! Fixtures.mockSchemas.catalog().schemas["general_software_engineering"]! }

    init() { mock = Fixtures.mockInterviews(clock: clock) }

    /// An input with a fresh client message id.
    func input(_ id: String) -> MockInterviews.Input { .init(clientMessageID: id, channel: .cli) }

    func start() async throws -> String {
        try await mock.start(.init(schemaID: "general_software_engineering"), channel: .cli).state.id
    }

    /// A sentence with two cues of each dimension: covers them all.
    func covering(_ dimensions: [MockSchema.Dimension]) -> String {
        dimensions.map { "Point: \($0.cues.prefix(2).joined(separator: " and "))." }.joined(separator: " ")
    }

    func events(_ id: String) async throws -> [MockEvent] {
        try await mock.core.read { try MockInterviews.events($0, subjectID: id) }
    }

    @Test func normalFlowCompletesEverySection() async throws {
        let id = try await start()
        var step = try await mock.answer(sessionID: id, message: "Hello, thanks for having me.", code: nil, language: nil, input: input("a1"))
        #expect(step.state.presentNow?.text == schema.sections[0].primaryPrompts[1])
        for (number, section) in schema.sections.enumerated() {
            clock.advance(seconds: 60)
            let required = section.dimensions.filter(\.required)
            if required.isEmpty {
                step = try await mock.answer(sessionID: id, message: "What does success look like in the first six months for this team?", code: nil, language: nil, input: input("q\(number)"))
                step = try await mock.finishSection(sessionID: id, input: input("done\(number)"))
            } else {
                step = try await mock.answer(sessionID: id, message: covering(required), code: nil, language: nil, input: input("m\(number)"))
            }
            #expect(step.outcome?.result == .sectionEnded)
        }
        #expect(step.state.status == .completed && step.state.endReason == "completed")
        let ended = try await events(id).filter { $0.type == .sectionEnded }.map { $0.payload["reason"]?.stringValue }
        #expect(ended == ["coverage_satisfied", "coverage_satisfied", "coverage_satisfied", "candidate_done"])
        let artifacts = try await mock.artifacts(sessionID: id)
        #expect(artifacts.sections.count == 4)
        #expect(artifacts.sections[1].boundedContextSummary.notCovered.isEmpty)
        #expect(artifacts.sections[1].boundedContextSummary.evidence.allSatisfy { artifacts.sections[1].candidateText.contains($0.quote) })
    }

    @Test func candidateNeverRespondsSoTheSessionPausesItselfAndEverySectionTimesOut() async throws {
        let id = try await start()
        clock.advance(seconds: 46 * 60)
        let step = try await mock.state(sessionID: id)
        #expect(step.state.status == .completed)
        let start = TestClock.date("2026-03-01T12:00:00Z")
        var expected: [(MockEventType, Date)] = []
        var sectionStart = start
        for (index, section) in schema.sections.enumerated() {
            let deadline = sectionStart.addingTimeInterval(TimeInterval(section.durationSeconds))
            if index > 0 { expected += [(.sectionStarted, sectionStart), (.promptPresented, sectionStart)] }
            expected += MockMachine.warnings(schema.warningsSecondsBeforeEnd, sectionSeconds: section.durationSeconds)
                .map { (.sectionTimeWarning, deadline.addingTimeInterval(-TimeInterval($0))) } + [(.sectionEnded, deadline)]
            sectionStart = deadline
        }
        // Ten minutes without input: paused (reason idle) right after the second section's prompt; the clock runs on.
        let idleAt = start.addingTimeInterval(MockMachine.idleLimit)
        let afterSecondPrompt = try #require(expected.lastIndex { $0.0 == .promptPresented && $0.1 == idleAt })
        expected.insert((.interviewPaused, idleAt), at: afterSecondPrompt + 1)
        // The last section timed out: completion waits out the late grace.
        expected.append((.interviewCompleted, start.addingTimeInterval(45 * 60 + TimeInterval(schema.lateGraceSeconds))))
        #expect(step.events.map(\.type) == expected.map(\.0.rawValue))
        #expect(step.events.map(\.at) == expected.map { TimeFormat.utcMilliseconds($0.1) })
        #expect(step.events.filter { $0.type == "SECTION_ENDED" }.allSatisfy { $0.payload["reason"] == "time_expired" })
    }

    @Test(arguments: [(10.0, true, "intro"), (15.0, true, "intro"), (20.0, false, "system_design")])
    func lateAnswersWithinTheGraceCountForTheEndedSection(secondsAfter: Double, late: Bool, section: String) async throws {
        let id = try await start()
        clock.advance(seconds: 600 + secondsAfter)
        let step = try await mock.answer(sessionID: id, message: "and that is why I want to join", code: nil, language: nil, input: input("late"))
        #expect(step.outcome?.late == late && step.outcome?.sectionID == section)
        #expect(step.state.currentSection?.id == "system_design")
        let message = try #require(try await events(id).last { $0.type == .candidateMessage })
        #expect(message.payload["late"] == .bool(late) && message.payload["section_id"] == .string(section))
        let artifacts = try await mock.artifacts(sessionID: id)
        #expect(artifacts.sections.first { $0.sectionID == "intro" }?.lateMessages == (late ? 1 : 0))
    }

    @Test func aLateAnswerAfterTheLastSectionIsKeptOnlyWithinTheGrace() async throws {
        let id = try await start()
        clock.advance(seconds: 45 * 60 + 5)
        let step = try await mock.answer(sessionID: id, message: "One last question: how is on-call organised?", code: nil, language: nil, input: input("l1"))
        #expect(step.outcome?.result == .recordedLate && step.outcome?.sectionID == "wrapup" && step.state.status == .inProgress)
        #expect(step.state.allowedActions == ["chat", "end"])
        clock.advance(seconds: 30)
        let error = await #expect(throws: MockError.self) {
            _ = try await mock.answer(sessionID: id, message: "Hello?", code: nil, language: nil, input: input("l2"))
        }
        #expect(error?.code == "mock_session_state")
        // Logged: the section's end, then the late answer; the completion follows when the grace is over.
        let logged = try await events(id).map(\.type)
        #expect(logged.last == .candidateMessage && logged.lastIndex(of: .sectionEnded)! < logged.lastIndex(of: .candidateMessage)!)
        let settled = try await mock.state(sessionID: id)
        #expect(settled.state.status == .completed && settled.events.map(\.type) == [MockEventType.interviewCompleted.rawValue])
    }

    @Test("a section warns at the schema's thresholds, or at its own 25% and 5% when too short for them", arguments: [
        (2700, [120, 30], [120, 30]), (120, [120, 30], [30, 6]), (480, [120, 30], [120, 30]), (300, [120, 30], [75, 15]), (3, [1], [1]),
    ])
    func warningsScaleWithTheSection(seconds: Int, schemaWarnings: [Int], expected: [Int]) {
        #expect(MockMachine.warnings(schemaWarnings, sectionSeconds: seconds) == expected)
    }

    @Test func aPauseKeepsTheClockRunningAndNeedsResumingBeforeAnswers() async throws {
        let id = try await start()
        clock.advance(seconds: 180)
        _ = try await mock.pause(sessionID: id, reason: .candidateRequest, input: input("p1"))
        clock.advance(seconds: 180)
        let paused = try await mock.state(sessionID: id)
        #expect(paused.state.status == .paused && paused.state.currentSection?.timeRemainingSeconds == 240)
        let error = await #expect(throws: MockError.self) {
            _ = try await mock.answer(sessionID: id, message: "Are you there?", code: nil, language: nil, input: input("x"))
        }
        #expect(error?.description.hasSuffix("is PAUSED: it is paused (the clock kept running)") == true)
        #expect(error?.remedy == .resumeMock(sessionID: id))
        let resumed = try await mock.resume(sessionID: id, input: input("r1"))
        #expect(resumed.state.status == .inProgress && resumed.state.currentSection?.id == "intro")
        #expect(resumed.state.currentSection?.timeRemainingSeconds == 240 && resumed.state.currentSection?.startedAt == "2026-03-01T12:00:00Z")

        _ = try await mock.pause(sessionID: id, reason: .candidateRequest, input: input("p2"))
        clock.advance(seconds: 600)
        let later = try await mock.resume(sessionID: id, input: input("r2"))
        #expect(later.events.map(\.type).starts(with: ["SECTION_TIME_WARNING", "SECTION_TIME_WARNING", "SECTION_ENDED", "SECTION_STARTED", "PROMPT_PRESENTED"]))
        #expect(later.state.currentSection?.id == "system_design" && later.state.currentSection?.timeRemainingSeconds == 900 - 360)
    }

    @Test func aSessionWithNoInputPausesItselfAndTheNextAnswerResumesIt() async throws {
        let id = try await start()
        clock.advance(seconds: 60)
        _ = try await mock.answer(sessionID: id, message: "I lead the payments platform team.", code: nil, language: nil, input: input("a1"))
        clock.advance(seconds: MockMachine.idleLimit + 30)
        // Reading derives the pause without writing it.
        let seen = try await mock.state(sessionID: id)
        #expect(seen.state.status == .paused && seen.events.map(\.type).contains("INTERVIEW_PAUSED"))
        let seenAgain = try await mock.state(sessionID: id)
        #expect(seenAgain.state.eventCursor == seen.state.eventCursor)
        // The candidate is back: the answer resumes the session and counts.
        let answered = try await mock.answer(sessionID: id, message: "Sorry, I stepped away.", code: nil, language: nil, input: input("a2"))
        let types = answered.events.map(\.type)
        let paused = try #require(types.firstIndex(of: "INTERVIEW_PAUSED"))
        let resumed = try #require(types.firstIndex(of: "INTERVIEW_RESUMED"))
        #expect(paused < resumed && types.last != "INTERVIEW_PAUSED")
        #expect(answered.state.status == .inProgress)
        let pause = try #require(answered.events.first { $0.type == "INTERVIEW_PAUSED" })
        #expect(pause.payload["reason"] == "idle" && pause.at == "2026-03-01T12:11:00.000Z")
        // A pause the candidate asked for is not lifted by an answer.
        _ = try await mock.pause(sessionID: id, reason: .candidateRequest, input: input("p1"))
        await #expect(throws: MockError.self) {
            _ = try await mock.answer(sessionID: id, message: "Back.", code: nil, language: nil, input: input("a3"))
        }
    }

    @Test func anEarlySkipGetsTheOutlinePromptOnceAndNeedsTheMinimumContent() async throws {
        let id = try await start()
        let first = try await mock.finishSection(sessionID: id, input: input("s1"))
        #expect(first.outcome?.result == .skipRefused && first.outcome?.wordsNeeded == 40)
        #expect(first.state.presentNow == MockPresentation(kind: .outlineRequest, text: "Please provide a brief outline so we can proceed."))
        let second = try await mock.finishSection(sessionID: id, input: input("s2"))
        #expect(second.outcome?.result == .skipRefused && second.events.map(\.type) == ["SKIP_REFUSED"])
        let outline = Array(repeating: "I spent four years on payments infrastructure and enjoyed it", count: 5).joined(separator: ". ")
        _ = try await mock.answer(sessionID: id, message: outline, code: nil, language: nil, input: input("o1"))
        let done = try await mock.finishSection(sessionID: id, input: input("s3"))
        #expect(done.outcome?.result == .sectionEnded && done.state.currentSection?.id == "system_design")
        #expect(try await events(id).last { $0.type == .sectionEnded }?.payload["reason"] == "candidate_done")
    }

    @Test func theFollowupBudgetRunsOutIntoWrapupInTheSeedsOrder() async throws {
        let id = try await start()
        var presented: [String?] = []
        for index in 1...6 {
            let step = try await mock.answer(sessionID: id, message: "Hmm, let me think about it.", code: nil, language: nil, input: input("n\(index)"))
            presented.append(step.state.presentNow?.kind == .followup ? step.state.presentNow?.dimension : step.state.presentNow?.kind.rawValue)
        }
        #expect(presented == ["prompt", "recent_work", "recent_work", "motivation", "wrapup", "wrapup"])
        let state = try await mock.state(sessionID: id).state
        #expect(state.currentSection?.substate == .wrapup && state.currentSection?.followupsRemaining == 0)
        let log = try await events(id)
        #expect(log.filter { $0.type == .sectionWrapup }.map { $0.payload["reason"] } == ["followup_budget_exhausted"])
        #expect(log.filter { $0.type == .followupPresented }.map { $0.payload["budget_remaining"] } == [2, 1, 0])
        let refused = try await mock.finishSection(sessionID: id, input: input("early"))
        #expect(refused.state.presentNow?.kind == .outlineRequest)
        let outlined = try await mock.answer(sessionID: id, message: "Payments, then search.", code: nil, language: nil, input: input("o"))
        #expect(outlined.state.presentNow?.kind == .wrapup && outlined.events.map(\.type) == ["CANDIDATE_MESSAGE"])
        clock.advance(seconds: 600)
        let next = try await mock.state(sessionID: id)
        #expect(next.state.currentSection?.id == "system_design")
    }

    @Test func aTwiceFailingInterviewerTerminatesAndKeepsTheLog() async throws {
        let id = try await start()
        _ = try await mock.answer(sessionID: id, message: "I currently lead the payments team.", code: nil, language: nil, input: input("a"))
        let retry = try await mock.interviewerFailed(sessionID: id, error: "voice synthesis timed out", input: input("f1"))
        #expect(retry.outcome?.result == .retried && retry.state.status == .inProgress)
        #expect(retry.events.last?.payload["retry"] == true)
        let failed = try await mock.interviewerFailed(sessionID: id, error: "voice synthesis timed out again", input: input("f2"))
        #expect(failed.state.status == .terminated && failed.state.endReason == "system_error")
        let log = try await events(id)
        #expect(log.map(\.type.rawValue).suffix(5) == ["INTERVIEWER_FAILURE", "PROMPT_PRESENTED", "INTERVIEWER_FAILURE", "SECTION_ENDED", "INTERVIEW_TERMINATED"])
        #expect(log.last?.payload["error_context"] == .object([
            "attempts": 2, "error": "voice synthesis timed out again", "presenting": .string(schema.sections[0].primaryPrompts[1]), "section_id": "intro",
        ]))
        #expect(log.contains { $0.type == .candidateMessage && $0.payload["text"] == "I currently lead the payments team." })
        let artifacts = try await mock.artifacts(sessionID: id)
        #expect(artifacts.sections.first?.exitReason == "system_error")
    }

    @Test func theSameTranscriptGivesTheSameFollowupsAndTheSameLog() async throws {
        func run() async throws -> [String] {
            clock.set("2026-03-01T12:00:00Z")
            let id = try await start()
            let script = ["I work on search.", "Because I like hard problems.", "We reduced latency.", "Not much else."]
            for (index, text) in script.enumerated() {
                clock.advance(seconds: 30)
                _ = try await mock.answer(sessionID: id, message: text, code: nil, language: nil, input: input("m\(index)"))
            }
            _ = try await mock.hint(sessionID: id, kind: .nudge, question: "Any tip?", input: input("h"))
            clock.advance(seconds: 1200)
            _ = try await mock.state(sessionID: id)
            return try await events(id).map { event in
                "\(event.type.rawValue)|\(event.actor.rawValue)|\(TimeFormat.utcMilliseconds(event.at))|\(JSONValue.object(event.payload).encodedString)"
            }
        }
        let first = try await run()
        let second = try await run()
        #expect(first == second)
        #expect(first.filter { $0.hasPrefix("FOLLOWUP_PRESENTED") }.count >= 2)
    }
}
