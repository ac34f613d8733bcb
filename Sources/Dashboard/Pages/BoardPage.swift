import Foundation
import InterviewPrep
import MCP
import MCPServer

/// `/jobs`: the pipeline as a board, one column per job status, each card with its stage
/// progress, its next action and a control to move it.
struct BoardPage {
    let caller: ToolCaller

    func render() async throws(ToolFailure) -> RenderedPage {
        var jobs: [[String: Any]] = []
        var cursor: String?
        repeat {
            var arguments: [String: Value] = ["limit": 500]
            if let cursor { arguments["cursor"] = .string(cursor) }
            let page = try await caller.call("list_jobs", arguments)
            jobs += page.objects("jobs")
            cursor = page["next_cursor"] as? String
        } while cursor != nil && jobs.count < 2000
        let statuses = JobStatus.allowedNames
        let columns = statuses.map { status -> [String: Any] in
            let cards = jobs.filter { $0.text("status") == status }.map { job -> [String: Any] in
                var card = job
                let done = job["stages_done"] as? Int ?? 0, total = job["stages_total"] as? Int ?? 0
                card["progress"] = total == 0 ? "no stages yet" : "\(done) of \(total) stages"
                card["moves"] = Self.moves(from: status)
                return card
            }
            return ["status": status, "label": Words.label(status), "cards": cards, "count": cards.count]
        }
        let context: [String: Any] = ["columns": columns, "has_jobs": !jobs.isEmpty, "total": jobs.count]
        return RenderedPage(template: "board", title: "Pipeline", context: context)
    }

    /// The statuses a job may be moved to, the next along the pipeline first.
    static func moves(from status: String) -> [[String: Any]] {
        let statuses = JobStatus.allowedNames
        let index = statuses.firstIndex(of: status) ?? 0
        let ordered = statuses[(index + 1)...] + statuses[..<index]
        return Words.options(ordered)
    }
}

/// `/jobs/{id}`: a job's stages, debriefs, contacts, notes, offers and their comparison.
struct JobPage {
    let caller: ToolCaller

    func render(id: String) async throws(ToolFailure) -> RenderedPage {
        var job = try await caller.call("get_pipeline", ["job_id": .string(id)])
        let interviews = try await caller.call("get_interviews_by_job", ["job_id": .string(id)])
        job["status_label"] = Words.label(job.text("status"))
        job["stages"] = job.objects("stages").map { stage -> [String: Any] in
            var row = stage
            row["status_label"] = Words.label(stage.text("status"))
            row["kind_label"] = Words.label(stage.text("kind"))
            row["can_unlock"] = stage.text("status") == "pending"
            row["can_skip"] = ["pending", "unlocked"].contains(stage.text("status"))
            return row
        }
        job["interviews"] = interviews.objects("interviews").map(OverviewPage.row)
        let home = caller.tools.services.core.resolver.defaultTimeZone
        job["offers"] = job.objects("offers").map { offer -> [String: Any] in
            var row = offer
            row["status_label"] = Words.label(offer.text("status"))
            if let deadline = TimeFormat.utcDate(offer.text("deadline")) { row["deadline_home"] = HumanTime.due(deadline, in: home) }
            return row
        }
        job["has_offers"] = !job.objects("offers").isEmpty
        job["moves"] = BoardPage.moves(from: job.text("status"))
        if !job.objects("offers").isEmpty {
            let comparison = try await caller.call("compare_offers")
            job["comparison"] = comparison.objects("groups")
        }
        return RenderedPage(template: "job", title: "\(job.text("company")) · \(job.text("role"))", context: job)
    }
}
