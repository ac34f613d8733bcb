/// An email address with an optional display name, safe to put in a header.
public struct EmailAddress: Sendable, Equatable, Hashable {
    public var address: String
    public var name: String?

    /// Validates `address` (and `name`) for header use, naming `field` on failure.
    public init(_ address: String, name: String? = nil, field: String = "address") throws(MailError) {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        try HeaderSafety.check(trimmed, field: field)
        if let name { try HeaderSafety.check(name, field: field + " name") }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: { " ,;<>()[]\\\"".contains($0) }) else {
            throw .invalidAddress(field: field, value: trimmed)
        }
        self.address = trimmed
        self.name = name?.trimmingCharacters(in: .whitespaces).isEmpty == false ? name : nil
    }

    /// The domain part, used for Message-IDs and the HELO name.
    public var domain: String { String(address.split(separator: "@").last ?? "localhost") }
}

import Foundation

/// The one check every value bound for an email header goes through (subjects, names, addresses,
/// ids, from arguments, configuration or stored fields alike): CR, LF and NUL are refused before
/// anything is sent, never flattened, since they could smuggle extra headers or SMTP commands.
public enum HeaderSafety {
    /// Checks the UTF-8 bytes: in Swift "\r\n" is one Character, so `contains("\r")` misses it.
    public static func check(_ value: String, field: String) throws(MailError) {
        if value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) {
            throw .headerInjection(field: field)
        }
    }

    /// Checks each value, naming the first one refused.
    static func check(_ values: [(field: String, value: String)]) throws(MailError) {
        for (field, value) in values { try check(value, field: field) }
    }
}
