import InterviewPrep
import Coaching
import Mail
import MockInterview

/// Why a tool call failed, as every surface reports it: a stable code, the field it is about
/// (when there is one) and a message a person or a model can act on.
public struct ToolFailure: Error, Sendable, Equatable {
    /// `not_found`, `invalid_argument`, `illegal_transition`… (the engine's error codes).
    public var code: String
    /// The argument the failure is about, when there is one.
    public var field: String?
    /// What went wrong and what is allowed.
    public var message: String

    public init(code: String, field: String?, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// The failure an error thrown by a tool's handler stands for.
    public init(_ error: any Error) {
        switch error {
        case let failure as ToolFailure:
            self = failure
        case let error as InterviewPrepError:
            self.init(code: error.code, field: error.field, message: error.description(in: ToolRemedyWording()))
        case MCPServerError.invalidArguments(let field, let reason):
            self.init(code: "invalid_argument", field: field, message: "\(field): \(reason)")
        case let error as MailError:
            self.init(code: Self.code(of: error), field: Self.field(of: error), message: error.description)
        case let error as MockError:
            self.init(code: error.code, field: error.field, message: error.description(in: ToolRemedyWording()))
        case let error as CoachingError:
            self.init(code: error.field == nil ? "coaching_error" : "invalid_argument", field: error.field, message: error.description)
        default:
            self.init(code: "internal_error", field: nil, message: "\(error)")
        }
    }

    /// Bad input to an email (`invalid_argument`), email not set up (`mail_not_configured`), or
    /// a delivery that failed (`mail_error`).
    private static func code(of error: MailError) -> String {
        switch error {
        case .headerInjection, .invalidAddress, .missingVariable: "invalid_argument"
        case .configuration: "mail_not_configured"
        default: "mail_error"
        }
    }

    private static func field(of error: MailError) -> String? {
        switch error {
        case .headerInjection(let field), .invalidAddress(let field, _): field
        case .missingVariable(_, let variable): variable
        default: nil
        }
    }
}
