import MCP
import MCPServer
import Testing
@testable import Dashboard

@Suite struct HTTPArgumentsTests {
    static let parameters = [
        ToolParameter("limit", .integer(1...500), ""),
        ToolParameter("status", .listOf(["scheduled", "confirmed"]), ""),
        ToolParameter("include_reminders", .boolean, ""),
        ToolParameter("company", .string(maxLength: 200), ""),
        ToolParameter("hours", .integers(1...168), ""),
        ToolParameter("scale", .number(0.1...1), ""),
    ]

    @Test(arguments: [
        ("limit=5", ["limit": Value.int(5)]),
        ("status=scheduled,confirmed", ["status": .array(["scheduled", "confirmed"])]),
        ("status=scheduled&status=confirmed", ["status": .array(["scheduled", "confirmed"])]),
        ("include_reminders=true", ["include_reminders": .bool(true)]),
        ("include_reminders=0", ["include_reminders": .bool(false)]),
        ("company=Acme+Corp%20%26+Co", ["company": .string("Acme Corp & Co")]),
        ("company=", [:]),
        ("hours=48,%2024", ["hours": .array([.int(48), .int(24)])]),
        ("scale=0.5", ["scale": .double(0.5)]),
    ])
    func aQueryIsTypedByItsParameters(query: String, expected: [String: Value]) throws {
        let pairs = try HTTPArguments.pairs(ofQuery: query)
        #expect(try HTTPArguments.fromQuery(pairs, parameters: Self.parameters) == expected)
    }

    @Test(arguments: [
        ("limit=many", "limit", "'many' is not a whole number"),
        ("colour=blue", "colour", "is not a parameter of this operation"),
        ("limit=1&limit=2", "limit", "is given 2 times"),
        ("include_reminders=maybe", "include_reminders", "'maybe' is not true or false"),
        ("company=%E0%A4", "company", "is not valid percent-encoded UTF-8"),
        ("scale=nan", "scale", "'nan' is not a number"),
    ])
    func badQueriesNameTheFieldAndWhatIsAllowed(query: String, field: String, reason: String) {
        #expect {
            try HTTPArguments.fromQuery(try HTTPArguments.pairs(ofQuery: query), parameters: Self.parameters)
        } throws: { error in
            guard let failure = error as? ToolFailure else { return false }
            return failure.code == "invalid_argument" && failure.field == field && failure.message.contains(reason)
        }
    }

    @Test func aBodyIsAJSONObjectOrNothing() throws {
        #expect(try HTTPArguments.fromBody(Array(" \n".utf8)) == [:])
        #expect(try HTTPArguments.fromBody(Array(#"{"status":"confirmed"}"#.utf8)) == ["status": .string("confirmed")])
        #expect(throws: ToolFailure.self) { try HTTPArguments.fromBody(Array("[1,2]".utf8)) }
        #expect(throws: ToolFailure.self) { try HTTPArguments.fromBody(Array("status=confirmed".utf8)) }
    }
}
