import Foundation
import Synchronization
@testable import InterviewPrep

/// A clock the test sets and advances; nothing sleeps.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: String = "2026-03-01T12:00:00Z") {
        current = Mutex(TestClock.date(start))
    }

    var now: Date { current.withLock { $0 } }

    func advance(hours: Double) { current.withLock { $0.addTimeInterval(hours * 3600) } }

    func set(_ iso: String) { current.withLock { $0 = TestClock.date(iso) } }

    func advance(seconds: Double) { current.withLock { $0.addTimeInterval(seconds) } }

    static func date(_ iso: String) -> Date {
        try! StartTimeResolver(defaultTimeZone: .gmt).resolve(iso, timeZone: nil).instant
    }
}

enum Fixtures {
    static let catalog: InterviewTypeCatalog = {
        try! InterviewTypeCatalog.load(from: DataFiles(overrideDirectory: nil))
    }()

    static let checklists: ChecklistCatalog = {
        try! ChecklistCatalog.load(from: DataFiles(overrideDirectory: nil))
    }()

    /// The services on a fresh in-memory database with a controllable clock.
    static func engine(clock: TestClock = TestClock(), zone: String = "America/New_York", database: AppDatabase = .inMemory()) -> Services {
        Services(core: ServiceCore(
            database: database, catalog: catalog, checklists: checklists, pipelineCatalog: pipelineCatalog,
            defaultTimeZone: TimeZone(identifier: zone)!, now: { clock.now }))
    }

    static let pipelineCatalog: PipelineCatalog = {
        try! PipelineCatalog.load(from: DataFiles(overrideDirectory: nil))
    }()

    static func request(
        company: String = "Stripe", role: String = "Backend Engineer", type: InterviewType = .technical,
        start: String = "2026-03-10T14:00:00Z", timeZone: String? = "America/New_York"
    ) -> ScheduleInterviewRequest {
        ScheduleInterviewRequest(company: company, role: role, type: type, start: start, timeZone: timeZone)
    }

    static let mockSchemas = MockSchemaSource(files: DataFiles(overrideDirectory: nil))

    /// Mock interviews on a fresh in-memory database with a controllable clock.
    static func mockInterviews(clock: TestClock, database: AppDatabase = .inMemory()) -> MockInterviews {
        MockInterviews(core: engine(clock: clock, database: database).core, schemas: mockSchemas)
    }

    static func eventCount(_ engine: Services) throws -> Int {
        try eventCount(engine.core)
    }

    static func eventCount(_ core: ServiceCore) throws -> Int {
        try core.database.writer.read { try EventRecord.fetchCount($0) }
    }
}
