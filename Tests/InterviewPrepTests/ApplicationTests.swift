import Foundation
import GRDB
import InterviewPrep
import Testing
import TestSupport

/// A job from its saved posting to applied and interviewing: the details it carries and the filters over them.
@Suite struct ApplicationTests {
    let clock = TestClock("2027-03-01T12:00:00Z")

    @Test func aJobStartsSavedBecomesAppliedAndTheFirstInterviewMakesItActive() async throws {
        let engine = Fixtures.engine(clock: clock)
        let saved = try await engine.pipelines.addJob(company: "Acme", role: "Backend Engineer", actor: .cli)
        #expect(saved.status == .saved && saved.appliedAt == nil && saved.nextAction == "apply, then mark the job applied")
        clock.advance(hours: 24)
        let applied = try await engine.pipelines.setJobStatus(jobID: saved.jobID, status: .applied, actor: .cli)
        #expect(applied.status == .applied && applied.appliedAt == "2027-03-02T12:00:00Z")
        _ = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .phoneScreen, start: "2027-03-05T10:00", stageID: "stg_1"), actor: .cli)
        #expect(try await engine.pipelines.pipeline(jobID: saved.jobID).status == .active)
        let moves = try await engine.core.database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT json_extract(payload, '$.to') FROM events WHERE type = 'job_status_changed' ORDER BY id")
        }
        #expect(moves == ["applied", "active"])
    }

    @Test func givingTheApplicationDateStartsTheJobApplied() async throws {
        let engine = Fixtures.engine(clock: clock)
        let job = try await engine.pipelines.addJob(company: "Acme", role: "SRE", profile: JobProfile(applied: "2027-02-20"), actor: .cli)
        #expect(job.status == .applied && job.appliedAt == "2027-02-20T05:00:00Z")
        await #expect(throws: InterviewPrepError.invalidValue(field: "status", value: "hired", allowed: ["saved", "applied", "active"])) {
            _ = try await engine.pipelines.addJob(company: "Acme", role: "SRE", status: .hired, actor: .cli)
        }
    }

    @Test func thePostingsDetailsAreKeptAndShown() async throws {
        let engine = Fixtures.engine(clock: clock)
        let profile = JobProfile(
            url: "https://acme.example/jobs/42", description: "Build payment APIs.\nGo and Postgres.", location: "Berlin", remotePolicy: .hybrid,
            salaryMin: 80_000, salaryMax: 95_000, salaryCurrency: "eur", priority: 4, tags: ["Fintech", " go ", "fintech"],
            resumeVersion: "v3-backend", coverLetterVersion: "acme-1")
        let job = try await engine.pipelines.addJob(company: "Acme", role: "Backend Engineer", profile: profile, actor: .cli)
        #expect(job.tags == ["fintech", "go"] && job.salaryRange == "€80,000–€95,000" && job.salaryCurrency == "EUR")
        #expect(job.location == "Berlin" && job.remotePolicy == .hybrid && job.priority == 4 && job.resumeVersion == "v3-backend")
        #expect(job.description == "Build payment APIs.\nGo and Postgres.")
    }

    @Test("bad details are refused naming the field, and nothing is written", arguments: [
        (JobProfile(url: "ftp://acme.example/x"), "url"),
        (JobProfile(priority: 6), "priority"),
        (JobProfile(salaryMin: 100, salaryMax: 50, salaryCurrency: "USD"), "salary_max"),
        (JobProfile(salaryCurrency: "dollars"), "salary_currency"),
        (JobProfile(tags: ["a,b"]), "tags"),
        (JobProfile(applied: "last week"), "applied"),
    ])
    func badDetailsAreRefused(profile: JobProfile, field: String) async throws {
        let engine = Fixtures.engine(clock: clock)
        do {
            _ = try await engine.pipelines.addJob(company: "Acme", role: "SRE", profile: profile, actor: .cli)
            Issue.record("accepted \(profile)")
        } catch {
            #expect(error.field == field, "\(error)")
        }
        #expect(try await engine.pipelines.listJobs().total == 0)
    }

    @Test func jobsAreFoundByWordsTagsPriorityAndApplicationDate() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await engine.pipelines.addJob(company: "Acme", role: "Backend Engineer", profile: JobProfile(description: "Kubernetes platform", priority: 5, tags: ["infra", "remote"], applied: "2027-02-10"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Globex", role: "Data Engineer", profile: JobProfile(location: "London", priority: 2, tags: ["data"], applied: "2027-02-25"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Initech", role: "SRE", profile: JobProfile(tags: ["infra"]), actor: .cli)
        func ids(_ filter: JobFilter) async throws -> [String] { try await engine.pipelines.listJobs(filter).jobs.map(\.jobID).sorted() }
        #expect(try await ids(JobFilter(query: "kubernetes")) == ["job_1"])
        #expect(try await ids(JobFilter(query: "london engineer")) == ["job_2"])
        #expect(try await ids(JobFilter(tags: ["infra"])) == ["job_1", "job_3"])
        #expect(try await ids(JobFilter(tags: ["infra", "remote"])) == ["job_1"])
        #expect(try await ids(JobFilter(minPriority: 3)) == ["job_1"])
        #expect(try await ids(JobFilter(appliedFrom: "2027-02-20")) == ["job_2"])
        #expect(try await ids(JobFilter(appliedTo: "2027-02-10")) == ["job_1"])
        #expect(try await ids(JobFilter(statuses: [.saved])) == ["job_3"])
    }

    @Test func anApplicationWithNoReplyIsGhostedAfterTheConfiguredDays() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await engine.pipelines.addJob(company: "Acme", role: "SRE", profile: JobProfile(applied: "2027-03-01"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Globex", role: "SRE", actor: .cli)
        clock.advance(hours: 24 * 30)
        let jobs = try await engine.pipelines.listJobs().jobs
        #expect(jobs.first { $0.jobID == "job_1" }?.ghosted == true)
        #expect(jobs.first { $0.jobID == "job_2" }?.ghosted == false, "a saved posting waits on the candidate, not the company")
    }

    @Test func anEditOfTheNewFieldsIsUndone() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await engine.pipelines.addJob(company: "Acme", role: "SRE", profile: JobProfile(priority: 2, tags: ["a"]), actor: .cli)
        let edited = try await engine.pipelines.editJob(jobID: "job_1", JobEdit(profile: JobProfile(location: "Paris", priority: 5, tags: ["b", "c"])), actor: .cli)
        #expect(edited.priority == 5 && edited.tags == ["b", "c"] && edited.location == "Paris")
        _ = try await engine.history.undo(eventID: nil, actor: .cli)
        let undone = try await engine.pipelines.pipeline(jobID: "job_1")
        #expect(undone.priority == 2 && undone.tags == ["a"] && undone.location == nil)
    }
}

