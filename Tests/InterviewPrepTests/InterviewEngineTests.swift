import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct InterviewEngineTests {
    let clock = TestClock("2026-03-01T12:00:00Z")
    var engine: Services { Fixtures.engine(clock: clock) }

    @Test func schedulingCreatesTheJobTheInterviewAndTheirEvents() async throws {
        let engine = self.engine
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .mcp)
        #expect(interview.id == "int_1")
        #expect(interview.jobID == "job_1")
        #expect(interview.status == .scheduled)
        #expect(interview.durationMinutes == 60)
        #expect(interview.roleFamily == .backendEngineer)
        #expect(interview.start.local == "2026-03-10T10:00:00-04:00")
        #expect(interview.end.utc == "2026-03-10T15:00:00Z")
        let events = try await engine.core.database.writer.read { try EventRecord.order(Column("id")).fetchAll($0) }
        #expect(events.map(\.type) == ["job_created", "interview_scheduled"])
        #expect(events.allSatisfy { $0.actor == .mcp })
    }

    @Test func aSecondInterviewForTheSameCompanyAndRoleReusesTheJob() async throws {
        let engine = self.engine
        let first = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let second = try await engine.interviews.schedule(
            Fixtures.request(company: "stripe", role: "backend engineer", start: "2026-03-12T14:00:00Z"), actor: .cli)
        #expect(first.jobID == second.jobID)
        #expect(first.id != second.id)
    }

    @Test func aDuplicateLiveInterviewIsRefusedNamingTheExistingOneAndNothingIsWritten() async throws {
        let engine = self.engine
        let first = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let before = try Fixtures.eventCount(engine)
        await #expect(throws: InterviewPrepError.duplicateInterview(
            existingID: first.id, jobID: first.jobID, startUTC: "2026-03-10T14:00:00Z")) {
            _ = try await engine.interviews.schedule(Fixtures.request(start: "2026-03-10T10:00", timeZone: "America/New_York"), actor: .cli)
        }
        #expect(try Fixtures.eventCount(engine) == before)
        // Once cancelled, the slot is free again.
        _ = try await engine.interviews.cancel(interviewID: first.id, reason: nil, actor: .cli)
        _ = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
    }

    @Test("bad input names the field and writes nothing", arguments: [
        (ScheduleInterviewRequest(company: "", role: "R", type: .technical, start: "2026-03-10T10:00"), "company"),
        (ScheduleInterviewRequest(company: "C", type: .technical, start: "2026-03-10T10:00"), "role"),
        (ScheduleInterviewRequest(company: "C", role: "R", type: .technical, start: "soon"), "start"),
        (ScheduleInterviewRequest(company: "C", role: "R", type: .technical, start: "2026-03-10T10:00", timeZone: "Nowhere/City"), "timezone"),
        (ScheduleInterviewRequest(company: "C", role: "R", type: .technical, start: "2026-03-10T10:00", durationMinutes: 1), "duration_minutes"),
        (ScheduleInterviewRequest(company: "C", role: "R", type: .technical, start: "2026-03-10T10:00", interviewerEmail: "not-an-email"), "interviewer_email"),
        (ScheduleInterviewRequest(company: "C\r\nBcc: x@evil.com", role: "R", type: .technical, start: "2026-03-10T10:00"), "company"),
        (ScheduleInterviewRequest(jobID: "job_x", type: .technical, start: "2026-03-10T10:00"), "job_id"),
        (ScheduleInterviewRequest(company: String(repeating: "x", count: 201), role: "R", type: .technical, start: "2026-03-10T10:00"), "company"),
    ])
    func invalidSchedule(request: ScheduleInterviewRequest, field: String) async throws {
        let engine = self.engine
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.interviews.schedule(request, actor: .cli) }
        #expect(error?.field == field)
        #expect(try Fixtures.eventCount(engine) == 0)
        #expect(try await engine.core.database.writer.read { try JobRecord.fetchCount($0) } == 0)
    }

    @Test func anUnknownJobIsNotFound() async throws {
        await #expect(throws: InterviewPrepError.notFound(kind: "job", id: "job_9")) {
            _ = try await engine.interviews.schedule(ScheduleInterviewRequest(jobID: "job_9", type: .technical, start: "2026-03-10T10:00"), actor: .cli)
        }
    }

    @Test func aCompanyThatContradictsTheJobIsRefused() async throws {
        let engine = self.engine
        let first = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let error = await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.interviews.schedule(
                ScheduleInterviewRequest(jobID: first.jobID, company: "Google", type: .behavioral, start: "2026-03-11T10:00"), actor: .cli)
        }
        #expect(error?.field == "company")
    }

    @Test func statusChangesFollowTheTableAndRecordFeedbackAndNotes() async throws {
        let engine = self.engine
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        _ = try await engine.interviews.updateStatus(interviewID: interview.id, to: .confirmed, actor: .mcp)
        let done = try await engine.interviews.updateStatus(
            interviewID: interview.id, to: .completed, feedback: "Strong on design", notes: "Asked about queues", actor: .mcp)
        #expect(done.status == .completed)
        #expect(done.feedback == "Strong on design")
        #expect(done.notes == "Asked about queues")
        #expect(done.allowedNextStatuses.isEmpty)
        await #expect(throws: InterviewPrepError.illegalTransition(interviewID: interview.id, from: .completed, to: .cancelled, allowed: [])) {
            _ = try await engine.interviews.cancel(interviewID: interview.id, reason: nil, actor: .mcp)
        }
        let timeline = try await engine.interviews.timeline(interviewID: interview.id)
        #expect(timeline.map(\.type) == ["interview_scheduled", "interview_status_changed", "interview_status_changed"])
    }

    @Test func settingRescheduledOrScheduledDirectlyPointsToTheRightOperation() async throws {
        let engine = self.engine
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        for status in [InterviewStatus.rescheduled, .scheduled] {
            let error = await #expect(throws: InterviewPrepError.self) {
                _ = try await engine.interviews.updateStatus(interviewID: interview.id, to: status, actor: .cli)
            }
            #expect(error?.field == "status")
        }
    }

    @Test func reschedulingMovesTheStartKeepsTheZoneAndRecordsTheOldTime() async throws {
        let engine = self.engine
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let moved = try await engine.interviews.reschedule(interviewID: interview.id, start: "2026-03-12T16:00", reason: "Interviewer sick", actor: .mcp)
        #expect(moved.status == .rescheduled)
        #expect(moved.start.local == "2026-03-12T16:00:00-04:00")
        #expect(moved.start.timeZone == "America/New_York")
        let last = try #require(try await engine.interviews.timeline(interviewID: interview.id).last)
        #expect(last.type == "interview_rescheduled")
        guard case .object(let payload) = last.payload else { Issue.record("payload is not an object"); return }
        #expect(payload["from_start_utc"] == .string("2026-03-10T14:00:00Z"))
        #expect(payload["to_start_utc"] == .string("2026-03-12T20:00:00Z"))
        #expect(payload["reason"] == .string("Interviewer sick"))
        // Rescheduled is live: it can be confirmed and moved again.
        _ = try await engine.interviews.updateStatus(interviewID: interview.id, to: .confirmed, actor: .cli)
        _ = try await engine.interviews.reschedule(interviewID: interview.id, start: "2026-03-13T16:00", timeZone: "Europe/London", actor: .cli)
    }

    @Test func reschedulingOntoAnotherLiveInterviewOfTheJobIsRefused() async throws {
        let engine = self.engine
        let first = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let second = try await engine.interviews.schedule(Fixtures.request(start: "2026-03-11T14:00:00Z"), actor: .cli)
        await #expect(throws: InterviewPrepError.duplicateInterview(existingID: first.id, jobID: first.jobID, startUTC: "2026-03-10T14:00:00Z")) {
            _ = try await engine.interviews.reschedule(interviewID: second.id, start: "2026-03-10T14:00:00Z", actor: .cli)
        }
    }

    @Test func prepNotesAppendOrReplaceAndPreparationIsIdempotent() async throws {
        let engine = self.engine
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        _ = try await engine.interviews.savePrepNotes(interviewID: interview.id, markdown: "# Stripe\n- payments", mode: .append, actor: .mcp)
        let appended = try await engine.interviews.savePrepNotes(interviewID: interview.id, markdown: "- idempotency keys", mode: .append, actor: .mcp)
        #expect(appended.markdown == "# Stripe\n- payments\n\n- idempotency keys")
        let replaced = try await engine.interviews.savePrepNotes(interviewID: interview.id, markdown: "Fresh start", mode: .replace, actor: .mcp)
        #expect(replaced.markdown == "Fresh start")
        #expect(try await engine.interviews.prepNotes(interviewID: interview.id).markdown == "Fresh start")
        let before = try Fixtures.eventCount(engine)
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.interviews.markPreparation(interviewID: interview.id, complete: true, actor: .mcp)
        }
        _ = try await engine.interviews.markPreparation(interviewID: interview.id, complete: true, force: true, actor: .mcp)
        _ = try await engine.interviews.markPreparation(interviewID: interview.id, complete: true, actor: .mcp)
        #expect(try Fixtures.eventCount(engine) == before + 1)
        #expect(try await engine.interviews.interview(id: interview.id).preparationComplete)
    }

    @Test func emptyNotesAreRefused() async throws {
        let engine = self.engine
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let error = await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.interviews.savePrepNotes(interviewID: interview.id, markdown: "  \n", mode: .replace, actor: .cli)
        }
        #expect(error?.field == "notes")
    }

    @Test("ids that do not exist or are malformed", arguments: ["int_999", "7x", "job_1", ""])
    func unknownInterview(id: String) async {
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.interviews.interview(id: id) }
        #expect(error?.code == (id == "int_999" ? "not_found" : "invalid_argument"))
    }
}
