import Foundation
import Testing
@testable import InterviewPrep
@testable import MCPServer

/// `JSONWriter` against Foundation's `JSONEncoder` (sorted keys, slashes unescaped), byte for byte,
/// on generated outputs: every optional field present and absent, and adversarial strings.
@Suite struct JSONWriterTests {
    static let adversarial = [
        "", "plain", "quote \" backslash \\ slash / done", "line one\nline two\r\n\ttab", "\u{0}\u{1}\u{7}\u{8}\u{C}\u{1F}\u{7F}",
        "Zoë 😀 日本語 \u{2028}\u{2029} \u{FEFF}bom", "</script><script>alert(1)</script>", "data:text/plain;base64,SGk=",
        String(repeating: "\\\"", count: 40), String(repeating: "x", count: 5000) + "\"",
    ]

    func encoder(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    func written(_ value: some OutputShape) -> [UInt8]? {
        var out: [UInt8] = []
        return JSONWriter.append(value, to: &out) ? out : nil
    }

    /// An interview whose optional fields are present where `mask` has a bit set.
    static func interview(_ seed: Int, mask: Int) -> InterviewDetail {
        let text = adversarial[seed % adversarial.count]
        func optional(_ bit: Int) -> String? { mask & (1 << bit) != 0 ? adversarial[(seed + bit) % adversarial.count] : nil }
        return InterviewDetail(
            rowID: Int64(seed + 1), job: .init(rowID: Int64(seed % 7 + 1), company: text, role: adversarial[(seed + 3) % adversarial.count], roleFamily: RoleFamily.allCases[seed % RoleFamily.allCases.count]),
            type: InterviewType.allCases[seed % InterviewType.allCases.count], status: InterviewStatus.allCases[seed % InterviewStatus.allCases.count],
            startAt: Date(timeIntervalSince1970: 1_772_000_000 + Double(seed) * 86_399.5),
            zoneName: ["America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Lord_Howe", "GMT"][seed % 5],
            durationMinutes: 5 + seed % 700, interviewerName: optional(0), interviewerEmail: optional(1), location: optional(2),
            notes: optional(3), feedback: optional(4), preparationComplete: seed % 2 == 0, hasPrepNotes: seed % 3 == 0,
            createdAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(seed)), updatedAt: Date(timeIntervalSince1970: 1_700_000_123 + Double(seed)),
            reminders: nil)
    }

    @Test("an interview is written as JSONEncoder writes it, for every mix of optional fields", arguments: 0..<32)
    func interviewsMatchTheEncoder(mask: Int) throws {
        for seed in 0..<20 {
            let interview = Self.interview(seed, mask: mask)
            #expect(written(interview) == (try encoder(interview)))
        }
    }

    @Test func anInterviewWithItsStartInTheCandidatesZoneIsWrittenAsTheEncoderWritesIt() throws {
        for seed in 0..<10 {
            var interview = Self.interview(seed, mask: 31)
            interview.showStarts(in: HomeZone(TimeZone(identifier: ["America/New_York", "Asia/Tokyo"][seed % 2])!))
            #expect(interview.startHome != nil)
            #expect(written(interview) == (try encoder(interview)))
        }
    }

    @Test func listsAndPagesMatchTheEncoderAndTheirOptionalFieldsComeAndGo() throws {
        let interviews = (0..<12).map { Self.interview($0, mask: $0 * 5 % 32) }
        let outputs: [any OutputShape] = [
            InterviewListOutput(interviews: interviews, days: 7, asOf: UTCTime(Date(timeIntervalSince1970: 1_772_000_000))),
            InterviewListOutput(interviews: [], jobID: "job_1"),
            InterviewPage(interviews: interviews, nextCursor: "abc\"def", totalMatching: 40),
            InterviewPage(interviews: [], nextCursor: nil, totalMatching: 0),
        ]
        for output in outputs {
            #expect(written(output) == (try encoder(output)))
        }
    }

    @Test func aFieldLeftToEncodableMakesTheWholeValueFallBackAndWritesNothing() throws {
        var interview = Self.interview(1, mask: 31)
        interview.reminders = []
        var out: [UInt8] = [1, 2, 3]
        #expect(!JSONWriter.append(interview, to: &out))
        #expect(out == [1, 2, 3])
    }

    @Test(arguments: [0, 7, -7, 10, 99, -100, 1_000_000, Int.max, Int.min])
    func integersAndBooleansAreWrittenAsTheEncoderWritesThem(number: Int) throws {
        var out: [UInt8] = [1]
        JSONWriter.appendInteger(number, to: &out)
        #expect(out == [1] + (try encoder(number)))
        for value in [true, false] {
            var out: [UInt8] = []
            BooleanValue.write(value, to: &out)
            #expect(out == (try encoder(value)))
        }
    }

