import Foundation
import GRDB
import Synchronization
import Testing
@testable import InterviewPrep
import TestSupport

/// A sender that records what it sent and fails on demand.
final class FakeSender: ReminderSender {
    let sent = Mutex<[DueReminder]>([])
    let failures = Mutex<[DeliveryFailure]>([])

    func compose(_ reminder: DueReminder) throws(DeliveryFailure) -> ComposedReminder<DueReminder> {
        ComposedReminder(subject: "Reminder \(reminder.reminderID)", recipients: ["ada@example.com"], message: reminder)
    }

    func send(_ composed: ComposedReminder<DueReminder>, dataSent: @escaping @Sendable () -> Void) async throws(DeliveryFailure) {
        if let failure = failures.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { throw failure }
        dataSent()
        sent.withLock { $0.append(composed.message) }
    }

    var sentIDs: [String] { sent.withLock { $0.map(\.reminderID) } }
}

@Suite struct ReminderRunnerTests {
    let clock = TestClock("2027-03-01T12:00:00Z")

    func setUp(_ starts: [String] = ["2027-03-15T09:00"]) async throws -> (Services, ReminderRunner) {
        let engine = Fixtures.engine(clock: clock)
        for (index, start) in starts.enumerated() {
            _ = try await engine.interviews.schedule(Fixtures.request(company: "Company \(index)", start: start), actor: .cli)
        }
        return (engine, engine.reminders.runner())
    }

    static let at48h = TestClock.date("2027-03-13T14:05:00Z")

    @Test func aDueReminderIsSentOnceAndMovesTheInterviewToReminderSent() async throws {
        let (engine, runner) = try await setUp()
        let sender = FakeSender()
        let first = try await runner.run(at: Self.at48h, sender: sender)
        #expect(first.sent.map(\.reminderID) == ["rem_1"])
        #expect(first.nextDue == "2027-03-14T13:00:00Z")
        let second = try await runner.run(at: Self.at48h.addingTimeInterval(60), sender: sender)
        #expect(second.sent.isEmpty)
        #expect(sender.sentIDs == ["rem_1"])
        #expect(try await engine.interviews.interview(id: "int_1").status == .reminderSent)
        let reminder = try #require(sender.sent.withLock { $0.first })
        #expect(reminder.facts.checklist.map(\.item).contains("Review data structures and their complexity"))
        let timeline = try await engine.interviews.timeline(interviewID: "int_1").map(\.type)
        #expect(timeline.suffix(2) == ["reminder_sent", "interview_status_changed"])
    }

    @Test func whenSeveralAreDueOnlyTheLatestIsSent() async throws {
        let (_, runner) = try await setUp()
        let sender = FakeSender()
        let summary = try await runner.run(at: TestClock.date("2027-03-15T11:30:00Z"), sender: sender)
        #expect(sender.sentIDs == ["rem_3"])
        #expect(summary.skipped.map(\.reminderID) == ["rem_1", "rem_2"])
        #expect(summary.skipped.allSatisfy { $0.detail == "superseded by the 2h reminder" })
    }

    @Test func aDryRunChangesNothing() async throws {
        let (engine, runner) = try await setUp()
        let before = try Fixtures.eventCount(engine)
        let summary = try await runner.run(at: Self.at48h, dryRun: true, sender: nil)
        #expect(summary.sent.map(\.outcome) == ["would_send"])
        #expect(try Fixtures.eventCount(engine) == before)
        #expect(try await engine.reminders.reminders(statuses: [.pending]).count == 3)
    }

    @Test func aTemporaryFailureIsRetriedAfterBackoffAndAPermanentOneIsNot() async throws {
        let (engine, runner) = try await setUp(["2027-03-15T09:00", "2027-03-16T09:00"])
        let sender = FakeSender()
        sender.failures.withLock { $0 = [DeliveryFailure(isTemporary: true, message: "451 try later")] }
        let first = try await runner.run(at: Self.at48h, sender: sender)
        #expect(first.retrying.map(\.reminderID) == ["rem_1"])
        #expect(!first.hasFailures, "a retry waiting is not a failure")
        #expect(first.nextDue == "2027-03-13T14:10:00Z", "the retry is the next thing due")
        let waiting = try await runner.run(at: Self.at48h.addingTimeInterval(60), sender: sender)
        #expect(waiting.sent.isEmpty)
        #expect(waiting.waiting.map(\.reminderID) == ["rem_1"])
        #expect(waiting.waiting.first?.detail == "next try after 2027-03-13T14:10:00Z (451 try later)")
        let retried = try await runner.run(at: Self.at48h.addingTimeInterval(6 * 60), sender: sender)
        #expect(retried.sent.map(\.reminderID) == ["rem_1"])

        sender.failures.withLock { $0 = [DeliveryFailure(isTemporary: false, message: "550 no such user")] }
        // At 13:05Z on the 14th the 24h reminder of the first interview (rem_2) and the 48h one of the
        // second (rem_4) are due: the first attempt is refused for good, the second goes out.
        let permanent = try await runner.run(at: TestClock.date("2027-03-14T13:05:00Z"), sender: sender)
        #expect(permanent.failed.map(\.reminderID) == ["rem_2"])
        #expect(permanent.hasFailures)
        #expect(permanent.sent.map(\.reminderID) == ["rem_4"])
        #expect(try await engine.reminders.reminders(statuses: [.failed]).map(\.id) == ["rem_2"])
        #expect(try await runner.run(at: TestClock.date("2027-03-14T16:00:00Z"), sender: sender).failed.isEmpty)
        let outbox = try await engine.core.database.writer.read { try String.fetchAll($0, sql: "SELECT status FROM outbox ORDER BY id") }
        #expect(outbox == ["retry", "sent", "failed", "sent"])
    }

