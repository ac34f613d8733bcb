import Foundation
import InterviewPrep
import MockInterview
import TestSupport

extension Fixtures {
    static let mockSchemas = MockSchemaSource(files: DataFiles(overrideDirectory: nil))

    /// Mock interviews on a fresh in-memory database with a controllable clock.
    static func mockInterviews(clock: TestClock, database: AppDatabase = .inMemory()) -> MockInterviews {
        MockInterviews(core: engine(clock: clock, database: database).core, schemas: mockSchemas)
    }
}
