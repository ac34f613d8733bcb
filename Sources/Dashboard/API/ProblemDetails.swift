import Foundation
import HTTPTypes
import MCPServer

/// An error as `application/problem+json` (RFC 9457): the tool's code and message, the field at
/// fault, and the HTTP status its code stands for.
struct ProblemDetails: Encodable, Sendable {
    /// A URI naming the kind of problem: `urn:interview-prep:problem:<code>`.
    var type: String
    /// A short summary of the kind of problem (the status's reason phrase).
    var title: String
    var status: Int
    /// The same message as the MCP tool's error.
    var detail: String
    /// The engine's error code (`not_found`, `invalid_argument`…).
    var code: String
    /// The field at fault, when there is one.
    var field: String?

    init(_ failure: ToolFailure) {
        let status = Self.status(of: failure.code)
        self.init(status: status, code: failure.code, detail: failure.message, field: failure.field)
    }

    init(status: HTTPResponse.Status, code: String, detail: String, field: String? = nil) {
        self.type = "urn:interview-prep:problem:" + code
        self.title = Self.phrase(status.code)
        self.status = status.code
        self.detail = detail
        self.code = code
        self.field = field
    }

    /// The status an error code stands for: bad input 400, a missing record 404, a move the
    /// record's state refuses 409, email not set up 409 (the candidate's configuration, not a
    /// fault of the server), a failed delivery 502, anything else 500.
    static func status(of code: String) -> HTTPResponse.Status {
        switch code {
        case "invalid_argument", "invalid_value", "nonexistent_local_time", "ambiguous_local_time": .badRequest
        case "not_found": .notFound
        case "illegal_transition", "illegal_stage_transition", "stage_guard", "requires_debrief", "duplicate_interview",
             "mock_session_state", "concurrent_change", "mail_not_configured": .conflict
        case "mail_error": .badGateway
        default: .internalServerError
        }
    }

    /// The reason phrase of a status this server answers with.
    static func phrase(_ code: Int) -> String {
        switch code {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 409: "Conflict"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 421: "Misdirected Request"
        case 502: "Bad Gateway"
        default: code >= 500 ? "Internal Server Error" : "Error"
        }
    }

    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data(#"{"status":500}"#.utf8))
    }
}
