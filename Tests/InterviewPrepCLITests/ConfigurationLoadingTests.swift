import AppRuntime
import Foundation
import InterviewPrep
import Testing
@testable import InterviewPrepCLI

/// Paths and settings: the composition root's reading of flags, the environment and config.json.
@Suite struct ConfigurationLoadingTests {
    @Test func pathsFollowFlagThenEnvironmentThenXDG() {
        let env = ["HOME": "/home/ada", "XDG_DATA_HOME": "/data", "XDG_CONFIG_HOME": "/config"]
        #expect(AppPaths.resolve(environment: ["HOME": "/home/ada"]).database.path == "/home/ada/.local/share/interview-prep/interview-prep.sqlite")
        #expect(AppPaths.resolve(environment: ["HOME": "/home/ada"]).configDirectory.path == "/home/ada/.config/interview-prep")
        #expect(AppPaths.resolve(environment: env).database.path == "/data/interview-prep/interview-prep.sqlite")
        #expect(AppPaths.resolve(environment: env).configDirectory.path == "/config/interview-prep")
        #expect(AppPaths.resolve(environment: env.merging(["INTERVIEW_PREP_DB": "/tmp/x.sqlite"]) { $1 }).database.path == "/tmp/x.sqlite")
        #expect(AppPaths.resolve(explicitDatabase: "/y.sqlite", environment: env.merging(["INTERVIEW_PREP_DB": "/tmp/x.sqlite"]) { $1 }).database.path == "/y.sqlite")
    }

    @Test func theDefaultZoneComesFromTheEnvironmentThenTheConfigFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-prep-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"default_timezone": "Asia/Tokyo"}"#.utf8).write(to: folder.appendingPathComponent("config.json"))
        #expect(try UserConfiguration.load(configFile: folder.appendingPathComponent("config.json"), environment: [:]).defaultTimeZone.identifier == "Asia/Tokyo")
        #expect(try UserConfiguration.load(configFile: folder.appendingPathComponent("config.json"), environment: ["INTERVIEW_PREP_TIMEZONE": "Europe/Paris"]).defaultTimeZone.identifier == "Europe/Paris")
        try Data(#"{"default_timezone": "Moon/Base"}"#.utf8).write(to: folder.appendingPathComponent("config.json"))
        let error = #expect(throws: InterviewPrepError.self) { _ = try UserConfiguration.load(configFile: folder.appendingPathComponent("config.json"), environment: [:]) }
        #expect(error?.description.contains("default_timezone") == true)
    }
}
