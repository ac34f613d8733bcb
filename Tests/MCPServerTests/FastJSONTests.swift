import Foundation
import InterviewPrep
import Testing
@testable import MCPServer

/// The hand-written JSON of the hot outputs must be byte for byte what `JSONEncoder` writes.
@Suite struct FastJSONTests {
    func foundation(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test func interviewsAreWrittenExactlyAsJSONEncoderWritesThem() async throws {
        let engine = ToolRegistryTests().context().services
        var plain = ScheduleInterviewRequest(company: "Stripe", role: "Backend Engineer", type: .technical, start: "2026-03-10T10:00", timeZone: "Europe/Berlin")
        var first = try await engine.interviews.schedule(plain, actor: .cli)
        first.reminders = nil
        plain.company = "Ünïcode \"quoted\" \\ back/slash"
        plain.start = "2026-07-10T10:00"
        plain.interviewerName = "Zoë"
        plain.interviewerEmail = "zoe@example.com"
        plain.location = "https://meet.example.com/a?b=c&d"
        plain.notes = "line one\nline two\r\n😀\ttab"
        var second = try await engine.interviews.schedule(plain, actor: .cli)
        second.reminders = nil
        for detail in [first, second] {
            let fast = String(decoding: detail.fastJSON() ?? [], as: UTF8.self), slow = String(decoding: try foundation(detail), as: UTF8.self)
            #expect(fast == slow)
        }
        let list = InterviewListOutput(interviews: [first, second], days: 7, asOf: "2026-03-01T00:00:00Z")
        #expect(list.fastJSON() == (try foundation(list)))
        let byJob = InterviewListOutput(interviews: [], jobID: "job_1")
        #expect(byJob.fastJSON() == (try foundation(byJob)))
        let withReminders = try await engine.interviews.interview(id: first.id, includeReminders: true)
        #expect(withReminders.fastJSON() == nil)
    }
}
