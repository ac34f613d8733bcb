import Testing
@testable import InterviewPrep

@Suite struct DeliveryLifecycleTests {
    @Test("reminder moves", arguments: [
        (ReminderStatus.pending, ReminderEvent.claim, ReminderStatus.claimed),
        (.pending, .skip, .skipped),
        (.pending, .withdraw, .cancelled),
        (.claimed, .deliver, .sent),
        (.claimed, .retryLater, .pending),
        (.claimed, .release, .pending),
        (.claimed, .fail, .failed),
        (.claimed, .markUnknown, .unknown),
    ])
    func reminderMoves(from: ReminderStatus, event: ReminderEvent, to: ReminderStatus) throws {
        #expect(try from.applying(event, reminderID: "rem_1") == to)
    }

    @Test func aReminderMayNotBeSentWithoutBeingClaimedNorTouchedOnceSettled() {
        #expect(throws: InterviewPrepError.illegalLifecycleTransition(
            kind: "reminder", id: "rem_1", from: "pending", event: "deliver", allowed: ["claim", "skip", "withdraw"])) {
            try ReminderStatus.pending.applying(.deliver, reminderID: "rem_1")
        }
        for settled in [ReminderStatus.sent, .skipped, .cancelled, .failed, .unknown] {
            for event in ReminderEvent.allCases {
                #expect(throws: InterviewPrepError.self) { try settled.applying(event, reminderID: "rem_1") }
            }
        }
    }

    @Test("email attempt moves", arguments: [
        (OutboxStatus.sending, OutboxEvent.dataSent, OutboxStatus.awaitingReply),
        (.sending, .accept, .sent),
        (.awaitingReply, .accept, .sent),
        (.sending, .retryLater, .retry),
        (.awaitingReply, .fail, .failed),
        (.sending, .abandon, .failed),
        (.awaitingReply, .abandon, .unknown),
    ])
    func outboxMoves(from: OutboxStatus, event: OutboxEvent, to: OutboxStatus) throws {
        #expect(try from.applying(event, messageID: "<m@x>") == to)
    }

    @Test func aSettledAttemptTakesNoMoreEvents() {
        for settled in [OutboxStatus.sent, .retry, .failed, .unknown] {
            for event in OutboxEvent.allCases {
                #expect(throws: InterviewPrepError.self) { try settled.applying(event, messageID: "<m@x>") }
            }
        }
        #expect(throws: InterviewPrepError.self) { try OutboxStatus.awaitingReply.applying(.dataSent, messageID: "<m@x>") }
    }

    @Test func everyStageStatusHasItsEvent() {
        for status in StageStatus.allCases where status != .pending {
            #expect(EventType.stage(reaching: status).rawValue == "stage_" + status.rawValue)
        }
    }
}
