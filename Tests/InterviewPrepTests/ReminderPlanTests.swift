import Foundation
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct ReminderPlanTests {
    func due(_ start: String, _ zone: String, _ hours: Int) -> String {
        let zone = TimeZone(identifier: zone)!
        let instant = try! StartTimeResolver.instant(for: StartTimeResolver.parse(start)!.local, in: zone)
        return TimeFormat.utc(ReminderPlan.dueDate(start: instant, zone: zone, hoursBefore: hours))
    }

    @Test("whole days count on the interview's calendar across a DST change", arguments: [
        // US clocks spring forward on Sunday 2027-03-14: Monday 09:00 EDT is 13:00Z.
        ("2027-03-15T09:00", "America/New_York", 24, "2027-03-14T13:00:00Z"),  // Sunday 09:00 EDT
        ("2027-03-15T09:00", "America/New_York", 48, "2027-03-13T14:00:00Z"),  // Saturday 09:00 EST, 47 real hours
        ("2027-03-15T09:00", "America/New_York", 2, "2027-03-15T11:00:00Z"),
        // EU clocks spring forward on Sunday 2027-03-28.
        ("2027-03-29T09:00", "Europe/Berlin", 24, "2027-03-28T07:00:00Z"),
        ("2027-03-29T09:00", "Europe/Berlin", 72, "2027-03-26T08:00:00Z"),
        // ...and fall back on Sunday 2027-10-31: 25 real hours for "a day".
        ("2027-11-01T09:00", "Europe/Berlin", 24, "2027-10-31T08:00:00Z"),
        ("2027-11-01T09:00", "Europe/Berlin", 26, "2027-10-31T06:00:00Z"),
    ])
    func dst(start: String, zone: String, hours: Int, expected: String) {
        #expect(due(start, zone, hours) == expected)
    }

    @Test func aReminderWhoseWallTimeDoesNotExistFallsBackToElapsedTime() {
        // 24h before Monday 2027-03-15 02:30 would be Sunday 02:30, which New York skips.
        #expect(due("2027-03-15T02:30", "America/New_York", 24) == "2027-03-14T06:30:00Z")
    }

    @Test func pastRemindersArePlannedAsSkippedAndDuplicatesCollapse() {
        let start = TestClock.date("2027-03-15T13:00:00Z")
        let plan = ReminderPlan.make(start: start, zone: .gmt, hoursBefore: [2, 48, 24, 24], now: TestClock.date("2027-03-14T12:00:00Z"))
        #expect(plan.map(\.hoursBefore) == [48, 24, 2])
        #expect(plan.map(\.isPast) == [true, false, false])
    }

    @Test func thePolicyPrefersTheInterviewThenTheUserThenTheCatalog() throws {
        let policy = ReminderPolicy(catalog: Fixtures.catalog, overrides: [.technical: [72, 1]])
        #expect(policy.hours(for: .technical, interviewOverride: nil) == [72, 1])
        #expect(policy.hours(for: .phoneScreen, interviewOverride: nil) == [24, 2])
        #expect(policy.hours(for: .technical, interviewOverride: [5]) == [5])
        #expect(throws: InterviewPrepError.self) { try ReminderPolicy.validate([0], field: "reminder_hours") }
        #expect(throws: InterviewPrepError.self) { try ReminderPolicy.validate(Array(1...11), field: "reminder_hours") }
    }

    @Test func schedulingPlansReschedulingReplacesAndCancellingWithdraws() async throws {
        let clock = TestClock("2027-03-01T12:00:00Z")
        let engine = Fixtures.engine(clock: clock)
        let interview = try await engine.interviews.schedule(Fixtures.request(start: "2027-03-15T09:00"), actor: .cli)
        #expect(interview.reminders?.map(\.hoursBefore) == [48, 24, 2])
        #expect(interview.reminders?.map(\.due.utc) == ["2027-03-13T14:00:00Z", "2027-03-14T13:00:00Z", "2027-03-15T11:00:00Z"])
        let moved = try await engine.interviews.reschedule(interviewID: interview.id, start: "2027-03-20T09:00", actor: .cli)
        #expect(moved.reminders?.filter { $0.status == .cancelled }.count == 3)
        #expect(moved.reminders?.filter { $0.status == .pending }.map(\.due.utc) == ["2027-03-18T13:00:00Z", "2027-03-19T13:00:00Z", "2027-03-20T11:00:00Z"])
        _ = try await engine.interviews.cancel(interviewID: interview.id, reason: nil, actor: .cli)
        #expect(try await engine.reminders.reminders(interviewID: interview.id, statuses: [.pending]).isEmpty)
    }

    @Test func anInterviewCanCarryItsOwnReminderHours() async throws {
        let engine = Fixtures.engine(clock: TestClock("2027-03-01T12:00:00Z"))
        var request = Fixtures.request(start: "2027-03-15T09:00")
        request.reminderHours = [6, 1]
        let interview = try await engine.interviews.schedule(request, actor: .cli)
        #expect(interview.reminders?.map(\.hoursBefore) == [6, 1])
        let moved = try await engine.interviews.reschedule(interviewID: interview.id, start: "2027-03-16T09:00", actor: .cli)
        #expect(moved.reminders?.filter { $0.status == .pending }.map(\.hoursBefore) == [6, 1])
    }
}
