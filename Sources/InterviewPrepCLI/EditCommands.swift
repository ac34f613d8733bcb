import ArgumentParser
import Foundation
import InterviewPrep

struct EditInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct an interview: a new link, the interviewer, the type, the length (\"\" clears a field).",
        discussion: "Every edit is recorded with the old and new values; `interview-prep undo` puts them back. A new type re-plans its reminders.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id, e.g. int_7.") var id: String
    @Option(help: "Interview type.") var type: InterviewType?
    @Option(help: "Duration in minutes.") var duration: Int?
    @Option(help: "Interviewer's name.") var interviewer: String?
    @Option(help: "Interviewer's email.") var interviewerEmail: String?
    @Option(help: "Address or meeting link.") var location: String?

    func run() async throws {
        let services = try global.runtime().services
        let interview = try await services.interviews.edit(
            interviewID: id,
            InterviewEdit(type: type, durationMinutes: duration, interviewerName: interviewer, interviewerEmail: interviewerEmail, location: location),
            actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("Updated \(interview.id). Undo it with: interview-prep undo\n")
        try await InterviewOutput.show(interview, json: false, services: services)
    }
}

struct ReopenInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Reopen a cancelled interview (they un-cancelled it): scheduled again, reminders planned afresh.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Option(help: "Why it is on again.") var reason: String?

    func run() async throws {
        let services = try global.runtime().services
        let interview = try await services.interviews.reopen(interviewID: id, reason: reason, actor: .cli)
        if output.json { return try Terminal.printJSON(interview) }
        print("\(interview.id) is scheduled again.\n")
        try await InterviewOutput.show(interview, json: false, services: services)
    }
}

struct EditJob: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct or complete a job: company, role, the posting's details, tags, when you applied (\"\" clears a text).",
        discussion: "Every edit is recorded with the old and new values; `interview-prep undo` puts them back.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id, e.g. job_3.") var id: String
    @Option(help: "Company.") var company: String?
    @Option(help: "Role.") var role: String?
    @Option(help: "Role family.") var roleFamily: RoleFamily?
    @OptionGroup var details: JobProfileOptions

    func run() async throws {
        let pipeline = try await global.runtime().services.pipelines.editJob(
            jobID: id, JobEdit(company: company, role: role, roleFamily: roleFamily, profile: try details.profile()), actor: .cli)
        if output.json { return try Terminal.printJSON(pipeline) }
        print("Updated \(pipeline.jobID). Undo it with: interview-prep undo\n")
        print(PipelineText.render(pipeline))
    }
}

/// `interview-prep undo`: reverses the last correction (or a named event) as a new event.
struct UndoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo your last edit, cancellation, reopening or deletion (or --event N from a timeline).",
        discussion: """
            The undo is itself recorded; the log keeps both. Run it again to go one change further back. \
            A sent email cannot be unsent, and status changes other than cancelling are not undone.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "The event to undo (its number in a timeline).") var event: Int?

    func run() async throws {
        let result = try await global.runtime().services.history.undo(eventID: event, actor: .cli)
        if output.json { return try Terminal.printJSON(result) }
        print("Undone (event \(result.undoneEvent), \(result.undoneType)): \(result.summary).")
    }
}

struct DeleteInterview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete an interview entered by mistake, with its reminders, checklist and debrief (`undo` brings it back).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String

    func run() async throws {
        let summary = try await global.runtime().services.interviews.delete(interviewID: id, actor: .cli)
        try DeletionOutput.show(summary, json: output.json)
    }
}

struct DeleteJob: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a job entered by mistake, with its stages, notes, contacts, offers and interviews (`undo` brings it back).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Job id.") var id: String

    func run() async throws {
        let summary = try await global.runtime().services.pipelines.deleteJob(jobID: id, actor: .cli)
        try DeletionOutput.show(summary, json: output.json)
    }
}

/// What a deletion printed: what went, and how to bring it back.
enum DeletionOutput {
    static func show(_ summary: DeletionSummary, json: Bool) throws {
        if json { return try Terminal.printJSON(summary) }
        let parts = summary.removed.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.replacingOccurrences(of: "_", with: " "))" }
        print("Deleted \(summary.subjectID) (\(parts.joined(separator: ", "))). Sent emails stay on record. Undo it with: interview-prep undo")
    }
}
