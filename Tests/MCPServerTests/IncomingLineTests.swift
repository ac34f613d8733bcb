import Foundation
import Testing
@testable import MCPServer

@Suite struct IncomingLineTests {
    func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func reply(_ line: String) throws -> [String: Any] {
        guard case .reject(let reply) = IncomingLine.classify(Data(line.utf8)) else {
            Issue.record("'\(line)' was forwarded")
            return [:]
        }
        return try json(reply)
    }

    @Test("lines that are not JSON-RPC are answered here with id null", arguments: [
        ("{not json", -32700), ("", -32700), ("42", -32600), ("\"hello\"", -32600), ("null", -32600),
    ])
    func malformed(line: String, code: Int) throws {
        let answer = try reply(line)
        #expect(answer["id"] is NSNull)
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == code)
    }

    @Test("tools/call with a misshapen params is -32602 with the request's id", arguments: [
        #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"x","arguments":[1]}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":3}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"tools/call"}"#,
    ])
    func badToolCall(line: String) throws {
        let answer = try reply(line)
        #expect(answer["id"] as? Int == 7)
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32602)
    }

    @Test("tool arguments arrive exactly as sent: a leading byte-order mark, a data URL, line breaks", arguments: [
        "\u{FEFF}# Notes", "x\u{FEFF}y", "data:text/plain;base64,SGVsbG8=", "\n\n  blank lines  \r\n\n", "",
    ])
    func argumentsAreExact(text: String) throws {
        let line = try JSONSerialization.data(withJSONObject: [
            "jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": ["name": "save_interview_prep_notes", "arguments": ["notes": text, "count": 2]],
        ] as [String: Any])
        guard case .toolCall(let request) = IncomingLine.classify(line) else { Issue.record("not a tool call"); return }
        #expect(request.arguments?["notes"] == .string(text))
        #expect(request.arguments?["count"] == .int(2))
    }

    @Test func requestsAreTrackedAndCancellationsForgetThem() {
        #expect(IncomingLine.classify(Data(#"{"jsonrpc":"2.0","id":"a","method":"ping"}"#.utf8)) == .forward(requestIDs: ["s:a"], cancelledID: nil))
        #expect(IncomingLine.classify(Data(#"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"get_interview","arguments":{"interview_id":"int_1"}}}"#.utf8))
            == .toolCall(ToolCallRequest(id: RequestID(json: 7, key: "n:7"), name: "get_interview", arguments: ["interview_id": "int_1"])))
        #expect(IncomingLine.classify(Data(#"{"jsonrpc":"2.0","id":3,"method":"ping"}"#.utf8)) == .forward(requestIDs: ["n:3"], cancelledID: nil))
        #expect(IncomingLine.classify(Data(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3}}"#.utf8))
            == .forward(requestIDs: [], cancelledID: "n:3"))
        #expect(IncomingLine.classify(Data(#"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"x"}]"#.utf8))
            == .forward(requestIDs: ["n:1"], cancelledID: nil))
    }

    @Test func repliesAreMatchedToRequestsAndResourceNotFoundGainsTheURI() throws {
        #expect(OutgoingMessage(Data(#"{"jsonrpc":"2.0","id":3,"result":{}}"#.utf8)).responseID == "n:3")
        #expect(OutgoingMessage(Data(#"{"jsonrpc":"2.0","method":"notifications/message","params":{}}"#.utf8)).responseID == nil)
        let missing = OutgoingMessage(Data(#"{"jsonrpc":"2.0","id":"r","error":{"code":-32002,"message":"Server error: Resource not found: interview://int_9"}}"#.utf8))
        let error = try #require(try json(missing.data)["error"] as? [String: Any])
        #expect((error["data"] as? [String: Any])?["uri"] as? String == "interview://int_9")
    }

    @Test func toolsListIsAnsweredFromBytesAndAnyCursorIsRefused() throws {
        guard case .toolList(let id) = IncomingLine.classify(Data(#"{"jsonrpc":"2.0","id":"a\"b","method":"tools/list","params":{}}"#.utf8)) else {
            Issue.record("not answered as a tool list")
            return
        }
        #expect(String(decoding: id.reply(result: Array(#"{"tools":[]}"#.utf8)), as: UTF8.self) == #"{"jsonrpc":"2.0","id":"a\"b","result":{"tools":[]}}"#)
        guard case .reject(let reply) = IncomingLine.classify(Data(#"{"jsonrpc":"2.0","id":5,"method":"tools/list","params":{"cursor":"garbage"}}"#.utf8)) else {
            Issue.record("a garbage cursor was accepted")
            return
        }
        let answer = try #require(try JSONSerialization.jsonObject(with: reply) as? [String: Any])
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32602 && answer["id"] as? Int == 5)
    }
}
