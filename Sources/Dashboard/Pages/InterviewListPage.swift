import Foundation
import InterviewPrep
import MCP
import MCPServer

/// `/interviews`: every interview, 25 at a time, filtered by status, type, company and dates
/// (the same filters as `GET /api/interviews`, read from the page's query string).
struct InterviewListPage {
    let caller: ToolCaller

    static let pageSize = 25

    func render(query: String?) async throws -> RenderedPage {
        let pairs = try HTTPArguments.pairs(ofQuery: query ?? "")
        let filters = ["status", "type", "company", "from", "to", "cursor"]
        var arguments: [String: Value] = ["limit": .int(Self.pageSize)]
        var given: [String: String] = [:]
        for (name, value) in pairs where filters.contains(name) && !value.isEmpty {
            given[name] = value
            arguments[name] = name == "status" || name == "type" ? .array([.string(value)]) : .string(value)
        }
        let page = try await caller.call("list_interviews", arguments)
        var next: String?
        if let cursor = page["next_cursor"] as? String {
            var components = URLComponents()
            components.queryItems = given.filter { $0.key != "cursor" }.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
                + [URLQueryItem(name: "cursor", value: cursor)]
            next = "/interviews?" + (components.percentEncodedQuery ?? "")
        }
        var context: [String: Any] = [
            "interviews": page.objects("interviews").map(OverviewPage.row),
            "has_interviews": !page.objects("interviews").isEmpty,
            "total": page["total_matching"] as? Int ?? page.objects("interviews").count,
            "company": given["company"] ?? "", "from": given["from"] ?? "", "to": given["to"] ?? "",
            "statuses": Words.options(InterviewStatus.allowedNames, selected: given["status"]),
            "types": Words.options(InterviewType.allowedNames, selected: given["type"]),
        ]
        if let next { context["next"] = next }
        return RenderedPage(template: "interviews", title: "Interviews", context: context)
    }
}
