import Foundation
import Testing
@testable import Mail

@Suite struct MessageEncoderTests {
    func message(subject: String = "Interview Reminder - Stripe", text: String = "Hello\nthere", html: String? = nil) throws -> EmailMessage {
        try EmailMessage(
            from: EmailAddress("me@example.com", name: "Ada Lovelace"), to: [EmailAddress("you@example.org")],
            bcc: [EmailAddress("archive@example.com")], subject: subject, text: text, html: html,
            date: Date(timeIntervalSince1970: 1_795_000_000), messageID: "<fixed@example.com>")
    }

    func encoded(_ message: EmailMessage) -> String {
        String(decoding: MessageEncoder.encode(message, boundary: "BOUNDARY"), as: UTF8.self)
    }

    @Test func everyLineEndsInCRLFAndNoBareLFRemains() throws {
        let text = encoded(try message(text: "one\ntwo\r\nthree\rfour"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(text.contains("one\r\ntwo\r\nthree\r\nfour"))
    }

    @Test func headersAreCompleteAndBccStaysInTheEnvelope() throws {
        let message = try message()
        let text = encoded(message)
        #expect(text.hasPrefix("Date: Wed, 18 Nov 2026 "))
        #expect(text.contains("From: \"Ada Lovelace\" <me@example.com>\r\n"))
        #expect(text.contains("To: <you@example.org>\r\n"))
        #expect(text.contains("Subject: Interview Reminder - Stripe\r\n"))
        #expect(text.contains("Message-ID: <fixed@example.com>\r\n"))
        #expect(text.contains("MIME-Version: 1.0\r\n"))
        #expect(!text.contains("archive@example.com"))
        #expect(message.recipients == ["you@example.org", "archive@example.com"])
    }

    @Test func aNonASCIISubjectBecomesEncodedWords() throws {
        let text = encoded(try message(subject: "Entretien confirmé – Zürich 🎉"))
        let line = try #require(text.components(separatedBy: "\r\n").first { $0.hasPrefix("Subject: ") })
        #expect(line.hasPrefix("Subject: =?UTF-8?B?"))
        let encoded = line.dropFirst("Subject: =?UTF-8?B?".count).dropLast(2)
        #expect(String(decoding: Data(base64Encoded: String(encoded))!, as: UTF8.self) == "Entretien confirmé – Zürich 🎉")
    }

    @Test func nonASCIIOrLongBodiesAreQuotedPrintableWithShortLines() throws {
        let long = String(repeating: "word ", count: 300)
        let text = encoded(try message(text: "Grüße\n" + long))
        #expect(text.contains("Content-Transfer-Encoding: quoted-printable"))
        #expect(text.contains("Gr=C3=BC=C3=9Fe"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
        #expect(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("word") }.allSatisfy { $0.count <= 76 })
    }

    @Test func plainShortASCIIStays7bit() throws {
        #expect(encoded(try message()).contains("Content-Transfer-Encoding: 7bit"))
    }

    @Test func anHTMLBodyMakesMultipartAlternative() throws {
        let text = encoded(try message(html: "<p>Hi</p>"))
        #expect(text.contains("Content-Type: multipart/alternative;\r\n boundary=\"BOUNDARY\"\r\n"))
        #expect(text.contains("--BOUNDARY\r\nContent-Type: text/plain; charset=utf-8"))
        #expect(text.contains("--BOUNDARY\r\nContent-Type: text/html; charset=utf-8"))
        #expect(text.hasSuffix("--BOUNDARY--\r\n"))
    }

    @Test("header injection is refused before anything is sent", arguments: [
        "Hello\r\nBcc: victim@example.com", "Hello\nX: y", "Hello\rX", "Null\u{0}byte",
    ])
    func injection(subject: String) {
        #expect(throws: MailError.headerInjection(field: "subject")) { _ = try message(subject: subject) }
    }

    @Test("addresses and names are checked", arguments: ["no-at-sign", "a@b", "two@@example.com", "a b@example.com", "x@example.com\r\nBcc: y@z.com"])
    func badAddress(address: String) {
        #expect(throws: MailError.self) { _ = try EmailAddress(address, field: "to") }
    }

    @Test func credentialsOverPlaintextAreRefusedUnlessAllowed() throws {
        let from = try EmailAddress("me@example.com")
        #expect(throws: MailError.self) {
            _ = try SMTPConfiguration(url: "smtp://mail.example.com:25", username: "me", password: "secret", from: from, startTLS: .optional)
        }
        _ = try SMTPConfiguration(url: "smtp://mail.example.com:25", username: "me", password: "secret", from: from, startTLS: .optional, allowPlaintextCredentials: true)
        _ = try SMTPConfiguration(url: "smtps://mail.example.com", username: "me", password: "secret", from: from)
        let required = try SMTPConfiguration(url: "smtp://mail.example.com:587", username: "me", password: "secret", from: from)
        #expect(required.startTLS == .required)
        #expect(!required.description.contains("secret"))
    }

    @Test func theHeloNameIsTheSenderDomain() throws {
        let configuration = try SMTPConfiguration(url: "smtp://127.0.0.1:2525", from: EmailAddress("me@candidate.dev"))
        #expect(configuration.urlWithHeloName == "smtp://127.0.0.1:2525/candidate.dev")
    }
}
