import Foundation
import GRDB

/// What every service shares: the database, the clock and the configuration read from data
/// files. Services (`InterviewService`, `PipelineService`, `ReminderService`,
/// `TransferService`, the mock interviews) each own their tables and write them only through
/// their own methods; a service calls another through its API, never its SQL.
public struct ServiceCore: Sendable {
    public let database: AppDatabase
    public let catalog: InterviewTypeCatalog
    /// The prep checklist of each interview type.
    public let checklists: ChecklistCatalog
    /// Debrief traits, stage templates, ghosting.
    public let pipelineCatalog: PipelineCatalog
    /// Which reminders each interview gets.
    public let reminderPolicy: ReminderPolicy
    public let resolver: StartTimeResolver
    /// The clock: only services ask it; rules take its answer as a parameter.
    public let now: @Sendable () -> Date

    public init(
        database: AppDatabase, catalog: InterviewTypeCatalog, checklists: ChecklistCatalog, pipelineCatalog: PipelineCatalog,
        defaultTimeZone: TimeZone, reminderPolicy: ReminderPolicy? = nil, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.database = database
        self.catalog = catalog
        self.checklists = checklists
        self.pipelineCatalog = pipelineCatalog
        self.reminderPolicy = reminderPolicy ?? ReminderPolicy(catalog: catalog)
        self.resolver = StartTimeResolver(defaultTimeZone: defaultTimeZone)
        self.now = now
    }

    /// Runs `body` in one write transaction, mapping database failures to `InterviewPrepError`:
    /// the state and its event land together or not at all.
    package func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(InterviewPrepError) -> T {
        try await write(mapping: Self.mapped, body)
    }

    /// `write`, for a module with its own error type: `map` turns whatever `body` or the
    /// database threw into it.
    package func write<T: Sendable, Failure: Error>(
        mapping map: (any Error) -> Failure, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws(Failure) -> T {
        do {
            return try await database.writer.write(body)
        } catch {
            throw map(error)
        }
    }

    /// Runs `body` in a read transaction, mapping database failures to `InterviewPrepError`.
    ///
    /// Reads run on the calling thread: in WAL mode a reader never waits for a writer, and a
    /// read here takes microseconds, while GRDB's async read hops to a reader queue and back
    /// (two thread wake-ups, most of a hot call's latency).
    package func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(InterviewPrepError) -> T {
        try read(mapping: Self.mapped, body)
    }

    /// `read`, for a module with its own error type (see `write(mapping:_:)`).
    package func read<T: Sendable, Failure: Error>(
        mapping map: (any Error) -> Failure, _ body: @escaping @Sendable (Database) throws -> T
    ) throws(Failure) -> T {
        do {
            return try database.writer.read(body)
        } catch {
            throw map(error)
        }
    }

    /// Runs `body`, which reads with one SQL statement, outside a transaction: a single statement
    /// sees one snapshot of the database by itself, and the transaction's `BEGIN`/`COMMIT` are two
    /// more statements, parsed on every call of a hot read.
    package func readStatement<T>(_ body: (Database) throws -> T) throws(InterviewPrepError) -> T {
        do {
            return try database.writer.unsafeRead(body)
        } catch {
            throw Self.mapped(error)
        }
    }

    /// Passes service errors through and reports anything else (SQLite) as a storage error.
    private static func mapped(_ error: any Error) -> InterviewPrepError {
        (error as? InterviewPrepError) ?? .storage("\(error)")
    }
}

/// A service over the shared core: what its methods use of it, in one place.
protocol Service: Sendable {
    var core: ServiceCore { get }
}

extension Service {
    var database: AppDatabase { core.database }
    var catalog: InterviewTypeCatalog { core.catalog }
    var checklists: ChecklistCatalog { core.checklists }
    var reminderPolicy: ReminderPolicy { core.reminderPolicy }
    var resolver: StartTimeResolver { core.resolver }
    func now() -> Date { core.now() }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(InterviewPrepError) -> T {
        try await core.write(body)
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(InterviewPrepError) -> T {
        try await core.read(body)
    }

    func readStatement<T>(_ body: (Database) throws -> T) throws(InterviewPrepError) -> T {
        try core.readStatement(body)
    }
}

/// Every service of one database, wired once by the composition root.
public struct Services: Sendable {
    public let core: ServiceCore
    public let interviews: InterviewService
    public let pipelines: PipelineService
    public let reminders: ReminderService
    public let transfer: TransferService
    public let history: HistoryService

    public init(core: ServiceCore) {
        self.core = core
        interviews = InterviewService(core: core)
        pipelines = PipelineService(core: core)
        reminders = ReminderService(core: core)
        transfer = TransferService(core: core)
        history = HistoryService(core: core)
    }
}