@Suite struct ApplicationFunnelTests {
    let clock = TestClock("2027-03-01T12:00:00Z")

    @Test func theFunnelStartsAtTheApplication() async throws {
        let engine = Fixtures.engine(clock: clock)
        // Applied Mon 15 Feb and Thu 18 Feb (one week), Tue 23 Feb (the next); one posting only saved.
        _ = try await engine.pipelines.addJob(company: "Acme", role: "SRE", profile: JobProfile(applied: "2027-02-15T09:00"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Globex", role: "SRE", profile: JobProfile(applied: "2027-02-18"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Initech", role: "SRE", profile: JobProfile(applied: "2027-02-23"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Hooli", role: "SRE", actor: .cli)
        // Acme answers with an interview invitation on 1 Mar (14 days after applying); Globex rejects 10 days in.
        _ = try await engine.interviews.schedule(ScheduleInterviewRequest(jobID: "job_1", type: .phoneScreen, start: "2027-03-05T10:00"), actor: .cli)
        _ = try await engine.pipelines.setJobStatus(jobID: "job_2", status: .rejected, actor: .cli)
        clock.advance(hours: 24 * 30)
        let applications = try await engine.pipelines.funnel().applications
        #expect(applications.saved == 1 && applications.applied == 3 && applications.replied == 2 && applications.responseRate == 0.667)
        #expect(applications.ghosted == 1)
        #expect(applications.perWeek.map(\.weekOf) == ["2027-02-15", "2027-02-22"] && applications.perWeek.map(\.applied) == [2, 1])
        // In New York: Acme 15 Feb 09:00 EST → 1 Mar 07:00 EST (13.9 days); Globex 18 Feb 00:00 → 1 Mar 07:00 (11.3 days).
        #expect(applications.medianDaysToReply == 12.6)
    }
}
