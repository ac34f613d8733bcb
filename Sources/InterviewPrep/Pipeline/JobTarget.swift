import Foundation
import GRDB

/// The job an interview is scheduled for: an existing id, or a company and role to find or create.
struct JobTarget: Sendable {
    enum Target: Sendable {
        case existing(rowID: Int64, publicID: String, company: String?, role: String?)
        case named(company: String, role: String, family: RoleFamily?)
    }

    let target: Target

    init(_ request: ScheduleInterviewRequest) throws(InterviewPrepError) {
        let company = try FieldRules.text(request.company, field: "company", maxLength: 200)
        let role = try FieldRules.text(request.role, field: "role", maxLength: 200)
        if let jobID = request.jobID {
            let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
            target = .existing(rowID: rowID, publicID: jobID, company: company, role: role)
        } else {
            let context = " when job_id is not given"
            target = .named(
                company: try FieldRules.requiredText(company, field: "company", maxLength: 200, context: context),
                role: try FieldRules.requiredText(role, field: "role", maxLength: 200, context: context),
                family: request.roleFamily)
        }
    }

    func findOrCreate(_ db: Database, now: Date, actor: EventActor) throws -> JobRecord {
        switch target {
        case .existing(let rowID, let publicID, let company, let role):
            guard var job = try JobRecord.fetchOne(db, key: rowID) else {
                throw InterviewPrepError.notFound(kind: "job", id: publicID)
            }
            if let company, company.caseInsensitiveCompare(job.company) != .orderedSame {
                throw InterviewPrepError.invalidArgument(
                    field: "company", reason: "'\(company)' does not match job \(job.publicID), which is at '\(job.company)'; omit company or fix job_id")
            }
            if let role, role.caseInsensitiveCompare(job.role) != .orderedSame {
                throw InterviewPrepError.invalidArgument(
                    field: "role", reason: "'\(role)' does not match job \(job.publicID), which is for '\(job.role)'; omit role or fix job_id")
            }
            try Self.activate(db, &job, now: now, actor: actor)
            return job
        case .named(let company, let role, let family):
            let existing = try JobRecord
                .filter(sql: "company = ? COLLATE NOCASE AND role = ? COLLATE NOCASE", arguments: [company, role])
                .order(Column("id"))
                .fetchOne(db)
            if var existing {
                try Self.activate(db, &existing, now: now, actor: actor)
                return existing
            }
            var job = JobRecord(
                id: nil, company: company, role: role, roleFamily: family ?? RoleFamily.inferred(fromRole: role),
                url: nil, notes: nil, createdAt: now, updatedAt: now)
            try job.insert(db)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: EventType.jobCreated,
                payload: ["company": .string(company), "role": .string(role), "role_family": .string(job.roleFamily.rawValue)])
            return job
        }
    }

    /// A first interview means the company replied: a saved or applied job becomes active.
    static func activate(_ db: Database, _ job: inout JobRecord, now: Date, actor: EventActor) throws {
        guard job.status.isBeforeReply else { return }
        try PipelineService.changeStatus(db, job: &job, to: .active, now: now, actor: actor, because: "an interview was scheduled")
    }
}
