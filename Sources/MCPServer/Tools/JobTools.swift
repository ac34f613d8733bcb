import InterviewPrep
import MCP

/// Jobs across the search: lists, notes, contacts, offers, next actions, funnel.
enum JobTools {
    static var all: [ToolDefinition] { [list, note, contact, offer, compare, next, funnel] }


    static let list = ToolDefinition(
        name: "list_jobs", title: "List jobs",
        description: "Jobs, most recently active first: status (ghosted when silent for weeks), stage progress, next action.",
        parameters: [
            ToolParameter("status", .listOf(JobStatus.allowedNames), ""),
            ToolParameter("company", .string(maxLength: 200), "Part of the name."),
            ToolParameter("limit", .integer(Bounds.pageSize), default: 100, ""),
            ToolParameter("cursor", .string(maxLength: 100), "next_cursor of the last page."),
        ],
        outputSchema: Value(JobPage.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.pipelines.listJobs(
            statuses: args.values("status", as: JobStatus.self), company: args.string("company"), limit: args.int("limit") ?? 100, cursor: args.string("cursor"))
    }

    static let note = ToolDefinition(
        name: "add_job_note", title: "Add a job note",
        description: "Append a dated note to a job.",
        parameters: [PipelineTools.jobID, ToolParameter("text", .freeText, required: true, "The note.")],
        outputSchema: Value(NotesOutput.outputSchema),
        annotations: ToolDefinition.additiveWrite
    ) { args, context in
        NotesOutput(notes: try await context.pipelines.addJobNote(jobID: args.requiredString("job_id"), text: args.requiredString("text"), actor: context.actor))
    }

    static let contact = ToolDefinition(
        name: "add_contact", title: "Add a contact",
        description: "Remember a person at a job's company.",
        parameters: [
            PipelineTools.jobID,
            ToolParameter("name", .string(maxLength: 200), required: true, ""),
            ToolParameter("role", .string(maxLength: 200), "e.g. recruiter."),
            ToolParameter("email", .string(maxLength: 254, format: "email"), ""),
            ToolParameter("last_contacted", .string(maxLength: 40), "Date or date-time."),
        ],
        outputSchema: Value(Contact.outputSchema),
        annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.pipelines.addContact(
            jobID: args.requiredString("job_id"), name: args.requiredString("name"), role: args.string("role"), email: args.string("email"),
            lastContacted: args.string("last_contacted"), actor: context.actor)
    }

    static let offer = ToolDefinition(
        name: "record_offer", title: "Record an offer",
        description: "Record an offer for a job (yearly amounts, ISO currency, deadline, decision). The job becomes hired.",
        parameters: [
            PipelineTools.jobID,
            ToolParameter("base_salary", .integer(Bounds.baseSalary), required: true, "Yearly."),
            ToolParameter("currency", .string(maxLength: 3), required: true, "ISO 4217, e.g. USD."),
            ToolParameter("bonus", .integer(Bounds.bonus), "Yearly target."),
            ToolParameter("equity", .string(maxLength: 500), "e.g. '0.1% over 4 years'."),
            ToolParameter("deadline", .string(maxLength: 40), "Answer by (date or date-time)."),
            ToolParameter("decision", .oneOf(OfferDecision.allowedNames), default: "pending", ""),
            ToolParameter("notes", .freeText, ""),
        ],
        outputSchema: Value(Offer.outputSchema), annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.pipelines.recordOffer(
            jobID: args.requiredString("job_id"), baseSalary: args.int("base_salary")!, currency: args.requiredString("currency"),
            bonus: args.int("bonus"), equity: args.string("equity"), deadline: args.string("deadline"),
            decision: args.value("decision", as: OfferDecision.self) ?? .pending, notes: args.string("notes"), actor: context.actor)
    }

    static let compare = ToolDefinition(
        name: "compare_offers", title: "Compare offers",
        description: "All offers side by side: pending first, soonest deadline, then total cash. Amounts in their own currency.",
        parameters: [],
        outputSchema: Value(OffersOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { _, context in
        let offers = try await context.pipelines.offers()
        return OffersOutput(offers: offers, count: offers.count)
    }

    static let next = ToolDefinition(
        name: "get_next_actions", title: "What is waiting on me",
        description: "What waits on the candidate, most urgent first: stage deadlines, debriefs owed, interviews to prepare this week, offer deadlines.",
        parameters: [],
        outputSchema: Value(ActionsOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { _, context in
        let actions = try await context.pipelines.nextActions()
        return ActionsOutput(actions: actions, count: actions.count)
    }

    static let funnel = ToolDefinition(
        name: "get_pipeline_funnel", title: "Pipeline funnel",
        description: "How the search converts: per stage kind reached and completed, by month and source, median days between stages.",
        parameters: [],
        outputSchema: Value(PipelineFunnel.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { _, context in
        try await context.pipelines.funnel()
    }
}

struct NotesOutput: OutputShape {
    var notes: [JobNote]
    static let outputFields: [OutputField<NotesOutput>] = [.objects("notes") { $0.notes }]
}

struct OffersOutput: OutputShape {
    var offers: [Offer]
    var count: Int
    static let outputFields: [OutputField<OffersOutput>] = [.integer("count") { $0.count }, .objects("offers") { $0.offers }]
}

struct ActionsOutput: OutputShape {
    var actions: [NextAction]
    var count: Int
    static let outputFields: [OutputField<ActionsOutput>] = [.objects("actions") { $0.actions }, .integer("count") { $0.count }]
}
