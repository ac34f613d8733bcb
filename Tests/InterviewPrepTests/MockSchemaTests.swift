import Foundation
import Testing
@testable import InterviewPrep

@Suite struct MockSchemaTests {
    static let catalog = try! MockSchemaCatalog.load(from: DataFiles(overrideDirectory: nil))

    @Test func theShippedSchemasAllLoadAndValidate() {
        #expect(Set(Self.catalog.schemas.keys) == [
            "general_software_engineering", "backend_engineer", "frontend_engineer", "data_engineer", "machine_learning_engineer",
            "sre_devops", "engineering_manager", "behavioral_only",
        ])
    }

    @Test func theGeneralSchemaHasTheSeedsDefaults() throws {
        let schema = try #require(Self.catalog.schemas["general_software_engineering"])
        #expect(schema.durationMinutes == 45)
        #expect(schema.sections.map(\.durationMinutes) == [10, 15, 15, 5])
        #expect(schema.sections.map(\.followupCap) == [3, 4, 2, 1])
        #expect(schema.warningsSecondsBeforeEnd == [120, 30] && schema.lateGraceSeconds == 15)
    }

    @Test func roleFamiliesFindTheirSchema() {
        #expect(Self.catalog.schema(for: .sreDevops)?.id == "sre_devops")
        #expect(Self.catalog.schema(for: .mobileEngineer)?.id == "general_software_engineering")
    }

    @Test func aUserSchemaIsAddedAndABrokenOneNamesTheField() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mock-schemas"), withIntermediateDirectories: true)
        var drill = Self.catalog.schemas["general_software_engineering"]!
        drill.id = "ten_minute_drill"
        drill.durationMinutes = 10
        drill.sections = [drill.sections[2]]
        drill.sections[0].durationMinutes = 10
        let encoder = JSONEncoder()
        try encoder.encode(drill).write(to: folder.appendingPathComponent("mock-schemas/drill.json"))
        #expect(try MockSchemaCatalog.load(from: DataFiles(overrideDirectory: folder)).schemas["ten_minute_drill"] != nil)

        drill.durationMinutes = 12
        try encoder.encode(drill).write(to: folder.appendingPathComponent("mock-schemas/drill.json"))
        let error = #expect(throws: InterviewPrepError.self) { _ = try MockSchemaCatalog.load(from: DataFiles(overrideDirectory: folder)) }
        #expect(error?.description.contains("durations add up to 10 minutes, not duration_minutes 12") == true)
    }
}
