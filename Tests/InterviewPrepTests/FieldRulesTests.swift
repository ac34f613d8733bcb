import Foundation
import Testing
@testable import InterviewPrep

@Suite struct FieldRulesTests {
    @Test("free text is kept exactly as given", arguments: [
        "\n\n  # Prep  \n\n", "\u{FEFF}starts with a byte-order mark", "data:text/plain;base64,SGVsbG8=",
        "tabs\tand\r\nCRLF\rand CR", "x",
    ])
    func freeTextIsVerbatim(text: String) throws {
        #expect(try FieldRules.freeText(text, field: "notes") == text)
    }

    @Test("blank free text is absent", arguments: [nil, "", " ", "\n\n", "\t \r\n"])
    func blankIsAbsent(text: String?) throws {
        #expect(try FieldRules.freeText(text, field: "notes") == nil)
    }

    @Test func theLimitIsOneMebibyteOfUTF8() throws {
        let exactly = String(repeating: "é", count: FreeText.maxBytes / 2)
        #expect(try FieldRules.freeText(exactly, field: "notes") == exactly)
        #expect(throws: InterviewPrepError.invalidArgument(
            field: "notes", reason: "is 1048577 bytes long; at most 1 MiB (1,048,576 bytes of UTF-8) are allowed")) {
            try FieldRules.freeText(exactly + "x", field: "notes")
        }
    }

    @Test("control characters other than tab and line breaks are refused", arguments: ["a\u{0}b", "a\u{7}b", "a\u{1B}[31mb", "a\u{7F}b"])
    func controlCharactersAreRefused(text: String) {
        #expect(throws: InterviewPrepError.self) { try FieldRules.freeText(text, field: "notes") }
    }

    @Test func oneLineFieldsAreTrimmedLabels() throws {
        #expect(try FieldRules.text("  Stripe \n", field: "company", maxLength: 200) == "Stripe")
        #expect(throws: InterviewPrepError.self) { try FieldRules.text("Stripe\r\nBcc: x", field: "company", maxLength: 200) }
    }

    @Test func appendingNeverGrowsPastTheLimit() throws {
        let half = String(repeating: "x", count: FreeText.maxBytes / 2)
        #expect(try InterviewService.appending("b", to: "a", field: "notes") == "a\n\nb")
        #expect(throws: InterviewPrepError.self) { try InterviewService.appending(half, to: half, field: "notes") }
    }
}
