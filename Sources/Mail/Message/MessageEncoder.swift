import Foundation

/// Encodes an `EmailMessage` as RFC 5322 / MIME bytes: CRLF line endings only, RFC 2047 encoded
/// words for non-ASCII headers, quoted-printable bodies when a line is long or non-ASCII.
public enum MessageEncoder {
    /// The bytes to hand to the SMTP server after DATA (curl adds dot-stuffing and the final dot).
    public static func encode(_ message: EmailMessage, boundary: String = "=_ip_" + UUID().uuidString) -> Data {
        var date = HeaderField("Date")
        date.appendToken(rfc5322Date(message.date))
        var lines = [date.folded, addressField("From", [message.from])]
        if !message.to.isEmpty { lines.append(addressField("To", message.to)) }
        if !message.cc.isEmpty { lines.append(addressField("Cc", message.cc)) }
        var subject = HeaderField("Subject")
        subject.appendText(message.subject)
        var messageID = HeaderField("Message-ID")
        messageID.appendToken(message.messageID)
        lines += [subject.folded, messageID.folded, "MIME-Version: 1.0"]
        if let html = message.html {
            lines.append("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"")
            lines.append("")
            lines.append("This is a multi-part message in MIME format.")
            for (type, body) in [("text/plain", message.text), ("text/html", html)] {
                lines.append("--\(boundary)")
                lines += part(type: type, body: body)
            }
            lines.append("--\(boundary)--")
        } else {
            lines += part(type: "text/plain", body: message.text)
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Content headers, a blank line and the body of one text part.
    static func part(type: String, body: String) -> [String] {
        let normalized = normalizeLineEndings(body)
        let needsEncoding = normalized.utf8.contains { $0 >= 0x80 }
            || normalized.components(separatedBy: "\r\n").contains { $0.utf8.count > 76 || $0.hasSuffix(" ") }
        let encoding = needsEncoding ? "quoted-printable" : "7bit"
        let content = needsEncoding ? quotedPrintable(normalized) : normalized
        return ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: \(encoding)", "", content]
    }

    /// Every line break (CRLF, lone CR, lone LF) becomes CRLF: bare LF is an SMTP smuggling risk.
    public static func normalizeLineEndings(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                result += "\r\n"
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { result += "\r\n" }
            default:
                result.unicodeScalars.append(scalar)
            }
            previousWasCR = false
        }
        return result
    }

    /// RFC 2045 quoted-printable of CRLF-separated text, soft-wrapped at 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        return text.components(separatedBy: "\r\n").map { line -> String in
            let bytes = Array(line.utf8)
            var output = "", width = 0
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
                let token = literal ? String(UnicodeScalar(byte)) : "=" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
                if width + token.count > 75 {
                    output += "=\r\n"
                    width = 0
                }
                output += token
                width += token.count
            }
            return output
        }.joined(separator: "\r\n")
    }

    /// A From/To/Cc field: one mailbox a line, each `"Name" <a@b.c>` folded to fit.
    static func addressField(_ name: String, _ addresses: [EmailAddress]) -> String {
        var field = HeaderField(name)
        for (index, address) in addresses.enumerated() {
            if let display = address.name { field.appendDisplayName(display) }
            field.appendToken("<\(address.address)>")
            if index < addresses.count - 1 { field.endLine(with: ",") }
        }
        return field.folded
    }

    /// `Sun, 22 Nov 2026 03:15:22 +0000`
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[parts.weekday! - 1]), \(parts.day!) \(months[parts.month! - 1]) \(parts.year!) "
            + "\(two(parts.hour!)):\(two(parts.minute!)):\(two(parts.second!)) +0000"
    }
}
