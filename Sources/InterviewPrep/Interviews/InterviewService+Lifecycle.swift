import Foundation
import GRDB

extension InterviewService {
    /// Moves an interview to `status` through the transition table, optionally recording the
    /// company's feedback (replacing any earlier) and appending `notes`.
    ///
    /// - Throws: `illegalTransition` naming the current status and the allowed ones;
    ///   `notFound`; `invalidArgument` for over-long text.
    public func updateStatus(
        interviewID: String, to status: InterviewStatus, feedback: String? = nil, notes: String? = nil,
        actor: EventActor
    ) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(interviewID)
        guard let action = InterviewAction(leadingTo: status) else {
            throw .invalidArgument(
                field: "status", reason: "an interview cannot be set back to 'scheduled'; allowed targets: "
                    + InterviewAction.allCases.filter { $0 != .reschedule && $0 != .reopen }.map(\.resultingStatus.rawValue).joined(separator: ", "))
        }
        guard action != .reschedule else {
            throw .refused(field: "status", reason: "'rescheduled' needs a new time", remedy: .reschedule(interviewID: interviewID))
        }
        let feedback = try FieldRules.freeText(feedback, field: "feedback")
        let notes = try FieldRules.freeText(notes, field: "notes")
        let now = self.now()
        return try await write { db in
            var (interview, job) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            if let feedback { interview.feedback = feedback }
            if let notes { interview.notes = try Self.appending(notes, to: interview.notes, field: "notes") }
            try Self.apply(action, to: &interview, db, actor: actor, now: now,
                           details: ["feedback": .optional(feedback), "notes_appended": .optional(notes)])
            return InterviewDetail(interview, job: job)
        }
    }

    /// The one path of every status change (the status tools and verbs, a reminder sent): the
    /// transition table, the reminders a final status withdraws, the stage a cancellation frees,
    /// and the event, in the caller's transaction. `details` join the event's payload.
    static func apply(
        _ action: InterviewAction, to interview: inout InterviewRecord, _ db: Database, actor: EventActor, now: Date,
        details: [String: JSONValue] = [:]
    ) throws {
        let previous = interview.status
        interview.status = try previous.applying(action, interviewID: interview.publicID)
        interview.updatedAt = now
        try interview.update(db)
        let withdrawn = interview.status.isLive ? 0
            : try ReminderStore.cancelPending(db, interviewID: interview.id!, reason: "interview \(interview.status.rawValue)", now: now)
        if interview.status == .cancelled { try PipelineService.reopenStage(db, of: interview, now: now, actor: actor) }
        try EventRecord.append(
            db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
            type: action == .cancel ? EventType.interviewCancelled : EventType.interviewStatusChanged,
            payload: ["from": .string(previous.rawValue), "to": .string(interview.status.rawValue), "reminders_withdrawn": .int(withdrawn)]
                .merging(details) { $1 })
    }

    /// Cancels a live interview, keeping an optional reason in its notes and in the event.
    public func cancel(interviewID: String, reason: String?, actor: EventActor) async throws(InterviewPrepError) -> InterviewDetail {
        let reason = try FieldRules.freeText(reason, field: "reason")
        return try await updateStatus(
            interviewID: interviewID, to: .cancelled, notes: reason.map { "Cancelled: \($0)" }, actor: actor)
    }

    /// Moves a live interview to a new start (and optionally a new zone or duration); its status
    /// becomes `rescheduled`. A local time is read in the interview's own zone unless `timeZone` is given.
    public func reschedule(
        interviewID: String, start: String, timeZone: String? = nil, durationMinutes: Int? = nil,
        reason: String? = nil, actor: EventActor
    ) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(interviewID)
        let duration = try FieldRules.duration(durationMinutes)
        let reason = try FieldRules.freeText(reason, field: "reason")
        _ = try StartTimeResolver.zone(named: timeZone)
        let policy = reminderPolicy
        let now = self.now()
        return try await write { db in
            let (stored, job) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            var interview = stored
            let previous = interview.status
            interview.status = try previous.applying(.reschedule, interviewID: interview.publicID)
            let (newStart, zone) = try StartTimeResolver(defaultTimeZone: interview.zone)
                .resolve(start, timeZone: timeZone)
            try Self.guardNoDuplicate(db, jobID: interview.jobID, start: newStart, excluding: rowID)
            let oldStart = interview.startAt
            interview.startAt = newStart
            interview.timeZone = zone.identifier
            if let duration { interview.durationMinutes = duration }
            interview.updatedAt = now
            try interview.update(db)
            try ReminderStore.cancelPending(db, interviewID: rowID, reason: "replaced: the interview was rescheduled", now: now)
            let reminders = try ReminderStore.plan(db, interview: interview, policy: policy, now: now)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
                type: EventType.interviewRescheduled,
                payload: [
                    "from_status": .string(previous.rawValue), "to_status": .string(interview.status.rawValue),
                    "from_start_utc": .string(TimeFormat.utc(oldStart)), "to_start_utc": .string(TimeFormat.utc(newStart)),
                    "timezone": .string(zone.identifier), "duration_minutes": .int(interview.durationMinutes),
                    "reason": .optional(reason), "reminders": ReminderStore.eventPayload(reminders),
                ])
            return InterviewDetail(interview, job: job, reminders: try ReminderStore.reminders(db, interview: interview))
        }
    }

    /// `addition` below `existing` after a blank line, within the free-text limit of `field`.
    static func appending(_ addition: String, to existing: String?, field: String) throws(InterviewPrepError) -> String {
        guard let existing, !existing.isEmpty else { return addition }
        let size = existing.utf8.count + 2 + addition.utf8.count
        guard size <= FreeText.maxBytes else {
            throw .invalidArgument(
                field: field,
                reason: "would be \(size) bytes long after appending; at most \(FreeText.limitDescription) are allowed (replace the text instead)")
        }
        return existing + "\n\n" + addition
    }
}
