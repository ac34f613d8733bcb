import Foundation
import MCP
import MCPServer

/// `/mock` (past sessions and the form to start one) and `/mock/{id}` (the session under way:
/// section, goal, countdown from the server's clock, the prompt, the answer box; or its report).
struct MockPages {
    let caller: ToolCaller

    func list() async throws(ToolFailure) -> RenderedPage {
        let listing = try await caller.call("list_mock_interviews", ["limit": 50])
        let sessions = listing.objects("sessions").map { session -> [String: Any] in
            var row = session
            row["status_label"] = Words.label(session.text("status").lowercased())
            return row
        }
        let context: [String: Any] = [
            "schemas": listing.objects("schemas"), "sessions": sessions, "has_sessions": !sessions.isEmpty,
            "scales": [["value": "0.1", "label": "Quick practice (a tenth of the time)"], ["value": "0.5", "label": "Half length"],
                       ["value": "1", "label": "Full length", "selected": true]],
        ]
        return RenderedPage(template: "mock_list", title: "Mock interviews", context: context)
    }

    func session(id: String) async throws(ToolFailure) -> RenderedPage {
        let reply = try await caller.call("mock_interview_state", ["session_id": .string(id)])
        var state = (reply["state"] as? [String: Any]) ?? [:]
        let status = state.text("status")
        let section = (state["current_section"] as? [String: Any]) ?? [:]
        let actions = state["allowed_actions"] as? [String] ?? []
        state["section"] = section
        state["has_section"] = !section.isEmpty
        state["status_label"] = Words.label(status.lowercased())
        if let prompt = (state["present_now"] as? [String: Any])?["text"] as? String, !prompt.isEmpty { state["prompt"] = prompt }
        state["remaining"] = section["time_remaining_seconds"] as? Int ?? state["time_remaining_seconds"] as? Int ?? 0
        state["can_answer"] = actions.contains("chat")
        state["can_pause"] = actions.contains("pause")
        state["can_resume"] = actions.contains("resume")
        state["can_finish"] = actions.contains("finish_section")
        state["can_end"] = actions.contains("end")
        state["can_hint"] = actions.contains("chat") && status == "IN_PROGRESS"
        state["coverage"] = ((section["coverage"] as? [String: Any]) ?? [:]).sorted { $0.key < $1.key }
            .map { ["point": Words.label($0.key), "level": Words.label($0.value as? String ?? "")] }
        if status == "COMPLETED" || status == "TERMINATED" {
            let report = try await caller.call("get_mock_interview_report", ["session_id": .string(id)])
            state["finished"] = true
            state["report_html"] = Markdown.html(report.text("markdown"))
        }
        return RenderedPage(template: "mock", title: state.text("title").isEmpty ? "Mock interview" : state.text("title"), context: state)
    }
}
