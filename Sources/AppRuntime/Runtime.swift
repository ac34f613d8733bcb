import Foundation
import InterviewPrep
import MockInterview
import Postings

/// The composition root: everything a command needs, wired from flags and the environment (paths,
/// configuration, data files, the database) into the services.
public struct Runtime: Sendable {
    public let paths: AppPaths
    public let configuration: UserConfiguration
    public let dataFiles: DataFiles
    public let services: Services
    /// Mock interviews (their schemas load on first use).
    public let mock: MockInterviews
    /// Job postings imported from their pages.
    public let postings: PostingService

    /// Resolves paths, reads configuration and bundled data, opens (and migrates) the database.
    public static func open(
        explicitDatabase: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        now: @escaping @Sendable () -> Date = Date.init
    ) throws(InterviewPrepError) -> Runtime {
        let paths = AppPaths.resolve(explicitDatabase: explicitDatabase, environment: environment)
        let configuration = try UserConfiguration.load(configFile: paths.configFile, environment: environment)
        let dataFiles = DataFiles(overrideDirectory: paths.configDirectory)
        let catalog = try InterviewTypeCatalog.load(from: dataFiles)
        let checklists = try ChecklistCatalog.load(from: dataFiles)
        let database = try AppDatabase.open(at: paths.database)
        let core = ServiceCore(
            database: database, catalog: catalog, checklists: checklists, pipelineCatalog: try PipelineCatalog.load(from: dataFiles),
            defaultTimeZone: configuration.defaultTimeZone,
            reminderPolicy: ReminderPolicy(catalog: catalog, overrides: configuration.reminderHours), now: now)
        let services = Services(core: core)
        return Runtime(
            paths: paths, configuration: configuration, dataFiles: dataFiles, services: services,
            mock: MockInterviews(core: core, schemas: MockSchemaSource(files: dataFiles)),
            postings: PostingService(pipelines: services.pipelines, fetcher: PostingFetcher(allowPrivateAddresses: configuration.allowPrivatePostingAddresses)))
    }

    /// The same runtime, fetching postings from private addresses too (the candidate asked for it).
    public func allowingPrivatePostingAddresses() -> Runtime {
        Runtime(paths: paths, configuration: configuration, dataFiles: dataFiles, services: services, mock: mock,
                postings: PostingService(pipelines: services.pipelines, fetcher: PostingFetcher(allowPrivateAddresses: true)))
    }

    /// Closes the database (see `AppDatabase.close()`): for a long-running process, such as
    /// the MCP server, that is done with it.
    public func close() throws(InterviewPrepError) {
        try services.core.database.close()
    }
}
