import Foundation

/// What it takes to schedule an interview. Either `jobID`, or `company` and `role` (the job is
/// then found by that pair, case-insensitively, or created).
public struct ScheduleInterviewRequest: Codable, Sendable, Equatable {
    public var jobID: String?
    public var company: String?
    public var role: String?
    public var roleFamily: RoleFamily?
    public var type: InterviewType
    /// ISO 8601 with an offset, or a local date-time read in `timeZone`.
    public var start: String
    /// An IANA zone name; the configured default when absent.
    public var timeZone: String?
    /// Minutes; the type's default when absent.
    public var durationMinutes: Int?
    public var interviewerName: String?
    public var interviewerEmail: String?
    public var location: String?
    public var notes: String?
    /// Hours before the start to send reminders; the type's default when absent.
    public var reminderHours: [Int]?
    /// The pipeline stage (e.g. `stg_4`) this interview is for; its job is used when no job is given.
    public var stageID: String?

    public init(
        jobID: String? = nil, company: String? = nil, role: String? = nil, roleFamily: RoleFamily? = nil,
        type: InterviewType, start: String, timeZone: String? = nil, durationMinutes: Int? = nil,
        interviewerName: String? = nil, interviewerEmail: String? = nil, location: String? = nil, notes: String? = nil,
        reminderHours: [Int]? = nil, stageID: String? = nil
    ) {
        self.reminderHours = reminderHours
        self.stageID = stageID
        self.jobID = jobID
        self.company = company
        self.role = role
        self.roleFamily = roleFamily
        self.type = type
        self.start = start
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
        self.interviewerName = interviewerName
        self.interviewerEmail = interviewerEmail
        self.location = location
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case jobID = "job_id"
        case company, role
        case roleFamily = "role_family"
        case type, start
        case timeZone = "timezone"
        case durationMinutes = "duration_minutes"
        case interviewerName = "interviewer_name"
        case interviewerEmail = "interviewer_email"
        case location, notes
        case reminderHours = "reminder_hours"
        case stageID = "stage_id"
    }
}

/// How saved prep notes combine with what is already there.
public enum NotesMode: String, Codable, Sendable, CaseIterable {
    case replace
    case append
}

/// Which interviews a list returns. Every filter is optional; all given ones must match.
public struct InterviewFilter: Codable, Sendable, Equatable {
    public var statuses: [InterviewStatus]
    public var types: [InterviewType]
    /// Matches the company name case-insensitively, partial names allowed.
    public var company: String?
    public var jobID: String?
    /// Start at or after; ISO 8601 instant, local date-time, or a date (`2026-12-01`).
    public var from: String?
    /// Start before; a bare date includes that whole day.
    public var to: String?

    public init(
        statuses: [InterviewStatus] = [], types: [InterviewType] = [], company: String? = nil,
        jobID: String? = nil, from: String? = nil, to: String? = nil
    ) {
        self.statuses = statuses
        self.types = types
        self.company = company
        self.jobID = jobID
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey {
        case statuses = "status"
        case types = "type"
        case company
        case jobID = "job_id"
        case from, to
    }

    /// Absent lists are empty: no filter.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statuses = try container.decodeIfPresent([InterviewStatus].self, forKey: .statuses) ?? []
        types = try container.decodeIfPresent([InterviewType].self, forKey: .types) ?? []
        company = try container.decodeIfPresent(String.self, forKey: .company)
        jobID = try container.decodeIfPresent(String.self, forKey: .jobID)
        from = try container.decodeIfPresent(String.self, forKey: .from)
        to = try container.decodeIfPresent(String.self, forKey: .to)
    }
}

/// One page of a list, with the cursor that fetches the next.
public struct InterviewPage: OutputShape, Equatable {
    public var interviews: [InterviewDetail]
    /// Pass back as `cursor` for the next page; absent on the last page.
    public var nextCursor: String?
    /// How many interviews match the filter in all pages.
    public var totalMatching: Int

    public static let outputFields: [OutputField<InterviewPage>] = [
        .objects("interviews") { $0.interviews },
        .string("next_cursor", ifPresent: { $0.nextCursor }),
        .integer("total_matching") { $0.totalMatching },
    ]
}
