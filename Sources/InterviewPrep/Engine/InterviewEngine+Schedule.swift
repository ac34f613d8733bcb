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
        let interviewerName = try FieldRules.text(request.interviewerName, field: "interviewer_name", maxLength: 200, singleLine: true)
        let interviewerEmail = try FieldRules.email(request.interviewerEmail, field: "interviewer_email")
        let location = try FieldRules.text(request.location, field: "location", maxLength: 2000, singleLine: true)
        let notes = try FieldRules.text(request.notes, field: "notes", maxLength: 20_000, singleLine: false)
        let jobTarget = try JobTarget(request)
        let reminderHours = try ReminderPolicy.validate(request.reminderHours, field: "reminder_hours")
        let policy = reminderPolicy
        let now = self.now()

        return try await write { db in
            let job = try jobTarget.findOrCreate(db, now: now, actor: actor)
            try Self.guardNoDuplicate(db, jobID: job.id!, start: start, excluding: nil)
            var interview = InterviewRecord(
                id: nil, jobID: job.id!, type: request.type, startAt: start, timeZone: zone.identifier,
                durationMinutes: duration, interviewerName: interviewerName, interviewerEmail: interviewerEmail,
                location: location, status: .scheduled, notes: notes, feedback: nil, prepNotes: nil,
                preparationComplete: false, createdAt: now, updatedAt: now,
                reminderHours: reminderHours.map { JSONValue.array($0.map(JSONValue.int)).encodedString })
            try interview.insert(db)
            let reminders = try ReminderStore.plan(db, interview: interview, policy: policy, now: now)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
                type: "interview_scheduled",
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

/// The job an interview is scheduled for: an existing id, or a company and role to find or create.
struct JobTarget: Sendable {
    enum Target: Sendable {
        case existing(rowID: Int64, publicID: String, company: String?, role: String?)
        case named(company: String, role: String, family: RoleFamily?)
    }

    let target: Target

    init(_ request: ScheduleInterviewRequest) throws(InterviewPrepError) {
        let company = try FieldRules.text(request.company, field: "company", maxLength: 200, singleLine: true)
        let role = try FieldRules.text(request.role, field: "role", maxLength: 200, singleLine: true)
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
                db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: "job_created",
                payload: ["company": .string(company), "role": .string(role), "role_family": .string(job.roleFamily.rawValue)])
            return job
        }
    }
}
