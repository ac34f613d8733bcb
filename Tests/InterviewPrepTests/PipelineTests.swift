import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct StageStatusTests {
    static let legal: [StageStatus: [StageEvent: StageStatus]] = [
        .pending: [.unlock: .unlocked, .skip: .skipped],
        .unlocked: [.invite: .invited, .complete: .completed, .decline: .declined, .skip: .skipped, .expire: .expired],
        .invited: [.start: .inProgress, .complete: .completed, .decline: .declined, .skip: .skipped, .expire: .expired, .reopen: .unlocked],
        .inProgress: [.complete: .completed, .skip: .skipped, .expire: .expired],
        .completed: [:], .expired: [:], .declined: [:], .skipped: [:],
    ]

    static let table: [(StageStatus, StageEvent)] = StageStatus.allCases.flatMap { status in StageEvent.allCases.map { (status, $0) } }

    @Test("every stage status × event follows the table", arguments: table)
    func transition(status: StageStatus, event: StageEvent) throws {
        if let expected = Self.legal[status]![event] {
            #expect(try status.applying(event, stageID: "stg_1") == expected)
        } else {
            #expect(throws: InterviewPrepError.illegalStageTransition(stageID: "stg_1", from: status, event: event, allowed: status.allowedEvents)) {
                try status.applying(event, stageID: "stg_1")
            }
        }
    }

    @Test("job statuses map to the candidate-facing ones", arguments: [
        (JobStatus.saved, "not_applied"), (.applied, "application_sent"), (.active, "in_progress"), (.shortlisted, "advanced"),
        (.offered, "offer_extended"), (.hired, "offer_accepted"), (.rejected, "not_selected"), (.withdrawn, "withdrawn"),
    ])
    func mapping(status: JobStatus, facing: String) {
        #expect(status.candidateFacing == facing)
    }
}

@Suite struct PipelineEngineTests {
    let clock = TestClock("2027-03-01T12:00:00Z")

    func job(_ engine: Services, stages: [StageInput]? = nil) async throws -> JobPipeline {
        try await engine.pipelines.addJob(company: "Stripe", role: "Backend Engineer", status: .active, profile: JobProfile(source: "referral"), stages: stages, actor: .cli)
    }

