import Testing
@testable import InterviewPrep

@Suite struct InterviewStatusTests {
    /// The expected table: every status and every action, and where it leads (nil = illegal).
    static let table: [(InterviewStatus, InterviewAction, InterviewStatus?)] = {
        let legal: [InterviewStatus: Set<InterviewAction>] = [
            .scheduled: [.confirm, .sendReminder, .start, .complete, .cancel, .reschedule],
            .rescheduled: [.confirm, .sendReminder, .start, .complete, .cancel, .reschedule],
            .confirmed: [.sendReminder, .start, .complete, .cancel, .reschedule],
            .reminderSent: [.start, .complete, .cancel, .reschedule],
            .inProgress: [.complete, .cancel, .reschedule],
            .completed: [],
            .cancelled: [.reopen],
        ]
        return InterviewStatus.allCases.flatMap { status in
            InterviewAction.allCases.map { action in
                (status, action, legal[status]!.contains(action) ? action.resultingStatus : nil)
            }
        }
    }()

    @Test("every status × action pair follows the transition table", arguments: table)
    func transition(from status: InterviewStatus, action: InterviewAction, expected: InterviewStatus?) throws {
        if let expected {
            #expect(try status.applying(action, interviewID: "int_1") == expected)
        } else {
            #expect(throws: InterviewPrepError.illegalTransition(
                interviewID: "int_1", from: status, to: action.resultingStatus,
                allowed: status.allowedActions.map(\.resultingStatus))) {
                try status.applying(action, interviewID: "int_1")
            }
        }
    }

    @Test func aCompletedInterviewAllowsNothingAndSaysSo() {
        #expect(InterviewStatus.completed.allowedActions.isEmpty && !InterviewStatus.completed.isLive)
        let error = InterviewPrepError.illegalTransition(interviewID: "int_7", from: .completed, to: .confirmed, allowed: [])
        #expect(error.description == "interview int_7 is completed and cannot become confirmed; allowed: none (completed is final)")
    }

    @Test func aCancelledInterviewCanOnlyBeReopenedWhichSchedulesItAgain() throws {
        #expect(!InterviewStatus.cancelled.isLive && InterviewStatus.cancelled.allowedActions == [.reopen])
        #expect(try InterviewStatus.cancelled.applying(.reopen, interviewID: "int_7") == .scheduled)
        #expect(InterviewAction(leadingTo: .scheduled) == nil, "a status change never reopens: reopening is its own command")
    }

    @Test func illegalTransitionMessageNamesTheAllowedStatuses() {
        let error = InterviewPrepError.illegalTransition(
            interviewID: "int_3", from: .inProgress, to: .confirmed, allowed: [.completed, .cancelled, .rescheduled])
        #expect(error.description == "interview int_3 is in_progress and cannot become confirmed; allowed: completed, cancelled, rescheduled")
    }

    @Test func liveStatusesAreTheFiveNonTerminalOnes() {
        #expect(Set(InterviewStatus.liveStatuses) == [.scheduled, .confirmed, .reminderSent, .inProgress, .rescheduled])
    }

    @Test func unknownStatusNamesTheAllowedValues() {
        #expect(throws: InterviewPrepError.invalidValue(
            field: "status", value: "done", allowed: InterviewStatus.allowedNames)) {
            try InterviewStatus.parse("done", field: "status")
        }
    }
}
