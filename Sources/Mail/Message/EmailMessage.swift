import Foundation

/// An email to send: envelope and content, before encoding.
public struct EmailMessage: Sendable, Equatable {
    public var from: EmailAddress
    public var to: [EmailAddress]
    public var cc: [EmailAddress]
    /// Envelope only: never written into the headers.
    public var bcc: [EmailAddress]
    public var subject: String
    public var text: String
    public var html: String?
    public var date: Date
    /// `<…@domain>`, stable for one message so a retry can be recognised.
    public var messageID: String

    public init(
        from: EmailAddress, to: [EmailAddress], cc: [EmailAddress] = [], bcc: [EmailAddress] = [],
        subject: String, text: String, html: String? = nil, date: Date, messageID: String? = nil
    ) throws(MailError) {
        guard !to.isEmpty || !cc.isEmpty || !bcc.isEmpty else {
            throw .configuration("a message needs at least one recipient")
        }
        self.from = from
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.subject = subject
        self.text = text
        self.html = html
        self.date = date
        self.messageID = messageID ?? "<\(UUID().uuidString.lowercased())@\(from.domain)>"
        try HeaderSafety.check(headerValues)
    }

    /// Every value that reaches a header, with the field to name when it is refused.
    var headerValues: [(field: String, value: String)] {
        var values = [("subject", subject), ("message_id", messageID)]
        for (field, addresses) in [("from", [from]), ("to", to), ("cc", cc), ("bcc", bcc)] {
            for address in addresses {
                values.append((field, address.address))
                if let name = address.name { values.append((field + " name", name)) }
            }
        }
        return values
    }

    /// Every envelope recipient (To, Cc and Bcc).
    public var recipients: [String] { (to + cc + bcc).map(\.address) }
}
