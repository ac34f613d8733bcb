import Foundation
import InterviewPrep
import GRDB

/// A mock-interview session row: the schema it runs (a snapshot, so editing the schema file
/// never changes a session under way) and the machine's working state.
struct MockSessionRecord: Codable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    static let databaseTableName = "mock_sessions"

    var id: Int64?
    var schemaID: String
    var schemaVersion: Int
    var schemaJSON: String
    var durationScale: Double
    var interviewID: Int64?
    var status: String
    var stateJSON: String
    var eventCursor: Int
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case schemaID = "schema_id"
        case schemaVersion = "schema_version"
        case schemaJSON = "schema_json"
        case durationScale = "duration_scale"
        case interviewID = "interview_id"
        case status
        case stateJSON = "state_json"
        case eventCursor = "event_cursor"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var publicID: String { PublicID.format(MockSubject.idPrefix, id ?? 0) }

    func schema() throws -> MockSchema { try JSONDecoder().decode(MockSchema.self, from: Data(schemaJSON.utf8)) }

    func state() throws -> MockSessionState { try JSONDecoder().decode(MockSessionState.self, from: Data(stateJSON.utf8)) }

    func machine() throws -> MockMachine { MockMachine(schema: try schema(), sessionID: publicID, state: try state()) }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One input seen by a session, by its client message id: replaying it returns `outcome`.
struct MockInputRecord: Codable, FetchableRecord, PersistableRecord, StoresDatesAsText {
    static let databaseTableName = "mock_inputs"

    var sessionID: Int64
    var clientMessageID: String
    var requestDigest: String
    var outcomeJSON: String
    var eventCursor: Int
    var receivedAt: Date

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case clientMessageID = "client_message_id"
        case requestDigest = "request_digest"
        case outcomeJSON = "outcome_json"
        case eventCursor = "event_cursor"
        case receivedAt = "received_at"
    }
}
