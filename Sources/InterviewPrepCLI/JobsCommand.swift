import ArgumentParser
import Foundation
import InterviewPrep

extension JobStatus: ExpressibleByArgument {}
extension StageKind: ExpressibleByArgument {}
extension DebriefOutcome: ExpressibleByArgument {}

/// `interview-prep jobs`: the jobs of the search, each with its pipeline of stages.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Jobs from saved posting to offer: list, add, show, set a status, notes, contacts, offers, the funnel.",
        subcommands: [
            ListJobs.self, AddJob.self, ImportPosting.self, ShowJob.self, EditJob.self, DeleteJob.self, SetJobStatus.self, AddJobNote.self, AddContact.self, RecordOffer.self,
            AnswerOffer.self, CompareOffers.self, JobInterviews.self, FunnelCommand.self,
        ],
        defaultSubcommand: ListJobs.self)
}

struct ListJobs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Jobs, most recently active first, with stage progress and what comes next.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this status (repeatable).") var status: [JobStatus] = []
    @Option(help: "Company name or part of it.") var company: String?
    @Option(help: "Words to find in the company, role, location, posting, tags or notes.") var query: String?
    @Option(name: .customLong("tag"), help: "Only jobs with this tag (repeatable: all of them).") var tags: [String] = []
    @Option(help: "Only jobs of at least this priority (1-5).") var minPriority: Int?
    @Option(help: "Applied on or after this date.") var appliedFrom: String?
    @Option(help: "Applied on or before this date.") var appliedTo: String?
    @Option(help: "Page size (1-500).") var limit = 100
    @Option(help: "Cursor from the previous page.") var cursor: String?

    func run() async throws {
        let services = try global.runtime().services
        let filter = JobFilter(statuses: status, company: company, query: query, tags: tags, minPriority: minPriority, appliedFrom: appliedFrom, appliedTo: appliedTo)
        let page = try await services.pipelines.listJobs(filter, limit: limit, cursor: cursor)
        if output.json { return try Terminal.printJSON(page) }
        guard !page.jobs.isEmpty else {
            return print(filter == JobFilter()
                ? "No jobs yet. Add one: interview-prep jobs add \"Stripe\" \"Backend Engineer\""
                : "No jobs match.")
        }
        let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
        print(Terminal.table(["ID", "COMPANY", "ROLE", "STATUS", "PRIORITY", "APPLIED", "STAGES", "NEXT"], page.jobs.map {
            [$0.jobID, $0.company, $0.role, $0.ghosted ? "\($0.status.rawValue) (ghosted)" : $0.status.rawValue,
             $0.priority.map { String(repeating: "★", count: $0) } ?? "–", $0.appliedAt.flatMap(TimeFormat.utcDate).map(clock.shortDay) ?? "–",
             $0.stagesTotal == 0 ? "–" : "\($0.stagesDone)/\($0.stagesTotal)", $0.nextAction]
        }))
        if let next = page.nextCursor { print("\n\(page.jobs.count) of \(page.total); next page: --cursor \(next)") }
    }
}

struct AddJob: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a job: saved (a posting to apply to) unless --applied or --status says otherwise.",
        discussion: "Its stages follow the role family's usual pipeline unless --stage is given. Scheduling its first interview makes it active.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Company.") var company: String
    @Argument(help: "Role, e.g. \"Backend Engineer\".") var role: String
    @Option(help: "Role family (inferred from the role when omitted).") var roleFamily: RoleFamily?
    @Option(help: "Where the job starts.") var status: StartingStatus?
    @OptionGroup var details: JobProfileOptions
    @Option(help: "Notes.") var notes: String?
    @Option(name: .customLong("stage"), help: "A stage kind, in order (repeatable).") var stages: [StageKind] = []

    func run() async throws {
        let pipeline = try await global.runtime().services.pipelines.addJob(
            company: company, role: role, roleFamily: roleFamily, status: status?.status, profile: try details.profile(), notes: notes,
            stages: stages.isEmpty ? nil : stages.map { StageInput(kind: $0) }, actor: .cli)
        if output.json { return try Terminal.printJSON(pipeline) }
        print("Added \(pipeline.jobID): \(pipeline.company) · \(pipeline.role), \(pipeline.status.rawValue), \(pipeline.stages.count) stages.")
        print("See it: interview-prep jobs show \(pipeline.jobID)")
    }
}

