import Foundation
import Coaching
import InterviewPrep
import Mail
import MCP
import Postings
import Testing
import MockInterview
@testable import MCPServer

@Suite struct ToolRegistryTests {
    let registry = ToolRegistry.standard

    static let expectedTools = [
        "schedule_interview", "get_interview", "list_interviews", "get_upcoming_interviews", "get_interviews_by_job",
        "update_interview_status", "reschedule_interview", "cancel_interview", "save_interview_prep_notes",
        "get_interview_prep_notes", "mark_interview_prep_complete", "get_interview_statistics", "get_interview_timeline",
        "send_interview_reminder_email", "send_thank_you_email", "send_follow_up_email", "send_status_update_email",
        "get_email_template", "export_calendar", "get_interview_prep_materials", "get_interview_questions", "get_interview_tips",
        "get_company_research_template", "generate_elevator_pitch", "analyze_star_answer", "get_prep_checklist",
        "tick_prep_checklist_item", "add_job", "import_job_posting", "update_job", "get_pipeline", "add_stage", "unlock_stage", "skip_stage", "decline_stage",
        "submit_stage", "record_debrief", "set_job_status", "list_jobs", "add_job_note", "add_contact", "record_offer", "update_offer", "dismiss_next_action",
        "compare_offers", "get_next_actions", "get_pipeline_funnel", "start_mock_interview", "mock_interview_state",
        "submit_mock_answer", "request_mock_hint", "record_assistant_response", "pause_mock_interview", "resume_mock_interview",
        "finish_mock_section", "end_mock_interview", "report_mock_interviewer_failure", "get_mock_interview_report",
        "export_mock_interview", "list_mock_interviews",
    ]

    @Test func theServerOffersEveryFoundationTool() {
        #expect(Set(registry.tools.map(\.name)) == Set(Self.expectedTools))
    }

    @Test("each tool is fully described", arguments: ToolRegistry.standard.tools)
    func described(tool: Tool) throws {
        #expect(tool.name.count <= 40)
        #expect(tool.name.allSatisfy { $0.isLowercase || $0 == "_" })
        #expect((tool.title ?? "").isEmpty == false)
        #expect((tool.description ?? "").count >= 20)
        #expect(tool.inputSchema.objectValue?["type"] == "object")
        if let schema = tool.outputSchema {
            #expect(schema.objectValue?["type"] == "object")
        } else {
            // The same shape as another tool's, listed once there.
            let owner = try #require(tool.description?.firstMatch(of: /Output: as (\w+)\./)?.output.1)
            #expect(ToolRegistry.standard.tools.first { $0.name == owner }?.outputSchema != nil)
        }
    }

