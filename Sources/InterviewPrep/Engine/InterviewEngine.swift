import Foundation
import GRDB

/// The only writer of interviews. Each mutation validates its input, applies the status
/// state machine, and writes the new state and its event in one transaction.
public struct InterviewEngine: Sendable {
    public let database: AppDatabase
    public let catalog: InterviewTypeCatalog
    public let resolver: StartTimeResolver
    /// Which reminders each interview gets.
    public let reminderPolicy: ReminderPolicy
    /// The prep checklist of each interview type.
    public let checklists: ChecklistCatalog
    /// Debrief traits, stage templates, ghosting.
    public let pipeline: PipelineCatalog
    /// The clock: only the engine asks it, rules take its answer as a parameter.
    public let now: @Sendable () -> Date

    public init(
        database: AppDatabase, catalog: InterviewTypeCatalog, checklists: ChecklistCatalog, pipeline: PipelineCatalog,
        defaultTimeZone: TimeZone, reminderPolicy: ReminderPolicy? = nil, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.database = database
        self.catalog = catalog
        self.checklists = checklists
        self.pipeline = pipeline
        self.reminderPolicy = reminderPolicy ?? ReminderPolicy(catalog: catalog)
        self.resolver = StartTimeResolver(defaultTimeZone: defaultTimeZone)
        self.now = now
    }

    /// Runs `body` in one write transaction, mapping database failures to `InterviewPrepError`.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(InterviewPrepError) -> T {
        try await Self.mappingErrors { try await database.writer.write(body) }
    }

    /// Runs `body` in a read transaction, mapping database failures to `InterviewPrepError`.
    ///
    /// Reads run on the calling thread: in WAL mode a reader never waits for a writer, and a
    /// read here takes microseconds, while GRDB's async read hops to a reader queue and back
    /// (two thread wake-ups, most of a hot call's latency).
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(InterviewPrepError) -> T {
        try Self.mappingErrors(synchronously: { try database.writer.read(body) })
    }

    /// Runs `body`, which reads with one SQL statement, outside a transaction: a single statement
    /// sees one snapshot of the database by itself, and the transaction's `BEGIN`/`COMMIT` are two
    /// more statements, parsed on every call of a hot read.
    func readStatement<T>(_ body: (Database) throws -> T) throws(InterviewPrepError) -> T {
        try Self.mappingErrors(synchronously: { try database.writer.unsafeRead(body) })
    }

    /// Passes engine errors through and reports anything else (SQLite) as a storage error.
    private static func mappingErrors<T>(_ access: () async throws -> T) async throws(InterviewPrepError) -> T {
        do {
            return try await access()
        } catch {
            throw mapped(error)
        }
    }

    /// `mappingErrors` for an access on the calling thread.
    private static func mappingErrors<T>(synchronously access: () throws -> T) throws(InterviewPrepError) -> T {
        do {
            return try access()
        } catch {
            throw mapped(error)
        }
    }

    private static func mapped(_ error: any Error) -> InterviewPrepError {
        (error as? InterviewPrepError) ?? .storage("\(error)")
    }

    /// The interview with `rowID` and its job, or `notFound`.
    static func fetch(_ db: Database, rowID: Int64, publicID: String) throws -> (InterviewRecord, JobRecord) {
        // Cached statements: a hot path (get_interview) that should not re-prepare SQL each call.
        guard let interview = try InterviewRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM interviews WHERE id = ?"), arguments: [rowID]),
              let job = try JobRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM jobs WHERE id = ?"), arguments: [interview.jobID]) else {
            throw InterviewPrepError.notFound(kind: "interview", id: publicID)
        }
        return (interview, job)
    }

    /// The row id of an interview id like `int_7`, or an error naming `field`.
    static func interviewRowID(_ id: String, field: String = "interview_id") throws(InterviewPrepError) -> Int64 {
        try PublicID.parse(id, prefix: PublicID.interview, field: field)
    }

    /// Refuses a second live interview for the same job at the same instant.
    static func guardNoDuplicate(_ db: Database, jobID: Int64, start: Date, excluding rowID: Int64?) throws {
        var request = InterviewRecord
            .filter(InterviewRecord.Columns.jobID == jobID)
            .filter(InterviewRecord.Columns.startAt == start)
            .filter(InterviewStatus.liveStatuses.contains(InterviewRecord.Columns.status))
        if let rowID { request = request.filter(InterviewRecord.Columns.id != rowID) }
        if let existing = try request.fetchOne(db) {
            throw InterviewPrepError.duplicateInterview(
                existingID: existing.publicID, jobID: PublicID.format(PublicID.job, jobID), startUTC: TimeFormat.utc(start))
        }
    }
}
