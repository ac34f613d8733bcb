import Foundation
import MCP
import MCPServer
import Testing
@testable import Dashboard

@Suite struct RenderingTests {
    static let evil = "<img src=x onerror=alert(1)>"

    @Test func notesRenderAsMarkdownWithTheirHTMLShownAsText() {
        let html = Markdown.html("## Plan\n- **Read** the [blog](https://example.com)\n\n" + Self.evil)
        #expect(html.contains("<h2>Plan</h2>"))
        #expect(html.contains("<strong>Read</strong>"))
        #expect(html.contains(#"<a href="https://example.com">blog</a>"#))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func chartsEscapeTheirLabelsAndScaleTheirBars() {
        let svg = BarChart(title: "Jobs & offers", bars: [.init(label: Self.evil, value: 4), .init(label: "Half", value: 2), .init(label: "None", value: 0)])
            .svg(width: 640)
        #expect(!svg.contains("<img"))
        #expect(svg.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(svg.contains(#"aria-label="Jobs &amp; offers""#))
        // 640 - 170 label - 48 value = 422 units for the largest bar.
        #expect(svg.contains(#"width="422""#) && svg.contains(#"width="211""#) && svg.contains(#"width="0""#))
    }

    @Test func anEmptyChartSaysSo() {
        #expect(BarChart(title: "Nothing", bars: []).svg().contains("Nothing to show yet"))
    }

    @Test(arguments: [
        ("invalid_argument", 400), ("nonexistent_local_time", 400), ("not_found", 404), ("illegal_transition", 409),
        ("mock_session_state", 409), ("mail_not_configured", 409), ("mail_error", 502), ("storage_error", 500),
    ])
    func errorCodesMapToTheirStatus(code: String, status: Int) {
        #expect(ProblemDetails.status(of: code).code == status)
    }

    @Test func theErrorPageEscapesWhatItSays() {
        let page = ErrorPage(title: "Not Found", detail: "there is nothing at /" + Self.evil).html
        #expect(!page.contains("<img"))
    }

    @Test func theJobBoardOffersTheNextStatusFirst() {
        #expect(BoardPage.moves(from: "saved").first?["value"] as? String == "applied")
        #expect(BoardPage.moves(from: "offered").first?["value"] as? String == "hired")
        #expect(BoardPage.moves(from: "withdrawn").first?["value"] as? String == "saved")
        #expect(BoardPage.moves(from: "active").count == 7)
    }

    @Test func aWholeRateOrMedianInAToolsOutputReadsAsANumber() throws {
        // JSON writes 1.0 as 1: a response rate of 100% and a median of 3 days come back whole.
        let output = ToolCaller.plain(try Value(json: Data(#"{"rate": 1, "median": 3, "half": 0.5, "name": "x"}"#.utf8))) as? [String: Any] ?? [:]
        #expect(output.number("rate") == 1)
        #expect(output.number("median") == 3)
        #expect(output.number("half") == 0.5)
        #expect(output.number("name") == nil)
        #expect(output.number("absent") == nil)
    }
}
