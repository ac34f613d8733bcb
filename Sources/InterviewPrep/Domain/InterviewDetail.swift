import Foundation

/// An interview as shown to people and assistants: its job's company and role, times in UTC
/// and in the interview's zone, and the statuses it may move to next.
public struct InterviewDetail: Codable, Sendable, Equatable {
    public var id: String
    public var jobID: String
    public var company: String
    public var role: String
    public var roleFamily: RoleFamily
    public var type: InterviewType
    public var status: InterviewStatus
    public var start: ZonedTime
    public var end: ZonedTime
    public var durationMinutes: Int
    public var interviewerName: String?
    public var interviewerEmail: String?
    public var location: String?
    public var notes: String?
    public var feedback: String?
    public var preparationComplete: Bool
    public var hasPrepNotes: Bool
    public var allowedNextStatuses: [InterviewStatus]
    public var createdAt: String
    public var updatedAt: String
    /// The interview's reminders, where the call shows them (not in lists).
    public var reminders: [ReminderSummary]?

    enum CodingKeys: String, CodingKey {
        case id
        case jobID = "job_id"
        case company, role
        case roleFamily = "role_family"
        case type, status, start, end
        case durationMinutes = "duration_minutes"
        case interviewerName = "interviewer_name"
        case interviewerEmail = "interviewer_email"
        case location, notes, feedback
        case preparationComplete = "preparation_complete"
        case hasPrepNotes = "has_prep_notes"
        case allowedNextStatuses = "allowed_next_statuses"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case reminders
    }

    public init(_ interview: InterviewRecord, job: JobRecord, reminders: [ReminderSummary]? = nil) {
        self.reminders = reminders
        let zone = interview.zone
        id = interview.publicID
        jobID = job.publicID
        company = job.company
        role = job.role
        roleFamily = job.roleFamily
        type = interview.type
        status = interview.status
        start = ZonedTime(interview.startAt, in: zone)
        end = ZonedTime(interview.endAt, in: zone)
        durationMinutes = interview.durationMinutes
        interviewerName = interview.interviewerName
        interviewerEmail = interview.interviewerEmail
        location = interview.location
        notes = interview.notes
        feedback = interview.feedback
        preparationComplete = interview.preparationComplete
        hasPrepNotes = !(interview.prepNotes ?? "").isEmpty
        allowedNextStatuses = interview.status.allowedActions.map(\.resultingStatus)
        createdAt = TimeFormat.utc(interview.createdAt)
        updatedAt = TimeFormat.utc(interview.updatedAt)
    }
}
