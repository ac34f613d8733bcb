import Foundation
import Testing
@testable import Mail

@Suite struct HeaderFieldTests {
    /// The value a reader gets back: lines unfolded, adjacent encoded words decoded and joined.
    func decoded(_ folded: String, name: String) -> String {
        let unfolded = folded.replacingOccurrences(of: "\r\n ", with: " ").dropFirst(name.count + 2)
        var result = "", pendingSpace = ""
        var lastWasEncoded = false
        for token in unfolded.split(separator: " ", omittingEmptySubsequences: false) {
            if token.hasPrefix("=?UTF-8?B?"), token.hasSuffix("?=") {
                let base64 = token.dropFirst(10).dropLast(2)
                if !lastWasEncoded { result += pendingSpace }
                result += String(decoding: Data(base64Encoded: String(base64))!, as: UTF8.self)
                lastWasEncoded = true
            } else {
                result += pendingSpace + token
                lastWasEncoded = false
            }
            pendingSpace = " "
        }
        return result
    }

    static let subjects = [
        "Interview Reminder - Stripe",
        "Entretien confirmé – Zürich 🎉",
        "Rappel d'entretien - Société Générale Investissements Européens et Systèmes d'Information Zürich",
        String(repeating: "株式会社テクノロジー", count: 12),
        String(repeating: "é", count: 200),
        String(repeating: "plain words that are long enough to need folding ", count: 6),
        "A" + String(repeating: "x", count: 120),
        "Ünïcödé " + String(repeating: "🎉", count: 40) + " end",
    ]

    @Test("subjects fold into lines of at most 78 and encoded words of at most 75", arguments: subjects)
    func subjectFolding(subject: String) {
        var field = HeaderField("Subject")
        field.appendText(subject)
        let lines = field.folded.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= HeaderField.lineLimit })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && $0.count > 1 })
        let words = field.folded.split(whereSeparator: { $0 == " " || $0 == "\r\n" }).filter { $0.hasPrefix("=?") }
        #expect(words.allSatisfy { $0.utf8.count <= HeaderField.encodedWordLimit })
        #expect(decoded(field.folded, name: "Subject") == subject)
    }

    @Test func shortPlainSubjectsStayOnOneLineAsTheyAre() {
        var field = HeaderField("Subject")
        field.appendText("Thank you - Stripe interview")
        #expect(field.folded == "Subject: Thank you - Stripe interview")
    }

    @Test func longNonASCIINamesInAddressListsFoldToo() throws {
        let name = "Société Générale Investissements Européens – Équipe Recrutement Zürich"
        let addresses = [try EmailAddress("a@example.com", name: name), try EmailAddress("b@example.com", name: "Bob")]
        let folded = MessageEncoder.addressField("To", addresses)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= HeaderField.lineLimit })
        #expect(folded.contains("<a@example.com>,\r\n"))
        #expect(folded.hasSuffix(" \"Bob\" <b@example.com>"))
    }
}
