import InterviewPrep
import MCP

/// Jobs across the search: lists, notes, contacts, offers, next actions, funnel.
enum JobTools {
    static var all: [ToolDefinition] { [list, note, contact, offer, updateOffer, compare, next, dismiss, funnel] }

    /// What a posting and an application carry, for add_job and update_job.
    static let profileParameters: [ToolParameter] = [
        ToolParameter("url", .string(maxLength: 2000), "Posting URL."),
        ToolParameter("source", .string(maxLength: 200), ""),
        ToolParameter("description", .freeText, "Posting text."),
        ToolParameter("location", .string(maxLength: 200), ""),
        ToolParameter("remote_policy", .oneOf(RemotePolicy.allowedNames), ""),
        ToolParameter("salary_min", .integer(Bounds.baseSalary), "Yearly."),
        ToolParameter("salary_max", .integer(Bounds.baseSalary), ""),
        ToolParameter("salary_currency", .string(maxLength: 3), ""),
        ToolParameter("priority", .integer(Bounds.priority), ""),
        ToolParameter("tags", .strings(maxLength: JobTags.maxLength, maxItems: JobTags.maxCount), ""),
        ToolParameter("resume_version", .string(maxLength: 200), ""),
        ToolParameter("cover_letter_version", .string(maxLength: 200), ""),
        ToolParameter("applied", .string(maxLength: 40), "Date applied."),
    ]

    /// An offer's terms, for record_offer and update_offer.
    static let termParameters: [ToolParameter] = [
        ToolParameter("bonus", .integer(Bounds.bonus), "Yearly target."),
        ToolParameter("bonus_percent", .number(Bounds.bonusPercent), "Or as % of base."),
        ToolParameter("equity_value", .integer(Bounds.grant), "Grant's total value."),
        ToolParameter("vesting_years", .integer(Bounds.vestingYears), "Default 4."),
        ToolParameter("equity", .string(maxLength: 500), ""),
        ToolParameter("sign_on", .integer(Bounds.grant), ""),
        ToolParameter("benefits", .freeText, ""),
        ToolParameter("deadline", .string(maxLength: 40), "Answer by."),
        ToolParameter("notes", .freeText, ""),
    ]


