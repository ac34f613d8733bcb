import Foundation
import GRDB
import Testing
import InterviewPrep
@testable import MockInterview
import TestSupport

/// Idempotency, persistence across processes, the assistant channel and input validation.
@Suite struct MockInterviewEngineTests {
    let clock = TestClock("2026-03-01T12:00:00Z")

    func input(_ id: String) -> MockInterviews.Input { .init(clientMessageID: id, channel: .mcp) }

    @Test func aReplayedClientMessageIDReturnsTheFirstOutcomeAndWritesNothing() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let id = try await mock.start(.init(), channel: .mcp).state.id
        let first = try await mock.answer(sessionID: id, message: "I currently lead a team.", code: nil, language: nil, input: input("m-1"))
        let count = try Fixtures.eventCount(mock.core)
        clock.advance(seconds: 5)
        let again = try await mock.answer(sessionID: id, message: "I currently lead a team.", code: nil, language: nil, input: input("m-1"))
        #expect(again.replayed && again.outcome == first.outcome && again.events.isEmpty)
        #expect(again.state.eventCursor == first.state.eventCursor)
        #expect(try Fixtures.eventCount(mock.core) == count)

        let error = await #expect(throws: MockError.self) {
            _ = try await mock.answer(sessionID: id, message: "Something else", code: nil, language: nil, input: input("m-1"))
        }
        #expect(error?.field == "client_message_id")
        #expect(try Fixtures.eventCount(mock.core) == count)
    }

    @Test func aNewProcessResumesTheSessionFromTheDatabaseWithoutRestartingTheSection() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("db.sqlite")
        let id: String
        do {
            let first = Fixtures.mockInterviews(clock: clock, database: try AppDatabase.open(at: url))
            id = try await first.start(.init(schemaID: "general_software_engineering"), channel: .mcp).state.id
            clock.advance(seconds: 100)
            _ = try await first.answer(sessionID: id, message: "I work on payments at my company.", code: nil, language: nil, input: input("a"))
        }
        clock.advance(seconds: 200)
        let second = Fixtures.mockInterviews(clock: clock, database: try AppDatabase.open(at: url))
        let state = try await second.state(sessionID: id).state
        #expect(state.status == .inProgress && state.currentSection?.id == "intro")
        #expect(state.currentSection?.startedAt == "2026-03-01T12:00:00Z" && state.currentSection?.timeRemainingSeconds == 300)
        #expect(state.presentNow?.text == "Why are you interested in this role?")
        #expect(state.currentSection?.coverage["recent_work"] == .covered)
    }

    @Test func hintsComeFromTheSectionPoolInOrderAndLeaveTheSectionAlone() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let id = try await mock.start(.init(schemaID: "general_software_engineering"), channel: .mcp).state.id
        let before = try await mock.state(sessionID: id).state
        let hint = try await mock.hint(sessionID: id, kind: .nudge, question: "Where do I start?", input: input("h1"))
        #expect(hint.outcome?.hint == "Pick one recent project and say what you personally did.")
        #expect(hint.events.map(\.type) == ["ASSISTANT_QUERY", "ASSISTANT_RESPONSE"])
        #expect(hint.state.currentSection == before.currentSection && hint.state.presentNow == before.presentNow)
        let none = try await mock.hint(sessionID: id, kind: .nudge, question: nil, input: input("h2"))
        #expect(none.outcome?.result == .noHintLeft && none.outcome?.hint == nil)
    }

    @Test(arguments: [
        ("Latency is the time one request takes.", [String]()),
        ("```\nfunc topK() {}\n```", ["contains_code"]),
        ("1. Count the words\n2. Sort them\n3. Return the first k", ["step_by_step_plan"]),
        (String(repeating: "word ", count: 120), ["too_long"]),
    ])
    func assistantResponsesOverstepping(response: String, flags: [String]) async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let id = try await mock.start(.init(schemaID: "general_software_engineering"), channel: .mcp).state.id
        let step = try await mock.recordAssistantResponse(sessionID: id, response: response, query: "How?", input: input("r"))
        #expect(step.outcome?.flags == flags)
        #expect(step.events.contains { $0.type == "ASSISTANT_FLAGGED" } == !flags.isEmpty)
        #expect(step.state.assistantFlags == (flags.isEmpty ? 0 : 1))
    }

    @Test func codeIsOnlyForCodingSectionsAndIsKeptAsCodeHistory() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let id = try await mock.start(.init(schemaID: "general_software_engineering"), channel: .mcp).state.id
        let error = await #expect(throws: MockError.self) {
            _ = try await mock.answer(sessionID: id, message: nil, code: "print(1)", language: "python", input: input("c0"))
        }
        #expect(error?.field == "code")
        clock.advance(seconds: 600 + 900 + 20)
        let step = try await mock.answer(sessionID: id, message: nil, code: "def top_k(text, k):\n    return []", language: "python", input: input("c1"))
        #expect(step.state.currentSection?.id == "coding" && step.outcome?.result == .recorded)
        let artifacts = try await mock.artifacts(sessionID: id)
        #expect(artifacts.sections.last?.codeHistory?.map(\.text) == ["def top_k(text, k):\n    return []"])
        #expect(artifacts.sections.first?.codeHistory == nil)
    }

    @Test func startingValidatesItsInputsAndWritesNothingOnError() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        await #expect(throws: MockError.invalidValue(field: "schema_id", value: "nope", allowed: try Fixtures.mockSchemas.catalog().schemas.keys.sorted())) {
            _ = try await mock.start(.init(schemaID: "nope"), channel: .mcp)
        }
        let scale = await #expect(throws: MockError.self) { _ = try await mock.start(.init(durationScale: 5), channel: .mcp) }
        #expect(scale?.field == "duration_scale")
        await #expect(throws: MockError.engine(.notFound(kind: "interview", id: "int_9"))) {
            _ = try await mock.start(.init(interviewID: "int_9"), channel: .mcp)
        }
        #expect(try Fixtures.eventCount(mock.core) == 0)
    }

    @Test func aLinkedInterviewPicksItsRoleFamilysSchemaAndScaleShortensSections() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let engine = Services(core: mock.core)
        let interview = try await engine.interviews.schedule(Fixtures.request(role: "Site Reliability Engineer"), actor: .cli)
        let step = try await mock.start(.init(durationScale: 0.5, interviewID: interview.id), channel: .mcp)
        #expect(step.state.schemaID == "sre_devops" && step.state.interviewID == interview.id)
        #expect(step.state.timeRemainingSeconds == 45 * 30)
    }

    @Test func aSessionCreatedForLaterStartsOnResume() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let created = try await mock.start(.init(startNow: false), channel: .mcp)
        #expect(created.state.status == .notStarted && created.state.upcomingSections.count == 4 && created.outcome == nil)
        clock.advance(seconds: 3600)
        let begun = try await mock.resume(sessionID: created.state.id, input: input("go"))
        #expect(begun.outcome?.result == .started && begun.state.currentSection?.timeRemainingSeconds == 600)
    }

    @Test func endingEarlyTerminatesAndListsTheSession() async throws {
        let mock = Fixtures.mockInterviews(clock: clock)
        let id = try await mock.start(.init(), channel: .mcp).state.id
        let ended = try await mock.end(sessionID: id, note: "had to leave", input: input("e"))
        #expect(ended.state.status == .terminated && ended.state.endReason == "abandoned")
        #expect(try await mock.list(status: .terminated).map(\.id) == [id])
        #expect(try await mock.list(status: .inProgress).isEmpty)
    }
}