    @Test func theNextActionReadsAsASentence() async throws {
        let engine = Fixtures.engine(clock: clock)
        let video = try await job(engine, stages: [StageInput(kind: .videoInterview), StageInput(kind: .technical)])
        #expect(video.nextAction == "schedule the Video Interview (stg_1)")
        _ = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "Figma", role: "Designer", type: .technical, start: "2027-03-04T10:00"), actor: .cli)
        let bare = try await engine.pipelines.pipeline(jobID: "job_2")
        #expect(bare.stages.isEmpty && bare.nextAction == "no stages tracked yet: add each one as the company announces it")
    }

    @Test func aJobGetsItsRoleFamilysTemplateWithTheFirstStageUnlocked() async throws {
        let pipeline = try await job(Fixtures.engine(clock: clock))
        #expect(pipeline.stages.map(\.kind) == [.phoneScreen, .onlineAssessment, .technical, .onSite, .finalRound])
        #expect(pipeline.stages.map(\.status) == [.unlocked, .pending, .pending, .pending, .pending])
        #expect(pipeline.candidateFacingStatus == "in_progress")
        #expect(pipeline.nextAction == "schedule the Recruiter screen interview (stg_1)")
    }

    @Test func schedulingFollowsTheSeedsGuardsAndInvitesTheStage() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await job(engine)
        await #expect(throws: InterviewPrepError.stageGuard(stageID: "stg_3", message: "the stage is locked", requiresDebrief: false, remedy: .unlockStage(stageID: "stg_3"))) {
            _ = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .technical, start: "2027-03-05T10:00", stageID: "stg_3"), actor: .cli)
        }
        let screen = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .phoneScreen, start: "2027-03-05T10:00", stageID: "stg_1"), actor: .cli)
        #expect(screen.jobID == "job_1")
        #expect(try await engine.pipelines.pipeline(jobID: "job_1").stages[0].status == .invited)
        await #expect(throws: InterviewPrepError.stageGuard(stageID: "stg_1", message: "Cannot invite: stage already invited", requiresDebrief: false)) {
            _ = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .phoneScreen, start: "2027-03-06T10:00", stageID: "stg_1"), actor: .cli)
        }
        // Cancelling the stage's interview frees the stage for a new one.
        _ = try await engine.interviews.cancel(interviewID: screen.id, reason: "Moved by the recruiter", actor: .cli)
        #expect(try await engine.pipelines.pipeline(jobID: "job_1").stages[0].status == .unlocked)
        let again = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .phoneScreen, start: "2027-03-06T10:00", stageID: "stg_1"), actor: .cli)
        #expect(try await engine.pipelines.pipeline(jobID: "job_1").stages[0].interviewIDs == [screen.id, again.id])
        let asyncError = await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .technical, start: "2027-03-06T10:00", stageID: "stg_2"), actor: .cli)
        }
        #expect(asyncError?.description.contains("async stage") == true)
    }

    @Test func theDebriefGateHoldsEvenWithForceAndForceCascadesAsyncStages() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await job(engine)
        let screen = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .phoneScreen, start: "2027-03-01T13:00", stageID: "stg_1"), actor: .cli)
        for force in [false, true] {
            let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.pipelines.unlockStage(stageID: "stg_2", force: force, actor: .cli) }
            #expect(error?.code == "requires_debrief")
        }
        clock.advance(hours: 7)  // 13:00 in New York is 18:00Z
        _ = try await engine.pipelines.recordDebrief(interviewID: screen.id, DebriefInput(rating: 8, traits: ["clear"], outcome: .yes, wentWell: "Good rapport"), actor: .cli)
        var pipeline = try await engine.pipelines.pipeline(jobID: "job_1")
        #expect(pipeline.stages[0].status == .completed)
        #expect(pipeline.stages[0].debriefs.first?.rating == 8)
        #expect(try await engine.interviews.interview(id: screen.id).status == .completed)
        // The online assessment (stg_2) is pending: unlocking stg_3 needs force, which completes it.
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.pipelines.unlockStage(stageID: "stg_3", actor: .cli) }
        #expect(error?.code == "stage_guard")
        pipeline = try await engine.pipelines.unlockStage(stageID: "stg_3", force: true, actor: .cli)
        #expect(pipeline.stages.map(\.status).prefix(3) == [.completed, .completed, .unlocked])
    }

    @Test func anAsyncStageExpiresAtItsDeadlineReadsShowItAndTheNextWriteRecordsTheDeadline() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await job(engine, stages: [StageInput(kind: .takeHome, deadline: "2027-03-03"), StageInput(kind: .technical)])
        #expect(try await engine.pipelines.pipeline(jobID: "job_1").nextAction.contains("by 2027-03-04T05:00:00Z"))
        clock.advance(hours: 24 * 5)
        let pipeline = try await engine.pipelines.pipeline(jobID: "job_1")
        #expect(pipeline.stages[0].status == .expired)
        #expect(try await engine.pipelines.nextActions().allSatisfy { $0.reference != "stg_1" })
        #expect(try await engine.pipelines.listJobs().jobs[0].stagesDone == 1)
        func expiry() async throws -> EventRecord? {
            try await engine.core.database.writer.read { try EventRecord.filter(sql: "type = 'stage_expired'").fetchOne($0) }
        }
        #expect(try await expiry() == nil)  // reads wrote nothing
        await #expect(throws: InterviewPrepError.self) { _ = try await engine.pipelines.submitStage(stageID: "stg_1", actor: .cli) }
        _ = try await engine.pipelines.setJobStatus(jobID: "job_1", status: .shortlisted, actor: .cli)
        #expect(try await expiry().map { TimeFormat.utc($0.occurredAt) } == "2027-03-04T05:00:00Z")
    }

    @Test func submittingSkippingAndDecliningStages() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await job(engine, stages: [StageInput(kind: .screeningQuestionnaire), StageInput(kind: .technical), StageInput(kind: .onSite)])
        #expect(try await engine.pipelines.submitStage(stageID: "stg_1", actor: .cli).stages[0].status == .completed)
        #expect(try await engine.pipelines.skipStage(stageID: "stg_3", actor: .cli).stages[2].status == .skipped)
        _ = try await engine.pipelines.unlockStage(stageID: "stg_2", actor: .cli)
        let declined = try await engine.pipelines.declineStage(stageID: "stg_2", actor: .cli)
        #expect(declined.stages[1].status == .declined)
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.pipelines.submitStage(stageID: "stg_2", actor: .cli) }
        #expect(error?.code == "requires_debrief")
    }

    @Test func debriefsAreValidatedAndRecordedOnce() async throws {
        let engine = Fixtures.engine(clock: clock)
        let interview = try await engine.interviews.schedule(Fixtures.request(start: "2027-03-01T10:00"), actor: .cli)
        let bad = [
            DebriefInput(rating: 11, outcome: .yes), DebriefInput(rating: 5, traits: ["telepathic"], outcome: .no),
        ]
        for input in bad {
            await #expect(throws: InterviewPrepError.self) { _ = try await engine.pipelines.recordDebrief(interviewID: interview.id, input, actor: .cli) }
        }
        clock.advance(hours: 4)  // after 10:00 in New York
        _ = try await engine.pipelines.recordDebrief(interviewID: interview.id, DebriefInput(rating: 6, outcome: .no, toImprove: "Clarify first"), actor: .cli)
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.pipelines.recordDebrief(interviewID: interview.id, DebriefInput(rating: 6, outcome: .no), actor: .cli)
        }
        let future = try await engine.interviews.schedule(Fixtures.request(start: "2027-04-01T10:00"), actor: .cli)
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.pipelines.recordDebrief(interviewID: future.id, DebriefInput(rating: 6, outcome: .yes), actor: .cli)
        }
    }

    @Test func theJobStatusSetsTheCandidateFacingStatus() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await job(engine)
        let rejected = try await engine.pipelines.setJobStatus(jobID: "job_1", status: .rejected, actor: .cli)
        #expect(rejected.candidateFacingStatus == "not_selected")
        #expect(rejected.nextAction == "none: the job is rejected")
    }
}

