import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

/// A job's last activity is read two ways: one job at a time from the indexes (funnel, next
/// actions, one pipeline) and every job in two grouped reads (the job list). They must agree.
@Suite struct LastActivityTests {
    @Test func theGroupedReadAgreesWithTheOneJobReadForEveryJob() async throws {
        let clock = TestClock("2026-03-01T12:00:00Z")
        let services = Fixtures.engine(clock: clock)
        _ = try await services.interviews.schedule(Fixtures.request(company: "Stripe", start: "2026-03-05T14:00:00Z"), actor: .cli)
        _ = try await services.interviews.schedule(Fixtures.request(company: "Google", start: "2026-03-06T14:00:00Z"), actor: .cli)
        _ = try await services.pipelines.addJob(company: "Figma", role: "Designer", actor: .cli)
        clock.advance(hours: 30)
        _ = try await services.interviews.updateStatus(interviewID: "int_2", to: .confirmed, actor: .cli)
        clock.advance(hours: 5)
        _ = try await services.pipelines.addJobNote(jobID: "job_1", text: "Recruiter called.", actor: .cli)

        let (jobs, grouped) = try await services.core.database.writer.read { db in
            (try JobRecord.fetchAll(db), try PipelineService.latestEvents(db))
        }
        #expect(jobs.count == 3)
        for job in jobs {
            let one = try await services.core.database.writer.read { try PipelineService.lastActivity($0, job: job) }
            #expect(max(grouped[job.id!] ?? job.createdAt, job.createdAt) == one, "job \(job.id!)")
        }
        #expect(Set(grouped.keys) == [1, 2, 3])
    }
}
