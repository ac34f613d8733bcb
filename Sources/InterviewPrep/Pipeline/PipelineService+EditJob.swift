import Foundation
import GRDB

/// Corrections to a job: `nil` leaves a field as it is, an empty text clears an optional one.
public struct JobEdit: Sendable, Equatable {
    public var company: String?
    public var role: String?
    public var roleFamily: RoleFamily?
    public var source: String?
    public var url: String?

    public init(company: String? = nil, role: String? = nil, roleFamily: RoleFamily? = nil, source: String? = nil, url: String? = nil) {
        self.company = company
        self.role = role
        self.roleFamily = roleFamily
        self.source = source
        self.url = url
    }
}

extension PipelineService {
    /// Corrects a job's fields (a mistyped company, the posting's URL…); the event keeps every
    /// changed field's old and new value, so `undo` can put them back.
    public func editJob(jobID: String, _ edit: JobEdit, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let company = try edit.company.map { (text) throws(InterviewPrepError) in try FieldRules.requiredText(text, field: "company", maxLength: 200) }
        let role = try edit.role.map { (text) throws(InterviewPrepError) in try FieldRules.requiredText(text, field: "role", maxLength: 200) }
        let source = try edit.source.map { (text) throws(InterviewPrepError) in try FieldRules.text(text, field: "source", maxLength: 200) }
        let url = try edit.url.map { (text) throws(InterviewPrepError) in try FieldRules.text(text, field: "url", maxLength: 2000) }
        let now = self.now()
        return try await write { db in
            try Self.applyJobEdit(db, rowID: rowID, publicID: jobID, now: now, actor: actor, undoing: nil) { job in
                if let company { job.company = company }
                if let role { job.role = role }
                if let family = edit.roleFamily { job.roleFamily = family }
                if let source { job.source = source }
                if let url { job.url = url }
            }
        }
    }

    /// The editable fields of a stored job, as the event records them.
    static func editableFields(_ job: JobRecord) -> [String: JSONValue] {
        ["company": .string(job.company), "role": .string(job.role), "role_family": .string(job.roleFamily.rawValue),
         "source": .optional(job.source), "url": .optional(job.url)]
    }

    /// Applies `change` to the stored job and records `job_edited` with each changed field's
    /// `from` and `to` (and `undoes` when it reverses an earlier event). Refuses an edit that changes nothing.
    static func applyJobEdit(
        _ db: Database, rowID: Int64, publicID: String, now: Date, actor: EventActor, undoing: Int64?, _ change: (inout JobRecord) throws -> Void
    ) throws -> JobPipeline {
        guard let stored = try JobRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: publicID) }
        var job = stored
        try change(&job)
        let before = editableFields(stored), after = editableFields(job)
        let changed = try FieldChanges.changed(before, after)
        job.updatedAt = now
        try job.update(db)
        try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: publicID, type: EventType.jobEdited,
                               payload: FieldChanges.payload(changed, before, after, undoing: undoing))
        return try pipelineView(db, jobRowID: rowID, publicID: publicID, now: now)
    }
}
