/// Every failure of building, rendering or sending mail, with a message a user can act on.
public enum MailError: Error, Equatable, Sendable {
    /// A header value holds CR, LF or NUL: refused before anything is sent.
    case headerInjection(field: String)
    /// An address is not `name@domain`.
    case invalidAddress(field: String, value: String)
    /// A template is missing or malformed.
    case template(name: String, reason: String)
    /// A template uses a variable the caller did not give.
    case missingVariable(template: String, variable: String)
    /// SMTP is not configured, or misconfigured.
    case configuration(String)
    /// The server could not be reached (refused, DNS, network): temporary.
    case connectionFailed(String)
    /// The server did not answer in time: temporary.
    case timeout(String)
    /// TLS could not be set up or the certificate is not trusted: permanent until fixed.
    case tls(String)
    /// The server refused the login (535): permanent until fixed.
    case authenticationFailed(String)
    /// The server answered with an SMTP error (4xx temporary, 5xx permanent).
    case rejected(code: Int, message: String, recipient: String?)
    /// The caller cancelled the send before the message was handed over: nothing was sent.
    case cancelled

    /// Whether trying again later may succeed.
    public var isTemporary: Bool {
        switch self {
        case .connectionFailed, .timeout: true
        case .rejected(let code, _, _): (400..<500).contains(code)
        default: false
        }
    }
}

extension MailError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .headerInjection(let field):
            "\(field): must be one line: line breaks and NUL characters are refused in an email's subject, names and addresses"
        case .invalidAddress(let field, let value):
            "\(field): '\(value)' is not an email address like name@example.com"
        case .template(let name, let reason):
            "template \(name): \(reason)"
        case .missingVariable(let template, let variable):
            "template \(template) uses {{\(variable)}} but no value was given for '\(variable)'"
        case .configuration(let message):
            "SMTP configuration: \(message)"
        case .connectionFailed(let message):
            "cannot reach the mail server: \(message) (temporary; will retry)"
        case .timeout(let message):
            "the mail server did not answer in time: \(message) (temporary; will retry)"
        case .tls(let message):
            "TLS with the mail server failed: \(message)"
        case .authenticationFailed(let message):
            "the mail server refused the login: \(message); check INTERVIEW_PREP_SMTP_USER and the password"
        case .cancelled:
            "the send was cancelled before the message was handed to the mail server; nothing was sent"
        case .rejected(let code, let message, let recipient):
            "the mail server answered \(code) \(message)" + (recipient.map { " for \($0)" } ?? "")
                + ((400..<500).contains(code) ? " (temporary; will retry)" : "")
        }
    }
}
