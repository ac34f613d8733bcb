import Foundation
import InterviewPrep
import MCP
import MCPServer

/// `/`: the four cards, the upcoming interviews with quick actions, what is waiting on the
/// candidate, and the schedule form.
struct OverviewPage {
    let caller: ToolCaller
    let homeZone: TimeZone

    /// Rows shown of the upcoming interviews and of what waits on the candidate (the rest is a
    /// link away: a glance, not the whole hunt).
    static let shown = 10

    func render() async throws(ToolFailure) -> RenderedPage {
        // The four numbers and the actions straight from the services, as values: the tools'
        // outputs also list every company, and would be written as JSON only to be read back.
        let stats: InterviewStatistics
        let allActions: [NextAction]
        do {
            stats = try await caller.tools.services.interviews.statistics()
            allActions = try await caller.tools.services.pipelines.nextActions()
        } catch {
            throw ToolFailure(error)
        }
        let now = caller.tools.services.core.now()
        let upcoming = try await caller.call("list_interviews", [
            "from": .string(UTCTime(now).description), "to": .string(UTCTime(now.addingTimeInterval(14 * 86_400)).description),
            "status": .array(InterviewStatus.liveStatuses.map { .string($0.rawValue) }), "limit": .int(Self.shown),
        ])
        let moreUpcoming = (upcoming["total_matching"] as? Int ?? 0) - upcoming.objects("interviews").count
        var context: [String: Any] = [
            "cards": [
                ["label": "Interviews", "value": "\(stats.total)", "note": "tracked in all"],
                ["label": "Next 7 days", "value": "\(stats.upcomingNext7Days)", "note": "live interviews"],
                ["label": "Completed", "value": "\(stats.completed)", "note": "\(stats.cancelled) cancelled"],
                ["label": "Success rate", "value": stats.successRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—", "note": "completed of concluded"],
            ],
            "upcoming": upcoming.objects("interviews").map(Self.row),
            "has_upcoming": !upcoming.objects("interviews").isEmpty,
            "actions": allActions.prefix(Self.shown).map(Self.action),
            "has_actions": !allActions.isEmpty,
            "types": Words.options(InterviewType.allowedNames),
            "zones": Self.zones(home: homeZone.identifier),
            "home_zone": homeZone.identifier,
        ]
        // Mustache shows a section for any string, even an empty one: a note is there or absent.
        if moreUpcoming > 0 { context["more_upcoming"] = "\(moreUpcoming) more in the next 14 days" }
        if allActions.count > Self.shown { context["more_actions"] = "\(allActions.count - Self.shown) more: interview-prep next lists them all" }
        return RenderedPage(template: "overview", title: "Overview", context: context)
    }

    /// An interview as a row of the upcoming list, with the statuses it may move to.
    static func row(_ interview: [String: Any]) -> [String: Any] {
        var row = interview
        row["type_label"] = Words.label(interview.text("type"))
        row["status_label"] = Words.label(interview.text("status"))
        // Rescheduling and cancelling have their own controls.
        row["next_statuses"] = Words.options((interview["allowed_next_statuses"] as? [String] ?? []).filter { $0 != "rescheduled" && $0 != "cancelled" })
        row["live"] = InterviewStatus(rawValue: interview.text("status"))?.isLive ?? false
        row["location_is_link"] = interview.text("location").hasPrefix("https://") || interview.text("location").hasPrefix("http://")
        return row
    }

    /// A next action with a link to what it is about.
    static func action(_ action: NextAction) -> [String: Any] {
        let reference = action.reference ?? ""
        var row: [String: Any] = [
            "summary": action.summary, "company": action.company,
            "href": reference.hasPrefix(PublicID.interview + "_") ? "/interviews/\(reference)" : "/jobs/\(action.jobID)",
        ]
        if let due = action.dueHome { row["due_home"] = due }
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
