import Coaching
import InterviewPrep
import MCP

/// Coaching: packets, questions, tips, research, pitch, STAR analysis, checklists.
enum CoachingTools {
    static var all: [ToolDefinition] { [materials, questions, tips, research, pitch, star, checklist, tick] }

    static let materials = ToolDefinition(
        name: "get_interview_prep_materials", title: "Prep packet",
        description: "An offline prep packet: checklist, tips, role and behavioral questions with what strong answers cover, STAR guide, questions to ask; with interview_id, its notes and past interviews there.",
        parameters: [
            ToolParameter("interview_id", .string(maxLength: 40), "e.g. int_7."),
            ToolParameter("interview_type", .oneOf(InterviewType.allowedNames), "Without interview_id."),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "Without interview_id."),
        ],
        outputSchema: Value(PrepPacket.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        if let id = args.string("interview_id") { return try await context.coaching.packet(interviewID: id) }
        guard let type = args.value("interview_type", as: InterviewType.self), let family = args.value("role_family", as: RoleFamily.self) else {
            throw MCPServerError.invalidArguments(field: "interview_id", reason: "give interview_id, or both interview_type and role_family")
        }
        return try context.coaching.packet(type: type, roleFamily: family)
    }

    static let questions = ToolDefinition(
        name: "get_interview_questions", title: "Practice questions",
        description: "Questions from a role family's bank (or behavioral) with what a strong answer covers; with job_id, those matching its posting's skills first. Deterministic.",
        parameters: [
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames + ["behavioral"]), "Required without job_id."),
            ToolParameter("job_id", .string(maxLength: 40), ""),
            ToolParameter("category", .string(maxLength: 60), "e.g. system_design, coding."),
            ToolParameter("difficulty", .oneOf(["junior", "mid", "senior"]), ""),
            ToolParameter("count", .integer(QuestionPractice.countRange), default: 5, ""),
            ToolParameter("exclude_ids", .strings(maxLength: 20, maxItems: 200), ""),
        ],
        outputSchema: Value(QuestionPractice.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        if let jobID = args.string("job_id") {
            return try await context.coaching.questions(
                forJob: jobID, roleFamily: args.string("role_family"), category: args.string("category"), difficulty: args.string("difficulty"),
                count: args.int("count") ?? 5, excluding: Set(args.strings("exclude_ids")))
        }
        guard let family = args.string("role_family") else {
            throw CoachingError.invalidArgument(field: "role_family", reason: "is required without job_id")
        }
        return try context.coaching.questions(
            roleFamily: family, category: args.string("category"), difficulty: args.string("difficulty"),
            count: args.int("count") ?? 5, excluding: Set(args.strings("exclude_ids")))
    }

    static let tips = ToolDefinition(
        name: "get_interview_tips", title: "Interview tips",
        description: "How to approach an interview type: duration, tips, timing, checklist.",
        parameters: [ToolParameter("type", .oneOf(InterviewType.allowedNames), required: true, "")],
        outputSchema: Value(TypeTips.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try context.coaching.tips(for: args.value("type", as: InterviewType.self)!)
    }

    static let research = ToolDefinition(
        name: "get_company_research_template", title: "Company research template",
        description: "The six-part company research template with guiding questions, plus the candidate's roles and interviews at that company.",
        parameters: [ToolParameter("company", .string(maxLength: 200), required: true, "")],
        outputSchema: Value(ResearchTemplate.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.coaching.researchTemplate(company: args.requiredString("company"))
    }

    static let pitch = ToolDefinition(
        name: "generate_elevator_pitch", title: "Elevator pitch",
        description: "A two-minute pitch (260-320 words) from the candidate's own words only; when too thin, says what to add. Give 3-4 achievements with numbers.",
        parameters: [
            ToolParameter("name", .string(maxLength: 100), required: true, ""),
            ToolParameter("current_role", .string(maxLength: 120), required: true, ""),
            ToolParameter("key_achievements", .strings(maxLength: 400, maxItems: 6), required: true, "e.g. 'Cut API latency by 60%'."),
            ToolParameter("experience", .string(maxLength: 600), "What they do day to day."),
            ToolParameter("why_company", .string(maxLength: 400), ""),
            ToolParameter("goal", .string(maxLength: 300), required: true, ""),
            ToolParameter("years_of_experience", .integer(0...60), ""),
            ToolParameter("target_role", .string(maxLength: 120), ""),
            ToolParameter("target_company", .string(maxLength: 120), ""),
        ],
        outputSchema: Value(ElevatorPitch.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, _ in
        try ElevatorPitch.generate(.init(
            name: args.requiredString("name"), currentRole: args.requiredString("current_role"), achievements: args.strings("key_achievements"),
            goal: args.requiredString("goal"), yearsOfExperience: args.int("years_of_experience"), targetRole: args.string("target_role"),
            targetCompany: args.string("target_company"), experience: args.string("experience"), whyCompany: args.string("why_company")))
    }

    static let star = ToolDefinition(
        name: "analyze_star_answer", title: "Analyse a STAR answer",
        description: "Deterministic checks of a behavioral answer: STAR parts present or missing, length, 'I' vs 'we', measurable result, suggestions.",
        parameters: [ToolParameter("text", .string(maxLength: 20_000), required: true, "As the candidate would say it.")],
        outputSchema: Value(StarAnalyzer.Report.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try StarAnalyzer.analyze(args.requiredString("text"), speakingRateWpm: try context.coaching.library.star.speakingRateWpm)
    }

    static var checklistSchema: Value { Value(PrepChecklist.outputSchema) }

    static let checklist = ToolDefinition(
        name: "get_prep_checklist", title: "Prep checklist",
        description: "An interview's prep checklist and what is done.",
        parameters: [InterviewTools.interviewID],
        outputSchema: checklistSchema, annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.prepChecklist(interviewID: args.requiredString("interview_id"))
    }

    static let tick = ToolDefinition(
        name: "tick_prep_checklist_item", title: "Tick a checklist item",
        description: "Tick a prep checklist item (done=false unticks) by number or exact text.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("item", .string(maxLength: 300), required: true, "Number (1-based) or exact text."),
            ToolParameter("done", .boolean, default: true, ""),
        ],
        outputSchema: checklistSchema, annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.interviews.tickChecklistItem(
            interviewID: args.requiredString("interview_id"), item: args.requiredString("item"), done: args.bool("done") ?? true, actor: context.actor)
    }
}
