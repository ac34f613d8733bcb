import Coaching
import InterviewPrep
import MCP

/// Coaching: packets, questions, tips, research, pitch, STAR analysis, checklists.
enum CoachingTools {
    static var all: [ToolDefinition] { [materials, questions, tips, research, pitch, star, checklist, tick] }

    static let loose: Value = ["type": "object"]

    static let materials = ToolDefinition(
        name: "get_interview_prep_materials", title: "Prep packet",
        description: """
            A prep packet, offline: the type's checklist and tips, questions for the role family with what a strong answer \
            covers, behavioral questions, the STAR guide, the strengths/weaknesses framework and questions to ask. Give \
            interview_id to also get the candidate's prep notes and earlier interviews at the same company; or give \
            interview_type and role_family.
            """,
        parameters: [
            ToolParameter("interview_id", .string(maxLength: 40), "A scheduled interview, e.g. int_7."),
            ToolParameter("interview_type", .oneOf(InterviewType.allowedNames), "Without interview_id: the type."),
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames), "Without interview_id: the role family."),
        ],
        outputSchema: Schema.object([
            "interview_id": Schema.string, "company": Schema.string, "role": Schema.string,
            "interview_type": Schema.interviewType, "role_family": Schema.string, "checklist": Schema.array(of: Schema.string),
            "tips": loose, "questions": Schema.array(of: question), "behavioral_questions": Schema.array(of: question),
            "star_method": loose, "strengths_weaknesses": loose, "questions_to_ask": loose, "prep_notes": Schema.string,
            "past_interviews_at_company": Schema.array(of: loose),
        ], optional: ["interview_id", "company", "role", "prep_notes"]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        if let id = args.string("interview_id") { return try await context.coaching.packet(interviewID: id) }
        guard let type = args.value("interview_type", as: InterviewType.self), let family = args.value("role_family", as: RoleFamily.self) else {
            throw MCPServerError.invalidArguments(field: "interview_id", reason: "give interview_id, or both interview_type and role_family")
        }
        return try context.coaching.packet(type: type, roleFamily: family)
    }

    static let question = Schema.object([
        "id": Schema.string, "text": Schema.string, "category": Schema.string, "difficulty": Schema.string,
        "strong_answer_covers": Schema.array(of: Schema.string),
    ])

    static let questions = ToolDefinition(
        name: "get_interview_questions", title: "Practice questions",
        description: "Questions for a role family (or the behavioral bank, role_family=behavioral), filtered by category and difficulty, each with what a strong answer covers. Deterministic: the same inputs give the same questions; pass exclude_ids to skip questions already practised.",
        parameters: [
            ToolParameter("role_family", .oneOf(RoleFamily.allowedNames + ["behavioral"]), required: true, "Whose bank."),
            ToolParameter("category", .string(maxLength: 60), "E.g. system_design, coding, debugging, behavioral."),
            ToolParameter("difficulty", .oneOf(["junior", "mid", "senior"]), "Question level."),
            ToolParameter("count", .integer(QuestionPractice.countRange), default: 5, "How many."),
            ToolParameter("exclude_ids", .strings(maxLength: 20, maxItems: 200), "Ids already practised."),
        ],
        outputSchema: Schema.object([
            "role_family": Schema.string, "questions": Schema.array(of: question),
            "available_categories": Schema.array(of: Schema.string), "remaining": Schema.integer,
        ]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try context.coaching.questions(
            roleFamily: args.requiredString("role_family"), category: args.string("category"), difficulty: args.string("difficulty"),
            count: args.int("count") ?? 5, excluding: Set(args.strings("exclude_ids")))
    }

    static let tips = ToolDefinition(
        name: "get_interview_tips", title: "Interview tips",
        description: "How to approach one interview type: typical duration, key tips, timing guidance and its prep checklist.",
        parameters: [ToolParameter("type", .oneOf(InterviewType.allowedNames), required: true, "The interview type.")],
        outputSchema: Schema.object([
            "type": Schema.interviewType, "label": Schema.string, "duration": Schema.string, "tips": Schema.array(of: Schema.string),
            "timing": Schema.string, "checklist": Schema.array(of: Schema.string),
        ]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let type = args.value("type", as: InterviewType.self)!
        let tips = context.coaching.library.tips[type]!
        return TipsOutput(type: type, label: context.core.catalog[type].label, duration: tips.duration, tips: tips.tips,
                          timing: tips.timing, checklist: context.core.checklists.items(for: type))
    }

    static let research = ToolDefinition(
        name: "get_company_research_template", title: "Company research template",
        description: "The six-section research template (overview, culture, financials, news, competition, your manager and team) with guiding questions, plus what is already known: roles applied to and interview history at that company.",
        parameters: [ToolParameter("company", .string(maxLength: 200), required: true, "The company name.")],
        outputSchema: Schema.object([
            "company": Schema.string, "sections": Schema.array(of: Schema.object(["id": Schema.string, "title": Schema.string, "questions": Schema.array(of: Schema.string)])),
            "roles_applied_to": Schema.array(of: Schema.string), "interview_history": Schema.array(of: Schema.string),
        ]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.coaching.researchTemplate(company: args.requiredString("company"))
    }

    static let pitch = ToolDefinition(
        name: "generate_elevator_pitch", title: "Elevator pitch",
        description: "A structured ~2-minute introduction (hook, experience, achievements with impact, why this role, close) with word count, speaking time and suggestions. Give 3-4 achievements, ideally with numbers.",
        parameters: [
            ToolParameter("name", .string(maxLength: 100), required: true, "The candidate's name."),
            ToolParameter("current_role", .string(maxLength: 120), required: true, "E.g. Senior Backend Engineer."),
            ToolParameter("key_achievements", .strings(maxLength: 300, maxItems: 6), required: true, "3-4 achievements, e.g. 'Cut API latency by 60%'."),
            ToolParameter("goal", .string(maxLength: 300), required: true, "What the candidate wants next."),
            ToolParameter("years_of_experience", .integer(0...60), "Years of experience."),
            ToolParameter("target_role", .string(maxLength: 120), "The role applied for."),
            ToolParameter("target_company", .string(maxLength: 120), "The company applied to."),
        ],
        outputSchema: Schema.object([
            "sections": Schema.array(of: Schema.object(["part": Schema.string, "text": Schema.string])), "pitch": Schema.string,
            "word_count": Schema.integer, "speaking_time_seconds": Schema.integer, "suggestions": Schema.array(of: Schema.string),
        ]),
        annotations: ToolDefinition.readOnly
    ) { args, _ in
        try ElevatorPitch.generate(.init(
            name: args.requiredString("name"), currentRole: args.requiredString("current_role"), achievements: args.strings("key_achievements"),
            goal: args.requiredString("goal"), yearsOfExperience: args.int("years_of_experience"), targetRole: args.string("target_role"),
            targetCompany: args.string("target_company")))
    }

    static let partReport = Schema.object(["status": Schema.oneOf(["present", "thin", "missing"]), "words": Schema.integer, "excerpt": Schema.string], optional: ["excerpt"])

    static let star = ToolDefinition(
        name: "analyze_star_answer", title: "Analyse a STAR answer",
        description: "Deterministic checks of a behavioral answer: which STAR parts are present, thin or missing, length and speaking time, 'I' versus 'we', whether the result is measurable, and concrete suggestions. No model call.",
        parameters: [ToolParameter("text", .string(maxLength: 20_000), required: true, "The answer, as the candidate would say it.")],
        outputSchema: Schema.object([
            "parts": Schema.object(["situation": partReport, "task": partReport, "action": partReport, "result": partReport]),
            "word_count": Schema.integer, "speaking_time_seconds": Schema.integer, "length": Schema.oneOf(["too_short", "short", "good", "too_long"]),
            "i_count": Schema.integer, "we_count": Schema.integer, "i_ratio": Schema.nullableNumber, "has_measurable_result": Schema.boolean,
            "suggestions": Schema.array(of: Schema.string),
        ], optional: ["i_ratio"]),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try StarAnalyzer.analyze(args.requiredString("text"), speakingRateWpm: context.coaching.library.star.speakingRateWpm)
    }

    static let checklistSchema = Schema.object([
        "interview_id": Schema.string, "items": Schema.array(of: Schema.object(["index": Schema.integer, "item": Schema.string, "done": Schema.boolean])),
        "done": Schema.integer, "total": Schema.integer, "preparation_complete": Schema.boolean,
    ])

    static let checklist = ToolDefinition(
        name: "get_prep_checklist", title: "Prep checklist",
        description: "The interview's prep checklist (its type's items) with what is already done.",
        parameters: [InterviewTools.interviewID],
        outputSchema: checklistSchema, annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.interviews.prepChecklist(interviewID: args.requiredString("interview_id"))
    }

    static let tick = ToolDefinition(
        name: "tick_prep_checklist_item", title: "Tick a checklist item",
        description: "Mark one prep checklist item done (or not done, with done=false), by its number or exact text.",
        parameters: [
            InterviewTools.interviewID,
            ToolParameter("item", .string(maxLength: 300), required: true, "The item's number (1-based) or its exact text."),
            ToolParameter("done", .boolean, default: true, "false to untick."),
        ],
        outputSchema: checklistSchema, annotations: ToolDefinition.idempotentWrite
    ) { args, context in
        try await context.interviews.tickChecklistItem(
            interviewID: args.requiredString("interview_id"), item: args.requiredString("item"), done: args.bool("done") ?? true, actor: context.actor)
    }
}

struct TipsOutput: Encodable, Sendable {
    var type: InterviewType
    var label: String
    var duration: String
    var tips: [String]
    var timing: String
    var checklist: [String]
}
