import Foundation
import InterviewPrep
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
            "response_rate": applications.number("response_rate").map { "\(Int(($0 * 100).rounded()))%" } ?? "—",
            "median_days": applications.number("median_days_to_reply").map { String(format: "%.0f", $0) } ?? "—",
            "definitions": funnel.text("definitions"),
        ]
        return RenderedPage(template: "stats", title: "Statistics", context: context)
    }

    /// Interviews per week (Monday to Sunday in the candidate's zone) over the last `weeks` weeks,
    /// weeks named as the funnel names them (`PipelineService.weekStart`), starts read as instants.
    private func interviewsPerWeek() async throws(ToolFailure) -> [BarChart.Bar] {
        let services = caller.tools.services
        let zone = services.core.resolver.defaultTimeZone
        let now = services.core.now()
        // Noon (UTC) of this week's Monday, stepped back a week at a time: whole dates, so no
        // daylight-saving change moves a step into the wrong week.
        guard let monday = TimeFormat.utcDate(PipelineService.weekStart(now, zone: zone) + "T12:00:00Z") else { return [] }
        let weeks = (0..<Self.weeks).reversed().map { PipelineService.weekStart(monday.addingTimeInterval(-Double($0) * 7 * 86_400), zone: .gmt) }
        var counts: [String: Int] = [:]
        var cursor: String?
        do {
            repeat {
                let page = try await services.interviews.list(
                    InterviewFilter(from: weeks[0], to: String(TimeFormat.local(now, in: zone).prefix(10))), limit: 500, cursor: cursor)
                for interview in page.interviews { counts[PipelineService.weekStart(interview.start.instant, zone: zone), default: 0] += 1 }
                cursor = page.nextCursor
            } while cursor != nil
        } catch {
            throw ToolFailure(error)
        }
        return weeks.map { BarChart.Bar(label: "Week of " + $0, value: counts[$0] ?? 0) }
    }
}
