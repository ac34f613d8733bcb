import InterviewPrep
import MCP

/// Jobs and their pipelines: stages, debriefs, status.
enum PipelineTools {
    static var all: [ToolDefinition] { [addJob, getPipeline, addStage, unlock, skip, decline, submit, debrief, setStatus] }

    static let stageID = ToolParameter("stage_id", .string(maxLength: 40), required: true, "The stage's id, e.g. stg_4 (from get_pipeline).")
    static let jobID = ToolParameter("job_id", .string(maxLength: 40), required: true, "The job's id, e.g. job_3.")

    /// `JobPipeline`, from its declaration.
    static let pipelineSchema = Value(JobPipeline.outputSchema)

    static let stageWrite = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)

    static let addJob = ToolDefinition(
        name: "add_job", title: "Add a job",
        description: "Track a job the candidate applied to, with its interview stages: given as stages (kind: phone_screen, video_interview, technical, behavioral, on_site, panel, final_round, screening_questionnaire, take_home, online_assessment; optional name and, for async kinds, deadline), else the role family's template. The first stage starts unlocked.",
        parameters: [
            ToolParameter("company", .string(maxLength: 200), required: true, "The company."),
            ToolParameter("role", .string(maxLength: 200), required: true, "The role title."),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "Inferred from the role when omitted."),
            ToolParameter("url", .string(maxLength: 2000), "The job posting."),
            ToolParameter("source", .string(maxLength: 200), "Where it came from: referral, LinkedIn, …"),
            ToolParameter("notes", .freeText, "Notes."),
            ToolParameter("stage_kinds", .listOf(StageKind.allowedNames), "The stages in order, by kind; the template when omitted."),
        ],
        outputSchema: pipelineSchema, annotations: ToolDefinition.additiveWrite
    ) { args, context in
        let kinds = args.values("stage_kinds", as: StageKind.self)
        return try await context.pipelines.addJob(
            company: args.requiredString("company"), role: args.requiredString("role"), roleFamily: args.value("role_family", as: RoleFamily.self),
            url: args.string("url"), source: args.string("source"), notes: args.string("notes"),
            stages: kinds.isEmpty ? nil : kinds.map { StageInput(kind: $0) }, actor: context.actor)
    }

    static let getPipeline = ToolDefinition(
        name: "get_pipeline", title: "A job's pipeline",
        description: "One job: status (and what the company's side looks like), stages with their status, interviews and debriefs, notes, contacts, offers and the next action. Overdue async stages show as expired.",
        parameters: [jobID], outputSchema: pipelineSchema, annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.pipelines.pipeline(jobID: args.requiredString("job_id"))
    }

    static let addStage = ToolDefinition(
        name: "add_stage", title: "Add a stage",
        description: "Add a stage at the end of a job's pipeline (e.g. the company announced a take-home). Async kinds may have a deadline (ISO 8601 or a date).",
        parameters: [
            jobID,
            ToolParameter("kind", .oneOf(StageKind.allowedNames), required: true, "The stage kind."),
            ToolParameter("name", .string(maxLength: 200), "A name; from the kind when omitted."),
            ToolParameter("deadline", .string(maxLength: 40), "Async stages only: when the submission is due."),
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
        description: "Unlock a stage when the company moves the candidate forward. Refused while an earlier stage is unfinished unless force (which completes earlier async stages); always refused while an earlier live stage has no debrief (requires_debrief).",
        parameters: [stageID, ToolParameter("force", .boolean, default: false, "Complete unfinished earlier async stages.")],
        outputSchema: pipelineSchema, annotations: stageWrite
    ) { args, context in
        try await context.pipelines.unlockStage(stageID: args.requiredString("stage_id"), force: args.bool("force") ?? false, actor: context.actor)
    }

    static let skip = ToolDefinition(
        name: "skip_stage", title: "Skip a stage",
        description: "Mark a stage as not needed for this job (the company dropped it). Final: a skipped stage cannot be reopened.", parameters: [stageID], outputSchema: pipelineSchema,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.pipelines.skipStage(stageID: args.requiredString("stage_id"), actor: context.actor)
    }

    static let decline = ToolDefinition(
        name: "decline_stage", title: "Decline a stage",
        description: "The candidate declines a stage (e.g. will not do the take-home).", parameters: [stageID], outputSchema: pipelineSchema,
        annotations: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
    ) { args, context in
        try await context.pipelines.declineStage(stageID: args.requiredString("stage_id"), actor: context.actor)
    }

    static let submit = ToolDefinition(
        name: "submit_stage", title: "Submit an async stage",
        description: "The candidate submitted an async stage (questionnaire, take-home, online assessment): it completes. Live stages complete with record_debrief instead.",
        parameters: [stageID], outputSchema: pipelineSchema, annotations: stageWrite
    ) { args, context in
        try await context.pipelines.submitStage(stageID: args.requiredString("stage_id"), actor: context.actor)
    }

    static let debrief = ToolDefinition(
        name: "record_debrief", title: "Record a debrief",
        description: "The candidate's debrief after an interview: rating 1-10, traits, self-assessed outcome, what went well, what to improve, questions asked, and any feedback received. Completes the interview and its live stage; feeds prep packets for later interviews at the company.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("rating", .integer(Bounds.debriefRating), required: true, "How it went overall, 1-10."),
            ToolParameter("outcome", .oneOf(DebriefOutcome.allowedNames), required: true, "The candidate's own verdict."),
            ToolParameter("traits", .strings(maxLength: 40, maxItems: 10), "From: confident, clear, structured, analytical, creative, prepared, nervous, rushed, rambling, curious, collaborative, technical_depth, good_questions, calm_under_pressure."),
            ToolParameter("went_well", .freeText, "What went well."),
            ToolParameter("to_improve", .freeText, "What to improve."),
            ToolParameter("questions_asked", .freeText, "The questions they asked."),
            ToolParameter("feedback_received", .freeText, "Feedback from the company, if any."),
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
        description: "The overall status with a company: active, shortlisted, rejected, hired or withdrawn. The candidate-facing status (in_progress, advanced, not_selected, offer_extended, withdrawn) follows automatically.",
        parameters: [jobID, ToolParameter("status", .oneOf(JobStatus.allowedNames), required: true, "The new status.")],
        outputSchema: pipelineSchema, annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.pipelines.setJobStatus(jobID: args.requiredString("job_id"), status: args.value("status", as: JobStatus.self)!, actor: context.actor)
    }
}
