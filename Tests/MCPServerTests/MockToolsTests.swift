import Foundation
import MCP
import Testing
@testable import MCPServer

/// The mock-interview tools: thin over the engine, with their arguments checked first.
@Suite struct MockToolsTests {
    let registry = ToolRegistry.standard
    let context = ToolRegistryTests().context()

    func call(_ name: String, _ arguments: [String: Value]) async throws -> CallTool.Result {
        try await registry.call(name, arguments: arguments, context: context).result
    }

    func text(_ result: CallTool.Result) -> String {
        if case .text(let text, _, _)? = result.content.first { return text }
        return ""
    }

    @Test func aSessionRunsThroughTheTools() async throws {
        let started = try await call("start_mock_interview", ["schema_id": "behavioral_only", "duration_scale": 0.5])
        #expect(started.isError == false)
        let state = try #require(started.structuredContent?.objectValue?["state"]?.objectValue)
        #expect(state["id"] == "mock_1" && state["time_remaining_seconds"] == .int(45 * 30))
        #expect(state["present_now"]?.objectValue?["kind"] == "prompt")
        let answered = try await call("submit_mock_answer", ["session_id": "mock_1", "client_message_id": "m1", "message": "I currently lead payments."])
        #expect(answered.structuredContent?.objectValue?["outcome"]?.objectValue?["result"] == "recorded")
        let report = try await call("get_mock_interview_report", ["session_id": "mock_1"])
        #expect(report.structuredContent?.objectValue?["markdown"]?.stringValue?.hasPrefix("# Mock interview mock_1") == true)
        let listed = try await call("list_mock_interviews", [:])
        #expect(listed.structuredContent?.objectValue?["schemas"]?.arrayValue?.count == 8)
    }

    @Test(arguments: [
        ("submit_mock_answer", ["session_id": "mock_1", "message": "hi"] as [String: Value], "client_message_id: is required"),
        ("start_mock_interview", ["duration_scale": 9], "duration_scale: must be between 0.1 and 3.0, got 9.0"),
        ("list_mock_interviews", ["limit": 201], "limit: must be between 1 and 200, got 201"),
        ("start_mock_interview", ["schema_id": "nope"], "schema_id: 'nope' is not allowed; allowed: backend_engineer"),
        ("request_mock_hint", ["session_id": "mock_1", "client_message_id": "h", "kind": "solution"], "kind: 'solution' is not allowed; allowed: definition, clarification, nudge"),
        ("mock_interview_state", ["session_id": "mock_77"], "not_found: no mock interview with id 'mock_77'"),
        ("submit_mock_answer", ["session_id": "mock_1", "client_message_id": "m 1", "message": "hi"], "client_message_id: 'm 1' is not usable"),
    ])
    func badArgumentsNameTheField(tool: String, arguments: [String: Value], message: String) async throws {
        _ = try await call("start_mock_interview", [:])
        let result = try await call(tool, arguments)
        #expect(result.isError == true)
        #expect(text(result).contains(message), "\(text(result))")
    }
}