    static let list = ToolDefinition(
        name: "list_jobs", title: "List jobs",
        description: "Jobs, most recently active first: status (ghosted when silent for weeks), stage progress, next action.",
        parameters: [
            ToolParameter("status", .listOf(JobStatus.allowedNames), ""),
            ToolParameter("company", .string(maxLength: 200), "Part of the name."),
            ToolParameter("query", .string(maxLength: 200), "Words in any text."),
            ToolParameter("tags", .strings(maxLength: JobTags.maxLength, maxItems: JobTags.maxCount), "All of these."),
            ToolParameter("min_priority", .integer(Bounds.priority), ""),
            ToolParameter("applied_from", .string(maxLength: 40), "Date."),
            ToolParameter("applied_to", .string(maxLength: 40), "Date."),
            ToolParameter("limit", .integer(Bounds.pageSize), default: 100, ""),
            ToolParameter("cursor", .string(maxLength: 100), "next_cursor of the last page."),
        ],
        outputSchema: Value(JobPage.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        let filter = JobFilter(
            statuses: args.values("status", as: JobStatus.self), company: args.string("company"), query: args.string("query"), tags: args.strings("tags"),
            minPriority: args.int("min_priority"), appliedFrom: args.string("applied_from"), appliedTo: args.string("applied_to"))
        return try await context.pipelines.listJobs(filter, limit: args.int("limit") ?? 100, cursor: args.string("cursor"))
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
        description: "Record an offer (yearly amounts, ISO currency). The job becomes offered; only accepting it (update_offer) hires.",
        parameters: [
            PipelineTools.jobID,
            ToolParameter("base_salary", .integer(Bounds.baseSalary), required: true, "Yearly."),
            ToolParameter("currency", .string(maxLength: 3), required: true, "ISO 4217, e.g. USD."),
        ] + termParameters,
        outputSchema: Value(Offer.outputSchema), annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.pipelines.recordOffer(jobID: args.requiredString("job_id"), terms: args.offerTerms, actor: context.actor)
    }

    static let updateOffer = ToolDefinition(
        name: "update_offer", title: "Answer or revise an offer",
        description: "Negotiate, accept or decline an offer and/or record new terms. Accepting hires; others: for other open offers.",
        parameters: [
            ToolParameter("offer_id", .string(maxLength: 40), required: true, "e.g. off_2."),
            ToolParameter("move", .oneOf([OfferMove.negotiate, .accept, .decline].map(\.rawValue)), ""),
            ToolParameter("others", .oneOf(OtherOffers.allowedNames), "When accepting."),
            ToolParameter("base_salary", .integer(Bounds.baseSalary), ""),
            ToolParameter("currency", .string(maxLength: 3), ""),
        ] + termParameters,
        outputSchema: Value(OfferUpdate.outputSchema), annotations: ToolDefinition.additiveWrite
    ) { args, context in
        try await context.pipelines.updateOffer(
            offerID: args.requiredString("offer_id"), move: args.value("move", as: OfferMove.self), others: args.value("others", as: OtherOffers.self),
            terms: args.offerTerms, actor: context.actor)
    }

    static let compare = ToolDefinition(
        name: "compare_offers", title: "Compare offers",
        description: "Open offers per currency: each part, first-year and annual totals, deadline flags; converted only at given rates.",
        parameters: [
            ToolParameter("convert_to", .string(maxLength: 3), "ISO 4217."),
            ToolParameter("rates", .strings(maxLength: 20, maxItems: 20), "e.g. 'EUR=1.08': 1 EUR in convert_to."),
            ToolParameter("include_closed", .boolean, default: false, ""),
        ],
        outputSchema: Value(OfferComparison.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { args, context in
        try await context.pipelines.compareOffers(
            convertTo: args.string("convert_to"), rates: try ExchangeRates.parse(args.strings("rates")), includeClosed: args.bool("include_closed") ?? false)
    }

    static let next = ToolDefinition(
        name: "get_next_actions", title: "What is waiting on me",
        description: "What waits on the candidate, most urgent first: deadlines, debriefs, thank-yous, prep, follow-ups, offers.",
        parameters: [],
        outputSchema: Value(ActionsOutput.outputSchema),
        annotations: ToolDefinition.readOnly
    ) { _, context in
        let actions = try await context.pipelines.nextActions()
        return ActionsOutput(actions: actions, count: actions.count)
    }

    static let dismiss = ToolDefinition(
        name: "dismiss_next_action", title: "Dismiss a next action",
        description: "Set aside a thank_you or follow_up; returns the remaining actions.",
        parameters: [
            ToolParameter("kind", .oneOf(NextAction.Kind.dismissable.map(\.rawValue)), required: true, ""),
            ToolParameter("reference", .string(maxLength: 40), required: true, ""),
        ],
        outputSchema: Value(ActionsOutput.outputSchema), annotations: ToolDefinition.additiveWrite
    ) { args, context in
        let actions = try await context.pipelines.dismissNextAction(
            kind: args.value("kind", as: NextAction.Kind.self)!, reference: args.requiredString("reference"), actor: context.actor)
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

struct ActionsOutput: OutputShape {
    var actions: [NextAction]
    var count: Int
    static let outputFields: [OutputField<ActionsOutput>] = [.objects("actions") { $0.actions }, .integer("count") { $0.count }]
}

extension ToolArguments {
    /// The posting and application fields of add_job and update_job.
    var jobProfile: JobProfile {
        JobProfile(
            url: string("url"), source: string("source"), description: string("description"), location: string("location"),
            remotePolicy: value("remote_policy", as: RemotePolicy.self), salaryMin: int("salary_min"), salaryMax: int("salary_max"),
            salaryCurrency: string("salary_currency"), priority: int("priority"), tags: has("tags") ? strings("tags") : nil,
            resumeVersion: string("resume_version"), coverLetterVersion: string("cover_letter_version"), applied: string("applied"))
    }

    /// The offer terms of record_offer and update_offer.
    var offerTerms: OfferTerms {
        OfferTerms(
            baseSalary: int("base_salary"), currency: string("currency"), bonus: int("bonus"), bonusPercent: double("bonus_percent"),
            equityValue: int("equity_value"), vestingYears: int("vesting_years"), equity: string("equity"), signOn: int("sign_on"),
            benefits: string("benefits"), deadline: string("deadline"), notes: string("notes"))
    }
}
