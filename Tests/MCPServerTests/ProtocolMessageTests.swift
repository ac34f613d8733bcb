import Foundation
import MCP
import Testing
@testable import MCPServer

/// JSON-RPC messages as the connection classifies them, ids, and the replies written for them.
@Suite struct ProtocolMessageTests {
    func classify(_ line: String) throws -> IncomingMessage {
        IncomingMessage(try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]))
    }

    @Test("malformed requests are invalid (answered with id null)", arguments: [
        #"42"#, #""hello""#, #"null"#, #"{"id":1,"method":"ping"}"#, #"{"jsonrpc":"1.0","id":1,"method":"ping"}"#,
        #"{"jsonrpc":"2.0","id":1,"method":5}"#, #"{"jsonrpc":"2.0","id":null,"method":"ping"}"#,
        #"{"jsonrpc":"2.0","id":4.5,"method":"ping"}"#, #"{"jsonrpc":"2.0","id":true,"method":"ping"}"#,
        #"{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}"#, #"{"jsonrpc":"2.0","id":[1],"method":"ping"}"#,
        #"{"jsonrpc":"2.0","id":1}"#,
    ])
    func invalid(line: String) throws {
        guard case .invalid(let error) = try classify(line) else {
            Issue.record("\(line) was taken")
            return
        }
        #expect(error.code == -32600)
    }

    @Test("ids are strings or integers, echoed as sent", arguments: [
        (#"{"jsonrpc":"2.0","id":7,"method":"ping"}"#, "7", "n:7"),
        (#"{"jsonrpc":"2.0","id":-3,"method":"ping"}"#, "-3", "n:-3"),
        (#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, "1", "n:1"),
        (#"{"jsonrpc":"2.0","id":"a\"b","method":"ping"}"#, #""a\"b""#, "s:a\"b"),
        (#"{"jsonrpc":"2.0","id":"7","method":"ping"}"#, #""7""#, "s:7"),
    ])
    func ids(line: String, json: String, key: String) throws {
        guard case .request(let request) = try classify(line) else {
            Issue.record("\(line) was not a request")
            return
        }
        #expect(String(decoding: request.id.json, as: UTF8.self) == json)
        #expect(request.id.key == key)
    }

    @Test func notificationsResponsesAndParamsShapes() throws {
        guard case .notification(let method, let params) = try classify(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3}}"#) else {
            Issue.record("not a notification")
            return
        }
        #expect(method == "notifications/cancelled" && params?["requestId"] as? Int == 3)
        guard case .response = try classify(#"{"jsonrpc":"2.0","id":3,"result":{}}"#) else {
            Issue.record("a response was not recognised")
            return
        }
        guard case .request(let request) = try classify(#"{"jsonrpc":"2.0","id":3,"method":"tools/list","params":[]}"#) else {
            Issue.record("not a request")
            return
        }
        #expect(throws: RPCError.invalidParams("params of tools/list must be a JSON object")) { try request.object() }
    }

    @Test func errorRepliesCarryCodeMessageAndData() throws {
        let reply = RequestID.null.reply(error: .resourceNotFound("interview://int_9", version: .v2025_11_25))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any])
        #expect(json["id"] is NSNull && json["jsonrpc"] as? String == "2.0")
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["code"] as? Int == -32002)
        #expect((error["data"] as? [String: Any])?["uri"] as? String == "interview://int_9")
        #expect(RPCError.resourceNotFound("x://y", version: .v2026_07_28).code == -32602)
    }

    @Test("stateless requests are recognised by their _meta, and their version checked")
    func statelessScope() throws {
        func params(_ meta: [String: Any]) -> RPCRequest.Params { .object(JSONObject(["_meta": meta])) }
        #expect(try RequestScope.stateless(.absent) == nil)
        #expect(try RequestScope.stateless(params(["progressToken": 1])) == nil)
        let scope = try #require(try RequestScope.stateless(params([
            RequestScope.protocolVersionKey: "2026-07-28", RequestScope.clientCapabilitiesKey: [String: Any](), RequestScope.logLevelKey: "info",
        ])))
        #expect(scope.version == .v2026_07_28 && scope.logLevel == .info)
        #expect(throws: RPCError.self) { try RequestScope.stateless(params([RequestScope.protocolVersionKey: "2099-01-01", RequestScope.clientCapabilitiesKey: [String: Any]()])) }
        #expect(throws: RPCError.self) { try RequestScope.stateless(params([RequestScope.protocolVersionKey: "2026-07-28"])) }
        #expect((try? RequestScope.stateless(params([RequestScope.protocolVersionKey: "2025-11-25", RequestScope.clientCapabilitiesKey: [String: Any]()])))?.map(\.version) == nil)
    }

    @Test("2026-07-28 results gain resultType (and cache hints where cacheable); earlier ones are untouched", arguments: [
        (ProtocolVersion.v2025_11_25, true, "{}", "{}"),
        (.v2026_07_28, false, "{}", #"{"resultType":"complete"}"#),
        (.v2026_07_28, true, #"{"tools":[]}"#, #"{"resultType":"complete","ttlMs":0,"cacheScope":"private","tools":[]}"#),
    ])
    func stamping(version: ProtocolVersion, cacheable: Bool, result: String, stamped: String) {
        let scope = RequestScope(version: version)
        #expect(String(decoding: scope.stamp(Array(result.utf8), cacheable: cacheable), as: UTF8.self) == stamped)
    }

    @Test func versionsNegotiateAndBatchesBelongToTheOldOnes() {
        #expect(ProtocolVersion.negotiated(for: "2025-03-26") == .v2025_03_26)
        #expect(ProtocolVersion.negotiated(for: "2026-07-28") == .v2025_11_25)
        #expect(ProtocolVersion.negotiated(for: "1999-01-01") == .v2025_11_25)
        #expect(ProtocolVersion.v2025_03_26.allowsBatches && !ProtocolVersion.v2025_06_18.allowsBatches)
    }

    @Test("tool arguments arrive exactly as sent: a leading byte-order mark, a data URL, line breaks", arguments: [
        "\u{FEFF}# Notes", "x\u{FEFF}y", "data:text/plain;base64,SGVsbG8=", "\n\n  blank lines  \r\n\n", "",
    ])
    func argumentsAreExact(text: String) throws {
        let line = try JSONSerialization.data(withJSONObject: [
            "jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": ["name": "save_interview_prep_notes", "arguments": ["notes": text, "count": 2]],
        ] as [String: Any])
        let parsed = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        let arguments = ExactArguments.of(line) ?? ((parsed["params"] as? [String: Any])?["arguments"] as? [String: Any])?.mapValues(Value.init(jsonObject:))
        #expect(arguments?["notes"] == .string(text))
        #expect(arguments?["count"] == .int(2))
    }
}
