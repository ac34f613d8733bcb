import Foundation
import GRDB

/// Deleting a job or an interview entered by mistake, with everything that hangs off it, as one
/// event that keeps every deleted row (`rows`), so `undo` can put them all back. Emails already
/// sent and mock sessions are kept, unlinked from the deleted interview (and linked again by undo):
/// what happened stays on record.
enum Deletion {
    /// The tables whose rows hang off an interview (`interview_id`).
    static let interviewDependants = ["reminders", "checklist_progress", "debriefs"]
    /// The tables whose rows hang off a job (`job_id`), besides its interviews.
    static let jobDependants = ["stages", "job_notes", "contacts", "offers"]
    /// The tables an interview's rows live in, in the order they are restored.
    static let interviewTables = ["interviews"] + interviewDependants
    /// The tables a job's rows live in, in the order they are restored.
    static let jobTables = ["jobs"] + jobDependants + interviewTables

    /// The rows of interviews `ids` and what hangs off them, by table.
    static func captureInterviews(_ db: Database, ids: [Int64], into rows: inout [String: JSONValue]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        rows["interviews"] = .array(try RowSnapshot.capture(db, table: "interviews", where: "id IN (\(list))", arguments: []))
        for table in interviewDependants {
            rows[table] = .array(try RowSnapshot.capture(db, table: table, where: "interview_id IN (\(list))", arguments: []))
        }
        rows["outbox_links"] = .array(try RowSnapshot.capture(db, table: "outbox", where: "interview_id IN (\(list))", arguments: [])
            .compactMap { $0.objectValue.map { JSONValue.object(["id": $0["id"] ?? .null, "interview_id": $0["interview_id"] ?? .null, "reminder_id": $0["reminder_id"] ?? .null]) } })
        rows["stage_states"] = .array(try RowSnapshot.capture(
            db, table: "stages", where: "id IN (SELECT stage_id FROM interviews WHERE id IN (\(list)))", arguments: []))
        rows["mock_links"] = .array(try RowSnapshot.capture(db, table: "mock_sessions", where: "interview_id IN (\(list))", arguments: [])
            .compactMap { $0.objectValue.map { JSONValue.object(["id": $0["id"] ?? .null, "interview_id": $0["interview_id"] ?? .null]) } })
    }

    /// Deletes interviews `ids` and their rows (unlinking sent emails and mock sessions).
    static func deleteInterviews(_ db: Database, ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        try db.execute(sql: "UPDATE outbox SET interview_id = NULL, reminder_id = NULL WHERE interview_id IN (\(list))")
        try db.execute(sql: "UPDATE mock_sessions SET interview_id = NULL WHERE interview_id IN (\(list))")
        for table in interviewDependants {
            try db.execute(sql: "DELETE FROM \(table) WHERE interview_id IN (\(list))")
        }
        try db.execute(sql: "DELETE FROM interviews WHERE id IN (\(list))")
    }

    /// Puts back what `captureInterviews` (and a job's own tables) kept.
    static func restore(_ db: Database, rows: [String: JSONValue], tables: [String]) throws {
        for table in tables { try RowSnapshot.restore(db, table: table, rows: rows[table]?.arrayValue ?? []) }
        for link in rows["outbox_links"]?.arrayValue ?? [] {
            guard let link = link.objectValue else { continue }
            try db.execute(sql: "UPDATE outbox SET interview_id = ?, reminder_id = ? WHERE id = ?",
                           arguments: [link["interview_id"]?.intValue, link["reminder_id"]?.intValue, link["id"]?.intValue])
        }
        for case .object(let stage) in rows["stage_states"]?.arrayValue ?? [] {
            try db.execute(sql: "UPDATE stages SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?",
                           arguments: [stage["status"]?.stringValue, stage["completed_at"]?.stringValue, stage["updated_at"]?.stringValue, stage["id"]?.intValue])
        }
        for link in rows["mock_links"]?.arrayValue ?? [] {
            guard let link = link.objectValue else { continue }
            try db.execute(sql: "UPDATE mock_sessions SET interview_id = ? WHERE id = ?", arguments: [link["interview_id"]?.intValue, link["id"]?.intValue])
        }
    }
}

