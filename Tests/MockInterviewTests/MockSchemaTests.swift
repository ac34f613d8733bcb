import Foundation
import Testing
import InterviewPrep
@testable import MockInterview
import TestSupport

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
        #expect(schema.durationSeconds == 45 * 60 && schema.totalSeconds == 45 * 60)
        #expect(schema.sections.map(\.durationSeconds) == [600, 900, 900, 300])
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
        drill.durationSeconds = 600
        drill.sections = [drill.sections[2]]
        drill.sections[0].durationSeconds = 600
        let encoder = JSONEncoder()
        try encoder.encode(drill).write(to: folder.appendingPathComponent("mock-schemas/drill.json"))
        #expect(try MockSchemaCatalog.load(from: DataFiles(overrideDirectory: folder)).schemas["ten_minute_drill"] != nil)

        drill.durationSeconds = 720
        try encoder.encode(drill).write(to: folder.appendingPathComponent("mock-schemas/drill.json"))
        let error = #expect(throws: MockError.self) { _ = try MockSchemaCatalog.load(from: DataFiles(overrideDirectory: folder)) }
        #expect(error?.description.contains("durations add up to 10 minutes, not the schema's duration of 12 minutes") == true)
    }

    @Test func sectionsMayBeSecondsLongForDrills() throws {
        let json = """
            {"id": "quick", "version": 2, "title": "Quick", "sections": [
              {"id": "a", "name": "A", "goal": "g", "duration_seconds": 20, "kind": "conversation", "primary_prompts": ["p"],
               "dimensions": [], "followup_cap": 0, "minimum_content_words": 0, "hints": {"definitions": [], "clarifications": [], "nudges": []}}]}
            """
        let schema = try JSONDecoder().decode(MockSchema.self, from: Data(json.utf8))
        try schema.validate(file: "quick.json")
        #expect(schema.totalSeconds == 20 && schema.warningsSecondsBeforeEnd == [120, 30] && schema.lateGraceSeconds == 15)
        #expect(schema.scaled(by: 2).sections[0].durationSeconds == 40)
    }

    @Test func behavioralSectionsAskForTheStarAnalysis() throws {
        let schema = try #require(Self.catalog.schemas["behavioral_only"])
        #expect(schema.sections.filter(\.starAnalysis).map(\.id) == ["behavioral", "ownership"])
    }
}
