import Foundation
import MCP
import MCPServer

/// `/interviews/{id}`: details and reminders, prep notes, the checklist, the prep packet, the
/// research template, and the forms for the pitch, a STAR check and the emails.
struct InterviewPage {
    let caller: ToolCaller

    func render(id: String) async throws(ToolFailure) -> RenderedPage {
        let interview = try await caller.call("get_interview", ["interview_id": .string(id), "include_reminders": true])
        let notes = try await caller.call("get_interview_prep_notes", ["interview_id": .string(id)])
        let checklist = try await caller.call("get_prep_checklist", ["interview_id": .string(id)])
        let packet = try await caller.call("get_interview_prep_materials", ["interview_id": .string(id)])
        let research = try await caller.call("get_company_research_template", ["company": .string(interview.text("company"))])
        let markdown = notes.text("markdown")
        var context = OverviewPage.row(interview)
        context["reminders"] = interview.objects("reminders").map { reminder -> [String: Any] in
            var row = reminder
            row["due_local"] = (reminder["due"] as? [String: Any]).map { HomeText.local($0) } ?? ""
            row["status_label"] = Words.label(reminder.text("status"))
            return row
        }
        context["start_local"] = (interview["start"] as? [String: Any]).map { HomeText.local($0) } ?? ""
        context["notes_markdown"] = markdown
        context["notes_html"] = Markdown.html(markdown)
        context["has_notes"] = !markdown.isEmpty
        context["checklist"] = checklist.objects("items")
        context["checklist_url"] = "/api/interviews/\(id)/checklist"
        context["checklist_done"] = checklist["done"] as? Int ?? 0
        context["checklist_total"] = checklist["total"] as? Int ?? 0
        context["tips"] = (packet["tips"] as? [String: Any])?["tips"] as? [String] ?? []
        context["questions"] = (packet.objects("questions") + packet.objects("behavioral_questions")).prefix(8).map { $0 }
        context["questions_to_ask"] = ((packet["questions_to_ask"] as? [String: Any]) ?? [:]).sorted { $0.key < $1.key }
            .map { ["group": Words.label($0.key), "questions": $0.value as? [String] ?? []] }
        context["research"] = research.objects("sections")
        return RenderedPage(template: "interview", title: "\(interview.text("company")) · \(interview.text("role"))", context: context)
    }
}

/// A zoned time (`{local, timezone, abbreviation}`) as a person reads it: "Thu 3 Dec 2026, 10:00 EST".
enum HomeText {
    static func local(_ zoned: [String: Any]) -> String {
        let local = zoned.text("local")
        guard local.count >= 16 else { return local }
        let date = String(local.prefix(10)), time = String(local.dropFirst(11).prefix(5))
        return "\(date) \(time) \(zoned.text("abbreviation"))"
    }
}