    @Test func dueRemindersWithoutSMTPAreAClearError() async throws {
        let (_, runner) = try await setUp()
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await runner.run(at: Self.at48h, sender: nil) }
        #expect(error?.description.contains("INTERVIEW_PREP_SMTP_URL") == true)
    }

    @Test func aDeadRunsClaimIsRetriedUnlessItsMessageWasFullySent() async throws {
        let (engine, runner) = try await setUp(["2027-03-15T09:00", "2027-03-15T10:00"])
        let dead = "\(ProcessInfo.processInfo.hostName):999999:dead"
        try await engine.core.database.writer.write { db in
            try db.execute(sql: "UPDATE reminders SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id IN (1, 4)", arguments: [dead, Self.at48h])
            for (reminder, status) in [(1, "awaiting_reply"), (4, "sending")] {
                try db.execute(sql: """
                    INSERT INTO outbox (message_id, kind, reminder_id, recipients, subject, status, attempts, created_at, updated_at)
                    VALUES (?, 'reminder', ?, '[]', 's', ?, 1, ?, ?)
                    """, arguments: ["<m\(reminder)@x>", reminder, status, Self.at48h, Self.at48h])
            }
        }
        let sender = FakeSender()
        // rem_4 (48h before the 10:00 interview) is due at 15:00Z.
        let summary = try await runner.run(at: TestClock.date("2027-03-13T15:05:00Z"), sender: sender)
        #expect(summary.unknown.map(\.reminderID) == ["rem_1"])
        #expect(sender.sentIDs == ["rem_4"])
        #expect(try await engine.reminders.reminders(statuses: [.unknown]).map(\.id) == ["rem_1"])
    }

    @Test func aLiveRunsClaimIsLeftAloneUntilItExpires() async throws {
        let (engine, runner) = try await setUp()
        let alive = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):other"
        try await engine.core.database.writer.write { db in
            try db.execute(sql: "UPDATE reminders SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id = 1", arguments: [alive, Self.at48h])
        }
        let sender = FakeSender()
        #expect(try await runner.run(at: Self.at48h.addingTimeInterval(60), sender: sender).sent.isEmpty)
        #expect(try await runner.run(at: Self.at48h.addingTimeInterval(16 * 60), sender: sender).sent.map(\.reminderID) == ["rem_1"])
    }

    @Test func concurrentRunsSendEachReminderOnce() async throws {
        let starts = (0..<20).map { "2027-03-15T\(10 + $0 / 2):\($0 % 2 == 0 ? "00" : "30"):00Z" }
        let (engine, _) = try await setUp(starts)
        let sender = FakeSender()
        let at = TestClock.date("2027-03-14T20:00:00Z")
        async let a = engine.reminders.runner().run(at: at, sender: sender)
        async let b = engine.reminders.runner().run(at: at, sender: sender)
        let (first, second) = try await (a, b)
        // One reminder (the latest due: 24h) per interview, each sent by exactly one of the runs.
        #expect(first.sent.count + second.sent.count == 20)
        #expect(sender.sentIDs.count == 20)
        #expect(Set(sender.sentIDs).count == 20)
    }

    @Test func aRunAlsoExpiresOverdueAsyncStages() async throws {
        let (engine, runner) = try await setUp([])
        _ = try await engine.pipelines.addJob(company: "Figma", role: "Designer", stages: [StageInput(kind: .takeHome, deadline: "2027-03-02")], actor: .cli)
        _ = try await runner.run(at: TestClock.date("2027-03-05T12:00:00Z"), sender: nil)
        let status = try await engine.core.database.writer.read { try String.fetchOne($0, sql: "SELECT status FROM stages") }
        #expect(status == "expired")
    }
}
