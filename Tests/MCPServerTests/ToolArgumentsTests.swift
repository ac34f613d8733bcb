import Foundation
import MCP
import InterviewPrep
import Testing
@testable import MCPServer

@Suite struct ToolArgumentsTests {
    let parameters = [
        ToolParameter("name", .string(maxLength: 5), required: true, "a name"),
        ToolParameter("days", .integer(1...365), "days"),
        ToolParameter("kind", .oneOf(["a", "b"]), "kind"),
        ToolParameter("tags", .listOf(["x", "y"]), "tags"),
        ToolParameter("flag", .boolean, "flag"),
        ToolParameter("hours", .integers(1...720), "hours"),
    ]

    func reason(_ raw: [String: Value]) -> (field: String, reason: String)? {
        do {
            _ = try ToolArguments(raw, parameters: parameters)
            return nil
        } catch {
            guard case .invalidArguments(let field, let reason) = error else { return nil }
            return (field, reason)
        }
    }

    @Test("bad arguments name the field and what is allowed", arguments: [
        ([:], "name", "is required"),
        (["name": 5], "name", "must be a string, got a number"),
        (["name": "toolong"], "name", "at most 5"),
        (["name": "ok", "days": 2.5], "days", "whole number"),
        (["name": "ok", "days": "3"], "days", "must be an integer, got a string"),
        (["name": "ok", "kind": "c"], "kind", "allowed: a, b"),
        (["name": "ok", "tags": ["x", "z"]], "tags", "allowed: x, y"),
        (["name": "ok", "flag": "yes"], "flag", "true or false"),
        (["name": "ok", "extra": 1], "extra", "not an argument of this tool; allowed: name, days, kind, tags, flag, hours"),
        (["name": "ok", "hours": [24, 2.5]], "hours", "whole number"),
    ] as [([String: Value], String, String)])
    func rejected(raw: [String: Value], field: String, fragment: String) throws {
        let failure = try #require(reason(raw))
        #expect(failure.field == field)
        #expect(failure.reason.contains(fragment))
    }

    @Test("text that looks like a data URL is text: kept as the string that was sent", arguments: [
        Value.string("data:text/plain;base64,aGk="), .data(mimeType: "text/plain", Data("hi".utf8)),
    ])
    func dataURLsAreText(value: Value) throws {
        let notes = [ToolParameter("notes", .freeText, "Notes.")]
        #expect(try ToolArguments(["notes": value], parameters: notes).string("notes") == "data:text/plain;base64,aGk=")
    }

    @Test func rangesAreLeftToTheServicesWhichCheckThemOnce() throws {
        let args = try ToolArguments(["name": "ok", "days": 0, "hours": .array(Array(repeating: 0, count: 11))], parameters: parameters)
        #expect(args.int("days") == 0 && args.integers("hours")?.count == 11)
    }

    @Test func validArgumentsAreTypedAndNullMeansAbsent() throws {
        let args = try ToolArguments(
            ["name": "ok", "days": 2.0, "kind": "b", "tags": "y", "flag": true, "extra_null_is_fine": nil, "hours": [48, 2.0]],
            parameters: parameters + [ToolParameter("extra_null_is_fine", .boolean, "x")])
        #expect(args.string("name") == "ok")
        #expect(args.int("days") == 2)
        #expect(args.string("kind") == "b")
        #expect(args.strings("tags") == ["y"])
        #expect(args.bool("flag") == true)
        #expect(args.bool("extra_null_is_fine") == nil)
        #expect(args.integers("hours") == [48, 2])
    }

    @Test func validatedArgumentsDecodeIntoTheRequestTypesByTheirCodingKeys() throws {
        let schedule = try ToolArguments(
            ["company": "Stripe", "role": "SRE", "type": "panel", "start": "2031-01-01T10:00", "timezone": "Europe/Berlin",
             "duration_minutes": 90, "reminder_hours": [48, 2], "stage_id": "stg_2", "notes": "\n  kept as is  \n"],
            parameters: InterviewTools.schedule.parameters).decode(ScheduleInterviewRequest.self)
        #expect(schedule == ScheduleInterviewRequest(
            company: "Stripe", role: "SRE", type: .panel, start: "2031-01-01T10:00", timeZone: "Europe/Berlin", durationMinutes: 90,
            notes: "\n  kept as is  \n", reminderHours: [48, 2], stageID: "stg_2"))
        let filter = try ToolArguments(["status": ["scheduled", "completed"], "company": "str"], parameters: InterviewTools.list.parameters)
            .decode(InterviewFilter.self)
        #expect(filter == InterviewFilter(statuses: [.scheduled, .completed], company: "str"))
        #expect(try ToolArguments([:], parameters: InterviewTools.list.parameters).decode(InterviewFilter.self) == InterviewFilter())
    }
}

/// What a strict schema conversion makes a model send: every property, null (or "") for absent ones.
@Suite struct StrictClientArgumentsTests {
    let parameters = [
        ToolParameter("interview_id", .string(maxLength: 40), required: true, "the interview"),
        ToolParameter("job_id", .string(maxLength: 40), "a job"),
        ToolParameter("kind", .oneOf(["a", "b"]), "kind"),
        ToolParameter("notes", .freeText, "notes"),
        ToolParameter("days", .integer(1...365), "days"),
    ]

    @Test func nullAndEmptyOneLineStringsMeanAbsentButEmptyFreeTextIsText() throws {
        let arguments = try ToolArguments(["interview_id": "int_1", "job_id": "", "kind": "", "notes": "", "days": .null], parameters: parameters)
        #expect(arguments.string("job_id") == nil && arguments.string("kind") == nil && arguments.int("days") == nil)
        #expect(arguments.string("notes") == "")
        #expect(throws: MCPServerError.self) { try ToolArguments(["interview_id": "int_1", "days": ""], parameters: parameters) }
    }

    @Test func optionalPropertiesAreNullableAndRequiredOnesAreNot() {
        let schemas = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.schema.objectValue ?? [:]) })
        #expect(schemas["interview_id"]?["type"] == "string")
        #expect(schemas["job_id"]?["type"] == .array(["string", "null"]))
        #expect(schemas["kind"]?["enum"] == .array(["a", "b", .null]))
        #expect(schemas["days"]?["type"] == .array(["integer", "null"]))
    }
}
