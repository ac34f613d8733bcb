import InterviewPrep
import MCP

/// Scheduling, reading and moving interviews through their lifecycle.
enum InterviewTools {
    static let interviewID = ToolParameter(
        "interview_id", .string(maxLength: 40), required: true, "The interview's id, e.g. int_7 (from schedule_interview or list_interviews).")

    static var all: [ToolDefinition] {
        [schedule, get, list, upcoming, byJob, updateStatus, reschedule, cancel]
    }

    static let schedule = ToolDefinition(
        name: "schedule_interview",
        title: "Schedule an interview",
        description: """
            Record a new interview for a job the candidate applied to. Give job_id for a known job, or company \
            and role (the job is found by that pair or created). start is ISO 8601 with an offset \
            (2026-03-09T09:00:00-05:00) or a local time (2026-03-09T09:00) read in timezone (IANA name; the \
            user's default when omitted). A local time skipped or repeated by a daylight-saving change is \
            refused with the valid alternatives. duration_minutes defaults by type. Reminder emails are planned \
            by type (technical: 48h, 24h, 2h before) unless reminder_hours is given. Refuses a second live \
            interview for the same job at the same start. Returns the interview with UTC and local times and its reminders.
            """,
        parameters: [
            ToolParameter("job_id", .string(maxLength: 40), "An existing job's id, e.g. job_3. Omit to use company and role."),
            ToolParameter("company", .string(maxLength: 200), "The company, e.g. Stripe. Required without job_id."),
            ToolParameter("role", .string(maxLength: 200), "The role title, e.g. Senior Backend Engineer. Required without job_id."),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "The role family of a new job; inferred from the role title when omitted."),
            ToolParameter("type", .oneOf(InterviewType.allowedNames), required: true, "The kind of interview."),
            ToolParameter("start", .string(maxLength: 40), required: true, "Start: ISO 8601 with offset, or a local date-time with timezone."),
            ToolParameter("timezone", .string(maxLength: 64), "IANA time zone of the interview, e.g. America/New_York."),
            ToolParameter("duration_minutes", .integer(Bounds.durationMinutes), "Length in minutes; defaults by type (technical 60, on_site 240, …)."),
            ToolParameter("interviewer_name", .string(maxLength: 200), "Who conducts the interview."),
            ToolParameter("interviewer_email", .string(maxLength: 254, format: "email"), "The interviewer's email address."),
            ToolParameter("location", .string(maxLength: 2000), "Address, or a meeting link like https://zoom.us/j/123."),
            ToolParameter("notes", .freeText, "Anything worth remembering about it."),
            ToolParameter("reminder_hours", .integers(Bounds.reminderHours), "Hours before the start to email reminders, e.g. [48, 24, 2]; by type when omitted."),
            ToolParameter("stage_id", .string(maxLength: 40), "The pipeline stage this interview is for (e.g. stg_4): it must be unlocked, and becomes invited. Its job is used when job_id and company are omitted."),
        ],
        outputSchema: Schema.interview,
        annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.interviews.schedule(try args.decode(ScheduleInterviewRequest.self), actor: context.actor)
    }

    static let get = ToolDefinition(
        name: "get_interview",
        title: "Get an interview",
        description: "Everything about one interview: job, type, status and the statuses it may move to, times in UTC and local, interviewer, location, notes, feedback and whether preparation is done; with include_reminders, its reminder emails and their state.",
        parameters: [interviewID, ToolParameter("include_reminders", .boolean, default: false, "Also list its reminders (due times, sent, skipped…).")],
        outputSchema: Schema.interview,
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.interview(id: args.requiredString("interview_id"), includeReminders: args.bool("include_reminders") ?? false)
    }

    static let list = ToolDefinition(
        name: "list_interviews",
        title: "List interviews",
        description: """
            Interviews in start order, filtered by any of: status (one or several), type, company (partial, \
            case-insensitive), job_id, and a start range from/to (ISO 8601 instant, local date-time, or a date; \
            a date in 'to' includes that whole day). Paginated: pass next_cursor back as cursor for the next page.
            """,
        parameters: [
            ToolParameter("status", .listOf(InterviewStatus.allowedNames), "Only these statuses."),
            ToolParameter("type", .listOf(InterviewType.allowedNames), "Only these types."),
            ToolParameter("company", .string(maxLength: 200), "Company name or part of it."),
            ToolParameter("job_id", .string(maxLength: 40), "Only this job's interviews."),
            ToolParameter("from", .string(maxLength: 40), "Start at or after this time or date."),
            ToolParameter("to", .string(maxLength: 40), "Start before this time, or on or before this date."),
            ToolParameter("limit", .integer(Bounds.pageSize), default: 50, "Page size."),
            ToolParameter("cursor", .string(maxLength: 200), "next_cursor from the previous page."),
        ],
        outputSchema: Value(InterviewPage.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.list(try args.decode(InterviewFilter.self), limit: args.int("limit") ?? 50, cursor: args.string("cursor"))
    }

    static let upcoming = ToolDefinition(
        name: "get_upcoming_interviews",
        title: "Upcoming interviews",
        description: "Live interviews (not completed or cancelled) that start within the next `days` days, or are happening now, soonest first.",
        parameters: [ToolParameter("days", .integer(Bounds.upcomingDays), default: 7, "How many days ahead to look.")],
        outputSchema: InterviewListOutput.schema(requiring: ["days", "as_of"]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let upcoming = try await context.interviews.upcoming(days: args.int("days") ?? 7)
        return InterviewListOutput(interviews: upcoming.interviews, days: upcoming.days, asOf: UTCTime(upcoming.asOf))
    }

    static let byJob = ToolDefinition(
        name: "get_interviews_by_job",
        title: "Interviews of a job",
        description: "Every interview of one job, in start order, whatever their status.",
        parameters: [ToolParameter("job_id", .string(maxLength: 40), required: true, "The job's id, e.g. job_3.")],
        outputSchema: InterviewListOutput.schema(requiring: ["job_id"]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let jobID = args.requiredString("job_id")
        return InterviewListOutput(interviews: try await context.interviews.interviews(forJob: jobID), jobID: jobID)
    }

    static let updateStatus = ToolDefinition(
        name: "update_interview_status",
        title: "Update an interview's status",
        description: """
            Move an interview along scheduled → confirmed → reminder_sent → in_progress → completed (steps may \
            be skipped forward, never taken back), or to cancelled. completed and cancelled are final. \
            To move it in time use reschedule_interview. Optional feedback (from the company) replaces earlier \
            feedback; optional notes are appended. An illegal move is refused with the allowed statuses.
            """,
        parameters: [
            interviewID,
            ToolParameter("status", .oneOf(["confirmed", "reminder_sent", "in_progress", "completed", "cancelled"]), required: true, "The new status."),
            ToolParameter("feedback", .freeText, "Feedback received about the interview."),
            ToolParameter("notes", .freeText, "Notes to append."),
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
        description: """
            Move a live interview to a new start; its status becomes rescheduled and the old time stays in \
            its timeline. A local start is read in the interview's own time zone unless timezone is given. \
            Optionally change the duration and give a reason.
            """,
        parameters: [
            interviewID,
            ToolParameter("start", .string(maxLength: 40), required: true, "New start: ISO 8601 with offset, or a local date-time."),
            ToolParameter("timezone", .string(maxLength: 64), "New IANA time zone; the interview's current zone when omitted."),
            ToolParameter("duration_minutes", .integer(Bounds.durationMinutes), "New length in minutes."),
            ToolParameter("reason", .freeText, "Why it moved."),
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
        description: "Cancel a live interview (final: it cannot be revived; schedule a new one instead). The optional reason is appended to its notes.",
        parameters: [interviewID, ToolParameter("reason", .freeText, "Why it was cancelled.")],
        outputSchema: Schema.interview,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.interviews.cancel(interviewID: args.requiredString("interview_id"), reason: args.string("reason"), actor: context.actor)
    }
}

/// A list of interviews with what it was asked for.
struct InterviewListOutput: OutputShape {
    var interviews: [InterviewDetail]
    var count: Int
    var days: Int?
    var asOf: UTCTime?
    var jobID: String?

    init(interviews: [InterviewDetail], days: Int? = nil, asOf: UTCTime? = nil, jobID: String? = nil) {
        self.interviews = interviews
        self.count = interviews.count
        self.days = days
        self.asOf = asOf
        self.jobID = jobID
    }

    static let outputFields: [OutputField<InterviewListOutput>] = [
        .utcTime("as_of", ifPresent: { $0.asOf }),
        .integer("count") { $0.count },
        .integer("days", ifPresent: { $0.days }),
        .objects("interviews") { $0.interviews },
        .string("job_id", ifPresent: { $0.jobID }),
    ]

    /// The declared schema, with the optional fields a tool always gives made required.
    static func schema(requiring fields: [String]) -> Value {
        guard case .object(var schema) = outputSchema, case .array(let required)? = schema["required"] else { return Value(outputSchema) }
        schema["required"] = .array(required + fields.map(JSONValue.string))
        return Value(JSONValue.object(schema))
    }
}