    @Test func everyByteAndEveryAdversarialStringIsEscapedAsTheEncoderDoes() throws {
        let strings = Self.adversarial + (0..<128).map { String(UnicodeScalar(UInt8($0))) + "a\($0)" }
        for text in strings {
            var out: [UInt8] = []
            JSONWriter.appendString(text, to: &out)
            #expect(out == (try encoder(text)), "\(Array(text.utf8))")
        }
    }

    /// A tool's text block: its JSON output, itself escaped as a string, as the encoder escapes it.
    @Test func jsonTextIsEscapedAsTheEncoderEscapesItIncludingTextWithControlCharacters() throws {
        let interviews: [[UInt8]] = try (0..<32).map { try encoder(Self.interview($0, mask: $0)) }
        let fixed: [[UInt8]] = [Array("{\n  \"pretty\": true\n}".utf8), Array("\"\\\u{1}".utf8), [], Array("plain".utf8),
                                // A control character in a whole block after clean ones, and in the tail after them.
                                Array((String(repeating: "\"a", count: 20) + "\t" + String(repeating: "b", count: 20)).utf8),
                                Array((String(repeating: "a\\", count: 16) + "\u{1F}").utf8)]
        // Quotes and backslashes packed at every offset and density, near both ends.
        let specials: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "a")]
        let dense: [[UInt8]] = (0..<160).map { length in (0..<length).map { specials[($0 * 7 + length) % 3] } }
        let quoted: [[UInt8]] = (0..<24).map { Array(String(repeating: "\"", count: $0).utf8) + Array("{\"k\":\"v\\\\\"}".utf8) }
        let documents = interviews + fixed + dense + quoted
        for document in documents {
            var out: [UInt8] = [7]
            document.withUnsafeBufferPointer { JSONWriter.appendJSONText($0, to: &out) }
            #expect(out == [7] + (try encoder(String(decoding: document, as: UTF8.self))), "\(String(decoding: document, as: UTF8.self))")
        }
    }

    @Test func everyDeclaredFieldIsInTheSchemaAndTheFieldsAreInKeyOrder() {
        for names in [InterviewDetail.outputFields.map(\.name), ReminderSummary.outputFields.map(\.name),
                      InterviewPage.outputFields.map(\.name), InterviewListOutput.outputFields.map(\.name)] {
            #expect(names == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
        guard case .object(let schema) = InterviewDetail.outputSchema, case .object(let properties)? = schema["properties"],
              case .array(let required)? = schema["required"] else { Issue.record("not an object schema"); return }
        #expect(Set(properties.keys) == Set(InterviewDetail.outputFields.map(\.name)))
        #expect(required.count == InterviewDetail.outputFields.filter { !$0.isOptional }.count)
    }

    @Test func theWordAtATimeScanMarksExactlyTheBytesToEscapeAtEveryPosition() {
        for position in 0..<8 {
            for byte in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(byte)
                let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let expected: UInt64 = byte == 0x22 || byte == 0x5C || byte < 0x20 ? 0x80 << (8 * UInt64(position)) : 0
                #expect(JSONWriter.needsEscape(word) == expected, "byte \(byte) at \(position)")
                #expect(JSONWriter.quotesAndBackslashes(word) == (byte == 0x22 || byte == 0x5C ? expected : 0), "byte \(byte) at \(position)")
            }
        }
    }

    @Test func aWholePipelineIsWrittenAsTheEncoderWritesIt() async throws {
        let services = ToolRegistryTests().context().services
        _ = try await services.pipelines.addJob(company: "Zoë \"Q\" Labs", role: "SRE", status: .active, profile: JobProfile(source: "referral"), actor: .cli)
        let interview = try await services.interviews.schedule(
            ScheduleInterviewRequest(type: .phoneScreen, start: "2026-02-20T10:00", timeZone: "Europe/Berlin", stageID: "stg_1"), actor: .cli)
        _ = try await services.pipelines.recordDebrief(
            interviewID: interview.id, DebriefInput(rating: 7, traits: ["clear"], outcome: .yes, toImprove: "slow \\ down\n"), actor: .cli)
        _ = try await services.pipelines.addJobNote(jobID: "job_1", text: "a\tb </x>", actor: .cli)
        _ = try await services.pipelines.addContact(jobID: "job_1", name: "Ann", role: nil, email: "ann@example.com", lastContacted: "2026-02-01", actor: .cli)
        _ = try await services.pipelines.recordOffer(
            jobID: "job_1", terms: OfferTerms(baseSalary: 100, currency: "EUR", bonus: 12, equityValue: 4000, equity: "0.1%", signOn: 5), actor: .cli)
        let pipeline = try await services.pipelines.pipeline(jobID: "job_1")
        #expect(!pipeline.stages.flatMap(\.debriefs).isEmpty && !pipeline.contacts.isEmpty && !pipeline.offers.isEmpty && !pipeline.notes.isEmpty)
        #expect(written(pipeline) == (try encoder(pipeline)))
    }
}
