import InterviewPrep
import MCP

/// Each job's pipeline as Markdown: `job://{id}`.
enum JobResources {
    static let template = Resource.Template(
        uriTemplate: "job://{id}", name: "job-pipeline", title: "Job pipeline",
        description: "One job's pipeline as Markdown: stages, interviews, debriefs and the next action, e.g. job://job_3.", mimeType: "text/markdown")

    /// The Markdown of `uri`, or `nil` when there is no such job.
    static func read(_ uri: String, services: Services) async -> ReadResource.Result? {
        let id = String(uri.dropFirst("job://".count))
        guard let pipeline = try? await services.pipelines.pipeline(jobID: id) else { return nil }
        var lines = ["# \(pipeline.company) — \(pipeline.role) (\(pipeline.jobID))", "",
                     "Status: \(pipeline.status.rawValue) (company side: \(pipeline.candidateFacingStatus))" + (pipeline.source.map { ", source: \($0)" } ?? ""),
                     "Next: \(pipeline.nextAction)", "", "## Stages"]
        for stage in pipeline.stages {
            lines.append("\(stage.position). **\(stage.name)** (\(stage.kind.rawValue), \(stage.live ? "live" : "async")): \(stage.status.rawValue)"
                + (stage.deadline.map { ", due \($0)" } ?? "") + (stage.interviewIDs.isEmpty ? "" : ", interviews: \(stage.interviewIDs.joined(separator: ", "))")
                + (stage.debriefOwed ? " — debrief owed" : ""))
            for debrief in stage.debriefs {
                lines.append("   - Debrief of \(debrief.interviewID): \(debrief.rating)/10, \(debrief.outcome.rawValue)" + (debrief.toImprove.map { "; to improve: \($0)" } ?? ""))
            }
        }
        if !pipeline.notes.isEmpty { lines += ["", "## Notes"] + pipeline.notes.map { "- \($0.createdAt.prefix(10)): \($0.text)" } }
        if !pipeline.contacts.isEmpty { lines += ["", "## Contacts"] + pipeline.contacts.map { "- \($0.name)" + ($0.role.map { ", \($0)" } ?? "") + ($0.email.map { " <\($0)>" } ?? "") } }
        if !pipeline.offers.isEmpty { lines += ["", "## Offers"] + pipeline.offers.map { "- \($0.id) (\($0.status.rawValue)): \($0.summary)" + ($0.deadline.map { ", answer by \($0)" } ?? "") } }
        return ReadResource.Result(contents: [.text(lines.joined(separator: "\n") + "\n", uri: uri, mimeType: "text/markdown")])
    }
}
