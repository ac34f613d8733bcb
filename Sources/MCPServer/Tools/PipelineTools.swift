import InterviewPrep
import MCP
import Postings

/// Jobs and their pipelines: stages, debriefs, status.
enum PipelineTools {
    static var all: [ToolDefinition] { [addJob, importPosting, updateJob, getPipeline, addStage, unlock, skip, decline, submit, debrief, setStatus] }

    static let stageID = ToolParameter("stage_id", .string(maxLength: 40), required: true, "e.g. stg_4.")
    static let jobID = ToolParameter("job_id", .string(maxLength: 40), required: true, "e.g. job_3.")

    /// `JobPipeline`, from its declaration.
    static var pipelineSchema: Value { Value(JobPipeline.outputSchema) }

    static let stageWrite = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)

    static let addJob = ToolDefinition(
        name: "add_job", title: "Add a job",
        description: "Track a job: saved (default), applied (give applied) or active. Stages: stage_kinds, else the role family's.",
        parameters: [
            ToolParameter("company", .string(maxLength: 200), required: true, ""),
            ToolParameter("role", .string(maxLength: 200), required: true, ""),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "Inferred from role when omitted."),
            ToolParameter("status", .oneOf(PipelineService.startingStatuses.map(\.rawValue)), ""),
        ] + JobTools.profileParameters + [
            ToolParameter("notes", .freeText, ""),
            ToolParameter("stage_kinds", .listOf(StageKind.allowedNames), "Stage kinds in order."),
        ],
        outputSchema: pipelineSchema, annotations: ToolDefinition.additiveWrite
    ) { args, context in
        let kinds = args.values("stage_kinds", as: StageKind.self)
        return try await context.pipelines.addJob(
            company: args.requiredString("company"), role: args.requiredString("role"), roleFamily: args.value("role_family", as: RoleFamily.self),
            status: args.value("status", as: JobStatus.self), profile: args.jobProfile, notes: args.string("notes"),
            stages: kinds.isEmpty ? nil : kinds.map { StageInput(kind: $0) }, actor: context.actor)
    }

    static let importPosting = ToolDefinition(
        name: "import_job_posting", title: "Import a job posting",
        description: "Track a job from its posting URL (the page's JobPosting data, else its title and text). Private addresses only if the user allows.",
        parameters: [
            ToolParameter("url", .string(maxLength: 2000), required: true, ""),
            ToolParameter("company", .string(maxLength: 200), ""),
            ToolParameter("role", .string(maxLength: 200), ""),
            ToolParameter("status", .oneOf(PipelineService.startingStatuses.map(\.rawValue)), ""),
            ToolParameter("priority", .integer(Bounds.priority), ""),
            ToolParameter("tags", .strings(maxLength: JobTags.maxLength, maxItems: JobTags.maxCount), ""),
            ToolParameter("applied", .string(maxLength: 40), ""),
        ],
        outputSchema: Value(PostingImport.outputSchema),
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true)
    ) { args, context in
        try await context.postings.importPosting(
            url: args.requiredString("url"), company: args.string("company"), role: args.string("role"), status: args.value("status", as: JobStatus.self),
            profile: JobProfile(priority: args.int("priority"), tags: args.has("tags") ? args.strings("tags") : nil, applied: args.string("applied")),
            actor: context.actor)
    }

    static let updateJob = ToolDefinition(
        name: "update_job", title: "Update a job",
        description: "Correct or complete a job's fields (tags replace the list). Undoable.",
        parameters: [
            jobID,
            ToolParameter("company", .string(maxLength: 200), ""),
            ToolParameter("role", .string(maxLength: 200), ""),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), ""),
        ] + JobTools.profileParameters,
        outputSchema: pipelineSchema, annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.pipelines.editJob(
            jobID: args.requiredString("job_id"),
            JobEdit(company: args.string("company"), role: args.string("role"), roleFamily: args.value("role_family", as: RoleFamily.self), profile: args.jobProfile),
            actor: context.actor)
    }

    static let getPipeline = ToolDefinition(
        name: "get_pipeline", title: "A job's pipeline",
        description: "One job: status (and the company-side view), stages with interviews and debriefs, notes, contacts, offers, next action. Overdue async stages show expired.",
        parameters: [jobID], outputSchema: pipelineSchema, annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.pipelines.pipeline(jobID: args.requiredString("job_id"))
    }

    static let addStage = ToolDefinition(
        name: "add_stage", title: "Add a stage",
        description: "Add a stage at the end of a job's pipeline; async kinds may have a deadline.",
        parameters: [
            jobID,
            ToolParameter("kind", .oneOf(StageKind.allowedNames), required: true, ""),
            ToolParameter("name", .string(maxLength: 200), ""),
            ToolParameter("deadline", .string(maxLength: 40), "Async stages: due date."),
        ],
        outputSchema: pipelineSchema, annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.pipelines.addStage(
            jobID: args.requiredString("job_id"),
            stage: StageInput(name: args.string("name"), kind: args.value("kind", as: StageKind.self)!, deadline: args.string("deadline")),
            actor: context.actor)
    }

    static let unlock = ToolDefinition(
        name: "unlock_stage", title: "Unlock a stage",
        description: "Unlock a stage when the company moves the candidate on. Refused while an earlier stage is open (force completes earlier async ones) or an earlier live stage lacks a debrief.",
        parameters: [stageID, ToolParameter("force", .boolean, default: false, "")],
        outputSchema: pipelineSchema, annotations: stageWrite
    ) { args, context in
        try await context.pipelines.unlockStage(stageID: args.requiredString("stage_id"), force: args.bool("force") ?? false, actor: context.actor)
    }

    static let skip = ToolDefinition(
        name: "skip_stage", title: "Skip a stage",
        description: "Mark a stage not needed (final).", parameters: [stageID], outputSchema: pipelineSchema,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.pipelines.skipStage(stageID: args.requiredString("stage_id"), actor: context.actor)
    }

    static let decline = ToolDefinition(
        name: "decline_stage", title: "Decline a stage",
        description: "The candidate declines a stage (final).", parameters: [stageID], outputSchema: pipelineSchema,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.pipelines.declineStage(stageID: args.requiredString("stage_id"), actor: context.actor)
    }

    static let submit = ToolDefinition(
        name: "submit_stage", title: "Submit an async stage",
        description: "The candidate submitted an async stage: it completes. Live stages complete with record_debrief.",
        parameters: [stageID], outputSchema: pipelineSchema, annotations: stageWrite
    ) { args, context in
        try await context.pipelines.submitStage(stageID: args.requiredString("stage_id"), actor: context.actor)
    }

    static let debrief = ToolDefinition(
        name: "record_debrief", title: "Record a debrief",
        description: "The candidate's debrief of an interview (rating, traits, verdict, notes, feedback). Completes the interview and its live stage.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("rating", .integer(Bounds.debriefRating), required: true, ""),
            ToolParameter("outcome", .oneOf(DebriefOutcome.allowedNames), required: true, ""),
            ToolParameter("traits", .strings(maxLength: 40, maxItems: 10), ""),
            ToolParameter("went_well", .freeText, ""),
            ToolParameter("to_improve", .freeText, ""),
            ToolParameter("questions_asked", .freeText, ""),
            ToolParameter("feedback_received", .freeText, "From the company."),
        ],
        outputSchema: Value(DebriefView.outputSchema),
        annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.pipelines.recordDebrief(
            interviewID: args.requiredString("interview_id"),
            DebriefInput(rating: args.int("rating")!, traits: args.strings("traits"), outcome: args.value("outcome", as: DebriefOutcome.self)!,
                         wentWell: args.string("went_well"), toImprove: args.string("to_improve"),
                         questionsAsked: args.string("questions_asked"), feedbackReceived: args.string("feedback_received")),
            actor: context.actor)
    }

    static let setStatus = ToolDefinition(
        name: "set_job_status", title: "Set a job's status",
        description: "Set a job's status; the company-side status follows.",
        parameters: [jobID, ToolParameter("status", .oneOf(JobStatus.allowedNames), required: true, "")],
        outputSchema: pipelineSchema, annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.pipelines.setJobStatus(jobID: args.requiredString("job_id"), status: args.value("status", as: JobStatus.self)!, actor: context.actor)
    }
}
