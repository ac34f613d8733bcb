import Foundation
import GRDB

/// What `undo` reversed.
public struct UndoResult: OutputShape, Equatable {
    /// The event that was undone, e.g. 42.
    public var undoneEvent: Int
    /// Its type, e.g. `interview_edited`.
    public var undoneType: String
    /// What it was about, e.g. `int_3`.
    public var subjectID: String
    /// What undoing it did, for people.
    public var summary: String

    public static let outputFields: [OutputField<UndoResult>] = [
        .string("subject_id") { $0.subjectID }, .string("summary") { $0.summary },
        .integer("undone_event") { $0.undoneEvent }, .string("undone_type") { $0.undoneType },
    ]
}

/// Undo over the append-only event log: a change is reversed through the same rules as any
/// other change and recorded as a new event that names the one it undoes (`undoes`); nothing in
/// the log is ever rewritten. Sent emails cannot be unsent, and only the candidate's own
/// corrections are reversible: edits, cancellations, reopenings and deletions.
public struct HistoryService: Service {
    public let core: ServiceCore

    public init(core: ServiceCore) {
        self.core = core
    }

    /// The event types `undo` reverses.
    public static let undoable: [EventType] = [.interviewEdited, .interviewCancelled, .interviewReopened, .interviewDeleted, .jobEdited, .jobDeleted]

    /// Reverses the candidate's latest change (made at the command line or by their assistant)
    /// that is not undone yet (an undo is itself never
    /// undone: the next `undo` reaches one change further back), or the event `eventID`.
    public func undo(eventID: Int? = nil, actor: EventActor) async throws(InterviewPrepError) -> UndoResult {
        let now = self.now()
        let policy = reminderPolicy
        return try await write { db in
            let event = try Self.target(db, eventID: eventID)
            return try Self.reverse(event, db: db, now: now, actor: actor, policy: policy)
        }
    }

    private static let undoneIDs = "SELECT json_extract(payload, '$.undoes') FROM events WHERE json_extract(payload, '$.undoes') IS NOT NULL"

    /// The event to undo: the one named, after checking it can be, or the latest reversible one.
    static func target(_ db: Database, eventID: Int?) throws -> EventRecord {
        let kinds = undoable.map(\.rawValue)
        guard let eventID else {
            let marks = databaseQuestionMarks(count: kinds.count)
            guard let latest = try EventRecord.fetchOne(db, sql: """
                SELECT * FROM events WHERE type IN (\(marks)) AND actor IN (?, ?, ?)
                AND json_extract(payload, '$.undoes') IS NULL AND id NOT IN (\(undoneIDs))
                ORDER BY id DESC LIMIT 1
                """, arguments: StatementArguments(kinds) + [EventActor.cli, EventActor.mcp, EventActor.dashboard]) else {
                throw InterviewPrepError.invalidArgument(field: "event", reason: "there is nothing to undo: undo reverses edits, cancellations, reopenings and deletions")
            }
            return latest
        }
        guard let event = try EventRecord.fetchOne(db, key: Int64(eventID)) else { throw InterviewPrepError.notFound(kind: "event", id: String(eventID)) }
        guard kinds.contains(event.type) else {
            let reason = event.type == EventType.emailSent.rawValue
                ? "is an email sent: it cannot be unsent"
                : "is \(event.type): undo reverses \(kinds.joined(separator: ", ")) only"
            throw InterviewPrepError.invalidArgument(field: "event", reason: "event \(eventID) " + reason)
        }
        guard JSONValue.decoded(event.payload)?.objectValue?["undoes"] == nil else {
            throw InterviewPrepError.invalidArgument(field: "event", reason: "event \(eventID) is itself an undo")
        }
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM events WHERE json_extract(payload, '$.undoes') = ?", arguments: [eventID]) == nil else {
            throw InterviewPrepError.invalidArgument(field: "event", reason: "event \(eventID) is already undone")
        }
        return event
    }

    /// Applies the opposite of `event` through the owning service's rules, in this transaction.
    static func reverse(_ event: EventRecord, db: Database, now: Date, actor: EventActor, policy: ReminderPolicy) throws -> UndoResult {
        let id = event.id!
        let payload = JSONValue.decoded(event.payload)?.objectValue ?? [:]
        let changes = payload["changes"]?.objectValue ?? [:]
        func before(_ field: String) -> JSONValue? { changes[field]?.objectValue?["from"] }
        /// `int_3: location is back to https://…, type is back to phone_screen`, for an edit undone.
        var restoredFields: String {
            "\(event.subjectID): " + changes.keys.sorted().map { "\($0) is back to \(before($0)?.stringValue ?? before($0)?.intValue.map(String.init) ?? "empty")" }
                .joined(separator: ", ")
        }
        let summary: String
        switch EventType(rawValue: event.type) {
        case .interviewEdited:
            let rowID = try PublicID.parse(event.subjectID, prefix: PublicID.interview, field: "event")
            _ = try InterviewService.applyEdit(db, rowID: rowID, publicID: event.subjectID, now: now, actor: actor, policy: policy, undoing: id) { interview in
                if let type = before("type")?.stringValue.flatMap(InterviewType.init(rawValue:)) { interview.type = type }
                if let minutes = before("duration_minutes")?.intValue { interview.durationMinutes = minutes }
                if let value = before("interviewer_name") { interview.interviewerName = value.stringValue }
                if let value = before("interviewer_email") { interview.interviewerEmail = value.stringValue }
                if let value = before("location") { interview.location = value.stringValue }
            }
            summary = restoredFields
        case .interviewCancelled:
            let rowID = try PublicID.parse(event.subjectID, prefix: PublicID.interview, field: "event")
            _ = try InterviewService.applyReopen(db, rowID: rowID, publicID: event.subjectID, reason: "undo", now: now, actor: actor, policy: policy, undoing: id)
            summary = "\(event.subjectID) is no longer cancelled: scheduled again, its reminders planned afresh"
        case .interviewReopened:
            let rowID = try PublicID.parse(event.subjectID, prefix: PublicID.interview, field: "event")
            var (interview, _) = try InterviewService.fetch(db, rowID: rowID, publicID: event.subjectID)
            try InterviewService.apply(.cancel, to: &interview, db, actor: actor, now: now, details: ["undoes": .int(Int(id))])
            summary = "\(event.subjectID) is cancelled again"
        case .jobEdited:
            let rowID = try PublicID.parse(event.subjectID, prefix: PublicID.job, field: "event")
            _ = try PipelineService.applyJobEdit(db, rowID: rowID, publicID: event.subjectID, now: now, actor: actor, undoing: id) { job in
                PipelineService.restore(changes.compactMapValues { $0.objectValue?["from"] }, to: &job)
            }
            summary = restoredFields
        case .interviewDeleted, .jobDeleted:
            let rows = payload["rows"]?.objectValue ?? [:]
            try Deletion.restore(db, rows: rows, tables: event.type == EventType.jobDeleted.rawValue ? Deletion.jobTables : Deletion.interviewTables)
            try EventRecord.append(db, at: now, actor: actor, subjectType: event.subjectType, subjectID: event.subjectID,
                                   type: event.type == EventType.jobDeleted.rawValue ? EventType.jobRestored : EventType.interviewRestored,
                                   payload: ["undoes": .int(Int(id))])
            summary = "\(event.subjectID) is back, with everything deleted with it"
        default:
            throw InterviewPrepError.invalidArgument(field: "event", reason: "event \(id) (\(event.type)) cannot be undone")
        }
        return UndoResult(undoneEvent: Int(id), undoneType: event.type, subjectID: event.subjectID, summary: summary)
    }
}
