import Foundation
import InterviewPrep
import MCP

/// Scheduling, reading and moving interviews through their lifecycle.
enum InterviewTools {
    static let interviewID = ToolParameter(
        "interview_id", .string(maxLength: 40), required: true, "e.g. int_7.")

    static var all: [ToolDefinition] {
        [schedule, get, list, upcoming, byJob, updateStatus, reschedule, cancel]
    }

    static let schedule = ToolDefinition(
        name: "schedule_interview",
        title: "Schedule an interview",
        description: "Record an interview: job_id, company + role (found or created), or stage_id. start: ISO 8601 with offset, or a local time in timezone (default: the user's); DST gaps and repeats are refused with alternatives.",
        parameters: [
            ToolParameter("job_id", .string(maxLength: 40), "e.g. job_3."),
            ToolParameter("company", .string(maxLength: 200), "Required without job_id."),
            ToolParameter("role", .string(maxLength: 200), "Required without job_id."),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "Inferred from role when omitted."),
            ToolParameter("type", .oneOf(InterviewType.allowedNames), required: true, ""),
            ToolParameter("start", .string(maxLength: 40), required: true, ""),
            ToolParameter("timezone", .string(maxLength: 64), "IANA zone, e.g. America/New_York."),
            ToolParameter("duration_minutes", .integer(Bounds.durationMinutes), "Minutes; by type when omitted."),
            ToolParameter("interviewer_name", .string(maxLength: 200), ""),
            ToolParameter("interviewer_email", .string(maxLength: 254, format: "email"), ""),
            ToolParameter("location", .string(maxLength: 2000), "Address or meeting link."),
            ToolParameter("notes", .freeText, ""),
            ToolParameter("reminder_hours", .integers(Bounds.reminderHours), "Hours before start, e.g. [48, 24, 2]."),
            ToolParameter("stage_id", .string(maxLength: 40), "An unlocked stage, e.g. stg_4; it becomes invited."),
        ],
        outputSchema: Schema.interview,
        annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.interviews.schedule(try args.decode(ScheduleInterviewRequest.self), actor: context.actor)
    }

    static let get = ToolDefinition(
        name: "get_interview",
        title: "Get an interview",
        description: "One interview: status and allowed next statuses, UTC and local times, interviewer, location, notes, feedback, prep state; reminders with include_reminders.",
        parameters: [interviewID, ToolParameter("include_reminders", .boolean, default: false, "")],
        outputSchema: Schema.interview,
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.interview(id: args.requiredString("interview_id"), includeReminders: args.bool("include_reminders") ?? false)
    }

    static let list = ToolDefinition(
        name: "list_interviews",
        title: "List interviews",
        description: "Interviews in start order, filtered by status, type, company (partial), job_id, from/to (instant, local time or date; a 'to' date includes that day). Paginated by cursor.",
        parameters: [
            ToolParameter("status", .listOf(InterviewStatus.allowedNames), ""),
            ToolParameter("type", .listOf(InterviewType.allowedNames), ""),
            ToolParameter("company", .string(maxLength: 200), "Part of the name."),
            ToolParameter("job_id", .string(maxLength: 40), ""),
            ToolParameter("from", .string(maxLength: 40), ""),
            ToolParameter("to", .string(maxLength: 40), ""),
            ToolParameter("limit", .integer(Bounds.pageSize), default: 50, ""),
            ToolParameter("cursor", .string(maxLength: 200), "next_cursor of the last page."),
        ],
        outputSchema: Value(InterviewListOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        InterviewListOutput(page: try await context.interviews.list(try args.decode(InterviewFilter.self), limit: args.int("limit") ?? 50, cursor: args.string("cursor")))
    }

    static let upcoming = ToolDefinition(
        name: "get_upcoming_interviews",
        title: "Upcoming interviews",
        description: "Live interviews starting within `days` (or under way now), soonest first.",
        parameters: [ToolParameter("days", .integer(Bounds.upcomingDays), default: 7, "")],
        outputSchema: Value(InterviewListOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let upcoming = try await context.interviews.upcoming(days: args.int("days") ?? 7)
        return InterviewListOutput(interviews: upcoming.interviews, days: upcoming.days, asOf: UTCTime(upcoming.asOf))
    }

    static let byJob = ToolDefinition(
        name: "get_interviews_by_job",
        title: "Interviews of a job",
        description: "Every interview of one job, in start order.",
        parameters: [ToolParameter("job_id", .string(maxLength: 40), required: true, "e.g. job_3.")],
        outputSchema: Value(InterviewListOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let jobID = args.requiredString("job_id")
        return InterviewListOutput(interviews: try await context.interviews.interviews(forJob: jobID), jobID: jobID)
    }

    static let updateStatus = ToolDefinition(
        name: "update_interview_status",
        title: "Update an interview's status",
        description: "Move an interview forward: scheduled, confirmed, reminder_sent, in_progress, completed (final); or cancelled (final). Never back. feedback replaces, notes append. Use reschedule_interview to change the time.",
        parameters: [
            interviewID,
            ToolParameter("status", .oneOf(["confirmed", "reminder_sent", "in_progress", "completed", "cancelled"]), required: true, ""),
            ToolParameter("feedback", .freeText, "From the company."),
            ToolParameter("notes", .freeText, "Appended."),
        ],
        outputSchema: Schema.interview,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.interviews.updateStatus(
            interviewID: args.requiredString("interview_id"), to: args.value("status", as: InterviewStatus.self)!,
            feedback: args.string("feedback"), notes: args.string("notes"), actor: context.actor)
    }

    static let reschedule = ToolDefinition(
        name: "reschedule_interview",
        title: "Reschedule an interview",
        description: "Move a live interview to a new start (status rescheduled; the old time stays in its timeline). A local start is read in the interview's zone unless timezone is given.",
        parameters: [
            interviewID,
            ToolParameter("start", .string(maxLength: 40), required: true, ""),
            ToolParameter("timezone", .string(maxLength: 64), "IANA zone; unchanged when omitted."),
            ToolParameter("duration_minutes", .integer(Bounds.durationMinutes), "Minutes."),
            ToolParameter("reason", .freeText, ""),
        ],
        outputSchema: Schema.interview,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.interviews.reschedule(
            interviewID: args.requiredString("interview_id"), start: args.requiredString("start"),
            timeZone: args.string("timezone"), durationMinutes: args.int("duration_minutes"),
            reason: args.string("reason"), actor: context.actor)
    }

    static let cancel = ToolDefinition(
        name: "cancel_interview",
        title: "Cancel an interview",
        description: "Cancel a live interview (final). reason is appended to its notes.",
        parameters: [interviewID, ToolParameter("reason", .freeText, "")],
        outputSchema: Schema.interview,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.interviews.cancel(interviewID: args.requiredString("interview_id"), reason: args.string("reason"), actor: context.actor)
    }
}

/// A list of interviews with what it was asked for: one shape for every tool that lists
/// interviews (so `tools/list` carries its schema once).
struct InterviewListOutput: OutputShape, HomeZoned {
    mutating func showStarts(in zone: HomeZone) {
        for index in interviews.indices { interviews[index].homeZone = zone }
    }

    var interviews: [InterviewDetail]
    var count: Int
    var days: Int?
    var asOf: UTCTime?
    var jobID: String?
    /// A page of `list_interviews`: where the next page starts, and how many match in all.
    var nextCursor: String?
    var totalMatching: Int?

    init(interviews: [InterviewDetail], days: Int? = nil, asOf: UTCTime? = nil, jobID: String? = nil) {
        self.interviews = interviews
        self.count = interviews.count
        self.days = days
        self.asOf = asOf
        self.jobID = jobID
    }

    init(page: InterviewPage) {
        self.init(interviews: page.interviews)
        nextCursor = page.nextCursor
        totalMatching = page.totalMatching
    }

    static let outputFields: [OutputField<InterviewListOutput>] = [
        .utcTime("as_of", ifPresent: { $0.asOf }),
        .integer("count") { $0.count },
        .integer("days", ifPresent: { $0.days }),
        .objects("interviews") { $0.interviews },
        .string("job_id", ifPresent: { $0.jobID }),
        .string("next_cursor", ifPresent: { $0.nextCursor }),
        .integer("total_matching", ifPresent: { $0.totalMatching }),
    ]
}
