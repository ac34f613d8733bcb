import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct InterviewQueryTests {
    let clock = TestClock("2026-03-01T12:00:00Z")

    /// Five interviews at two companies over two weeks.
    func seeded() async throws -> Services {
        let engine = Fixtures.engine(clock: clock)
        let plan: [(String, String, InterviewType, String)] = [
            ("Stripe", "Backend Engineer", .phoneScreen, "2026-03-01T14:00:00Z"),
            ("Stripe", "Backend Engineer", .technical, "2026-03-03T14:00:00Z"),
            ("Google", "SRE", .technical, "2026-03-05T09:00:00Z"),
            ("Google", "SRE", .onSite, "2026-03-12T09:00:00Z"),
            ("Figma", "Frontend Engineer", .behavioral, "2026-02-20T09:00:00Z"),
        ]
        for (company, role, type, start) in plan {
            _ = try await engine.interviews.schedule(Fixtures.request(company: company, role: role, type: type, start: start), actor: .cli)
        }
        _ = try await engine.interviews.updateStatus(interviewID: "int_5", to: .completed, actor: .cli)
        return engine
    }

    @Test func upcomingReturnsLiveInterviewsInTheWindowSoonestFirst() async throws {
        let engine = try await seeded()
        #expect(try await engine.interviews.upcoming(days: 7).interviews.map(\.id) == ["int_1", "int_2", "int_3"])
        #expect(try await engine.interviews.upcoming(days: 30).interviews.map(\.id) == ["int_1", "int_2", "int_3", "int_4"])
        _ = try await engine.interviews.cancel(interviewID: "int_2", reason: nil, actor: .cli)
        #expect(try await engine.interviews.upcoming(days: 7).interviews.map(\.id) == ["int_1", "int_3"])
    }

    @Test func upcomingInterviewsAreReadInStartOrderFromTheStartTimeIndexWithoutASort() throws {
        let database = AppDatabase.inMemory()
        let now = StoredDate(Date(timeIntervalSince1970: 1_772_366_400))
        let plan = try database.writer.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN \(InterviewDetail.sql(where: InterviewService.upcomingCondition))",
                arguments: [now, now, now, now]
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX interviews_by_start") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        let program = try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN \(InterviewDetail.sql(where: InterviewService.upcomingCondition))", arguments: [now, now, now, now])
                .map { $0["opcode"] as String }
        }
        #expect(!program.contains("OpenEphemeral"), "no temporary table for the status list")
    }

    @Test func anInterviewUnderWayStaysUpcomingUntilItEnds() async throws {
        let engine = try await seeded()
        clock.advance(hours: 2.25)  // 14:15: the 14:00 phone screen (30 min) is on
        #expect(try await engine.interviews.upcoming(days: 1).interviews.map(\.id) == ["int_1"])
        clock.advance(hours: 0.25)  // 14:30: it has ended
        #expect(try await engine.interviews.upcoming(days: 1).interviews.isEmpty)
    }

    @Test func anInterviewIsUpcomingUntilItsLastMillisecond() async throws {
        let engine = try await seeded()
        clock.set("2026-03-01T14:29:59Z")
        clock.advance(seconds: 0.999)
        #expect(try await engine.interviews.upcoming(days: 1).interviews.map(\.id) == ["int_1"])
        clock.set("2026-03-01T14:30:00.000Z")
        #expect(try await engine.interviews.upcoming(days: 1).interviews.isEmpty)
    }

    /// Upcoming takes those starting at or after now as they are, and computes the end only for
    /// those already started: the instant of the start is on both sides of that split.
    @Test func anInterviewIsUpcomingAtTheInstantItStarts() async throws {
        let engine = try await seeded()
        clock.set("2026-03-01T13:59:59.999Z")
        #expect(try await engine.interviews.upcoming(days: 1).interviews.map(\.id) == ["int_1"])
        clock.set("2026-03-01T14:00:00.000Z")
        #expect(try await engine.interviews.upcoming(days: 1).interviews.map(\.id) == ["int_1"])
        clock.set("2026-03-01T14:00:00.001Z")
        #expect(try await engine.interviews.upcoming(days: 1).interviews.map(\.id) == ["int_1"])
    }

    /// Hot reads (one interview, upcoming, a job's interviews) decode one joined row by column
    /// position; lists and writes build the detail from records. Both must show the same.
    @Test func joinedReadsShowWhatRecordReadsShow() async throws {
        let engine = try await seeded()
        _ = try await engine.interviews.updateStatus(interviewID: "int_2", to: .confirmed, feedback: "Went \"well\"", notes: "Bring ID", actor: .cli)
        _ = try await engine.interviews.savePrepNotes(interviewID: "int_3", markdown: "# STAR stories", mode: .replace, actor: .cli)
        var request = Fixtures.request(company: "Figma", role: "Frontend Engineer", type: .panel, start: "2026-03-04T08:00", timeZone: "Asia/Kolkata")
        request.interviewerName = "Priya"
        request.interviewerEmail = "priya@example.com"
        request.location = "https://meet.example.com/x"
        _ = try await engine.interviews.schedule(request, actor: .mcp)
        let listed = try await engine.interviews.list(InterviewFilter(), limit: 200).interviews
        #expect(listed.count == 6)
        for interview in listed {
            let withReminders = try await engine.interviews.interview(id: interview.id, includeReminders: true)
            var recordBased = withReminders
            recordBased.reminders = nil
            #expect(try await engine.interviews.interview(id: interview.id) == recordBased)
            #expect(recordBased == interview)
        }
        let upcoming = try await engine.interviews.upcoming(days: 30).interviews
        #expect(upcoming == listed.filter { upcoming.map(\.id).contains($0.id) } && upcoming.count == 5)
        #expect(try await engine.interviews.interviews(forJob: "job_1") == listed.filter { $0.jobID == "job_1" })
        #expect(listed.first { $0.id == "int_3" }?.hasPrepNotes == true)
        #expect(listed.first { $0.id == "int_6" }?.start.local == "2026-03-04T08:00:00+05:30")
    }

    @Test func upcomingDaysOutOfRangeIsRefused() async throws {
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await Fixtures.engine().interviews.upcoming(days: 0) }
        #expect(error?.field == "days")
    }

    @Test func listFiltersCombine() async throws {
        let engine = try await seeded()
        #expect(try await engine.interviews.list(InterviewFilter(company: "goo")).interviews.map(\.id) == ["int_3", "int_4"])
        #expect(try await engine.interviews.list(InterviewFilter(types: [.technical])).interviews.map(\.id) == ["int_2", "int_3"])
        #expect(try await engine.interviews.list(InterviewFilter(statuses: [.completed])).interviews.map(\.id) == ["int_5"])
        #expect(try await engine.interviews.list(InterviewFilter(jobID: "job_2")).interviews.map(\.id) == ["int_3", "int_4"])
        #expect(try await engine.interviews.list(InterviewFilter(from: "2026-03-02", to: "2026-03-05")).interviews.map(\.id) == ["int_2", "int_3"])
        #expect(try await engine.interviews.list(InterviewFilter(company: "%")).interviews.isEmpty)
    }

    @Test func listPagesWithACursorUntilTheEnd() async throws {
        let engine = try await seeded()
        var ids: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try await engine.interviews.list(InterviewFilter(), limit: 2, cursor: cursor)
            #expect(page.totalMatching == 5)
            ids += page.interviews.map(\.id)
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil
        #expect(pages == 3)
        #expect(ids == ["int_5", "int_1", "int_2", "int_3", "int_4"])
    }

    @Test func aForgedCursorIsRefused() async throws {
        let error = await #expect(throws: InterviewPrepError.self) {
            _ = try await Fixtures.engine().interviews.list(InterviewFilter(), cursor: "bm90LWEtY3Vyc29y")
        }
        #expect(error?.field == "cursor")
    }

    @Test func interviewsByJobIncludeEveryStatus() async throws {
        let engine = try await seeded()
        _ = try await engine.interviews.cancel(interviewID: "int_2", reason: "Position filled", actor: .cli)
        let interviews = try await engine.interviews.interviews(forJob: "job_1")
        #expect(interviews.map(\.id) == ["int_1", "int_2"])
        #expect(interviews[1].notes == "Cancelled: Position filled")
        await #expect(throws: InterviewPrepError.notFound(kind: "job", id: "job_42")) { _ = try await engine.interviews.interviews(forJob: "job_42") }
    }

    @Test func statisticsCountAndStateTheSuccessRate() async throws {
        let engine = try await seeded()
        var stats = try await engine.interviews.statistics()
        #expect(stats.total == 5)
        #expect(stats.byType["technical"] == 2)
        #expect(stats.byType["panel"] == 0)
        #expect(stats.byStatus["scheduled"] == 4)
        #expect(stats.byStatus["completed"] == 1)
        #expect(stats.byCompany.map(\.company) == ["Google", "Stripe", "Figma"])
        #expect(stats.upcomingNext7Days == 3)
        #expect(stats.successRate == 1.0)
        _ = try await engine.interviews.cancel(interviewID: "int_4", reason: nil, actor: .cli)
        _ = try await engine.interviews.cancel(interviewID: "int_3", reason: nil, actor: .cli)
        stats = try await engine.interviews.statistics()
        #expect(stats.successRate == 0.333)
        #expect(stats.successRateDefinition.contains("completed / (completed + cancelled)"))
        #expect(try await Fixtures.engine().interviews.statistics().successRate == nil)
    }
}