    @Test("each tool declares all four hints honestly", arguments: ToolRegistry.standard.definitions)
    func annotated(definition: ToolDefinition) {
        let annotations = definition.annotations
        // Open world: the tools that reach outside the machine (mail out, a posting's page in).
        #expect(annotations.readOnlyHint != nil && annotations.openWorldHint == (definition.name.hasPrefix("send_") || definition.name == "import_job_posting"))
        if annotations.readOnlyHint != true { #expect(annotations.destructiveHint != nil && annotations.idempotentHint != nil) }
    }

    func context() -> ToolContext {
        let files = DataFiles(overrideDirectory: nil)
        let catalog = try! InterviewTypeCatalog.load(from: files)
        let checklists = try! ChecklistCatalog.load(from: files)
        let services = Services(core: ServiceCore(
            database: .inMemory(), catalog: catalog, checklists: checklists, pipelineCatalog: try! PipelineCatalog.load(from: files),
            defaultTimeZone: TimeZone(identifier: "Europe/Berlin")!, now: { Date(timeIntervalSince1970: 1_772_000_000) }))
        let composer = EmailComposer(
            templates: try! EmailTemplates(files: files), settings: MailSettings(smtp: nil, candidateEmail: nil, candidateName: "Ada"),
            catalog: catalog, checklists: checklists)
        let coaching = CoachingService(library: try! CoachingLibrary.load(files: files), interviews: services.interviews)
        return ToolContext(
            services: services, mail: MailService(composer: composer, client: nil), coaching: coaching,
            mock: MockInterviews(core: services.core, schemas: MockSchemaSource(files: files)),
            postings: PostingService(pipelines: services.pipelines, fetcher: PostingFetcher()), actor: .mcp)
    }

    @Test func aCallReturnsStructuredContentAndTheSameJSONAsText() async throws {
        let context = context()
        let result = try await registry.call(
            "schedule_interview",
            arguments: ["company": "Stripe", "role": "Backend Engineer", "type": "technical", "start": "2026-03-10T10:00", "timezone": "Europe/Berlin"],
            context: context).result
        #expect(result.isError == false)
        let structured = try #require(result.structuredContent)
        guard case .text(let text, _, _) = try #require(result.content.first) else { Issue.record("no text block"); return }
        #expect(try JSONDecoder().decode(Value.self, from: Data(text.utf8)) == structured)
        #expect(structured.objectValue?["id"] == "int_1")
        let timeline = try await registry.call("get_interview_timeline", arguments: ["interview_id": "int_1"], context: context).result
        let events = timeline.structuredContent?.objectValue?["events"]?.arrayValue
        #expect(events?.first?.objectValue?["actor"] == "mcp")
    }

    @Test func engineErrorsBecomeErrorResultsWithTheirCode() async throws {
        let result = try await registry.call("get_interview", arguments: ["interview_id": "int_404"], context: context()).result
        #expect(result.isError == true)
        #expect(result.structuredContent == nil)
        guard case .text(let text, _, _) = try #require(result.content.first) else { Issue.record("no text block"); return }
        #expect(text == "not_found: no interview with id 'int_404'")
    }

    @Test func theFastPathReplyEscapesTheTextAndSplicesTheStructuredContent() throws {
        let outcome = ToolOutcome.success(json: Array(#"{"note":"line\nbreak \"quoted\" \\ tab\t"}"#.utf8))
        let reply = try JSONSerialization.jsonObject(with: outcome.resultJSON) as? [String: Any]
        let text = try #require(((reply?["content"] as? [[String: Any]])?.first)?["text"] as? String)
        #expect(text == #"{"note":"line\nbreak \"quoted\" \\ tab\t"}"#)
        #expect((reply?["structuredContent"] as? [String: Any])?["note"] as? String == "line\nbreak \"quoted\" \\ tab\t")
        #expect(reply?["isError"] as? Bool == false)
        var escaped: [UInt8] = []
        JSONWriter.appendString("a\u{01}\u{1F}é\r\u{08}\u{0C}/", to: &escaped)
        #expect(String(decoding: escaped, as: UTF8.self) == #""a\u0001\u001fé\r\b\f/""#)
        for plain in ["", "plain text, no escapes: é ✓"] {
            var bytes: [UInt8] = [UInt8(ascii: "[")]
            JSONWriter.appendString(plain, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "[\"\(plain)\"")
        }
    }

    /// Text mixing quotes, backslashes, multi-byte UTF-8 and, in the first, every control
    /// character; the second is JSON-like text (no control characters, many quotes and runs
    /// with nothing to escape): runs copied whole and escapes at every position.
    static let escapingAlphabets: [[Unicode.Scalar]] = [
        Array("a\"\\é/✓ ".unicodeScalars) + (0..<0x20).compactMap(Unicode.Scalar.init),
        Array("abcdefgh\"\"\\é/✓ :{}".unicodeScalars),
    ]

    @Test(arguments: escapingAlphabets)
    func escapingMatchesFoundationForEveryByteMix(alphabet: [Unicode.Scalar]) throws {
        // Every length up to 70, so escapes fall at run starts, ends and middles.
        var state: UInt64 = 42
        for length in 0..<70 {
            var text = ""
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            var ours: [UInt8] = []
            JSONWriter.appendString(text, to: &ours)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            #expect(ours == Array(try encoder.encode(text)), "\(text.debugDescription)")
        }
    }

    @Test func anUnknownToolIsAnInvalidParamsProtocolError() async {
        do {
            _ = try await registry.call("delete_everything", arguments: [:], context: context())
            Issue.record("an unknown tool was called")
        } catch let error as RPCError {
            #expect(error.code == -32602 && error.message.contains("delete_everything"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    static let outOfBounds: [(String, [String: Value], String)] = [
        ("get_upcoming_interviews", ["days": 0] as [String: Value], "days: must be between 1 and 365, got 0"),
        ("list_interviews", ["limit": 501], "limit: must be between 1 and 500, got 501"),
        ("list_jobs", ["limit": 0], "limit: must be between 1 and 500, got 0"),
        ("schedule_interview", ["company": "A", "role": "B", "type": "technical", "start": "2031-01-01T10:00", "duration_minutes": 9999],
         "duration_minutes: must be between 5 and 720 minutes, got 9999"),
        ("schedule_interview", ["company": "A", "role": "B", "type": "technical", "start": "2031-01-01T10:00", "reminder_hours": [24, 0]],
         "reminder_hours: must be at most 10 values, each from 1 to 720 hours"),
        ("get_interview_questions", ["role_family": "backend_engineer", "count": 26], "count: must be between 1 and 25, got 26"),
    ]

    @Test("a bound is checked once, by the service, whose message the tool returns", arguments: outOfBounds)
    func boundsAreTheServices(tool: String, arguments: [String: Value], message: String) async throws {
        let outcome = try await registry.call(tool, arguments: arguments, context: context())
        guard case .failure(let text) = outcome else { Issue.record("\(tool) accepted \(arguments)"); return }
        #expect(text.contains(message), "\(text)")
    }
}

/// What `tools/list` costs an assistant: the whole list under 75,000 characters, and what a model
/// is shown of it (name, description, input schema) under 34,000: about 550 characters a tool.
/// (From 60,000 and 32,000 for 56 tools; the job hunt's five tools and the fields of
/// applications, offers and the pitch grew it. A user who does not need a group switches it off.)
@Suite struct ToolListBudgetTests {
    @Test func theToolListIsWhatEncodingTheWholeResultGives() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let whole = try encoder.encode(ListTools.Result(tools: ToolRegistry.standard.tools))
        #expect(ToolListReply(registry: .standard).result == Array(whole))
    }

    @Test func theToolListStaysWithinItsBudget() throws {
        let result = ToolListReply(registry: .standard).result
        let text = String(decoding: result, as: UTF8.self)
        #expect(text.count < 75_000, "tools/list is \(text.count) characters")
        let tools = try #require((try JSONSerialization.jsonObject(with: Data(result)) as? [String: Any])?["tools"] as? [[String: Any]])
        let shown = try tools.map { tool in
            try JSONSerialization.data(withJSONObject: ["name": tool["name"]!, "description": tool["description"]!, "inputSchema": tool["inputSchema"]!]).count
        }.reduce(0, +)
        #expect(shown < 34_000, "names, descriptions and input schemas are \(shown) characters")
    }
}
