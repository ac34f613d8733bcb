import Foundation
import GRDB

/// One entry of the append-only event log: who changed what, when, and how.
public struct EventRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "events"

    /// Monotonic: later events have larger ids.
    public var id: Int64?
    public var occurredAt: Date
    public var actor: EventActor
    /// `interview`, `job`, …
    public var subjectType: String
    /// The public id of the subject, e.g. `int_7`.
    public var subjectID: String
    /// `interview_scheduled`, `interview_status_changed`, …
    public var type: String
    /// The change itself, as a JSON object.
    public var payload: String

    enum CodingKeys: String, CodingKey {
        case id
        case occurredAt = "occurred_at"
        case actor
        case subjectType = "subject_type"
        case subjectID = "subject_id"
        case type, payload
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension EventRecord {
    /// Appends an event inside the caller's transaction: the state change and its event
    /// commit or roll back together.
    package static func append(
        _ db: Database, at date: Date, actor: EventActor, subjectType: String, subjectID: String,
        type: some EventKind, payload: [String: JSONValue]
    ) throws {
        var event = EventRecord(
            id: nil, occurredAt: date, actor: actor, subjectType: subjectType, subjectID: subjectID,
            type: type.rawValue, payload: JSONValue.object(payload).encodedString)
        try event.insert(db)
    }
}
