import Testing
import InterviewPrep
import MockInterview
@testable import MCPServer

/// Refusals name what to do in the surface's words: tools for assistants (here), commands at
/// the terminal (the CLI's wording, checked end to end).
@Suite struct RemedyWordingTests {
    static let remedies: [Remedy] = [
        .reschedule(interviewID: "int_3"), .tickChecklist(interviewID: "int_3", firstOpen: 2), .recordDebrief(interviewID: "int_3"),
        .recordDebrief(interviewID: nil), .submitStage(stageID: "stg_4"), .unlockStage(stageID: "stg_4"), .forceUnlock(stageID: "stg_4"),
        .resumeMock(sessionID: "mock_1"), .mockReport(sessionID: "mock_1"), .startMock,
    ]

    @Test("every remedy names a tool the server has", arguments: remedies)
    func everyRemedyNamesAListedTool(remedy: Remedy) throws {
        let phrase = ToolRemedyWording().phrase(remedy)
        let tools = ToolRegistry(groups: Set(ToolGroup.allCases)).definitions.map(\.name)
        #expect(tools.contains { phrase.contains($0) }, "\(phrase)")
        #expect(!phrase.contains("interview-prep "))
    }

    @Test func engineMessagesAreNeutralAndTheToolErrorAddsTheRemedy() {
        let error = InterviewPrepError.refused(field: "force", reason: "2 checklist item(s) are still open (first: 'Research')",
                                               remedy: .tickChecklist(interviewID: "int_3", firstOpen: 4))
        #expect(error.description == "force: 2 checklist item(s) are still open (first: 'Research')")
        #expect(error.code == "invalid_argument" && error.field == "force")
        let failure = ToolFailure(error)
        #expect(failure.code == "invalid_argument" && failure.field == "force")
        #expect(failure.message == "force: 2 checklist item(s) are still open (first: 'Research'); "
            + "tick them with tick_prep_checklist_item (interview_id int_3, item 4), or pass force: true to complete anyway")
    }

    @Test func aRescheduledStatusAndALockedStageCarryTheirRemedies() {
        #expect(InterviewPrepError.illegalTransition(interviewID: "int_1", from: .completed, to: .rescheduled, allowed: []).remedy
            == .reschedule(interviewID: "int_1"))
        #expect(InterviewPrepError.illegalStageTransition(stageID: "stg_2", from: .pending, event: .decline, allowed: [.unlock, .skip]).remedy
            == .unlockStage(stageID: "stg_2"))
        #expect(InterviewPrepError.illegalStageTransition(stageID: "stg_2", from: .completed, event: .decline, allowed: []).remedy == nil)
        #expect(MockError.sessionState(sessionID: "mock_1", status: .paused, message: "it is paused", remedy: .resumeMock(sessionID: "mock_1"))
            .description(in: ToolRemedyWording()) == "mock interview mock_1 is PAUSED: it is paused; resume_mock_interview (session_id mock_1) continues it")
    }
}
