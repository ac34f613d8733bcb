import ArgumentParser
import Foundation
import InterviewPrep

/// `interview-prep stages`: move a job's pipeline along, one stage at a time.
struct StagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "A job's stages: add one, unlock the next, submit a take-home, skip or decline one.",
        discussion: "Stage ids (stg_4) are in `interview-prep jobs show JOB`.",
        subcommands: [AddStage.self, UnlockStage.self, SubmitStage.self, SkipStage.self, DeclineStage.self])
}

struct AddStage: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a stage at the end of a job's pipeline.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id, e.g. job_3.") var jobID: String
    @Option(help: "Kind of stage.") var kind: StageKind
    @Option(help: "Its name (the kind's name when omitted).") var name: String?
    @Option(help: "Due date, for take-homes and other async stages.") var deadline: String?

    func run() async throws {
        let pipeline = try await global.runtime().services.pipelines.addStage(
            jobID: jobID, stage: StageInput(name: name, kind: kind, deadline: deadline), actor: .cli)
        try StageOutput.show(pipeline, json: output.json, done: "Added a \(kind.rawValue) stage to \(pipeline.jobID).")
    }
}

/// What a stage command prints: the pipeline as JSON, or a sentence and the stages.
enum StageOutput {
    static func show(_ pipeline: JobPipeline, json: Bool, done: String) throws {
        if json { return try Terminal.printJSON(pipeline) }
        print(done + "\n")
        print(PipelineText.render(pipeline))
    }
}

/// The shape every single-stage move shares: a stage id in, the job's pipeline out.
protocol StageMove: AsyncParsableCommand {
    var global: GlobalOptions { get }
    var output: OutputOptions { get }
    var stageID: String { get }
    /// What happened, for people.
    var verb: String { get }
    func move(_ pipelines: PipelineService) async throws -> JobPipeline
}

extension StageMove {
    func run() async throws {
        let pipeline = try await move(global.runtime().services.pipelines)
        try StageOutput.show(pipeline, json: output.json, done: "\(stageID) \(verb).")
    }
}

struct UnlockStage: StageMove {
    static let configuration = CommandConfiguration(
        commandName: "unlock", abstract: "Unlock a stage once every earlier one is final (--force completes earlier async stages).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Stage id, e.g. stg_4.") var stageID: String
    @Flag(help: "Complete earlier async stages first.") var force = false
    var verb: String { "is unlocked" }

    func move(_ pipelines: PipelineService) async throws -> JobPipeline { try await pipelines.unlockStage(stageID: stageID, force: force, actor: .cli) }
}

struct SubmitStage: StageMove {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: "Mark an async stage (take-home, assessment) as submitted.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Stage id.") var stageID: String
    var verb: String { "is submitted" }

    func move(_ pipelines: PipelineService) async throws -> JobPipeline { try await pipelines.submitStage(stageID: stageID, actor: .cli) }
}

struct SkipStage: StageMove {
    static let configuration = CommandConfiguration(commandName: "skip", abstract: "Skip a stage the company dropped.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Stage id.") var stageID: String
    var verb: String { "is skipped" }

    func move(_ pipelines: PipelineService) async throws -> JobPipeline { try await pipelines.skipStage(stageID: stageID, actor: .cli) }
}

struct DeclineStage: StageMove {
    static let configuration = CommandConfiguration(commandName: "decline", abstract: "Decline a stage (you stop here for this job).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Stage id.") var stageID: String
    var verb: String { "is declined" }

    func move(_ pipelines: PipelineService) async throws -> JobPipeline { try await pipelines.declineStage(stageID: stageID, actor: .cli) }
}

struct RecordDebrief: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debrief", abstract: "Record how an interview went, right after it.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id, e.g. int_7.") var interviewID: String
    @Option(help: "How it went, 1-10.") var rating: Int
    @Option(help: "Your read of the outcome.") var outcome: DebriefOutcome
    @Option(name: .customLong("trait"), help: "A trait you showed, e.g. structured, calm_under_pressure (repeatable; an unknown one is refused with the list).") var traits: [String] = []
    @Option(help: "What went well.") var wentWell: String?
    @Option(help: "What to improve.") var toImprove: String?
    @Option(help: "The questions they asked.") var questionsAsked: String?
    @Option(help: "Feedback from the company.") var feedbackReceived: String?

    func run() async throws {
        let debrief = try await global.runtime().services.pipelines.recordDebrief(
            interviewID: interviewID,
            DebriefInput(rating: rating, traits: traits, outcome: outcome, wentWell: wentWell, toImprove: toImprove,
                         questionsAsked: questionsAsked, feedbackReceived: feedbackReceived),
            actor: .cli)
        if output.json { return try Terminal.printJSON(debrief) }
        print("Debrief recorded for \(debrief.interviewID): \(debrief.rating)/10, \(debrief.outcome.rawValue).")
    }
}

/// `interview-prep next`: everything waiting on the candidate, most urgent first.
struct NextActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "What waits on you, most urgent first: deadlines, debriefs, thank-yous, prep, follow-ups, offers.",
        subcommands: [ListNextActions.self, DismissNextAction.self], defaultSubcommand: ListNextActions.self)
}

struct ListNextActions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "What waits on you, most urgent first: stage deadlines, debriefs owed, thank-yous, prep, follow-ups, offer deadlines.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let services = try global.runtime().services
        try NextActionText.print(try await services.pipelines.nextActions(), json: output.json, services: services)
    }
}

struct DismissNextAction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss", abstract: "Set aside a thank-you or follow-up you will not send.",
        discussion: "REFERENCE is the one `interview-prep next` shows: the interview for a thank-you, the job for a follow-up.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "What to set aside.") var kind: NextAction.Kind
    @Argument(help: "The interview for a thank-you, the job for a follow-up, e.g. int_3.") var reference: String

    func run() async throws {
        let services = try global.runtime().services
        let actions = try await services.pipelines.dismissNextAction(kind: kind, reference: reference, actor: .cli)
        if !output.json { print("Set aside: the \(kind.rawValue.replacingOccurrences(of: "_", with: "-")) for \(reference).\n") }
        try NextActionText.print(actions, json: output.json, services: services)
    }
}

extension NextAction.Kind: ExpressibleByArgument {
    public static var allValueStrings: [String] { dismissable.map(\.rawValue) }
}

/// Next actions as a table in the candidate's zone.
enum NextActionText {
    static func print(_ actions: [NextAction], json: Bool, services: Services) throws {
        if json { return try Terminal.printJSON(["actions": actions]) }
        guard !actions.isEmpty else { return Swift.print("Nothing waits on you. See your jobs: interview-prep jobs") }
        let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
        let now = services.core.now()
        Swift.print(Terminal.table(["WHEN", "WHAT", "COMPANY", "REF"], actions.map { action in
            [clock.due(action.due, now: now), action.summary, action.company, action.reference ?? action.jobID]
        }))
    }
}
