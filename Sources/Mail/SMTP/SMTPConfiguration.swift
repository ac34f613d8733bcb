import Foundation

/// Where and how to send mail. Built from `config.json` (`"smtp": {…}`) and the environment,
/// which wins: `INTERVIEW_PREP_SMTP_URL`, `INTERVIEW_PREP_SMTP_USER`, `INTERVIEW_PREP_SMTP_PASSWORD`
/// (or `INTERVIEW_PREP_SMTP_PASSWORD_FILE`), `INTERVIEW_PREP_MAIL_FROM`, `INTERVIEW_PREP_CANDIDATE_EMAIL`.
public struct SMTPConfiguration: Sendable, Equatable {
    /// How TLS is used on an `smtp://` connection (`smtps://` is always TLS).
    public enum StartTLS: String, Sendable, Codable {
        /// Upgrade with STARTTLS or fail.
        case required
        /// Upgrade when offered (the default when no credentials are given).
        case optional
        /// Never upgrade.
        case off
    }

    /// `smtp://host:587` or `smtps://host:465`.
    public var url: String
    public var username: String?
    /// Never printed, logged or stored.
    public var password: String?
    public var from: EmailAddress
    public var startTLS: StartTLS
    /// Send credentials over a connection without TLS (off by default: they would travel in clear text).
    public var allowPlaintextCredentials: Bool
    /// A PEM file of certificate authorities to trust (e.g. a self-signed test server).
    public var caFile: String?
    public var connectTimeout: TimeInterval
    public var totalTimeout: TimeInterval

    public init(
        url: String, username: String? = nil, password: String? = nil, from: EmailAddress,
        startTLS: StartTLS? = nil, allowPlaintextCredentials: Bool = false, caFile: String? = nil,
        connectTimeout: TimeInterval = 10, totalTimeout: TimeInterval = 60
    ) throws(MailError) {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("smtp://") || lowered.hasPrefix("smtps://"), url.count > 8 else {
            throw .configuration("INTERVIEW_PREP_SMTP_URL '\(url)' must look like smtp://host:587 or smtps://host:465")
        }
        try HeaderSafety.check(url, field: "INTERVIEW_PREP_SMTP_URL")
        self.url = url
        self.username = username
        self.password = password
        self.from = from
        self.startTLS = startTLS ?? (username == nil ? .optional : .required)
        self.allowPlaintextCredentials = allowPlaintextCredentials
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        if username != nil, !usesImplicitTLS, self.startTLS != .required, !allowPlaintextCredentials {
            throw .configuration(
                "credentials would be sent without TLS; use smtps://, set starttls to required, "
                    + "or set allow_plaintext_credentials (INTERVIEW_PREP_SMTP_ALLOW_PLAINTEXT=1) if you really mean it")
        }
    }

    /// `smtps://`: TLS from the first byte.
    public var usesImplicitTLS: Bool { url.lowercased().hasPrefix("smtps://") }

    /// The URL with the HELO name as its path, so curl does not announce this machine's hostname.
    var urlWithHeloName: String {
        let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
        let afterScheme = trimmed.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        return afterScheme.count > 3 ? trimmed : trimmed + "/" + from.domain
    }
}

extension SMTPConfiguration: CustomStringConvertible {
    /// Safe to print: no password.
    public var description: String {
        "\(url) as \(username ?? "(no login)") from \(from.address), starttls \(startTLS.rawValue)"
    }
}
