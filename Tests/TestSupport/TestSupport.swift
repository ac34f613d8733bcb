import Foundation
import Synchronization
import InterviewPrep

/// A clock the test sets and advances; nothing sleeps.
public final class TestClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: String = "2026-03-01T12:00:00Z") {
        current = Mutex(TestClock.date(start))
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(hours: Double) { current.withLock { $0.addTimeInterval(hours * 3600) } }

    public func set(_ iso: String) { current.withLock { $0 = TestClock.date(iso) } }

    public func advance(seconds: Double) { current.withLock { $0.addTimeInterval(seconds) } }

    public static func date(_ iso: String) -> Date {
        try! StartTimeResolver(defaultTimeZone: .gmt).resolve(iso, timeZone: nil).instant
    }
}

public enum Fixtures {
    public static let catalog: InterviewTypeCatalog = {
        try! InterviewTypeCatalog.load(from: DataFiles(overrideDirectory: nil))
    }()

    public static let checklists: ChecklistCatalog = {
        try! ChecklistCatalog.load(from: DataFiles(overrideDirectory: nil))
    }()

    /// The services on a fresh in-memory database with a controllable clock.
    public static func engine(clock: TestClock = TestClock(), zone: String = "America/New_York", database: AppDatabase = .inMemory()) -> Services {
        Services(core: ServiceCore(
            database: database, catalog: catalog, checklists: checklists, pipelineCatalog: pipelineCatalog,
            defaultTimeZone: TimeZone(identifier: zone)!, now: { clock.now }))
    }

    public static let pipelineCatalog: PipelineCatalog = {
        try! PipelineCatalog.load(from: DataFiles(overrideDirectory: nil))
    }()

    public static func request(
        company: String = "Stripe", role: String = "Backend Engineer", type: InterviewType = .technical,
        start: String = "2026-03-10T14:00:00Z", timeZone: String? = "America/New_York"
    ) -> ScheduleInterviewRequest {
        ScheduleInterviewRequest(company: company, role: role, type: type, start: start, timeZone: timeZone)
    }

    public static func eventCount(_ engine: Services) throws -> Int {
        try eventCount(engine.core)
    }

    public static func eventCount(_ core: ServiceCore) throws -> Int {
        try core.database.writer.read { try EventRecord.fetchCount($0) }
    }
}
