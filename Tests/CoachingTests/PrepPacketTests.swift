import Foundation
import Testing
@testable import Coaching
@testable import InterviewPrep

@Suite struct PrepPacketTests {
    func service() -> CoachingService {
        let files = DataFiles(overrideDirectory: nil)
        let clock = Date(timeIntervalSince1970: 1_800_000_000)
        let engine = InterviewEngine(
            database: .inMemory(), catalog: try! InterviewTypeCatalog.load(from: files), checklists: try! ChecklistCatalog.load(from: files), pipeline: try! PipelineCatalog.load(from: files),
            defaultTimeZone: TimeZone(identifier: "America/New_York")!, now: { clock })
        return CoachingService(library: try! CoachingLibrary.load(files: files), engine: engine)
    }

    @Test func anInterviewsPacketIncludesItsNotesAndEarlierInterviewsAtTheCompany() async throws {
        let service = service()
        let engine = service.engine
        let screen = try await engine.schedule(ScheduleInterviewRequest(company: "Stripe", role: "Backend Engineer", type: .phoneScreen, start: "2027-03-01T10:00"), actor: .cli)
        _ = try await engine.updateStatus(interviewID: screen.id, to: .completed, feedback: "Liked the API design answer", actor: .cli)
        _ = try await engine.recordDebrief(interviewID: screen.id, DebriefInput(rating: 7, traits: ["nervous"], outcome: .yes, toImprove: "Slow down"), actor: .cli)
        _ = try await engine.schedule(ScheduleInterviewRequest(company: "Figma", role: "Frontend", type: .phoneScreen, start: "2027-03-02T10:00"), actor: .cli)
        let technical = try await engine.schedule(ScheduleInterviewRequest(company: "stripe", role: "Backend Engineer", type: .technical, start: "2027-03-10T10:00"), actor: .cli)
        _ = try await engine.savePrepNotes(interviewID: technical.id, markdown: "Review idempotency keys", mode: .replace, actor: .cli)

        let packet = try await service.packet(interviewID: technical.id)
        #expect(packet.company == "Stripe" && packet.interviewType == .technical && packet.roleFamily == "backend_engineer")
        #expect(packet.prepNotes == "Review idempotency keys")
        #expect(packet.pastInterviewsAtCompany.map(\.id) == [screen.id])
        #expect(packet.pastInterviewsAtCompany.first?.feedback == "Liked the API design answer")
        #expect(packet.pastInterviewsAtCompany.first?.debrief?.toImprove == "Slow down")
        #expect(packet.questions.count == 8 && packet.behavioralQuestions.count == 4)
        #expect(packet.checklist.contains("Review data structures and their complexity"))
        let again = try await service.packet(interviewID: technical.id)
        #expect(again.questions.map(\.id) == packet.questions.map(\.id))
    }

    @Test func theResearchTemplateIsFilledWithWhatIsKnown() async throws {
        let service = service()
        _ = try await service.engine.schedule(ScheduleInterviewRequest(company: "Stripe", role: "SRE", type: .panel, start: "2027-03-01T10:00"), actor: .cli)
        let template = try await service.researchTemplate(company: "STRIPE")
        #expect(template.company == "Stripe")
        #expect(template.sections.count == 6)
        #expect(template.rolesAppliedTo == ["SRE (job_1)"])
        #expect(template.interviewHistory.first?.contains("panel for SRE: scheduled") == true)
    }

    @Test func completingPreparationWaitsForTheChecklistUnlessForced() async throws {
        let engine = service().engine
        let interview = try await engine.schedule(ScheduleInterviewRequest(company: "A", role: "B", type: .debrief, start: "2027-03-01T10:00"), actor: .cli)
        let checklist = try await engine.prepChecklist(interviewID: interview.id)
        #expect(checklist.total == 11 && checklist.done == 0)
        await #expect(throws: InterviewPrepError.self) { _ = try await engine.markPreparation(interviewID: interview.id, complete: true, actor: .cli) }
        for index in 1...checklist.total {
            _ = try await engine.tickChecklistItem(interviewID: interview.id, item: "\(index)", done: true, actor: .cli)
        }
        _ = try await engine.tickChecklistItem(interviewID: interview.id, item: "get a good night's sleep", done: true, actor: .cli)
        #expect(try await engine.markPreparation(interviewID: interview.id, complete: true, actor: .cli).preparationComplete)
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.tickChecklistItem(interviewID: interview.id, item: "99", done: true, actor: .cli) }
        #expect(error?.field == "item")
    }
}
