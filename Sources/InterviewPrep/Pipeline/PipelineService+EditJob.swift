import Foundation
import GRDB

/// Corrections to a job: `nil` leaves a field as it is; in `profile`, an empty text clears an optional one.
public struct JobEdit: Sendable, Equatable {
    public var company: String?
    public var role: String?
    public var roleFamily: RoleFamily?
    public var profile: JobProfile

    public init(company: String? = nil, role: String? = nil, roleFamily: RoleFamily? = nil, profile: JobProfile = JobProfile()) {
        self.company = company
        self.role = role
        self.roleFamily = roleFamily
        self.profile = profile
    }
}

extension PipelineService {
    /// Corrects or completes a job's fields (a mistyped company, the posting's text, tags, the
    /// application date…); the event keeps every changed field's old and new value, so `undo` can put them back.
    public func editJob(jobID: String, _ edit: JobEdit, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let company = try edit.company.map { (text) throws(InterviewPrepError) in try FieldRules.requiredText(text, field: "company", maxLength: 200) }
        let role = try edit.role.map { (text) throws(InterviewPrepError) in try FieldRules.requiredText(text, field: "role", maxLength: 200) }
        let applyProfile = try edit.profile.checked(resolver: resolver)
        let now = self.now()
        return try await write { db in
            try Self.applyJobEdit(db, rowID: rowID, publicID: jobID, now: now, actor: actor, undoing: nil) { job in
                if let company { job.company = company }
                if let role { job.role = role }
                if let family = edit.roleFamily { job.roleFamily = family }
                applyProfile(&job)
            }
        }
    }

    /// The editable fields of a stored job, as the event records them.
    static func editableFields(_ job: JobRecord) -> [String: JSONValue] {
        func number(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
        return ["company": .string(job.company), "role": .string(job.role), "role_family": .string(job.roleFamily.rawValue),
                "source": .optional(job.source), "url": .optional(job.url), "description": .optional(job.description),
                "location": .optional(job.location), "remote_policy": .optional(job.remotePolicy?.rawValue),
                "salary_min": number(job.salaryMin), "salary_max": number(job.salaryMax), "salary_currency": .optional(job.salaryCurrency),
                "priority": number(job.priority), "tags": .array(job.tags.map(JSONValue.string)),
                "resume_version": .optional(job.resumeVersion), "cover_letter_version": .optional(job.coverLetterVersion),
                "applied_at": .optional(job.appliedAt.map(TimeFormat.utc))]
    }

    /// Puts back the fields an edit's event recorded (`fields` maps a field to its earlier value).
    static func restore(_ fields: [String: JSONValue], to job: inout JobRecord) {
        for (field, value) in fields {
            switch field {
            case "company": if let text = value.stringValue { job.company = text }
            case "role": if let text = value.stringValue { job.role = text }
            case "role_family": if let family = value.stringValue.flatMap(RoleFamily.init(rawValue:)) { job.roleFamily = family }
            case "source": job.source = value.stringValue
            case "url": job.url = value.stringValue
            case "description": job.description = value.stringValue
            case "location": job.location = value.stringValue
            case "remote_policy": job.remotePolicy = value.stringValue.flatMap(RemotePolicy.init(rawValue:))
            case "salary_min": job.salaryMin = value.intValue
            case "salary_max": job.salaryMax = value.intValue
            case "salary_currency": job.salaryCurrency = value.stringValue
            case "priority": job.priority = value.intValue
            case "tags": job.tags = value.arrayValue?.compactMap(\.stringValue) ?? []
            case "resume_version": job.resumeVersion = value.stringValue
            case "cover_letter_version": job.coverLetterVersion = value.stringValue
            case "applied_at": job.appliedAt = value.stringValue.flatMap(TimeFormat.utcDate)
            default: break
            }
        }
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
