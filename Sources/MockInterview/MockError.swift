import InterviewPrep

/// Every failure of a mock interview, with a message a user can act on.
public enum MockError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The session cannot take this input in its state; `message` says why, `remedy` what would work.
    case sessionState(sessionID: String, status: MockStatus, message: String, remedy: Remedy? = nil)
    /// Another process changed the session between this input's read and its write (a lost
    /// update was prevented): nothing was written; sending the input again is safe.
    case concurrentChange(sessionID: String)
    /// An argument is missing, malformed or out of range.
    case invalidArgument(field: String, reason: String)
    /// A value that is not one of `allowed`.
    case invalidValue(field: String, value: String, allowed: [String])
    /// No session, schema or interview with that id.
    case notFound(kind: String, id: String)
    /// A mock schema file is missing or malformed.
    case dataFile(file: String, reason: String)
    /// A failure of the shared engine beneath (the database, an interview lookup).
    case engine(InterviewPrepError)

    /// A stable, machine-readable code for this kind of failure.
    public var code: String {
        switch self {
        case .sessionState: "mock_session_state"
        case .concurrentChange: "concurrent_change"
        case .invalidArgument: "invalid_argument"
        case .invalidValue: "invalid_value"
        case .notFound: "not_found"
        case .dataFile: "data_file_error"
        case .engine(let error): error.code
        }
    }

    /// The argument at fault, if one is.
    public var field: String? {
        switch self {
        case .invalidArgument(let field, _), .invalidValue(let field, _, _): field
        case .engine(let error): error.field
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .sessionState(let id, let status, let message, _):
            "mock interview \(id) is \(status.rawValue): \(message)"
        case .concurrentChange(let id):
            "mock interview \(id) was changed by another process at the same time; nothing was written: send the input again"
        case .invalidArgument(let field, let reason):
            InterviewPrepError.invalidArgument(field: field, reason: reason).description
        case .invalidValue(let field, let value, let allowed):
            InterviewPrepError.invalidValue(field: field, value: value, allowed: allowed).description
        case .notFound(let kind, let id):
            InterviewPrepError.notFound(kind: kind, id: id).description
        case .dataFile(let file, let reason):
            "mock schema \(file): \(reason)"
        case .engine(let error):
            error.description
        }
    }
}

extension MockError: RemediableError {
    /// What would get past this refusal, when something would.
    public var remedy: Remedy? {
        switch self {
        case .sessionState(_, _, _, let remedy): remedy
        case .engine(let error): error.remedy
        default: nil
        }
    }
}
