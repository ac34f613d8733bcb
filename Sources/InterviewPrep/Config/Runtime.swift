import Foundation

/// The version of interview-prep.
public enum Version {
    public static let current = "0.1.0"
}

/// Everything a command needs, wired from the environment: paths, configuration, data, database, engine.
public struct Runtime: Sendable {
    public let paths: AppPaths
    public let configuration: UserConfiguration
    public let dataFiles: DataFiles
    public let engine: InterviewEngine
    public let checklists: ChecklistCatalog
    /// Mock interviews (their schemas load on first use).
    public let mock: MockInterviews

    /// Resolves paths, reads configuration and bundled data, opens (and migrates) the database.
    public static func open(
        explicitDatabase: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        now: @escaping @Sendable () -> Date = Date.init
    ) throws(InterviewPrepError) -> Runtime {
        let paths = AppPaths.resolve(explicitDatabase: explicitDatabase, environment: environment)
        let configuration = try UserConfiguration.load(configDirectory: paths.configDirectory, environment: environment)
        let dataFiles = DataFiles(overrideDirectory: paths.configDirectory)
        let catalog = try InterviewTypeCatalog.load(from: dataFiles)
        let checklists = try ChecklistCatalog.load(from: dataFiles)
        let database = try AppDatabase.open(at: paths.database)
        let engine = InterviewEngine(
            database: database, catalog: catalog, checklists: checklists, pipeline: try PipelineCatalog.load(from: dataFiles),
            defaultTimeZone: configuration.defaultTimeZone,
            reminderPolicy: ReminderPolicy(catalog: catalog, overrides: configuration.reminderHours), now: now)
        return Runtime(
            paths: paths, configuration: configuration, dataFiles: dataFiles, engine: engine, checklists: checklists,
            mock: MockInterviews(engine: engine, schemas: MockSchemaSource(files: dataFiles)))
    }

    /// Closes the database (see `AppDatabase.close()`): for a long-running process, such as
    /// the MCP server, that is done with it.
    public func close() throws(InterviewPrepError) {
        try engine.database.close()
    }
}
