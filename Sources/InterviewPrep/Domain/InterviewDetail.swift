import Foundation

/// An interview as shown to people and assistants: its job's company and role, times in UTC
/// and in the interview's zone, and the statuses it may move to next.
public struct InterviewDetail: Encodable, Sendable, Equatable {
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
    public var createdAt: UTCTime
    public var updatedAt: UTCTime
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
        self.init(
            rowID: interview.id ?? 0, job: Job(rowID: job.id ?? 0, company: job.company, role: job.role, roleFamily: job.roleFamily),
            type: interview.type, status: interview.status, startAt: interview.startAt, zone: interview.zone,
            durationMinutes: interview.durationMinutes, interviewerName: interview.interviewerName,
            interviewerEmail: interview.interviewerEmail, location: interview.location, notes: interview.notes,
            feedback: interview.feedback, preparationComplete: interview.preparationComplete,
            hasPrepNotes: !(interview.prepNotes ?? "").isEmpty, createdAt: interview.createdAt, updatedAt: interview.updatedAt,
            reminders: reminders)
    }

    /// What an interview shows of its job.
    struct Job {
        var rowID: Int64
        var company: String
        var role: String
        var roleFamily: RoleFamily
    }

    /// The one place that turns stored values into what people see (records and joined rows both come here).
    init(
        rowID: Int64, job: Job, type: InterviewType, status: InterviewStatus, startAt: Date, zone: TimeZone,
        durationMinutes: Int, interviewerName: String?, interviewerEmail: String?, location: String?, notes: String?,
        feedback: String?, preparationComplete: Bool, hasPrepNotes: Bool, createdAt: Date, updatedAt: Date,
        reminders: [ReminderSummary]?
    ) {
        self.reminders = reminders
        id = PublicID.format(PublicID.interview, rowID)
        jobID = PublicID.format(PublicID.job, job.rowID)
        company = job.company
        role = job.role
        roleFamily = job.roleFamily
        self.type = type
        self.status = status
        start = ZonedTime(startAt, in: zone)
        end = ZonedTime(startAt.addingTimeInterval(TimeInterval(durationMinutes * 60)), in: zone)
        self.durationMinutes = durationMinutes
        self.interviewerName = interviewerName
        self.interviewerEmail = interviewerEmail
        self.location = location
        self.notes = notes
        self.feedback = feedback
        self.preparationComplete = preparationComplete
        self.hasPrepNotes = hasPrepNotes
        allowedNextStatuses = status.allowedNextStatuses
        self.createdAt = UTCTime(createdAt)
        self.updatedAt = UTCTime(updatedAt)
    }
}
