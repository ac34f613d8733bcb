import Foundation
import Testing
@testable import Coaching
@testable import InterviewPrep

@Suite struct CoachingLibraryTests {
    static let library = try! CoachingLibrary.load(files: DataFiles(overrideDirectory: nil))

    @Test("every role family bank has at least 25 tagged questions", arguments: CoachingLibrary.familiesWithBanks.map(\.rawValue) + ["behavioral"])
    func bank(family: String) throws {
        let bank = try Self.library.bank(for: family)
        #expect(bank.questions.count >= 25)
        #expect(Set(bank.questions.map(\.id)).count == bank.questions.count)
        #expect(bank.questions.allSatisfy { ["junior", "mid", "senior"].contains($0.difficulty) && !$0.category.isEmpty && $0.strongAnswerCovers.count >= 3 })
        #expect(Set(bank.questions.map(\.category)).count >= 3)
    }

    @Test func theOtherContentIsComplete() {
        let library = Self.library
        #expect(library.star.examples.count >= 3 && library.star.timing.contains("2-3 minutes"))
        #expect(InterviewType.allCases.allSatisfy { library.tips[$0] != nil })
        #expect(library.research.map(\.id) == ["overview", "culture", "financials", "news", "competition", "team"])
        #expect(library.questionsToAsk.values.reduce(0) { $0 + $1.count } >= 25)
        #expect(Set(library.questionsToAsk.keys) == ["recruiter", "manager", "peer", "executive"])
    }

    @Test func familiesWithoutABankFallBack() throws {
        #expect(try Self.library.bank(for: "integration_engineer").roleFamily == "backend_engineer")
        #expect(try Self.library.bank(for: "other").roleFamily == "behavioral")
        #expect(throws: CoachingError.self) { try Self.library.bank(for: "astronaut") }
    }

    @Test func selectionIsDeterministicHonoursFiltersAndExclusions() throws {
        let bank = try Self.library.bank(for: "backend_engineer")
        let first = QuestionSelector.select(from: bank, count: 5, seed: "int_1")
        #expect(first == QuestionSelector.select(from: bank, count: 5, seed: "int_1"))
        #expect(first != QuestionSelector.select(from: bank, count: 5, seed: "int_2"))
        let design = QuestionSelector.select(from: bank, category: "system_design", difficulty: "senior", count: 25)
        #expect(!design.isEmpty && design.allSatisfy { $0.category == "system_design" && $0.difficulty == "senior" })
        let excluded = Set(first.map(\.id))
        let next = QuestionSelector.select(from: bank, count: 5, excluding: excluded, seed: "int_1")
        #expect(Set(next.map(\.id)).isDisjoint(with: excluded))
        #expect(QuestionSelector.select(from: bank, count: 100).count == bank.questions.count)
    }

    @Test func userBanksAreMergedOrReplaceOurs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let banks = folder.appendingPathComponent("coaching/question-banks")
        try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
        let mine = #"{"role_family": "backend_engineer", "title": "Mine", "questions": [{"id": "me-1", "text": "Explain our outbox pattern.", "category": "domain", "difficulty": "mid", "strong_answer_covers": ["why", "how"]}]}"#
        try Data(mine.utf8).write(to: banks.appendingPathComponent("mine.json"))
        let merged = try CoachingLibrary.load(files: DataFiles(overrideDirectory: folder))
        #expect(try merged.bank(for: "backend_engineer").questions.count == 26)
        let replacing = mine.replacingOccurrences(of: #""title": "Mine","#, with: #""title": "Mine", "replace": true,"#)
        try Data(replacing.utf8).write(to: banks.appendingPathComponent("mine.json"))
        #expect(try CoachingLibrary.load(files: DataFiles(overrideDirectory: folder)).bank(for: "backend_engineer").questions.count == 1)
        try Data(mine.replacingOccurrences(of: "\"mid\"", with: "\"expert\"").utf8).write(to: banks.appendingPathComponent("mine.json"))
        let error = #expect(throws: CoachingError.self) { _ = try CoachingLibrary.load(files: DataFiles(overrideDirectory: folder)) }
        #expect(error?.description.contains("difficulty") == true)
    }
}
