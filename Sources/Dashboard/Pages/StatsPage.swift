import Foundation
import MCP
import MCPServer

/// `/stats`: the pipeline funnel, applications and interviews per week, as charts with their numbers.
struct StatsPage {
    let caller: ToolCaller
    /// Weeks of interviews charted, ending with the current one.
    static let weeks = 12

    func render() async throws(ToolFailure) -> RenderedPage {
        let funnel = try await caller.call("get_pipeline_funnel")
        let stats = try await caller.call("get_interview_statistics")
        let stages = funnel.objects("stages").flatMap { stage -> [BarChart.Bar] in
            let kind = Words.label(stage.text("kind"))
            return [BarChart.Bar(label: "\(kind): reached", value: stage["reached"] as? Int ?? 0),
                    BarChart.Bar(label: "\(kind): passed", value: stage["completed"] as? Int ?? 0)]
        }
        let applications = (funnel["applications"] as? [String: Any]) ?? [:]
        let perWeek = applications.objects("per_week").map { BarChart.Bar(label: "Week of " + $0.text("week_of"), value: $0["applied"] as? Int ?? 0) }
        let interviews = try await interviewsPerWeek()
        let byType = ((stats["by_type"] as? [String: Any]) ?? [:]).sorted { $0.key < $1.key }
            .map { BarChart.Bar(label: Words.label($0.key), value: $0.value as? Int ?? 0) }.filter { $0.value > 0 }
        let context: [String: Any] = [
            "funnel_chart": BarChart(title: "Stages reached and passed", bars: stages).svg(),
            "applications_chart": BarChart(title: "Applications per week", bars: perWeek).svg(),
            "interviews_chart": BarChart(title: "Interviews per week", bars: interviews).svg(),
            "types_chart": BarChart(title: "Interviews by type", bars: byType).svg(),
            "applied": applications["applied"] as? Int ?? 0,
            "replied": applications["replied"] as? Int ?? 0,
            "ghosted": applications["ghosted"] as? Int ?? 0,
            "response_rate": (applications["response_rate"] as? Double).map { "\(Int(($0 * 100).rounded()))%" } ?? "—",
            "median_days": (applications["median_days_to_reply"] as? Double).map { String(format: "%.0f", $0) } ?? "—",
            "definitions": funnel.text("definitions"),
        ]
        return RenderedPage(template: "stats", title: "Statistics", context: context)
    }

    /// Interviews per week (Monday to Sunday in the candidate's zone) over the last `weeks` weeks.
    private func interviewsPerWeek() async throws(ToolFailure) -> [BarChart.Bar] {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = caller.tools.services.core.resolver.defaultTimeZone
        let now = caller.tools.services.core.now()
        guard let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start,
              let first = calendar.date(byAdding: .weekOfYear, value: -(Self.weeks - 1), to: thisWeek) else { return [] }
        let day = DateFormatter()
        day.calendar = calendar
        day.timeZone = calendar.timeZone
        day.dateFormat = "yyyy-MM-dd"
        var counts = [Int](repeating: 0, count: Self.weeks)
        var cursor: String?
        repeat {
            var arguments: [String: Value] = ["from": .string(day.string(from: first)), "to": .string(day.string(from: now)), "limit": 500]
            if let cursor { arguments["cursor"] = .string(cursor) }
            let page = try await caller.call("list_interviews", arguments)
            for interview in page.objects("interviews") {
                guard let utc = (interview["start"] as? [String: Any])?.text("utc"), let start = ISO8601DateFormatter().date(from: utc) else { continue }
                let week = Int(start.timeIntervalSince(first) / (7 * 86_400))
                if (0..<Self.weeks).contains(week) { counts[week] += 1 }
            }
            cursor = page["next_cursor"] as? String
        } while cursor != nil
        return counts.enumerated().map { index, count in
            let start = calendar.date(byAdding: .weekOfYear, value: index, to: first) ?? first
            return BarChart.Bar(label: "Week of " + day.string(from: start), value: count)
        }
    }
}