extension InterviewService {
    /// Deletes an interview entered by mistake, with its reminders, checklist and debrief; the
    /// event keeps every row, so `undo` brings it all back.
    public func delete(interviewID: String, actor: EventActor) async throws(InterviewPrepError) -> DeletionSummary {
        let rowID = try Self.interviewRowID(interviewID)
        let now = self.now()
        return try await write { db in
            let (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            var rows: [String: JSONValue] = [:]
            try Deletion.captureInterviews(db, ids: [rowID], into: &rows)
            // Its stage can be scheduled again, as after a cancellation (undo puts the stage back as it was).
            if interview.status.isLive { try PipelineService.reopenStage(db, of: interview, now: now, actor: actor) }
            try Deletion.deleteInterviews(db, ids: [rowID])
            try EventRecord.append(db, at: now, actor: actor, subjectType: "interview", subjectID: interviewID, type: EventType.interviewDeleted,
                                   payload: ["rows": .object(rows)])
            return DeletionSummary(rows: rows, subjectID: interviewID)
        }
    }
}

extension PipelineService {
    /// Deletes a job entered by mistake, with its stages, notes, contacts, offers and interviews;
    /// the event keeps every row, so `undo` brings it all back.
    public func deleteJob(jobID: String, actor: EventActor) async throws(InterviewPrepError) -> DeletionSummary {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let now = self.now()
        return try await write { db in
            guard try JobRecord.exists(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            var rows: [String: JSONValue] = [:]
            let interviews = try Int64.fetchAll(db, sql: "SELECT id FROM interviews WHERE job_id = ?", arguments: [rowID])
            try Deletion.captureInterviews(db, ids: interviews, into: &rows)
            rows["jobs"] = .array(try RowSnapshot.capture(db, table: "jobs", where: "id = ?", arguments: [rowID]))
            for table in Deletion.jobDependants {
                rows[table] = .array(try RowSnapshot.capture(db, table: table, where: "job_id = ?", arguments: [rowID]))
            }
            try Deletion.deleteInterviews(db, ids: interviews)
            // The notes' guard lets them go only with a job marked as being deleted, within this transaction.
            try db.execute(sql: "INSERT INTO jobs_being_deleted (id) VALUES (?)", arguments: [rowID])
            for table in Deletion.jobDependants.reversed() {
                try db.execute(sql: "DELETE FROM \(table) WHERE job_id = ?", arguments: [rowID])
            }
            try db.execute(sql: "DELETE FROM jobs_being_deleted WHERE id = ?", arguments: [rowID])
            try db.execute(sql: "DELETE FROM jobs WHERE id = ?", arguments: [rowID])
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: jobID, type: EventType.jobDeleted, payload: ["rows": .object(rows)])
            return DeletionSummary(rows: rows, subjectID: jobID)
        }
    }
}

/// What a deletion removed, by table.
public struct DeletionSummary: OutputShape, Equatable {
    /// The job or interview deleted.
    public var subjectID: String
    /// Rows deleted per table (sent emails and mock sessions are kept, only unlinked).
    public var removed: [String: Int]

    init(rows: [String: JSONValue], subjectID: String) {
        self.subjectID = subjectID
        removed = rows.filter { !$0.key.hasSuffix("_links") && $0.key != "stage_states" }.mapValues { $0.arrayValue?.count ?? 0 }.filter { $0.value > 0 }
    }

    public static let outputFields: [OutputField<DeletionSummary>] = [
        .encoded("removed", schema: ["type": "object", "additionalProperties": ["type": "integer"]]) { $0.removed },
        .string("subject_id") { $0.subjectID },
    ]
}