struct ImportPosting: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Track a job from its posting's web page: title, company, place, salary range and text are read from it.",
        discussion: """
            Pages on this machine or its network are refused unless you allow them (--allow-private, or \
            "postings": {"allow_private_addresses": true} in config.json). What you give wins over the page.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The posting's URL (http or https).") var url: String
    @Option(help: "Company (when the page does not say, or says it differently).") var company: String?
    @Option(help: "Role (likewise).") var role: String?
    @Option(help: "Where the job starts.") var status: StartingStatus?
    @Option(help: "How much you want it: 1 (low) to 5.") var priority: Int?
    @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []
    @Option(help: "When you applied (date, or date-time in your zone).") var applied: String?
    @Flag(help: "Allow a page on this machine or its network (your own server).") var allowPrivate = false

    func run() async throws {
        var runtime = try global.runtime()
        if allowPrivate { runtime = runtime.allowingPrivatePostingAddresses() }
        let imported = try await runtime.postings.importPosting(
            url: url, company: company, role: role, status: status?.status,
            profile: JobProfile(priority: priority, tags: tags.isEmpty ? nil : tags, applied: applied), actor: .cli)
        if output.json { return try Terminal.printJSON(imported) }
        let job = imported.job
        let from = imported.extractedFrom == .jsonLD ? "the page's job posting data" : "the page's title and text"
        print("Added \(job.jobID): \(job.company) · \(job.role), \(job.status.rawValue). Read from \(from): \(imported.found.joined(separator: ", ")).")
        print("See it: interview-prep jobs show \(job.jobID)")
    }
}

struct ShowJob: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "A job's pipeline: stages, debriefs, notes, contacts, offers, next action.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id, e.g. job_3.") var id: String

    func run() async throws {
        let pipeline = try await global.runtime().services.pipelines.pipeline(jobID: id)
        if output.json { return try Terminal.printJSON(pipeline) }
        print(PipelineText.render(pipeline))
    }
}

struct SetJobStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Set a job's status.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id.") var id: String
    @Argument(help: "New status.") var status: JobStatus

    func run() async throws {
        let pipeline = try await global.runtime().services.pipelines.setJobStatus(jobID: id, status: status, actor: .cli)
        if output.json { return try Terminal.printJSON(pipeline) }
        print("\(pipeline.jobID) (\(pipeline.company)) is now \(pipeline.status.rawValue).")
    }
}

struct AddJobNote: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a dated note to a job.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id.") var id: String
    @Argument(help: "The note.") var text: String

    func run() async throws {
        let notes = try await global.runtime().services.pipelines.addJobNote(jobID: id, text: text, actor: .cli)
        if output.json { return try Terminal.printJSON(["notes": notes]) }
        print("Noted on \(id); it has \(notes.count) note\(notes.count == 1 ? "" : "s").")
    }
}

struct AddContact: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: "Remember a person at a job's company.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id.") var id: String
    @Argument(help: "Their name.") var name: String
    @Option(help: "Their role, e.g. recruiter.") var role: String?
    @Option(help: "Their email.") var email: String?
    @Option(help: "When you last spoke (date or date-time).") var lastContacted: String?

    func run() async throws {
        let contact = try await global.runtime().services.pipelines.addContact(
            jobID: id, name: name, role: role, email: email, lastContacted: lastContacted, actor: .cli)
        if output.json { return try Terminal.printJSON(contact) }
        print("Added \(contact.name) to \(contact.jobID) (\(contact.id)).")
    }
}

struct RecordOffer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Record an offer for a job (yearly amounts in their currency).",
        discussion: "The job becomes offered; accepting the offer (interview-prep jobs answer OFFER accept) makes it hired.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id.") var id: String
    @Option(help: "Yearly base salary.") var base: Int
    @Option(help: "ISO 4217 currency, e.g. USD.") var currency: String
    @OptionGroup var terms: OfferTermOptions

    func run() async throws {
        let offer = try await global.runtime().services.pipelines.recordOffer(jobID: id, terms: terms.terms(base: base, currency: currency), actor: .cli)
        if output.json { return try Terminal.printJSON(offer) }
        print("Recorded \(offer.id) from \(offer.company): \(offer.summary).")
        print("Compare offers: interview-prep jobs offers")
    }
}

struct AnswerOffer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Answer an offer, or record its revised terms.",
        discussion: "Accepting makes the job hired. With other offers open, say what becomes of them: --others decline or --others keep.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Offer id, e.g. off_2.") var id: String
    @Argument(help: "What you do with it (leave it out to only record revised terms).") var move: OfferMove?
    @Option(help: "When accepting: what becomes of your other open offers.") var others: OtherOffers?
    @Option(help: "Revised yearly base salary.") var base: Int?
    @Option(help: "Revised currency.") var currency: String?
    @OptionGroup var terms: OfferTermOptions

    func run() async throws {
        let update = try await global.runtime().services.pipelines.updateOffer(
            offerID: id, move: move, others: others, terms: terms.terms(base: base, currency: currency), actor: .cli)
        if output.json { return try Terminal.printJSON(update) }
        print(update.summary)
        print("Now: \(update.offer.summary).")
    }
}

struct CompareOffers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offers", abstract: "Open offers side by side: each part of the pay, first-year and annual totals, deadlines.",
        discussion: "Offers in different currencies are shown apart unless you give --convert-to and a --rate for each (EUR=1.08: one euro in the compared currency).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Compare in this currency (ISO 4217).") var convertTo: String?
    @Option(name: .customLong("rate"), help: "CODE=RATE, e.g. EUR=1.08 (repeatable).") var rates: [String] = []
    @Flag(help: "Include accepted, declined and expired offers.") var all = false

    func run() async throws {
        let services = try global.runtime().services
        let comparison = try await services.pipelines.compareOffers(convertTo: convertTo, rates: try ExchangeRates.parse(rates), includeClosed: all)
        if output.json { return try Terminal.printJSON(comparison) }
        guard comparison.count > 0 else { return print("No open offers. Record one: interview-prep jobs offer job_3 --base 180000 --currency USD") }
        print(OfferText.render(comparison, clock: HomeClock(zone: services.core.resolver.defaultTimeZone), now: services.core.now()))
    }
}

struct JobInterviews: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "interviews", abstract: "A job's interviews in start order.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id.") var id: String

    func run() async throws {
        let services = try global.runtime().services
        try await InterviewOutput.show(try await services.interviews.interviews(forJob: id), json: output.json, services: services,
                                       empty: "No interviews for \(id) yet. Add one: interview-prep interviews add --job-id \(id) --type phone_screen --start …")
    }
}

struct FunnelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "funnel", abstract: "How the search converts: applications answered and ghosted, stages reached and completed, by month and by source.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let funnel = try await global.runtime().services.pipelines.funnel()
        if output.json { return try Terminal.printJSON(funnel) }
        func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
        let applications = funnel.applications
        var summary = "Applications: \(applications.applied) sent, \(applications.replied) answered (\(percent(applications.responseRate)))"
        if let days = applications.medianDaysToReply { summary += ", a reply after \(days == days.rounded() ? String(Int(days)) : String(days)) days (median)" }
        summary += ", \(applications.ghosted) ghosted; \(applications.saved) saved to apply to."
        var sections = [summary]
        if !applications.perWeek.isEmpty {
            sections.append(Terminal.table(["WEEK OF", "APPLIED"], applications.perWeek.map { [$0.weekOf, String($0.applied)] }))
        }
        if !funnel.stages.isEmpty {
            sections.append(Terminal.table(["STAGE", "REACHED", "COMPLETED", "CONVERSION"], funnel.stages.map {
                [$0.kind.rawValue, String($0.reached), String($0.completed), percent($0.conversion)]
            }))
        }
        if !funnel.bySource.isEmpty {
            sections.append(Terminal.table(["SOURCE", "JOBS", "INTERVIEWED", "OFFERS"], funnel.bySource.map { [$0.key, String($0.jobs), String($0.interviewed), String($0.offers)] }))
        }
        if !funnel.byMonth.isEmpty {
            sections.append(Terminal.table(["MONTH", "JOBS", "INTERVIEWED", "OFFERS"], funnel.byMonth.map { [$0.key, String($0.jobs), String($0.interviewed), String($0.offers)] }))
        }
        if let days = funnel.medianDaysBetweenStages { sections.append("Median days between stages: \(days)") }
        print(sections.joined(separator: "\n\n"))
    }
}

/// A job's pipeline as people read it.
enum PipelineText {
    static func render(_ pipeline: JobPipeline) -> String {
        var lines = ["\(pipeline.jobID) · \(pipeline.company) · \(pipeline.role) (\(pipeline.roleFamily.rawValue))",
                     "Status: \(pipeline.status.rawValue) (\(pipeline.candidateFacingStatus.replacingOccurrences(of: "_", with: " ")))"]
        if let source = pipeline.source { lines.append("Source: \(source)") }
        if let url = pipeline.url { lines.append("Posting: \(url)") }
        let place = [pipeline.location, pipeline.remotePolicy?.rawValue].compactMap(\.self)
        if !place.isEmpty { lines.append("Where: " + place.joined(separator: ", ")) }
        if let range = pipeline.salaryRange { lines.append("Salary: \(range)") }
        if let priority = pipeline.priority { lines.append("Priority: " + String(repeating: "★", count: priority) + String(repeating: "☆", count: 5 - priority)) }
        if !pipeline.tags.isEmpty { lines.append("Tags: " + pipeline.tags.joined(separator: ", ")) }
        if let applied = pipeline.appliedAt {
            let sent = [pipeline.resumeVersion.map { "resume \($0)" }, pipeline.coverLetterVersion.map { "cover letter \($0)" }].compactMap(\.self)
            lines.append("Applied: \(applied.prefix(10))" + (sent.isEmpty ? "" : " with " + sent.joined(separator: " and ")))
        }
        if let description = pipeline.description {
            let firstLines = description.split(separator: "\n", omittingEmptySubsequences: true).prefix(3).joined(separator: "\n  ")
            lines.append("Posting text (\(description.split(whereSeparator: \.isWhitespace).count) words):\n  " + firstLines)
        }
        lines.append("")
        if pipeline.stages.isEmpty {
            lines.append("No stages. Add one: interview-prep stages add \(pipeline.jobID) --kind phone_screen")
        } else {
            lines.append(Terminal.table(["#", "STAGE", "NAME", "KIND", "STATUS", "DEADLINE", "INTERVIEWS"], pipeline.stages.map {
                [String($0.position), $0.id, $0.name, $0.kind.rawValue, $0.status.rawValue + ($0.debriefOwed ? " (debrief owed)" : ""),
                 $0.deadline ?? "–", $0.interviewIDs.isEmpty ? "–" : $0.interviewIDs.joined(separator: ", ")]
            }))
        }
        for stage in pipeline.stages {
            for debrief in stage.debriefs {
                lines.append("Debrief \(debrief.interviewID): \(debrief.rating)/10, \(debrief.outcome.rawValue)" + (debrief.wentWell.map { ". Went well: \($0)" } ?? ""))
            }
        }
        if !pipeline.notes.isEmpty {
            lines.append("")
            lines.append("Notes")
            lines += pipeline.notes.map { "  \($0.createdAt.prefix(10))  \($0.text)" }
        }
        if !pipeline.contacts.isEmpty {
            lines.append("")
            lines.append("Contacts")
            lines += pipeline.contacts.map { "  \($0.name)" + ($0.role.map { ", \($0)" } ?? "") + ($0.email.map { " <\($0)>" } ?? "") }
        }
        if !pipeline.offers.isEmpty {
            lines.append("")
            lines.append("Offers")
            lines += pipeline.offers.map { "  \($0.id) (\($0.status.rawValue)): \($0.summary)" + ($0.deadline.map { "; answer by \($0.prefix(10))" } ?? "") }
        }
        lines.append("")
        lines.append("Next: \(pipeline.nextAction)")
        return lines.joined(separator: "\n")
    }
}
