import Foundation
import Testing
@testable import Coaching
@testable import InterviewPrep

@Suite struct PrepPacketTests {
    /// The coaching service and the services it reads, on a fresh in-memory database.
    func make() -> (CoachingService, Services) {
        let files = DataFiles(overrideDirectory: nil)
        let clock = Date(timeIntervalSince1970: 1_800_000_000)
        let services = Services(core: ServiceCore(
            database: .inMemory(), catalog: try! InterviewTypeCatalog.load(from: files), checklists: try! ChecklistCatalog.load(from: files),
            pipelineCatalog: try! PipelineCatalog.load(from: files), defaultTimeZone: TimeZone(identifier: "America/New_York")!, now: { clock }))
        return (CoachingService(library: try! CoachingLibrary.load(files: files), interviews: services.interviews), services)
    }

    @Test func anInterviewsPacketIncludesItsNotesAndEarlierInterviewsAtTheCompany() async throws {
        let (service, engine) = make()
        let screen = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "Stripe", role: "Backend Engineer", type: .phoneScreen, start: "2027-03-01T10:00"), actor: .cli)
        _ = try await engine.interviews.updateStatus(interviewID: screen.id, to: .completed, feedback: "Liked the API design answer", actor: .cli)
        _ = try await engine.pipelines.recordDebrief(interviewID: screen.id, DebriefInput(rating: 7, traits: ["nervous"], outcome: .yes, toImprove: "Slow down"), actor: .cli)
        _ = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "Figma", role: "Frontend", type: .phoneScreen, start: "2027-03-02T10:00"), actor: .cli)
        let technical = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "stripe", role: "Backend Engineer", type: .technical, start: "2027-03-10T10:00"), actor: .cli)
        _ = try await engine.interviews.savePrepNotes(interviewID: technical.id, markdown: "Review idempotency keys", mode: .replace, actor: .cli)

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
        let (service, engine) = make()
        _ = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "Stripe", role: "SRE", type: .panel, start: "2027-03-01T10:00"), actor: .cli)
        let template = try await service.researchTemplate(company: "STRIPE")
        #expect(template.company == "Stripe")
        #expect(template.sections.count == 6)
        #expect(template.rolesAppliedTo == ["SRE (job_1)"])
        #expect(template.interviewHistory.first?.contains("panel for SRE: scheduled") == true)
    }

    @Test func completingPreparationWaitsForTheChecklistUnlessForced() async throws {
        let (_, engine) = make()
        let interview = try await engine.interviews.schedule(ScheduleInterviewRequest(company: "A", role: "B", type: .debrief, start: "2027-03-01T10:00"), actor: .cli)
        let checklist = try await engine.interviews.prepChecklist(interviewID: interview.id)
        #expect(checklist.total == 11 && checklist.done == 0)
        await #expect(throws: InterviewPrepError.self) { _ = try await engine.interviews.markPreparation(interviewID: interview.id, complete: true, actor: .cli) }
        for index in 1...checklist.total {
            _ = try await engine.interviews.tickChecklistItem(interviewID: interview.id, item: "\(index)", done: true, actor: .cli)
        }
        _ = try await engine.interviews.tickChecklistItem(interviewID: interview.id, item: "get a good night's sleep", done: true, actor: .cli)
        #expect(try await engine.interviews.markPreparation(interviewID: interview.id, complete: true, actor: .cli).preparationComplete)
        let error = await #expect(throws: InterviewPrepError.self) { _ = try await engine.interviews.tickChecklistItem(interviewID: interview.id, item: "99", done: true, actor: .cli) }
        #expect(error?.field == "item")
    }
}

@Suite struct JobDescriptionQuestionsTests {
    let library = try! CoachingLibrary.load(files: DataFiles(overrideDirectory: nil))
    static let posting = """
        Senior Backend Engineer. You will build event-driven services on Kafka and PostgreSQL, run them on Kubernetes,
        and share on-call for the payment path. Experience with Go is a plus.
        """

    @Test func skillsAreWholeWordsAndPhrases() {
        let skills = library.skills
        #expect(skills.skills(in: Self.posting).isSuperset(of: ["messaging", "databases", "kubernetes", "reliability", "languages_go"]))
        #expect(!skills.skills(in: "We use Google Docs and a go-to runbook").contains("languages_go"))
        #expect(skills.skills(in: "Own our CI/CD and feature flags").contains("ci_cd"))
    }

    @Test func questionsMatchingThePostingComeFirstAndTheOrderIsStable() throws {
        let (service, _) = PrepPacketTests().make()
        let plain = try service.questions(roleFamily: "backend_engineer", category: nil, difficulty: nil, count: 5, excluding: [])
        let focused = try service.questions(roleFamily: "backend_engineer", category: nil, difficulty: nil, count: 5, excluding: [], jobDescription: Self.posting)
        #expect(plain.focusSkills.isEmpty && !focused.focusSkills.isEmpty)
        let focus = library.skills.skills(in: Self.posting)
        let matches = focused.questions.map { library.skills.skills(of: $0).intersection(focus).count }
        #expect(matches == matches.sorted(by: >) && matches[0] >= 2, "\(matches)")
        #expect(focused == (try service.questions(roleFamily: "backend_engineer", category: nil, difficulty: nil, count: 5, excluding: [], jobDescription: Self.posting)))
        #expect(focused.questions.map(\.id) != plain.questions.map(\.id))
    }
}