@Suite struct JobOverviewTests {
    let clock = TestClock("2027-03-01T12:00:00Z")

    @Test func aDebriefWaitsOnTheCandidateForThirtyDays() async throws {
        let engine = Fixtures.engine(clock: clock)
        let held = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "Stripe", role: "Engineer", type: .technical, start: "2027-03-02T10:00"), actor: .cli)
        clock.advance(hours: 24 * 2)
        #expect(try await engine.pipelines.nextActions().map(\.kind) == [.debrief, .thankYou])
        #expect(try await engine.pipelines.nextActions().map(\.reference) == [held.id, held.id])
        clock.advance(hours: 24 * 7)
        #expect(try await engine.pipelines.nextActions().map(\.kind) == [.debrief], "a thank-you a week late is not proposed")
        clock.advance(hours: 24 * 24)
        #expect(try await engine.pipelines.nextActions().isEmpty)
    }

    @Test func notesContactsAndOffersAreRecordedAndCompared() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await engine.pipelines.addJob(company: "Stripe", role: "Backend Engineer", actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Figma", role: "Frontend Engineer", actor: .cli)
        let notes = try await engine.pipelines.addJobNote(jobID: "job_1", text: "Recruiter: decision by Friday", actor: .cli)
        #expect(notes.map(\.text) == ["Recruiter: decision by Friday"])
        await #expect(throws: DatabaseError.self) { try await engine.core.database.writer.write { try $0.execute(sql: "DELETE FROM job_notes") } }
        let contact = try await engine.pipelines.addContact(jobID: "job_1", name: "Jamie", role: "Recruiter", email: "jamie@stripe.com", lastContacted: "2027-02-28", actor: .cli)
        #expect(contact.id == "con_1")
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.pipelines.addContact(jobID: "job_1", name: "X", role: nil, email: "nope", lastContacted: nil, actor: .cli)
        }
        _ = try await engine.pipelines.recordOffer(jobID: "job_1", terms: OfferTerms(baseSalary: 200_000, currency: "usd", bonus: 20_000, equity: "0.1%", deadline: "2027-03-10"), actor: .cli)
        _ = try await engine.pipelines.recordOffer(jobID: "job_2", terms: OfferTerms(baseSalary: 180_000, currency: "EUR", deadline: "2027-03-05"), actor: .cli)
        let offers = try await engine.pipelines.offers()
        #expect(offers.map(\.company) == ["Figma", "Stripe"])
        #expect(offers[1].totalCash == 220_000 && offers[1].currency == "USD")
        #expect(try await engine.pipelines.pipeline(jobID: "job_1").candidateFacingStatus == "offer_extended")
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.pipelines.recordOffer(jobID: "job_1", terms: OfferTerms(baseSalary: 1, currency: "dollars"), actor: .cli)
        }
    }

    @Test func nextActionsAreOrderedByUrgency() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await engine.pipelines.addJob(company: "Stripe", role: "Backend Engineer", stages: [StageInput(kind: .phoneScreen), StageInput(kind: .takeHome)], actor: .cli)
        let held = try await engine.interviews.schedule(ScheduleInterviewRequest(type: .phoneScreen, start: "2027-03-01T06:00", stageID: "stg_1"), actor: .cli)
        _ = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "Figma", role: "Designer", type: .technical, start: "2027-03-04T10:00"), actor: .cli)
        _ = try await engine.pipelines.addStage(jobID: "job_1", stage: StageInput(kind: .onlineAssessment, deadline: "2027-03-02"), actor: .cli)
        let actions = try await engine.pipelines.nextActions()
        #expect(actions.map(\.kind) == [.debrief, .thankYou, .prepare])
        #expect(actions[0].reference == held.id)
        _ = try await engine.pipelines.recordDebrief(interviewID: held.id, DebriefInput(rating: 7, outcome: .yes), actor: .cli)
        _ = try await engine.pipelines.unlockStage(stageID: "stg_3", force: true, actor: .cli)
        #expect(try await engine.pipelines.nextActions().map(\.kind) == [.thankYou, .deadline, .prepare])
        let rest = try await engine.pipelines.dismissNextAction(kind: .thankYou, reference: held.id, actor: .cli)
        #expect(rest.map(\.kind) == [.deadline, .prepare])
        await #expect(throws: InterviewPrepError.invalidValue(field: "kind", value: "debrief", allowed: ["thank_you", "follow_up"])) {
            _ = try await engine.pipelines.dismissNextAction(kind: .debrief, reference: held.id, actor: .cli)
        }
    }

    @Test func aQuietJobIsGhostedAndTheFunnelCounts() async throws {
        let engine = Fixtures.engine(clock: clock)
        _ = try await engine.pipelines.addJob(company: "Stripe", role: "Backend Engineer", status: .active, profile: JobProfile(source: "referral"), stages: [StageInput(kind: .screeningQuestionnaire), StageInput(kind: .takeHome), StageInput(kind: .onSite)], actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Figma", role: "Frontend Engineer", status: .active, profile: JobProfile(source: "linkedin"), actor: .cli)
        _ = try await engine.pipelines.submitStage(stageID: "stg_1", actor: .cli)
        clock.advance(hours: 24 * 4)
        _ = try await engine.pipelines.unlockStage(stageID: "stg_2", actor: .cli)
        _ = try await engine.pipelines.submitStage(stageID: "stg_2", actor: .cli)
        #expect(try await engine.pipelines.listJobs().jobs.allSatisfy { !$0.ghosted })
        clock.advance(hours: 24 * 30)
        let jobs = try await engine.pipelines.listJobs().jobs
        #expect(jobs.allSatisfy { $0.ghosted && $0.candidateFacingStatus == "ghosted" })
        let first = try await engine.pipelines.listJobs(limit: 1)
        #expect(first.total == 2 && first.jobs.count == 1)
        let second = try await engine.pipelines.listJobs(limit: 1, cursor: first.nextCursor)
        #expect(second.nextCursor == nil && second.jobs[0].jobID != first.jobs[0].jobID)
        await #expect(throws: InterviewPrepError.self) { _ = try await engine.pipelines.listJobs(cursor: "bogus") }
        let funnel = try await engine.pipelines.funnel()
        let take = try #require(funnel.stages.first { $0.kind == .takeHome })
        #expect(take.reached == 1 && take.completed == 1 && take.conversion == 1)
        #expect(funnel.bySource.map(\.key) == ["linkedin", "referral"])
        #expect(funnel.medianDaysBetweenStages == 4)
    }
}
