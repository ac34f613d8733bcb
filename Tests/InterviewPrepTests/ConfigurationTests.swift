import Foundation
import Testing
@testable import InterviewPrep

@Suite struct ConfigurationTests {
    @Test func theBundledCatalogHasEveryTypeWithItsDefaults() throws {
        let catalog = try InterviewTypeCatalog.load(from: DataFiles(overrideDirectory: nil))
        #expect(catalog[.technical].reminderHours == [48, 24, 2])
        #expect(catalog[.phoneScreen].reminderHours == [24, 2])
        #expect(catalog[.onSite].defaultDurationMinutes == 240)
        #expect(InterviewType.allCases.allSatisfy { !catalog[$0].label.isEmpty })
    }

    @Test func aUserFileOverridesTheBundledOneAndIsValidated() throws {
        let folder = AppDatabaseTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataFolder = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true)
        let bundled = try Data(contentsOf: DataFiles(overrideDirectory: nil).url(for: InterviewTypeCatalog.file))
        let custom = String(decoding: bundled, as: UTF8.self).replacingOccurrences(of: "\"default_duration_minutes\": 60,\n      \"reminder_hours\": [48, 24, 2]", with: "\"default_duration_minutes\": 90,\n      \"reminder_hours\": [48, 24, 2]")
        try Data(custom.utf8).write(to: dataFolder.appendingPathComponent("interview-types.json"))
        #expect(try InterviewTypeCatalog.load(from: DataFiles(overrideDirectory: folder))[.technical].defaultDurationMinutes == 90)

        try Data(#"{"types": {"technical": {"label": "T", "description": "d", "default_duration_minutes": 60}}}"#.utf8)
            .write(to: dataFolder.appendingPathComponent("interview-types.json"))
        let error = #expect(throws: InterviewPrepError.self) { _ = try InterviewTypeCatalog.load(from: DataFiles(overrideDirectory: folder)) }
        #expect(error?.description.contains("reminder_hours") == true)
    }

    @Test("role families are inferred from titles", arguments: [
        ("Senior Backend Engineer", RoleFamily.backendEngineer), ("Staff Software Engineer", .backendEngineer),
        ("Frontend Developer", .frontendEngineer), ("Full-Stack Engineer", .fullStackEngineer),
        ("iOS Engineer", .mobileEngineer), ("Data Engineer II", .dataEngineer), ("ML Engineer", .machineLearningEngineer),
        ("Site Reliability Engineer", .sreDevops), ("SRE", .sreDevops), ("Engineering Manager, Payments", .engineeringManager),
        ("Senior Product Manager", .productManager), ("Integration Engineer", .integrationEngineer),
        ("Biostatistics Lead", .other), ("Measures Analyst", .other),
    ])
    func inference(title: String, family: RoleFamily) {
        #expect(RoleFamily.inferred(fromRole: title) == family)
    }
}
