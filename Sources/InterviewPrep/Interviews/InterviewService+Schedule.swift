import Foundation
import GRDB

extension InterviewService {
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
            var stage = try stageRow.map { try PipelineService.stageForScheduling(db, rowID: $0, publicID: request.stageID!) }
            let job: JobRecord
            if let jobTarget {
                job = try jobTarget.findOrCreate(db, now: now, actor: actor)
                if let stage, stage.jobID != job.id {
                    throw InterviewPrepError.invalidArgument(field: "stage_id", reason: "\(stage.publicID) belongs to job_\(stage.jobID), not \(job.publicID)")
                }
            } else {
                var stageJob = try JobRecord.fetchOne(db, key: stage!.jobID)!
                try JobTarget.activate(db, &stageJob, now: now, actor: actor)
                job = stageJob
            }
            try Self.guardNoDuplicate(db, jobID: job.id!, start: start, excluding: nil)
            var interview = InterviewRecord(
                id: nil, jobID: job.id!, type: request.type, startAt: start, timeZone: zone.identifier,
                durationMinutes: duration, interviewerName: interviewerName, interviewerEmail: interviewerEmail,
                location: location, status: .scheduled, notes: notes, feedback: nil, prepNotes: nil,
                preparationComplete: false, createdAt: now, updatedAt: now,
                reminderHours: reminderHours.map { JSONValue.array($0.map(JSONValue.int)).encodedString }, stageID: stage?.id)
            try interview.insert(db)
            if let invited = stage {
                stage = try PipelineService.invite(db, stage: invited, for: interview, now: now, actor: actor)
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
