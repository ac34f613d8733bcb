import Foundation
import GRDB

extension InterviewEngine {
    /// Schedules an interview, creating its job from company and role when no job id is given.
    ///
    /// - Throws: `invalidArgument`/`invalidValue` naming the bad field; `notFound` for an unknown
    ///   job; `nonexistentLocalTime`/`ambiguousLocalTime` for a DST gap or overlap;
    ///   `duplicateInterview` when the job already has a live interview at that start.
    public func schedule(_ request: ScheduleInterviewRequest, actor: EventActor) async throws(InterviewPrepError) -> InterviewDetail {
        let (start, zone) = try resolver.resolve(request.start, timeZone: request.timeZone)
        let duration = try FieldRules.duration(request.durationMinutes) ?? catalog[request.type].defaultDurationMinutes
        let interviewerName = try FieldRules.text(request.interviewerName, field: "interviewer_name", maxLength: 200)
        let interviewerEmail = try FieldRules.email(request.interviewerEmail, field: "interviewer_email")
        let location = try FieldRules.text(request.location, field: "location", maxLength: 2000)
        let notes = try FieldRules.freeText(request.notes, field: "notes")
        let stageRow = try request.stageID.map { (id) throws(InterviewPrepError) in try PublicID.parse(id, prefix: PublicID.stage, field: "stage_id") }
        let jobTarget = stageRow != nil && request.jobID == nil && request.company == nil ? nil : try JobTarget(request)
        let reminderHours = try ReminderPolicy.validate(request.reminderHours, field: "reminder_hours")
        let policy = reminderPolicy
        let now = self.now()

        return try await write { db in
            var stage = try stageRow.map { try Self.stageForScheduling(db, rowID: $0, publicID: request.stageID!) }
            let job: JobRecord
            if let jobTarget {
                job = try jobTarget.findOrCreate(db, now: now, actor: actor)
                if let stage, stage.jobID != job.id {
                    throw InterviewPrepError.invalidArgument(field: "stage_id", reason: "\(stage.publicID) belongs to job_\(stage.jobID), not \(job.publicID)")
                }
            } else {
                job = try JobRecord.fetchOne(db, key: stage!.jobID)!
            }
            try Self.guardNoDuplicate(db, jobID: job.id!, start: start, excluding: nil)
            var interview = InterviewRecord(
                id: nil, jobID: job.id!, type: request.type, startAt: start, timeZone: zone.identifier,
                durationMinutes: duration, interviewerName: interviewerName, interviewerEmail: interviewerEmail,
                location: location, status: .scheduled, notes: notes, feedback: nil, prepNotes: nil,
                preparationComplete: false, createdAt: now, updatedAt: now,
                reminderHours: reminderHours.map { JSONValue.array($0.map(JSONValue.int)).encodedString }, stageID: stage?.id)
            try interview.insert(db)
            if var invited = stage {
                invited.status = try invited.status.applying(.invite, stageID: invited.publicID)
                invited.updatedAt = now
                try invited.update(db)
                try Self.stageEvent(db, invited, type: EventType.stageInvited, now: now, actor: actor, extra: ["interview_id": .string(interview.publicID)])
                stage = invited
            }
            let reminders = try ReminderStore.plan(db, interview: interview, policy: policy, now: now)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
                type: EventType.interviewScheduled,
                payload: [
                    "job_id": .string(job.publicID), "type": .string(request.type.rawValue),
                    "start_utc": .string(TimeFormat.utc(start)), "timezone": .string(zone.identifier),
                    "duration_minutes": .int(duration), "status": .string(InterviewStatus.scheduled.rawValue),
                    "reminders": ReminderStore.eventPayload(reminders),
                ])
            return InterviewDetail(interview, job: job, reminders: reminders)
        }
    }
}

extension InterviewEngine {
    /// The stage an interview is being scheduled for, after the pipeline's guards: a live-interview stage,
    /// unlocked (not locked, not already invited or done), without a live interview of its own.
    static func stageForScheduling(_ db: Database, rowID: Int64, publicID: String) throws -> StageRecord {
        guard let stage = try StageRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "stage", id: publicID) }
        guard stage.kind.isLive else {
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "\(stage.kind.rawValue) is an async stage: it has no interview; use submit_stage when done", requiresDebrief: false)
        }
        switch stage.status {
        case .pending:
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "Stage is locked — unlock it first", requiresDebrief: false)
        case .invited, .inProgress, .completed:
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "Cannot invite: stage already \(stage.status.rawValue)", requiresDebrief: false)
        default:
            break
        }
        if let existing = try InterviewRecord.filter(sql: "stage_id = ? AND status != ?", arguments: [rowID, InterviewStatus.cancelled.rawValue]).fetchOne(db) {
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "already has the live interview \(existing.publicID)", requiresDebrief: false)
        }
        _ = try stage.status.applying(.invite, stageID: stage.publicID)
        return stage
    }
}

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
            guard let job = try JobRecord.fetchOne(db, key: rowID) else {
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
            return job
        case .named(let company, let role, let family):
            let existing = try JobRecord
                .filter(sql: "company = ? COLLATE NOCASE AND role = ? COLLATE NOCASE", arguments: [company, role])
                .order(Column("id"))
                .fetchOne(db)
            if let existing { return existing }
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
}
