import Foundation
import GRDB

/// Corrections a candidate makes to an interview: `nil` leaves a field as it is, an empty text
/// clears an optional one.
public struct InterviewEdit: Sendable, Equatable {
    public var type: InterviewType?
    public var durationMinutes: Int?
    public var interviewerName: String?
    public var interviewerEmail: String?
    public var location: String?

    public init(type: InterviewType? = nil, durationMinutes: Int? = nil, interviewerName: String? = nil, interviewerEmail: String? = nil,
                location: String? = nil) {
        self.type = type
        self.durationMinutes = durationMinutes
        self.interviewerName = interviewerName
        self.interviewerEmail = interviewerEmail
        self.location = location
    }
}

extension InterviewService {
    /// Corrects an interview's fields. The event keeps every changed field's old and new value
    /// (so `undo` can put them back); a new type re-plans the pending reminders of a live interview.
    public func edit(interviewID: String, _ edit: InterviewEdit, actor: EventActor) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(interviewID)
        let duration = try FieldRules.duration(edit.durationMinutes)
        let name = try edit.interviewerName.map { (text) throws(InterviewPrepError) in try FieldRules.text(text, field: "interviewer_name", maxLength: 200) }
        let email = try edit.interviewerEmail.map { (text) throws(InterviewPrepError) in try FieldRules.email(text, field: "interviewer_email") }
        let location = try edit.location.map { (text) throws(InterviewPrepError) in try FieldRules.text(text, field: "location", maxLength: 2000) }
        let policy = reminderPolicy
        let now = self.now()
        return try await write { db in
            try Self.applyEdit(db, rowID: rowID, publicID: interviewID, now: now, actor: actor, policy: policy, undoing: nil) { interview in
                if let type = edit.type { interview.type = type }
                if let duration { interview.durationMinutes = duration }
                if let name { interview.interviewerName = name }
                if let email { interview.interviewerEmail = email }
                if let location { interview.location = location }
            }
        }
    }

    /// The editable fields of a stored interview, as the event records them.
    static func editableFields(_ interview: InterviewRecord) -> [String: JSONValue] {
        ["type": .string(interview.type.rawValue), "duration_minutes": .int(interview.durationMinutes),
         "interviewer_name": .optional(interview.interviewerName), "interviewer_email": .optional(interview.interviewerEmail),
         "location": .optional(interview.location)]
    }

    /// Applies `change` to the stored interview, records `interview_edited` with each changed
    /// field's `from` and `to` (and `undoes` when it reverses an earlier event), re-plans reminders
    /// on a new type. Refuses an edit that changes nothing.
    static func applyEdit(
        _ db: Database, rowID: Int64, publicID: String, now: Date, actor: EventActor, policy: ReminderPolicy, undoing: Int64?,
        _ change: (inout InterviewRecord) throws -> Void
    ) throws -> InterviewDetail {
        let (stored, job) = try fetch(db, rowID: rowID, publicID: publicID)
        var interview = stored
        try change(&interview)
        let before = editableFields(stored), after = editableFields(interview)
        let changed = try FieldChanges.changed(before, after)
        interview.updatedAt = now
        try interview.update(db)
        var payload = FieldChanges.payload(changed, before, after, undoing: undoing)
        if interview.type != stored.type, interview.status.isLive {
            try ReminderStore.cancelPending(db, interviewID: rowID, reason: "replaced: the interview's type changed", now: now)
            payload["reminders"] = ReminderStore.eventPayload(try ReminderStore.plan(db, interview: interview, policy: policy, now: now))
        }
        try EventRecord.append(db, at: now, actor: actor, subjectType: "interview", subjectID: publicID, type: EventType.interviewEdited, payload: payload)
        return InterviewDetail(interview, job: job, reminders: try ReminderStore.reminders(db, interview: interview))
    }

    /// Reopens a cancelled interview ("they un-cancelled it"): it is scheduled again and its
    /// reminders are planned afresh.
    public func reopen(interviewID: String, reason: String? = nil, actor: EventActor) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(interviewID)
        let reason = try FieldRules.freeText(reason, field: "reason")
        let policy = reminderPolicy
        let now = self.now()
        return try await write { db in
            try Self.applyReopen(db, rowID: rowID, publicID: interviewID, reason: reason, now: now, actor: actor, policy: policy, undoing: nil)
        }
    }

    static func applyReopen(
        _ db: Database, rowID: Int64, publicID: String, reason: String?, now: Date, actor: EventActor, policy: ReminderPolicy, undoing: Int64?
    ) throws -> InterviewDetail {
        let (stored, job) = try fetch(db, rowID: rowID, publicID: publicID)
        var interview = stored
        interview.status = try stored.status.applying(.reopen, interviewID: publicID)
        try guardNoDuplicate(db, jobID: interview.jobID, start: interview.startAt, excluding: rowID)
        interview.updatedAt = now
        try interview.update(db)
        let reminders = try ReminderStore.plan(db, interview: interview, policy: policy, now: now)
        var payload: [String: JSONValue] = [
            "from_status": .string(stored.status.rawValue), "to_status": .string(interview.status.rawValue),
            "reason": .optional(reason), "reminders": ReminderStore.eventPayload(reminders),
        ]
        if let undoing { payload["undoes"] = .int(Int(undoing)) }
        try EventRecord.append(db, at: now, actor: actor, subjectType: "interview", subjectID: publicID, type: EventType.interviewReopened, payload: payload)
        return InterviewDetail(interview, job: job, reminders: try ReminderStore.reminders(db, interview: interview))
    }
}
