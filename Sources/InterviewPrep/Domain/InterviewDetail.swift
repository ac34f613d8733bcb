import Foundation

/// An interview as shown to people and assistants: its job's company and role, times in UTC
/// and in the interview's zone, and the statuses it may move to next.
public struct InterviewDetail: OutputShape, Equatable {
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
    /// The candidate's own zone, when the output should also say the start in it (`start_home`).
    public var homeZone: HomeZone? = nil

    /// "Fri 4 Dec 08:30 EST · 19:00 IST in Kolkata": the start in the candidate's zone first, so
    /// an assistant can say the right local time without arithmetic.
    public var startHome: String? { homeZone.map { HumanTime.brief(start, home: $0) } }

    /// Its JSON, its schema and its byte writer: this one declaration.
    public static let outputFields: [OutputField<InterviewDetail>] = [
        .identifiers("allowed_next_statuses") { $0.allowedNextStatuses },
        .string("company") { $0.company },
        .utcTime("created_at") { $0.createdAt },
        .integer("duration_minutes") { $0.durationMinutes },
        .zonedTime("end") { $0.end },
        .string("feedback", ifPresent: { $0.feedback }),
        .boolean("has_prep_notes") { $0.hasPrepNotes },
        .string("id") { $0.id },
        .string("interviewer_email", ifPresent: { $0.interviewerEmail }),
        .string("interviewer_name", ifPresent: { $0.interviewerName }),
        .string("job_id") { $0.jobID },
        .string("location", ifPresent: { $0.location }),
        .string("notes", ifPresent: { $0.notes }),
        .boolean("preparation_complete") { $0.preparationComplete },
        .encoded("reminders", schema: ["type": "array", "items": ReminderSummary.outputSchema], ifPresent: { $0.reminders }),
        .string("role") { $0.role },
        .identifier("role_family") { $0.roleFamily },
        .zonedTime("start") { $0.start },
        .field("start_home", .string, ifPresent: { detail in detail.homeZone.map { HomeTime(time: detail.start, home: $0) } }, as: HomeTimeValue.self),
        .identifier("status") { $0.status },
        .identifier("type") { $0.type },
        .utcTime("updated_at") { $0.updatedAt },
    ]

    public init(_ interview: InterviewRecord, job: JobRecord, reminders: [ReminderSummary]? = nil) {
        self.init(
            rowID: interview.id ?? 0, job: Job(rowID: job.id ?? 0, company: job.company, role: job.role, roleFamily: job.roleFamily),
            type: interview.type, status: interview.status, startAt: interview.startAt, zoneName: interview.timeZone,
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
        rowID: Int64, job: Job, type: InterviewType, status: InterviewStatus, startAt: Date, zoneName: String,
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
        // By its stored (validated) name: asking a zone its identifier goes through ICU, four
        // times per interview. Start and end are looked up at once (lists make one per interview).
        let endAt = startAt.addingTimeInterval(TimeInterval(durationMinutes * 60))
        let (startPeriod, endPeriod) = ZoneOffsetCache.periods(named: zoneName, at: startAt, endAt)
        start = ZonedTime(startAt, period: startPeriod, named: zoneName)
        end = ZonedTime(endAt, period: endPeriod, named: zoneName)
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

/// An output whose times can also be given in the candidate's own zone (added by the surface
/// that shows it; the exact ISO fields stay as they are).
public protocol HomeZoned: Encodable, Sendable {
    /// Gives every interview it holds its start in `zone` too: in place, so a list held only
    /// here is changed where it is, not copied.
    mutating func showStarts(in zone: HomeZone)
}

extension InterviewDetail: HomeZoned {
    public mutating func showStarts(in zone: HomeZone) { homeZone = zone }
}
