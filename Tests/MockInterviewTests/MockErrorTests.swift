import InterviewPrep
import Testing
@testable import MockInterview

@Suite struct MockErrorTests {
    @Test("every error has a code, names its field where it has one, and a message to act on", arguments: [
        (MockError.sessionState(sessionID: "mock_1", status: .paused, message: "resume it first"), "mock_session_state", nil, "mock interview mock_1 is PAUSED: resume it first"),
        (.concurrentChange(sessionID: "mock_2"), "concurrent_change", nil, "mock interview mock_2 was changed by another process at the same time; nothing was written: send the input again"),
        (.invalidArgument(field: "limit", reason: "must be between 1 and 200, got 0"), "invalid_argument", "limit", "limit: must be between 1 and 200, got 0"),
        (.notFound(kind: "mock interview", id: "mock_9"), "not_found", nil, "no mock interview with id 'mock_9'"),
        (.dataFile(file: "drill.json", reason: "field 'sections' is missing"), "data_file_error", nil, "mock schema drill.json: field 'sections' is missing"),
        (.engine(.invalidArgument(field: "interview_id", reason: "'x' is not an id")), "invalid_argument", "interview_id", "interview_id"),
    ] as [(MockError, String, String?, String)])
    func describes(error: MockError, code: String, field: String?, message: String) {
        #expect(error.code == code)
        #expect(error.field == field)
        #expect(error.description.contains(message), "\(error.description)")
    }
}
