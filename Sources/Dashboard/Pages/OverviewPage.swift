import Foundation
import InterviewPrep
import MCP
import MCPServer

/// `/`: the four cards, the upcoming interviews with quick actions, what is waiting on the
/// candidate, and the schedule form.
struct OverviewPage {
    let caller: ToolCaller
    let homeZone: TimeZone

    func render() async throws(ToolFailure) -> RenderedPage {
        let stats = try await caller.call("get_interview_statistics")
        let upcoming = try await caller.call("get_upcoming_interviews", ["days": 14])
        let actions = try await caller.call("get_next_actions")
        let rate = stats["success_rate"] as? Double
        let context: [String: Any] = [
            "cards": [
                ["label": "Interviews", "value": "\(stats["total"] as? Int ?? 0)", "note": "tracked in all"],
                ["label": "Next 7 days", "value": "\(stats["upcoming_next_7_days"] as? Int ?? 0)", "note": "live interviews"],
                ["label": "Completed", "value": "\(stats["completed"] as? Int ?? 0)", "note": "\(stats["cancelled"] as? Int ?? 0) cancelled"],
                ["label": "Success rate", "value": rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—", "note": "completed of concluded"],
            ],
            "upcoming": upcoming.objects("interviews").map(Self.row),
            "has_upcoming": !upcoming.objects("interviews").isEmpty,
            "actions": actions.objects("actions").map(Self.action),
            "has_actions": !actions.objects("actions").isEmpty,
            "types": InterviewType.allowedNames.map { ["value": $0, "label": Words.label($0)] },
            "zones": Self.zones(home: homeZone.identifier),
            "home_zone": homeZone.identifier,
        ]
        return RenderedPage(template: "overview", title: "Overview", context: context)
    }

    /// An interview as a row of the upcoming list, with the statuses it may move to.
    static func row(_ interview: [String: Any]) -> [String: Any] {
        var row = interview
        row["type_label"] = Words.label(interview.text("type"))
        row["status_label"] = Words.label(interview.text("status"))
        row["next_statuses"] = (interview["allowed_next_statuses"] as? [String] ?? [])
            .filter { $0 != "rescheduled" && $0 != "cancelled" }
            .map { ["value": $0, "label": Words.label($0)] }
        row["live"] = !["completed", "cancelled"].contains(interview.text("status"))
        row["location_is_link"] = interview.text("location").hasPrefix("https://") || interview.text("location").hasPrefix("http://")
        return row
    }

    /// A next action with a link to what it is about.
    static func action(_ action: [String: Any]) -> [String: Any] {
        var row = action
        let reference = action.text("reference")
        row["href"] = reference.hasPrefix("int_") ? "/interviews/\(reference)" : "/jobs/\(action.text("job_id"))"
        row["kind_label"] = Words.label(action.text("kind"))
        return row
    }

    /// The zones offered in the schedule form: the candidate's first, then common ones.
    static func zones(home: String) -> [[String: Any]] {
        let common = [
            "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York", "America/Sao_Paulo", "Europe/London",
            "Europe/Paris", "Europe/Berlin", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
            "Australia/Sydney", "Pacific/Auckland", "UTC",
        ]
        return ([home] + common.filter { $0 != home }).map { ["value": $0, "selected": $0 == home] }
    }
}
