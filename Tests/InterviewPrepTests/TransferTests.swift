import Foundation
import Testing
@testable import InterviewPrep
import MockInterview
import TestSupport

@Suite struct TransferTests {
    @Test("cells a spreadsheet would run as formulas are neutralised", arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1 555", "'+1 555"), ("-cmd", "'-cmd"), ("@import", "'@import"), ("\tx", "'\tx"),
        ("plain", "plain"), ("a=b", "a=b"),
    ])
    func neutralised(input: String, expected: String) {
        #expect(CSVCell.neutralized(input) == expected)
    }

    @Test("fields are quoted per RFC 4180", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\r\nlines\""),
    ])
    func quoted(input: String, expected: String) {
        #expect(CSVCell.quoted(input) == expected)
    }

    @Test func aJSONExportRestoresIntoAnEmptyDatabaseExactly() async throws {
        let engine = Fixtures.engine()
        _ = try await engine.interviews.schedule(Fixtures.request(start: "2027-03-15T09:00"), actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Figma", role: "Designer", actor: .cli)
        let mock = MockInterviews(core: engine.core, schemas: MockSchemaSource(files: DataFiles(overrideDirectory: nil)))
        let session = try await mock.start(.init(), channel: .cli).state.id
        _ = try await mock.answer(sessionID: session, message: "I currently lead a team.", code: nil, language: nil, input: .init(clientMessageID: "a", channel: .cli))
        let exported = try DataExport.json(engine.core.database)
        let restored = AppDatabase.inMemory()
        let summary = try DataImport.json(exported, into: restored)
        #expect(summary.rows["interviews"] == 1 && summary.rows["reminders"] == 3)
        #expect(summary.rows["mock_sessions"] == 1 && summary.rows["mock_inputs"] == 1)
        #expect(try DataExport.json(restored) == exported)
        #expect(throws: InterviewPrepError.self) { _ = try DataImport.json(exported, into: restored) }
        #expect(throws: InterviewPrepError.self) { _ = try DataImport.json(Data("{}".utf8), into: AppDatabase.inMemory()) }
    }
}
